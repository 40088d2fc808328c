// The Worker Loader: workerd's WorkerLoader and WorkerStub, with their argument checks and
// messages. The code a callback gives is read and checked here; Java (workerloader/internal/
// WorkerLoaderHost) starts the worker, and its entrypoints are service-binding Fetchers.
(function (internals) {
  const MODULE_KINDS = ["js", "cjs", "text", "data", "json", "py", "wasm"];
  const NEWEST_DATE = "2026-05-03";

  const illegalConstructor = () => { throw new TypeError("Illegal constructor"); };

  class WorkerLoader {
    #host;
    #workers = new Map();
    constructor(host) { this.#host = host; }

    get(id, getCode) {
      if (!(#host in this)) throw internals.illegalInvocation();
      if (id === undefined || typeof id === "symbol") {
        throw new TypeError("Failed to execute 'get' on 'WorkerLoader': parameter 1 is not of type 'string'.");
      }
      if (typeof getCode !== "function") {
        throw new TypeError("Failed to execute 'get' on 'WorkerLoader': parameter 2 is not of type 'function'.");
      }
      const key = String(id);
      let worker = this.#workers.get(key);
      if (worker === undefined) {
        worker = new LoadedWorker(this.#host, key, () => callbackCode(getCode()));
        this.#workers.set(key, worker);
      }
      return new WorkerStub(worker);
    }

    load(code) {
      if (!(#host in this)) throw internals.illegalInvocation();
      // null is read as a WorkerCode (and refused so when the worker starts); other primitives are not one (recorded)
      if (code === undefined || (code !== null && typeof code !== "object" && typeof code !== "function")) {
        throw new TypeError("Failed to execute 'load' on 'WorkerLoader': parameter 1 is not of type 'WorkerCode'.");
      }
      // the code itself, never adopted as a promise (a thenable has no 'modules' field)
      return new WorkerStub(new LoadedWorker(this.#host, null, () => [code]));
    }
  }

  /**
   * The code a get() callback answers, in a one-element array (a promise of one when it answers a
   * promise or thenable), with workerd's refusals of other types (recorded): a primitive other than
   * undefined and null is not the Promise the callback is typed to return, and a promise must
   * settle to an object (undefined and null are refused when the code is read, as a direct answer).
   */
  function callbackCode(answer) {
    if (answer !== null && (typeof answer === "object" || typeof answer === "function") && typeof answer.then === "function") {
      return Promise.resolve(answer).then((code) => {
        if (code !== undefined && code !== null && typeof code !== "object" && typeof code !== "function") {
          throw new TypeError("Incorrect type for Promise: the Promise did not resolve to 'WorkerCode'.");
        }
        return [code];
      });
    }
    if (answer !== undefined && answer !== null && typeof answer !== "object" && typeof answer !== "function") {
      throw new TypeError("Callback returned incorrect type; expected 'Promise'");
    }
    return [answer];
  }

  /**
   * One loaded worker: its code is asked for, and the worker started, at the first call that
   * needs it. `getCode()` answers the code in a one-element array, or a promise of one.
   */
  class LoadedWorker {
    #host; #id; #getCode; #started = null;
    constructor(host, id, getCode) { this.#host = host; this.#id = id; this.#getCode = getCode; }

    /** A promise of the Java handle on the started worker (settled once, kept for every later call). */
    started() {
      if (this.#started === null) {
        const getCode = this.#getCode;
        this.#getCode = null;
        this.#started = new Promise((resolve) => resolve(getCode()))
          .then(([code]) => {
            const options = readCode(code, this.#id, this.#host);
            return new Promise((resolve, reject) => this.#host.start(options, resolve,
              (name, message, stack) => reject(internals.reviveError(name, message, stack))));
          });
        this.#started.catch(() => {}); // reported to every caller, never unhandled
      }
      return this.#started;
    }
  }

  class WorkerStub {
    #worker;
    constructor(worker) { this.#worker = worker; }

    getEntrypoint(name = undefined, options = undefined) {
      if (!(#worker in this)) throw internals.illegalInvocation();
      const entrypoint = name === undefined || name === null ? null : String(name);
      const props = options?.props === undefined ? null : readProps(options.props);
      return internals.bindingFactories.service(entrypointHost(this.#worker, entrypoint, props));
    }

    getDurableObjectClass(name = undefined) {
      if (!(#worker in this)) throw internals.illegalInvocation();
      // the prelude's DurableObjectClass; using it (Durable Object facets) is not emulated
      return internals.makeDurableObjectClass({ worker: this.#worker, name: name === undefined ? null : String(name) });
    }
  }

  /** An entrypoint's props: an object, refused as structured clone refuses it (recorded), sent as JSON. */
  function readProps(props) {
    if (props !== null && typeof props !== "object" && typeof props !== "function") {
      throw new TypeError("Incorrect type for the 'props' field on 'EntrypointOptions': the provided value is not of type 'JsObject'.");
    }
    internals.cloneSerialize(props);
    return JSON.stringify(props);
  }

  /**
   * The host object a service-binding Fetcher talks to: each call waits for the worker to start
   * (a start failure rejects the call), then goes to the Java host of the entrypoint.
   */
  function entrypointHost(worker, entrypoint, props) {
    let target = null;
    const reached = () => worker.started().then((handle) => {
      if (target === null) target = handle.entrypoint(entrypoint, props);
      if (target === null) throw new Error(`Worker has no such entrypoint: ${entrypoint}`);
      return target;
    });
    const forward = (member) => (...args) => {
      const reject = args[args.length - 1];
      reached().then((host) => host[member](...args), (error) => {
        const described = internals.describeError(error);
        reject(described.name, described.message, described.stack, described.flags);
      });
    };
    return { fetch: forward("fetch"), call: forward("call"), scheduled: forward("scheduled"), queue: forward("queue") };
  }

  /** Checks a WorkerCode and turns it into the plain options the Java host reads. */
  function readCode(code, id, host) {
    if (code === undefined || code === null) {
      throw new TypeError("Cannot initialize N7workerd3api12WorkerLoader10WorkerCodeE with required members from an undefined or null value.");
    }
    const modules = code.modules;
    if (modules === null || typeof modules !== "object" || Array.isArray(modules)) {
      throw new TypeError("Incorrect type for the 'modules' field on 'WorkerCode': the provided value is not of type 'object'.");
    }
    const list = [];
    for (const name of Object.keys(modules)) list.push(readModule(name, modules[name]));
    const date = code.compatibilityDate;
    checkDate(date);
    const flags = readFlags(code.compatibilityFlags);
    const flagProblem = host.compatibilityFlagProblem(flags);
    if (flagProblem !== null) throw new Error(flagProblem);
    const main = code.mainModule;
    // module names are paths: "./main.js" names "main.js" (recorded)
    const entry = list.find((m) => normalizedPath(m.name) === normalizedPath(String(main)));
    if (entry === undefined) throw new Error(`Failed to start Worker:\nUncaught Error: No such module: ${main}`);
    if (entry.kind !== "js") throw new Error("Failed to start Worker:\nUncaught TypeError: Main module must be an ES module.");
    return {
      id, date, flags, main: entry.name, modules: list,
      env: readEnv(code.env),
      outbound: readOutbound(code.globalOutbound),
    };
  }

  /** compatibilityFlags: absent is none; otherwise an Array, each flag read as a string. */
  function readFlags(flags) {
    if (flags === undefined) return [];
    if (!Array.isArray(flags)) {
      throw new TypeError("Incorrect type for the 'compatibilityFlags' field on 'WorkerCode': the provided value is not of type 'Array'.");
    }
    return flags.map(String);
  }

  /** A module name as the path it is: "." segments dropped, ".." segments applied. */
  function normalizedPath(name) {
    const out = [];
    for (const segment of name.split("/")) {
      if (segment === "" || segment === ".") continue;
      if (segment === "..") out.pop();
      else out.push(segment);
    }
    return out.join("/");
  }

  /**
   * One entry of `modules`: an object (null too) names its kind; anything else is source text,
   * whose kind the name's extension gives (workerd's checks and messages, recorded).
   */
  function readModule(name, module) {
    if (module === undefined) {
      throw new TypeError(`Module '${name}' must be a string or an object with one of 'js', 'cjs', 'text', 'data', 'json', 'py', or 'wasm'.`);
    }
    if (module !== null && typeof module !== "object" && typeof module !== "function") {
      if (name.endsWith(".js")) return { name, kind: "js", type: "js", text: String(module) };
      if (name.endsWith(".py")) return readModule(name, { py: module });
      const hint = name.endsWith(".ts")
        ? ". If you're trying to load TypeScript, bundle it first with '@cloudflare/worker-bundler' and pass the generated JavaScript modules."
        : "";
      throw new TypeError(`Module name must end with '.js' or '.py' (or the content must be an object indicating the type explicitly). Got: ${name}${hint}`);
    }
    const given = module === null ? [] : MODULE_KINDS.filter((kind) => module[kind] !== undefined);
    if (given.length !== 1) {
      throw new TypeError(`Each module must contain exactly one of 'js', 'cjs', 'text', 'data', 'json', 'py', or 'wasm'. Module '${name}' contained ${given.length} properties.`);
    }
    const type = given[0];
    const value = module[type];
    switch (type) {
      case "js": case "cjs": case "text": return { name, kind: type, type, text: String(value) };
      case "json": return { name, kind: type, type: "js", text: `export default ${JSON.stringify(value)};` };
      case "data": case "wasm": return { name, kind: type, type, bytes: bytesOf(value) };
      default: throw new Error(`miniflare4j: Python modules ('py') are not supported by the Worker Loader (module '${name}').`);
    }
  }

  function bytesOf(value) {
    if (value instanceof ArrayBuffer) return new Uint8Array(value);
    if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    throw new TypeError("Incorrect type for the 'data' field: the provided value is not of type 'ArrayBuffer or ArrayBufferView'.");
  }

  /** workerd's checks of compatibilityDate: yyyy-mm-dd (any day 01-31), not after the runtime's newest. */
  function checkDate(date) {
    const text = String(date);
    const digits = (from, to) => {
      for (let i = from; i < to; i++) if (text[i] < "0" || text[i] > "9") return false;
      return true;
    };
    const shaped = typeof date === "string" && text.length === 10 && text[4] === "-" && text[7] === "-"
      && digits(0, 4) && digits(5, 7) && digits(8, 10);
    const m = Number(text.slice(5, 7)), d = Number(text.slice(8, 10));
    if (!shaped || m < 1 || m > 12 || d < 1 || d > 31) throw new Error(`Invalid compatibility date: ${text}`);
    if (text > NEWEST_DATE) {
      throw new Error(`This Worker requires compatibility date "${text}", but the newest date supported by this server binary is "${NEWEST_DATE}".`);
    }
  }

  /**
   * The loaded worker's env: each value structured-cloned, except the loading worker's own service
   * bindings, which are passed as bindings (as workerd passes Fetchers); other bindings refuse to
   * be cloned, as there.
   */
  function readEnv(env) {
    if (env === undefined || env === null) return [];
    if (typeof env !== "object") {
      throw new TypeError("Incorrect type for the 'env' field on 'WorkerCode': the provided value is not of type 'JsObject'.");
    }
    const out = [];
    for (const name of Object.keys(env)) {
      const value = env[name];
      const parent = parentBinding(value);
      if (parent !== null && value instanceof internals.Fetcher) out.push({ name, parent });
      else if (typeof value === "function" && Object.prototype.toString.call(value) === "[object LoopbackServiceStub]") {
        // ctx.exports' callable entrypoints are refused as host objects, not as functions (recorded)
        throw new DOMException('Could not serialize object of type "LoopbackServiceStub". This type does not support serialization.', "DataCloneError");
      } else out.push({ name, clone: internals.cloneSerialize(value) });
    }
    return out;
  }

  /** globalOutbound: absent inherits the loading worker's, null blocks, a service binding receives. */
  function readOutbound(outbound) {
    if (outbound === undefined) return { inherit: true };
    if (outbound === null) return { blocked: true };
    const parent = parentBinding(outbound);
    if (parent === null || !(outbound instanceof internals.Fetcher)) {
      throw new TypeError("miniflare4j: the Worker Loader's globalOutbound must be null or a service binding of the loading worker's env.");
    }
    return { parent };
  }

  /** The name under which the loading worker's env holds `value`, or null. */
  function parentBinding(value) {
    if (value === null || (typeof value !== "object" && typeof value !== "function")) return null;
    const env = internals.env();
    for (const name of Object.keys(env)) if (env[name] === value) return name;
    return null;
  }

  for (const cls of [WorkerLoader, WorkerStub]) {
    Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: cls.name, configurable: true });
    // not constructible from scripts; its prototype is the class's, so structured clone knows the type
    const constructor = Object.defineProperty(function () { return illegalConstructor(); }, "name", { value: cls.name });
    constructor.prototype = cls.prototype;
    internals.registerHostClass(cls);
    delete cls.prototype.constructor; // listed last, after the methods, as in workerd
    Object.defineProperty(cls.prototype, "constructor", { value: constructor, writable: true, configurable: true });
  }

  return (host) => new WorkerLoader(host);
})
