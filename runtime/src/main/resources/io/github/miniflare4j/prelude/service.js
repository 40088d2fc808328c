// Fetcher: a service binding's JavaScript face.

// @imports remotePromise, remoteOutcome, compat, illegalInvocation, onConfigure, compatFlag, bytesFromHost, concatBytes, wtf8Encode, refuseInGlobalScope, reviveError from core.js
// @imports isCanonicalIndex from text.js
// @imports jsonParse from json.js
// @imports STREAM_MESSAGES from streams.js
// @imports Proxy, cloneSerialize from clone.js
// @imports Request, givenSignal, requestFields from request.js
// @imports Response, responseFromHost from response.js
// @imports fetchFollowingRedirects, abortRace, dataUrlResponse, withCacheTtl, withSubrequestHeaders from fetch.js
// @imports later RpcStubState, rpcIllegalConstructor, rpcStubMember, rpcIndex, rpcRefuseIntegrity from rpc.js
// @exports Fetcher, fetchOverrides, fetchThroughBinding, extraHandlersRunning

/** The Fetcher behind each service binding (a Proxy of it), so that its prototype's methods accept the binding. */
const bindingFetchers = new WeakMap();
/** fetch() of the other objects that inherit Fetcher's prototype (Durable Object stubs), by object. */
const fetchOverrides = new WeakMap();

class Fetcher {
  #host;
  constructor(hostObject) { this.#host = hostObject; }
  static #hostOf(self) {
    const fetcher = bindingFetchers.get(self) ?? self;
    if (typeof fetcher !== "object" || fetcher === null || !(#host in fetcher)) throw illegalInvocation();
    return fetcher.#host;
  }
  // a plain function returning a promise, as workerd's native method (an async function would
  // also cost two more turns of the microtask queue adopting the promise it returns)
  fetch(input, init = undefined) {
    const override = fetchOverrides.get(this);
    if (override !== undefined) return override(input, init);
    const host = Fetcher.#hostOf(this);
    // the answer is dropped once the calling event has ended (a Durable Object's stub keeps it)
    // a host that takes a request body as it is produced (another worker) gets it streamed
    const streamBody = typeof host.streamsBodies === "function" && host.streamsBodies();
    return remoteOutcome(fetchThroughBinding(input, init, (data, resolve, reject) => host.fetch(data, resolve, reject), true, streamBody));
  }
  // workerd's CONNECT to a worker: refused at once, whatever the target worker exports (recorded)
  connect(address) {
    Fetcher.#hostOf(this);
    if (address === undefined || address === null) throw new TypeError("Failed to execute 'connect' on 'Fetcher': parameter 1 is not of type 'SocketAddress or string'.");
    throw new TypeError("Incoming CONNECT on a worker not supported");
  }
  // get/put/delete: shorthands over fetch(), until fetcher_no_get_put_delete (see below)
  get(url, type = "text") {
    return this.fetch(url).then((response) => {
      if (response.status === 404) {
        response.body?.cancel();
        return null;
      }
      return type === "json" ? response.json() : type === "arrayBuffer" ? response.arrayBuffer() : type === "stream" ? response.body : response.text();
    });
  }
  put(url, value) {
    return this.fetch(url, { method: "PUT", body: value }).then((response) => { response.body?.cancel(); });
  }
  delete(url) {
    return this.fetch(url, { method: "DELETE" }).then((response) => { response.body?.cancel(); });
  }
}
// Fetcher.get/put/delete exist until fetcher_no_get_put_delete (2024-03-26): a 404 gets null,
// put and delete resolve to undefined (recorded)
onConfigure(() => {
  // no class name before set_tostring_tag (recorded), as core.js does for the globals' classes
  if (!compatFlag("set_tostring_tag", "2024-09-26", "do_not_set_tostring_tag")) delete Fetcher.prototype[Symbol.toStringTag];
  if (!compatFlag("fetcher_no_get_put_delete", "2024-03-26", "fetcher_has_get_put_delete")) return;
  delete Fetcher.prototype.get;
  delete Fetcher.prototype.put;
  delete Fetcher.prototype.delete;
});

/**
 * fetch() through a binding (a service binding, a Durable Object stub): `send(data, resolve,
 * reject)` delivers one request to the target. As in workerd, redirects are followed through the
 * binding itself, the request's AbortSignal is honoured, and the fragment stays with the caller,
 * as over HTTP: neither the target nor response.url sees it; credentials reach response.url only.
 * With `streamBody` (the target is another worker), a request body that is a live stream is sent
 * as it is produced (see requestDataStreaming).
 */
function fetchThroughBinding(input, init, send, bodyErrors = false, streamBody = false) {
  let request;
  try {
    if (input === undefined) {
      throw new TypeError("Failed to execute 'fetch' on 'Fetcher': parameter 1 is not of type 'Request or string'.");
    }
    // anything but a Request is taken as a URL string ("Invalid URL: 42", recorded)
    request = new Request(input instanceof Request ? input : String(input), init);
  } catch (error) {
    // a Request whose body a reader holds: workerd's wording (recorded)
    if (error instanceof TypeError && error.message === STREAM_MESSAGES.locked && input instanceof Request) {
      return Promise.reject(new TypeError("The ReadableStream has been locked to a reader."));
    }
    return Promise.reject(error);
  }
  const signal = givenSignal(request); // null: nothing can abort it, so nothing to race
  if (signal !== null && signal.aborted) return Promise.reject(signal.reason);
  return fetchFollowingRedirects(request, (current, data) => {
    // the response's url keeps the credentials the target does not see (recorded)
    const responseUrl = withoutFragment(requestFields.url(current));
    const url = withoutCredentials(responseUrl);
    // as workerd's fetch(): a binding answers data: URLs itself and fetches http(s) URLs only
    const scheme = url.slice(0, url.indexOf(":") + 1).toLowerCase();
    if (scheme === "data:") {
      try { return Promise.resolve(dataUrlResponse(url, requestFields.method(current))); } catch (error) { return Promise.reject(error); }
    }
    if (scheme !== "http:" && scheme !== "https:") return Promise.reject(new TypeError(`Fetch API cannot load: ${url}`));
    if (url !== data.url) data = { ...data, url };
    data = withSubrequestHeaders(current, data);
    if (data.cf !== null && data.cf !== undefined) {
      try { data = withCacheTtl(data, JSON.parse(data.cf)); } catch (error) { return Promise.reject(error); }
    }
    const pending = remotePromise((resolve, reject) => send(data, resolve, reject));
    const shape = { head: requestFields.method(current) === "HEAD", binding: true, bodyErrors };
    if (signal === null) return pending.then((answer) => responseFromHost(answer, responseUrl, shape));
    const abort = abortRace(signal);
    return Promise.race([pending, abort.promise])
      .then((answer) => responseFromHost(answer, responseUrl, shape))
      .finally(abort.cleanup);
  }, true, streamBody);
}


function withoutFragment(url) {
  const hash = url.indexOf("#");
  return hash < 0 ? url : url.slice(0, hash);
}

/**
 * A serialized URL without its user name and password: a binding's target sees none (recorded,
 * "http://u:p@x/" arrives as "http://x/"). Only a URL with "@" is looked at.
 */
function withoutCredentials(url) {
  if (url.indexOf("@") < 0) return url;
  const start = url.indexOf("//");
  if (start < 0) return url;
  let end = url.length;
  const slash = url.indexOf("/", start + 2);
  if (slash >= 0) end = slash;
  const query = url.indexOf("?", start + 2);
  if (query >= 0 && query < end) end = query;
  const at = url.lastIndexOf("@", end - 1);
  return at > start ? url.slice(0, start + 2) + url.slice(at + 1) : url;
}

Object.defineProperty(Fetcher.prototype, Symbol.toStringTag, { value: "Fetcher", configurable: true });
// workerd's native fetch and connect declare no parameters; its prototype's methods are
// enumerable (for-in over a binding lists them) (recorded)
Object.defineProperty(Fetcher.prototype.fetch, "length", { value: 0 });
Object.defineProperty(Fetcher.prototype.connect, "length", { value: 0 });
for (const name of ["fetch", "connect", "get", "put", "delete"]) Object.defineProperty(Fetcher.prototype, name, { enumerable: true });

/**
 * Fetcher.scheduled() and Fetcher.queue(), which workerd offers with the
 * service_binding_extra_handlers flag: they run the target's handler as a cron trigger or a queue
 * delivery would, and answer with the event's outcome. Without the flag both names are RPC
 * methods like any other.
 */
function extraHandlers(hostObject) {
  const report = (call) => remotePromise(call).then((text) => JSON.parse(text));
  return extraHandlersRunning(
    (cron, time) => report((resolve, reject) => hostObject.scheduled(cron, time, resolve, reject)),
    (payload) => report((resolve, reject) => hostObject.queue(payload, resolve, reject)));
}

/**
 * A message's attempts as workerd converts it (a 16-bit unsigned integer: truncated, 0 allowed,
 * a missing value refused), failing with workerd's messages.
 */
function toAttempts(value) {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new TypeError("The value cannot be converted because it is not an integer.");
  if (n < 0) throw new TypeError("The value cannot be converted because it is negative and this API expects a positive number.");
  if (n > 65535) throw new TypeError("Value out of range. Must be less than or equal to 65535.");
  return Math.trunc(n);
}

/**
 * scheduled() and queue() of a binding whose events `runScheduled(cron, time)` and
 * `runQueue(payload)` run, each answering a promise of the prelude's report object (see
 * dispatchScheduled and dispatchQueue), once the event's waitUntil work has settled.
 */
/**
 * A date member of a dictionary as workerd converts it (recorded): a number or a Date is a time in
 * milliseconds (truncated), refused when it is no valid Date; anything else (a string, null,
 * absent) is refused, naming the member and its dictionary.
 */
function dateMember(value, member, dictionary) {
  if (typeof value !== "number" && !(value instanceof Date)) {
    throw new TypeError(`Incorrect type for the '${member}' field on '${dictionary}': the provided value is not of type 'date'.`);
  }
  const time = new Date(typeof value === "number" ? value : value.getTime()).getTime();
  if (Number.isNaN(time)) throw new TypeError("The value cannot be converted because it is not a valid Date.");
  return time;
}

function extraHandlersRunning(runScheduled, runQueue) {
  return {
    async scheduled(options = undefined) {
      if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
        throw new TypeError("Failed to execute 'scheduled' on 'Fetcher': parameter 1 is not of type 'ScheduledOptions'.");
      }
      const cron = options?.cron === undefined ? "" : String(options.cron);
      const time = options?.scheduledTime === undefined ? Date.now() : dateMember(options.scheduledTime, "scheduledTime", "ScheduledOptions");
      const outcome = await runScheduled(cron, time);
      return { outcome: outcome.outcome ?? (outcome.error ? "exception" : "ok"), noRetry: outcome.noRetry };
    },
    async queue(queueName, messages) {
      if (!Array.isArray(messages)) throw new TypeError("Failed to execute 'queue' on 'Fetcher': parameter 2 is not of type 'Array'.");
      // as workerd's conversion of each ServiceBindingQueueMessage: its members in their order, then the checks (recorded)
      const read = messages.map((m) => {
        if (m === null || m === undefined) {
          throw new TypeError("Cannot initialize N7workerd3api7Fetcher26ServiceBindingQueueMessageE with required members from an undefined or null value.");
        }
        const attempts = toAttempts(m.attempts);
        const body = m.body;
        const id = String(m.id);
        const serializedBody = m.serializedBody;
        return { attempts, body, id, serializedBody, timestamp: dateMember(m.timestamp, "timestamp", "ServiceBindingQueueMessage") };
      });
      const encoded = read.map((m) => {
        if (m.serializedBody !== undefined) {
          throw new TypeError("miniflare4j: Fetcher.queue() messages with serializedBody are not supported yet; pass body instead.");
        }
        if (m.body === undefined) throw new TypeError("Expected one of body or serializedBody for each message");
        return { id: m.id, timestamp: m.timestamp, contentType: "v8", body: cloneSerialize(m.body), attempts: m.attempts };
      });
      const payload = JSON.stringify({ queue: String(queueName), messages: encoded,
        metadata: { backlogCount: 0, backlogBytes: 0, oldestMessageTimestamp: null } });
      const outcome = await runQueue(payload);
      // a delay nobody asked for is absent, as in workerd's answer
      const delayed = (decision, delaySeconds) => (delaySeconds === null || delaySeconds === undefined ? decision : { ...decision, delaySeconds });
      return {
        outcome: outcome.outcome === "ok" || outcome.outcome === "exceededCpu" ? outcome.outcome : "exception",
        ackAll: outcome.ackAll,
        retryBatch: delayed({ retry: outcome.retryBatch.retry }, outcome.retryBatch.delaySeconds),
        explicitAcks: outcome.explicitAcks,
        retryMessages: outcome.retryMessages.map((r) => delayed({ msgId: r.msgId }, r.delaySeconds)),
      };
    },
  };
}

/** env.SERVICE.constructor: named Fetcher, and not constructible from scripts. */
const fetcherConstructor = function () { return rpcIllegalConstructor(); };
// String(env.SERVICE.constructor) reads as workerd's native class
Object.defineProperties(fetcherConstructor, {
  name: { value: "Fetcher" },
  toString: { value: () => "function Fetcher() { [native code] }", writable: true, configurable: true },
});

internals.bindingFactories = internals.bindingFactories ?? {};
/** A Fetcher whose other properties are RPC methods of the target's WorkerEntrypoint. */
internals.bindingFactories.service = (hostObject) => {
  const fetcher = new Fetcher(hostObject);
  // before rpc (2024-04-03) a binding has only the Fetcher's own members (recorded)
  const rpc = compatFlag("rpc", "2024-04-03", "no_rpc");
  const extras = compat.flags.has("service_binding_extra_handlers") ? extraHandlers(hostObject) : null;
  const state = new RpcStubState((method, text) => remoteOutcome(remotePromise((resolve, reject) => hostObject.call(method, text, resolve, reject))));
  const binding = new Proxy(fetcher, {
    // every name is a member of a binding (an RPC method when nothing else), as in workerd
    // array indexes excepted: workerd's binding answers named properties only (env.SERVICE[0] is undefined)
    // but "then": a binding is no thenable (recorded)
    has(target, prop) { return (rpc && typeof prop === "string" && prop !== "then" && !rpcIndex(prop)) || Reflect.has(target, prop); },
    preventExtensions: rpcRefuseIntegrity,
    get(target, prop) {
      if (prop === "constructor") return fetcherConstructor;
      // JSON.stringify(env) shows a service binding as {}, as in workerd
      if (prop === "toJSON") return undefined;
      if (extras !== null && (prop === "scheduled" || prop === "queue")) return extras[prop];
      // Fetcher's methods themselves (env.SERVICE.fetch === Fetcher.prototype.fetch): they accept
      // any binding as `this`, and refuse other objects (a detached fetch is an Illegal invocation)
      if (typeof prop === "symbol" || prop in target || prop === "then") return Reflect.get(target, prop);
      if (rpcIndex(prop)) return undefined;
      // a new member each time, as workerd's (env.SERVICE.m !== env.SERVICE.m)
      return rpc ? rpcStubMember(state, prop) : undefined;
    },
  });
  bindingFetchers.set(binding, fetcher);
  return binding;
};
internals.bindingFactories.json = (text) => JSON.parse(text);
/**
 * What the scripts of binding kinds beside their plugins (JsBinding.factoryScript) use of the
 * prelude besides the members of internals: helpers and classes as the prelude has them, whatever
 * a worker's code later does to the globals.
 */
internals.bindingHelpers = { hostCall, bytesFromHost, concatBytes, wtf8Encode, refuseInGlobalScope, isCanonicalIndex, jsonParse, Response };

/**
 * Calls Java: `fn()`'s result, or the JavaScript error a binding's Java exception names (one with
 * `errorName()` and `errorMessage()`, as KvException and R2Exception have), without a stack.
 */
function hostCall(fn) {
  try {
    return fn();
  } catch (e) {
    if (e != null && typeof e === "object" && typeof e.errorName === "function") {
      throw reviveError(e.errorName(), e.errorMessage(), "");
    }
    throw e;
  }
}
internals.Fetcher = Fetcher;
