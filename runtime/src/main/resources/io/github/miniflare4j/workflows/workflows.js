// Workflows: the binding a worker sees (env.WORKFLOW: create, createBatch, get; an instance's
// status, pause, resume, terminate, restart, sendEvent) and the run of an instance in the worker
// that exports the workflow class (internals.workflowRun): run(event, step) with step.do, sleep,
// sleepUntil and waitForEvent, as Miniflare's engine runs them. Java (workflows.WorkflowEngine)
// keeps every step's outcome, so a run that starts again replays what is done; timers and event
// waits end on the instance clock. Errors cross as they cross workerd's RPC between the user's
// worker and Miniflare's engine: standard error classes keep their class, others become
// Error("<name>: <message>").
(function (internals) {
  // the standard stream classes, whatever the worker's compatibility date makes of the globals
  const { ReadableStream } = internals.streamClasses;
  const STANDARD_ERRORS = new Set(["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError", "AggregateError"]);
  const DOCS = "https://developers.cloudflare.com/workflows/build/sleeping-and-retrying/";
  const MAX_STEP_NAME_LENGTH = 256;
  const UNITS = { year: 315576e5, month: 2592e6, week: 6048e5, day: 864e5, hour: 36e5, minute: 6e4, second: 1e3, m: 1 };

  /** Miniflare's duration parsing: a number of ms, or "<n> <unit>[s]" (an unknown unit counts 1 ms). */
  function ms(value) {
    if (!isNaN(+value)) return +value;
    const [, amount, unit] = String(value).match(/^([^ ]+) +(\w\w*?)s?$/) || [, value];
    return +amount * (UNITS[unit] || 1);
  }

  function named(name, message) {
    const error = new Error(message);
    Object.defineProperty(error, "name", { value: name, configurable: true, writable: true });
    return error;
  }

  /**
   * An error as it arrives on the other side of workerd's RPC: a new error of a standard class
   * (others become Error("<name>: <message>")), marked with an own enumerable `remote: true`.
   * A thrown object that is no error becomes an Error named by V8's description of it ("#<Object>").
   */
  function acrossRpc(error) {
    if (error !== null && typeof error === "object" && !(error instanceof Error)) {
      const copy = new Error(internals.describeThrown(error));
      copy.remote = true;
      return copy;
    }
    if (error instanceof Error) {
      if (error.remote === true && Object.prototype.hasOwnProperty.call(error, "remote")) return error;
      const name = String(error.name ?? "Error");
      let copy;
      if (STANDARD_ERRORS.has(name) && STANDARD_ERRORS.has(error.constructor?.name)) {
        copy = internals.reviveError(name, error.message, "");
        if (typeof error.stack === "string") copy.stack = error.stack;
      } else {
        copy = new Error(name === "Error" ? error.message : `${name}: ${error.message}`);
      }
      copy.remote = true;
      return copy;
    }
    return error;
  }

  /** What Miniflare's engine reports when a sleep or wait is given a duration that is not a number: its SQLite refuses the NaN due time. */
  const NAN_DUE = "NOT NULL constraint failed: priority_queue.target_timestamp: SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_NOTNULL)";

  /** The engine reading a member of a missing options object, in V8's words. */
  function readingOf(value, member) {
    return new TypeError(`Cannot read properties of ${value === null ? "null" : "undefined"} (reading '${member}')`);
  }

  /** The refusal of a host call, thrown as the worker sees it. */
  function check(answer) {
    if (answer == null) return null;
    const result = JSON.parse(answer);
    if (result.refused) throw acrossRpc(internals.reviveError(result.refused.name, result.refused.message, ""));
    return result;
  }

  function hostPromise(call) {
    return new Promise((resolve, reject) => call(resolve, (name, message, stack) => reject(internals.reviveError(name, message, stack))));
  }

  const jsonOf = (value) => { try { return JSON.stringify(value) ?? null; } catch { return null; } };
  const parseJson = (text) => text == null ? null : JSON.parse(text);

  // ---- the binding ------------------------------------------------------------------------

  /**
   * What Miniflare's wrapper holds as its own enumerable {@code binding} (the engine's binding):
   * shared by the workflow binding and its instance handles; the host hides behind a symbol.
   */
  class EngineBinding {
    constructor(host, workflow) {
      Object.defineProperty(this, kHost, { value: host });
      Object.defineProperty(this, kWorkflow, { value: workflow });
    }
  }

  /** An instance handle, as Miniflare's InstanceImpl: own {@code id} and {@code binding}. */
  class InstanceImpl {
    constructor(id, binding) {
      this.id = id;
      this.binding = binding;
    }
    async getInstance() { return this.binding[kWorkflow].get(this.id); }
    async pause() { check(this.binding[kHost].control(this.id, "pause")); }
    async resume() { check(this.binding[kHost].control(this.id, "resume")); }
    async terminate() { check(this.binding[kHost].control(this.id, "terminate")); }
    async restart() { check(this.binding[kHost].control(this.id, "restart")); }
    async status() {
      const report = check(this.binding[kHost].status(this.id));
      return {
        status: report.status,
        __LOCAL_DEV_STEP_OUTPUTS: report.outputs.map(parseJson).map((v) => v ?? undefined),
        output: parseJson(report.output) ?? null,
        error: report.error,
      };
    }
    async sendEvent(args) {
      if (args === undefined || args === null) throw readingOf(args, "payload");
      const { type, payload } = args;
      // what workerd's RPC cannot send (a URL, a Blob, a class instance) never reaches the engine
      internals.cloneCheckRpc(payload);
      let clone;
      try {
        clone = internals.cloneSerialize(payload);
      } catch (error) {
        // a function crosses workerd's RPC as a stub, which the engine's storage then cannot clone
        if (containsFunction(payload)) throw new DOMException("#<RpcStub> could not be cloned.", "DataCloneError");
        // a stream reaches the engine, whose storage refuses it: the engine breaks and the run stops where it is
        this.binding[kHost].strand(this.id);
        throw error;
      }
      check(this.binding[kHost].sendEvent(this.id, eventType(type), clone, jsonOf(payload)));
    }
  }

  const kHost = Symbol("host");
  const kWorkflow = Symbol("workflow");

  /** Whether a value holds a function somewhere in its own enumerable members (arrays, plain objects, Maps, Sets). */
  function containsFunction(value, seen = new Set()) {
    if (typeof value === "function") return true;
    if (value === null || typeof value !== "object" || seen.has(value)) return false;
    seen.add(value);
    const members = value instanceof Map ? [...value.keys(), ...value.values()] : value instanceof Set ? [...value] : Object.values(value);
    return members.some((member) => containsFunction(member, seen));
  }

  /** Whether Miniflare's engine can keep create()'s params: no function, no stream (a Response body), and JSON can write them. */
  function keepable(params) {
    if (containsFunction(params)) return false;
    try { internals.cloneSerialize(params); JSON.stringify(params); return true; } catch { return false; }
  }

  /** Event types match as Miniflare's Map keys do: a string never matches a non-string (undefined, a number). */
  const eventType = (type) => typeof type === "string" ? type : "\u0000" + typeof type + ":" + String(type);

  /** Which steps a modifier call names, as JSON {name, index}[] for the host; none for all of them. */
  const stepList = (steps) => steps ? JSON.stringify([...steps].map((step) => ({ name: String(step.name), index: step.index || 1 }))) : null;

  /** How many next attempts a times argument names: 0 for every attempt (no times), -1 for none (Miniflare makes Array.from({ length: times }) of it). */
  function failingAttempts(times) {
    if (!times) return 0;
    const count = Math.trunc(Math.min(Number(times), 2 ** 31 - 1));
    return count > 0 ? count : -1;
  }

  /**
   * Miniflare's WorkflowInstanceModifier (what Vitest's introspectWorkflowInstance drives from the
   * worker): changes to one instance, made before its run reaches the steps they name. A step is
   * {name, index?}; times counts the next attempts (none: every attempt).
   */
  class InstanceModifier {
    #host;
    constructor(host) { this.#host = host; }
    async disableSleeps(steps) { this.#host.disableSleeps(stepList(steps)); }
    async disableRetryDelays(steps) { this.#host.disableRetryDelays(stepList(steps)); }
    async mockStepResult(step, stepResult) {
      const name = String(step.name);
      internals.cloneCheckRpc(stepResult);
      check(this.#host.mockStepResult(name, step.index || 1, internals.cloneSerialize(stepResult), jsonOf(stepResult)));
    }
    async mockStepError(step, error, times) {
      const name = String(step.name);
      const attempts = failingAttempts(times);
      if (attempts < 0) return;
      check(this.#host.mockStepError(name, step.index || 1, String(error.name), String(error.message), attempts));
    }
    async forceStepTimeout(step, times) {
      const name = String(step.name);
      const attempts = failingAttempts(times);
      if (attempts < 0) return;
      check(this.#host.forceStepTimeout(name, step.index || 1, attempts));
    }
    async mockEvent(event) {
      const payload = event.payload;
      internals.cloneCheckRpc(payload);
      this.#host.mockEvent(eventType(event.type), internals.cloneSerialize(payload), jsonOf(payload));
    }
    async forceEventTimeout(step) { this.#host.forceEventTimeout(String(step.name), step.index || 1); }
  }

  /** The binding a worker sees, as Miniflare's WorkflowImpl: its one own enumerable member is {@code binding}. */
  class WorkflowImpl {
    constructor(host) {
      Object.defineProperty(this, kHost, { value: host });
      this.binding = new EngineBinding(host, this);
    }
    async get(id) {
      if (!this[kHost].exists(String(id))) throw new Error("instance.not_found");
      return new InstanceImpl(id, this.binding);
    }
    async create(options = {}) {
      // options workerd's RPC cannot send (params holding a URL, a Blob, a class instance) refuse the call
      internals.cloneCheckRpc(options);
      return this.#createNow(options);
    }
    /** As Miniflare's: every item is created (an existing id is kept as it is); the first refusal, in order, rejects the whole call. */
    async createBatch(batch) {
      internals.cloneCheckRpc(batch); // the whole batch crosses workerd's RPC first
      if (batch === undefined || batch === null) throw readingOf(batch, "length");
      if (batch.length === 0) throw new Error("WorkflowError: batchCreate should have at least 1 instance");
      if (typeof batch.map !== "function") throw new TypeError("batch.map is not a function");
      const outcomes = batch.map((options) => { try { return { instance: this.#createNow(options) }; } catch (error) { return { error }; } });
      const refused = outcomes.find((o) => o.error !== undefined);
      if (refused) throw refused.error;
      return outcomes.map((o) => o.instance);
    }
    #createNow(options = {}) {
      if (options === null) throw readingOf(options, "id");
      const { id, params = {} } = options;
      if (id !== undefined && typeof id !== "string") throw new Error("WorkflowError: Workflow instance has invalid id");
      // params the engine cannot keep (a function crosses as an RPC stub, a BigInt has no JSON) leave the instance queued for ever
      const created = check(keepable(params) ? this[kHost].create(id ?? null, internals.cloneSerialize(params)) : this[kHost].createStuck(id ?? null));
      return new InstanceImpl(created.id, this.binding);
    }
    async unsafeGetBindingName() { return this[kHost].bindingName(); }
    async unsafeAbort(instanceId) { this[kHost].abort(String(instanceId)); }
    async unsafeGetInstanceModifier(instanceId) { return new InstanceModifier(this[kHost].modifier(String(instanceId))); }
    /**
     * As Miniflare's engine answers: a waiter registered before the step ended gets the value
     * itself (a structured clone: errors, Dates, Maps kept), one that came after reads it back
     * from its stored JSON; a streamed output is replayed either way. A failed step rejects with
     * "Step failed" (waiting) or with the engine's empty stored error object ("#<Object>").
     */
    unsafeWaitForStepResult(instanceId, name, index) {
      return hostPromise((resolve, reject) => this[kHost].waitForStepResult({ id: String(instanceId), name: String(name), index: index ?? 1 }, resolve, reject))
        .then((text) => {
          const end = JSON.parse(text);
          if (end.failed) throw acrossRpc(end.waited ? new Error("Step failed") : {});
          const value = end.clone == null ? undefined : internals.cloneDeserialize(end.clone);
          const streamed = value !== null && typeof value === "object" && Object.prototype.hasOwnProperty.call(value, STREAM_BYTES);
          // the stored JSON is Miniflare's `{ result }` log: an undefined result is left out of it
          return end.waited || streamed ? revive(value) : value === undefined ? undefined : parseJson(end.json);
        });
    }
    unsafeWaitForStatus(instanceId, status) {
      return hostPromise((resolve, reject) => this[kHost].waitForStatus(String(instanceId), String(status), resolve, reject)).then(() => undefined);
    }
    async unsafeGetOutputOrError(instanceId, isOutput) {
      const report = check(this[kHost].status(String(instanceId)));
      if (isOutput) {
        if (report.status !== "complete") throw new Error(`Cannot retrieve output: Workflow instance is in status "${report.status}" but must be "complete" to have an output available`);
        return parseJson(report.output);
      }
      if (report.status !== "errored") throw new Error(`Cannot retrieve error: Workflow instance is in status "${report.status}" but must be "errored" to have error information available`);
      return report.error;
    }
  }

  // ---- streamed step outputs --------------------------------------------------------------

  /** The key of a stored step value that was a ReadableStream: its bytes (no value a user returns has this key). */
  const STREAM_BYTES = "\u0000miniflare4j:streamed-step-output";
  /** Miniflare stores a streamed output in chunks of 256 KiB and replays it chunk by chunk. */
  const STREAM_CHUNK_BYTES = 256 * 1024;
  const PREVIEW_CHARS = 1024;
  const STREAM_LOST = "Failed to read from step ReadableStream output. Network connection lost.";

  /** A step's stream that cannot cross workerd's RPC (a chunk that is no bytes, a stream that errors): the instance fails. */
  class InvalidStreamOutput extends Error {}

  /** Reads a step's stream as the engine receives it over RPC; a locked stream cannot be sent (its getReader() throws). */
  async function readStepStream(stream) {
    const reader = stream.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
      let result;
      try { result = await reader.read(); } catch { throw new InvalidStreamOutput(STREAM_LOST); }
      if (result.done) break;
      const chunk = result.value;
      let bytes;
      if (chunk instanceof ArrayBuffer) bytes = new Uint8Array(chunk.slice(0));
      else if (ArrayBuffer.isView(chunk)) bytes = new Uint8Array(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength));
      else {
        reader.cancel().catch(() => {});
        throw new InvalidStreamOutput(STREAM_LOST);
      }
      chunks.push(bytes);
      total += bytes.byteLength;
    }
    const all = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) { all.set(chunk, offset); offset += chunk.byteLength; }
    return all;
  }

  /** A fresh stream of stored bytes, as run() receives a streamed output (also the first time). */
  function replayStream(bytes) {
    let offset = 0;
    return new ReadableStream({
      pull(controller) {
        if (offset >= bytes.byteLength) { controller.close(); return; }
        controller.enqueue(bytes.slice(offset, offset + STREAM_CHUNK_BYTES));
        offset += STREAM_CHUNK_BYTES;
      },
    });
  }

  /** What status() lists for a streamed output: its UTF-8 text (1024 characters from at most 4096 bytes), else a note of its size. */
  function streamPreview(bytes) {
    const head = bytes.subarray(0, PREVIEW_CHARS * 4);
    const truncated = bytes.byteLength > head.byteLength;
    try {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: truncated });
      return text.length > PREVIEW_CHARS || truncated ? text.substring(0, PREVIEW_CHARS) + "[truncated output]" : text;
    } catch {
      return `[ReadableStream (binary): ${bytes.byteLength} bytes]`;
    }
  }

  /** A stored step value as run() receives it: streamed bytes become a stream again. */
  const revive = (value) => value !== null && typeof value === "object" && Object.prototype.hasOwnProperty.call(value, STREAM_BYTES)
    ? replayStream(value[STREAM_BYTES]) : value;

  // ---- a run ------------------------------------------------------------------------------

  /** Thrown through the user's code once the run is abandoned (paused, terminated, restarted). */
  const ABANDONED = new Error("Aborting engine: the run was abandoned");

  /** Miniflare's check: at most 256 characters, no control character; a name of another type passes (as its text), a missing one fails. */
  function validStepName(name) {
    if (name === undefined || name === null) throw acrossRpc(readingOf(name, "length"));
    return !(name.length > MAX_STEP_NAME_LENGTH) && !/[\u0000-\u001f]/.test(String(name));
  }

  const isNumber = (v) => typeof v === "number" && !Number.isNaN(v);
  const exactKeys = (o, allowed) => Object.keys(o).every((k) => allowed.includes(k));

  /** Miniflare's step config schema (strict: no other keys), plus its NaN and zero-timeout checks. */
  function validStepConfig(config) {
    if (config === null || typeof config !== "object" || !exactKeys(config, ["retries", "timeout"])) return false;
    const { retries, timeout } = config;
    if (retries !== undefined) {
      if (retries === null || typeof retries !== "object" || !exactKeys(retries, ["delay", "limit", "backoff"])) return false;
      if (!(isNumber(retries.delay) && retries.delay >= 0 || typeof retries.delay === "string")) return false;
      if (!(isNumber(retries.limit) && retries.limit >= 0)) return false;
      if (retries.backoff !== undefined && !["constant", "linear", "exponential"].includes(retries.backoff)) return false;
      if (Number.isNaN(ms(retries.delay))) return false;
    }
    if (timeout !== undefined) {
      if (!(isNumber(timeout) && timeout >= 0 || typeof timeout === "string")) return false;
      if (timeout == 0 || Number.isNaN(ms(timeout))) return false;
    }
    return true;
  }

  function retryDelay(config, attempt) {
    const delay = ms(config.retries.delay);
    switch (config.retries.backoff) {
      case "exponential": return delay * Math.pow(2, attempt - 1);
      case "linear": return delay * attempt;
      default: return delay;
    }
  }

  function isNonRetryable(error) {
    return error instanceof Error && (error.name === "NonRetryableError" || String(error.message).startsWith("NonRetryableError"));
  }

  /** The `step` of run(event, step). */
  class WorkflowStep {
    #host; #counters = new Map(); #steps = 0;
    constructor(host) { this.#host = host; }

    #count(kind, name) {
      const key = kind + "\n" + name;
      const n = (this.#counters.get(key) ?? 0) + 1;
      this.#counters.set(key, n);
      return `${kind}\n${name}\n${n}`;
    }
    #guard() { if (!this.#host.alive()) throw ABANDONED; }
    #wait(due, kind, name) {
      const host = this.#host;
      let timerId;
      const promise = new Promise((resolve, reject) => { timerId = host.timer({ due, kind, step: name }, resolve, reject); });
      return { promise, cancel: () => host.cancel(timerId) };
    }

    async do(name, configOrCallback, callback) {
      this.#guard();
      let closure, stepConfig;
      if (callback) { closure = callback; stepConfig = configOrCallback; } else { closure = configOrCallback; stepConfig = {}; }
      const stepLimit = this.#host.stepLimit();
      if (++this.#steps > stepLimit) {
        throw acrossRpc(named("WorkflowFatalError", `The limit of ${stepLimit} steps has been reached. This limit can be changed in your worker configuration.`));
      }
      if (!validStepName(name)) {
        throw acrossRpc(named("WorkflowFatalError", `Step name "${name}" exceeds max length (${MAX_STEP_NAME_LENGTH} chars) or invalid characters found`));
      }
      if (!validStepConfig(stepConfig)) throw acrossRpc(named("WorkflowFatalError", `Step config for "${name}" is in a invalid format. See ${DOCS}`));
      const defaults = { retries: { limit: 5, delay: 1000, backoff: "exponential" }, timeout: "10 minutes" };
      const config = { ...defaults, ...stepConfig, retries: { ...defaults.retries, ...stepConfig.retries } };
      const key = this.#count("do", name);
      const host = this.#host;
      const stored = JSON.parse(host.stepResult(key) ?? "null");
      if (stored?.value !== undefined) return revive(internals.cloneDeserialize(stored.value));
      if (stored?.error) throw acrossRpc(internals.reviveError(stored.error.name, stored.error.message, ""));
      for (;;) {
        const attempt = host.attempt(key);
        if (attempt < 0) throw ABANDONED;
        const mock = JSON.parse(host.mock(key, attempt) ?? "null");
        let value, timeoutTimer, streamed;
        try {
          if (mock?.error) throw named(mock.error.name, mock.error.message);
          if (mock?.timeout) throw named("WorkflowTimeoutError", "Execution timed out after 0ms");
          if (mock?.result !== undefined) {
            value = internals.cloneDeserialize(mock.result);
          } else {
            const timeout = ms(config.timeout);
            timeoutTimer = this.#wait(Date.now() + timeout, "timeout", String(name));
            const timedOut = timeoutTimer.promise.then(() => { throw named("WorkflowTimeoutError", `Execution timed out after ${timeout}ms`); });
            const ctx = { step: { name, count: Number(key.slice(key.lastIndexOf("\n") + 1)) }, attempt, config: structuredClone(config) };
            // the engine calls the callback through an RPC stub of it, which makes the function its own `this` (recorded)
            const run = () => (typeof closure === "function" ? closure.call(closure, ctx) : closure(ctx));
            value = await Promise.race([Promise.resolve().then(run), timedOut]);
            // a ReadableStream is kept as its bytes, read within the attempt (and its timeout)
            if (value instanceof ReadableStream) streamed = await Promise.race([readStepStream(value), timedOut]);
            // the value crosses workerd's RPC to the engine first: what RPC cannot send (a URL, a Blob, a class
            // instance, a Symbol) fails the attempt; what the engine then cannot store fails the instance (below)
            else internals.cloneCheckRpc(value);
          }
        } catch (thrown) {
          timeoutTimer?.cancel();
          if (thrown === ABANDONED || !host.alive()) throw ABANDONED;
          if (thrown instanceof InvalidStreamOutput) {
            host.fail("WorkflowFatalError", `The execution of the Workflow instance was terminated, as the step "${name}" returned an invalid ReadableStream output. ${thrown.message}`);
            throw ABANDONED;
          }
          const error = acrossRpc(thrown);
          if (isNonRetryable(error)) {
            if (!host.gaveUp(key, error.name, error.message)) throw ABANDONED;
            throw acrossRpc(error);
          }
          if (attempt <= config.retries.limit) {
            if (!host.attemptFailed()) throw ABANDONED;
            const delay = host.retryDelayDisabled(key) ? 0 : retryDelay(config, attempt);
            await this.#wait(Date.now() + delay, "retry", String(name)).promise;
            this.#guard();
            continue;
          }
          const name_ = error instanceof Error ? error.name : "Error";
          const message = error instanceof Error ? error.message : String(error);
          if (!host.failed(key, name_, message)) throw ABANDONED;
          throw acrossRpc(error);
        }
        timeoutTimer?.cancel();
        // no check that the run is alive here: a step the run left behind still keeps its result (host.succeeded decides)
        if (streamed !== undefined) {
          if (!host.succeeded(key, internals.cloneSerialize({ [STREAM_BYTES]: streamed }), JSON.stringify(streamPreview(streamed)))) throw ABANDONED;
          return replayStream(streamed);
        }
        let clone;
        try {
          clone = internals.cloneSerialize(value);
        } catch {
          host.fail("WorkflowFatalError", `The execution of the Workflow instance was terminated, as the step "${name}" returned a value which is not serialisable`);
          throw ABANDONED;
        }
        let json, unwritable;
        try { json = JSON.stringify(value) ?? "null"; } catch (e) { json = null; unwritable = e; }
        if (!host.succeeded(key, clone, json)) throw ABANDONED;
        // Miniflare keeps the value, then fails to log it as JSON: the step throws, its replay returns the value
        if (unwritable) throw typeof value === "bigint" || /BigInt/i.test(unwritable.message) ? new TypeError("Do not know how to serialize a BigInt") : unwritable;
        return value;
      }
    }

    async sleep(name, duration) {
      this.#guard();
      if (typeof duration === "string") duration = ms(duration);
      // the engine hashes String(duration) and queues now + duration: a missing one fails, NaN cannot be stored,
      // another value (an object) is queued as text and waited for as no time
      if (duration === undefined || duration === null) throw acrossRpc(readingOf(duration, "toString"));
      if (typeof duration === "number" && Number.isNaN(duration)) throw acrossRpc(new Error(NAN_DUE));
      if (typeof duration !== "number") duration = Number.isNaN(Number(duration)) ? 0 : Number(duration);
      const key = this.#count("sleep", name);
      const host = this.#host;
      const now = Date.now();
      const due = host.sleepDue(key, host.sleepDisabled(key) ? now : now + Number(duration));
      if (due < 0) { this.#guard(); return; }
      if (due > now) await this.#wait(due, "sleep", String(name)).promise;
      this.#guard();
      host.slept(key);
    }

    async sleepUntil(name, timestamp) {
      this.#guard();
      if (timestamp instanceof Date) timestamp = timestamp.valueOf();
      const now = Date.now();
      // deviation: a sleep the run already began (a replay) is not refused for lying in the past
      const begun = JSON.parse(this.#host.stepResult(`sleep\n${name}\n${(this.#counters.get("sleep\n" + name) ?? 0) + 1}`) ?? "null");
      if (!begun && timestamp < now) throw acrossRpc(new Error("You can't sleep until a time in the past, time-traveler"));
      const remaining = timestamp - now;
      return this.sleep(name, Number.isNaN(remaining) ? remaining : Math.max(0, remaining));
    }

    async waitForEvent(name, options) {
      this.#guard();
      if (options === undefined || options === null) throw acrossRpc(readingOf(options, "timeout"));
      if (!options.timeout) options.timeout = "24 hours";
      if (Number.isNaN(ms(options.timeout))) throw acrossRpc(new Error(NAN_DUE));
      const key = this.#count("wait", name);
      const host = this.#host;
      const text = await hostPromise((resolve, reject) => host.waitForEvent({ key, step: String(name), type: eventType(options.type), timeoutMillis: ms(options.timeout) }, resolve, reject));
      this.#guard();
      const event = JSON.parse(text);
      // the members in Miniflare's order (recorded: Object.keys of the event)
      return { payload: internals.cloneDeserialize(event.payload), type: options.type, timestamp: new Date(event.timestamp) };
    }
  }

  /** Runs one instance: run(event, step) of the exported workflow class; the outcome goes to Java. */
  internals.workflowRun = function (host, requestText, done) {
    done({ ok: true });
    const request = JSON.parse(requestText);
    Promise.resolve().then(() => {
      const exported = internals.exports()?.[request.className];
      if (typeof exported !== "function") {
        throw new Error(`miniflare4j: the worker does not export a class "${request.className}" for this workflow`);
      }
      host.started();
      const ctx = new internals.ExecutionContext({ passThrough: false, response: undefined });
      const workflow = new exported(ctx, internals.env());
      // the engine calls run() over RPC: a class without it answers as workerd's RPC does
      if (typeof workflow.run !== "function") throw new TypeError('The RPC receiver does not implement the method "run".');
      // the members in Miniflare's order (recorded: Object.keys(event))
      const event = { timestamp: new Date(request.timestamp), payload: internals.cloneDeserialize(request.params), instanceId: request.id };
      return workflow.run(event, new WorkflowStep(host));
    }).then((output) => {
      // Miniflare's engine logs the output as JSON: a value JSON cannot write errors the instance
      let json;
      try {
        json = JSON.stringify(output) ?? null;
      } catch (error) {
        const reported = /BigInt/i.test(String(error?.message)) ? new TypeError("Do not know how to serialize a BigInt") : error;
        host.fail(String(reported?.name ?? "Error"), String(reported?.message ?? reported));
        return;
      }
      host.complete(json);
    }, (thrown) => {
      if (thrown === ABANDONED) return;
      const error = acrossRpc(thrown);
      if (isNonRetryable(error)) {
        if (internals.compat.flags.has("workflows_preserve_non_retryable_error_message")) {
          host.fail("NonRetryableError", error.name === "NonRetryableError" ? error.message : String(error.message).replace(/^NonRetryableError:?\s*/, ""));
        } else {
          host.fail("WorkflowFatalError", "The execution of the Workflow instance was terminated, as a step threw an NonRetryableError and it was not handled");
        }
      } else if (error instanceof Error) {
        host.fail(String(error.name), String(error.message));
      } else {
        host.fail("Error", typeof error === "string" ? error : String(error));
      }
    });
  };

  return (host, name) => new WorkflowImpl(host);
});
