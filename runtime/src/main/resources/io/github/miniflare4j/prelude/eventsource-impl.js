// EventSource as workerd has it (eventsource.js installs the global, which loads this module on
// its first read): the class, the connection over fetch (or `init.fetcher`) with workerd's checks
// and reconnection on the instance clock, the event-stream parser, and the event dispatch.
// Messages are workerd's.
//
// A source's state: { url, origin, fetcher, readyState, lastEventId, reconnectionMillis,
// previousNoBody, abort (the AbortController of the current attempt), reader, closeCalled, target }.

// @imports DOMException, inCurrentContext, kState, illegalInvocation from core.js
// @imports NativeTextDecoder from encoding.js
// @imports AbortController, EventTarget, Event, kOnHandlers from events.js
// @imports URL from url.js
// @imports Headers from headers.js
// @imports ReadableStream, kRS from streams.js
// @imports ErrorEvent, messageEventWith from unsupported.js
// @imports fetch from fetch.js
// @exports EventSource

const CONNECTING = 0, OPEN = 1, CLOSED = 2;

class EventSourceImpl extends EventTarget {
  #s;
  /** `new EventSource(url, init)`; internally `(kState, state)` adopts the state EventSource.from built. */
  constructor(url, init = undefined) {
    super();
    this.#s = url === kState ? init : connectEventSource(this, url, init);
  }
  get url() { return sourceState(this).url; }
  get withCredentials() { sourceState(this); return false; }
  get readyState() { return sourceState(this).readyState; }
  get onopen() { return sourceState(this) && (this[kOnHandlers]?.onopen ?? null); }
  set onopen(value) { setHandler(this, "onopen", value); }
  get onmessage() { return sourceState(this) && (this[kOnHandlers]?.onmessage ?? null); }
  set onmessage(value) { setHandler(this, "onmessage", value); }
  get onerror() { return sourceState(this) && (this[kOnHandlers]?.onerror ?? null); }
  set onerror(value) { setHandler(this, "onerror", value); }
  close() { closeEventSource(sourceState(this)); }
  static from(stream) { return eventSourceFrom(stream, (state) => new EventSource(kState, state)); }
  /** The state of an EventSource, or an Illegal invocation error for any other `this`. */
  static state(source) {
    if (source === null || typeof source !== "object" || !(#s in source)) throw illegalInvocation();
    return source.#s;
  }
}
const sourceState = EventSourceImpl.state;
delete EventSourceImpl.state;

/** Stores an `on<type>` handler as workerd does: any object or function, anything else becomes null. */
function setHandler(source, name, value) {
  sourceState(source);
  if (!Object.prototype.hasOwnProperty.call(source, kOnHandlers)) Object.defineProperty(source, kOnHandlers, { value: {}, enumerable: false });
  source[kOnHandlers][name] = value !== null && (typeof value === "object" || typeof value === "function") ? value : null;
}

/** The global: a function in front of the class, so that a call without `new` fails with workerd's message. */
function EventSource(url, init) {
  if (new.target === undefined) {
    throw new TypeError("Failed to construct 'EventSource': Please use the 'new' operator, this object constructor cannot be called as a function.");
  }
  if (arguments.length === 0) throw new TypeError("Failed to construct 'EventSource': constructor parameter 1 is not of type 'string'.");
  return Reflect.construct(EventSourceImpl, [url, init], new.target === EventSource ? EventSourceImpl : new.target);
}
Object.defineProperty(EventSource, "prototype", { value: EventSourceImpl.prototype, writable: false });
Object.defineProperty(EventSource, "length", { value: 0 });
Object.defineProperty(EventSource, "from", { value: EventSourceImpl.from, writable: true, configurable: true });
Object.defineProperty(EventSourceImpl.prototype, "constructor", { value: EventSource, writable: true, configurable: true });
Object.defineProperty(EventSourceImpl.prototype, Symbol.toStringTag, { value: "EventSource", configurable: true });
Object.defineProperty(EventSourceImpl.prototype, Symbol.dispose, { value: function dispose() { this.close(); }, writable: true, configurable: true });
for (const [name, value] of Object.entries({ CONNECTING, OPEN, CLOSED })) {
  Object.defineProperty(EventSource, name, { value, enumerable: true });
  Object.defineProperty(EventSourceImpl.prototype, name, { value, enumerable: true });
}
Object.setPrototypeOf(EventSource, EventTarget);

// workerd's reconnection delay: 2 s unless the stream's `retry:` says otherwise, kept within 1-10 s
const DEFAULT_RECONNECTION_MILLIS = 2000, MIN_RECONNECTION_MILLIS = 1000, MAX_RECONNECTION_MILLIS = 10000;
const MAX_UINT32 = 4294967295;
// lines are decoded whole; a BOM after the stream's first bytes stays in the line, as in workerd
const lineDecoder = new NativeTextDecoder("utf-8", { ignoreBOM: true });

/** The `open` event (its class is not a global in workerd either). */
class OpenEvent extends Event {
  constructor() { super("open"); }
}

function newSourceState(target, url, fetcher) {
  return {
    target, url: url === null ? "" : url.href, origin: url === null ? null : url.origin, fetcher,
    readyState: CONNECTING, lastEventId: "", reconnectionMillis: DEFAULT_RECONNECTION_MILLIS,
    previousNoBody: false, abort: new AbortController(), reader: null, closeCalled: false,
  };
}

/** `new EventSource(url, init)`: checks the arguments, starts the first fetch, returns the state. */
function connectEventSource(target, url, init) {
  let fetcher;
  if (init !== undefined && init !== null) {
    if (typeof init !== "object" && typeof init !== "function") {
      throw new TypeError("Failed to construct 'EventSource': constructor parameter 2 is not of type 'EventSourceInit'.");
    }
    if (init.withCredentials !== undefined && !!init.withCredentials) {
      throw new DOMException("The init.withCredentials option is not supported. It must be false or undefined.", "NotSupportedError");
    }
    fetcher = init.fetcher;
    if (fetcher !== undefined && !isFetcher(fetcher)) {
      throw new TypeError("Incorrect type for the 'fetcher' field on 'EventSourceInit': the provided value is not of type 'Fetcher'.");
    }
  }
  const text = String(url);
  let parsed;
  try { parsed = new URL(text); } catch {
    throw new DOMException(`Cannot open an EventSource to '${text}'. The URL is invalid.`, "SyntaxError");
  }
  const s = newSourceState(target, parsed, fetcher);
  startConnection(s);
  return s;
}

/** A service binding (or anything else a Fetcher is): an object whose `fetch` is a function, not a plain object. */
function isFetcher(value) {
  return value !== null && typeof value === "object" && typeof value.fetch === "function" && Object.getPrototypeOf(value) !== Object.prototype;
}

/** `EventSource.from(stream)`: reads the stream without reconnection; `adopt(state)` builds the EventSource. */
function eventSourceFrom(stream, adopt) {
  if (!(stream instanceof ReadableStream)) {
    throw new TypeError("Failed to execute 'from' on 'EventSource': parameter 1 is not of type 'ReadableStream'.");
  }
  if (stream.locked) throw new TypeError("This ReadableStream is locked.");
  if (stream[kRS].disturbed) throw new TypeError("This ReadableStream has already been read from.");
  const s = newSourceState(null, null, undefined);
  s.target = adopt(s);
  readEventStream(s, stream, false);
  return s.target;
}

/** `closeEventSource()`: aborts the current attempt; no event follows, a second call does nothing. */
function closeEventSource(s) {
  if (s.closeCalled) return;
  s.closeCalled = true;
  s.abort.abort();
  s.readyState = CLOSED;
  cancelSourceReader(s);
}

function cancelSourceReader(s) {
  const reader = s.reader;
  s.reader = null;
  reader?.cancel().catch(() => {});
}

/** Dispatches an event the runtime made, which (unlike one a script constructs) is trusted. */
function dispatchToSource(s, event) {
  Object.defineProperty(event, "isTrusted", { value: true });
  EventTarget.prototype.dispatchEvent.call(s.target, event);
}

/** Fails the source (or, when `reconnecting`, reports the end of a connection): an ErrorEvent with `error`. */
function failSource(s, error, reconnecting = false) {
  if (s.readyState === CLOSED) return;
  s.abort.abort(error);
  s.readyState = reconnecting ? CONNECTING : CLOSED;
  if (!reconnecting) cancelSourceReader(s);
  dispatchToSource(s, new ErrorEvent("error", { error }));
}

function openSource(s) {
  if (s.readyState === CLOSED) return;
  s.readyState = OPEN;
  dispatchToSource(s, new OpenEvent());
}

/** Dispatches complete messages; a listener that throws fails the source with what it threw. */
function dispatchMessages(s, messages) {
  if (s.readyState === CLOSED) return;
  try {
    for (const message of messages) {
      const data = message.data.join("\n");
      if (data === "") continue;
      dispatchToSource(s, messageEventWith(message.event ?? "message", data, message.id, s.origin));
    }
  } catch (e) {
    failSource(s, e);
  }
}

function startConnection(s) {
  if (s.readyState === CLOSED) return;
  const headers = new Headers({ accept: "text/event-stream", "cache-control": "no-cache" });
  if (s.lastEventId !== "") headers.set("last-event-id", s.lastEventId);
  const init = { headers, signal: s.abort.signal };
  let pending;
  try {
    pending = s.fetcher !== undefined ? s.fetcher.fetch(s.url, init) : fetch(s.url, init);
  } catch (e) {
    pending = Promise.reject(e);
  }
  Promise.resolve(pending).then((response) => onSourceResponse(s, response), (e) => failSource(s, e));
}

function onSourceResponse(s, response) {
  if (s.readyState === CLOSED) return;
  const fail = (message) => failSource(s, new DOMException(message, "AbortError"));
  if (!response.ok) return fail(`The response status code was ${response.status}.`);
  const contentType = response.headers.get("content-type");
  if (contentType === null) return fail("No content type header was present in the response.");
  if (!isEventStream(contentType)) return fail(`The content type '${contentType}' is invalid.`);
  if (response.redirected) {
    try {
      const moved = new URL(response.url);
      s.url = moved.href;
      s.origin = moved.origin;
    } catch { /* keep the URL asked for */ }
  }
  if (response.body !== null) {
    readEventStream(s, response.body, true);
  } else if (s.previousNoBody) {
    failSource(s, new Error("The server provided no content."));
  } else {
    s.previousNoBody = true;
    failSource(s, new Error("The server provided no content. Will try reconnecting."), true);
    scheduleReconnection(s);
  }
}

/** Whether a Content-Type header parses as a MIME type whose essence is text/event-stream. */
function isEventStream(value) {
  const match = /^[\t\n\r ]*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\/([!#$%&'*+.^_`|~0-9A-Za-z-]+)[\t\n\r ]*(;|$)/.exec(value);
  return match !== null && match[1].toLowerCase() === "text" && match[2].toLowerCase() === "event-stream";
}

/** Waits the reconnection delay on the instance clock, then fetches again (unless closed meanwhile). */
function scheduleReconnection(s) {
  s.readyState = CONNECTING;
  const controller = new AbortController();
  s.abort = controller;
  const id = host.setTimer(s.reconnectionMillis, inCurrentContext(() => {
    controller.signal.removeEventListener("abort", onAbort);
    startConnection(s);
  }), false);
  const onAbort = () => {
    host.clearTimer(id);
    failSource(s, controller.signal.reason);
  };
  controller.signal.addEventListener("abort", onAbort, { once: true });
}

/**
 * Opens the source and reads `stream` through the parser. The end of the stream is a
 * disconnection ("The server disconnected."), followed by a reconnection when `withReconnection`
 * (a fetched body); a stream error fails the source, except on a fetched body, where it counts
 * as a disconnection as a broken connection does in workerd.
 */
function readEventStream(s, stream, withReconnection) {
  openSource(s);
  const reader = stream.getReader();
  if (withReconnection) s.reader = reader;
  const parser = new EventStreamParser(s);
  const attempt = s.abort;
  const stillCurrent = () => s.abort === attempt && s.readyState !== CLOSED;
  const disconnected = () => {
    if (!stillCurrent()) return;
    if (s.reader === reader) s.reader = null;
    failSource(s, new Error("The server disconnected."), withReconnection);
    if (withReconnection) scheduleReconnection(s);
  };
  const step = (result) => {
    if (result.done) return disconnected();
    const chunk = result.value;
    if (!(chunk instanceof ArrayBuffer) && !ArrayBuffer.isView(chunk)) {
      if (s.reader === reader) cancelSourceReader(s);
      return failSource(s, new TypeError("This ReadableStream did not return bytes."));
    }
    // after closeEventSource() the rest of a stream of EventSource.from is left unread, as workerd drops it
    if (s.readyState === CLOSED) return undefined;
    const bytes = chunk instanceof ArrayBuffer ? new Uint8Array(chunk) : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const messages = parser.write(bytes);
    if (messages.length > 0) dispatchMessages(s, messages);
    if (!stillCurrent()) return undefined;
    return reader.read().then(step, failed);
  };
  const failed = (e) => {
    if (!stillCurrent()) return;
    if (withReconnection) return disconnected();
    failSource(s, e);
  };
  reader.read().then(step, failed);
}

/**
 * The event-stream parser of the HTML standard, over bytes as workerd's: a BOM skipped at the
 * very start,  lines ended by CR, LF or CRLF (as in workerd, a CR that ends a chunk ends its
 * line, so an LF starting the next chunk is an empty line), `data`/`event`/`id`/`retry` fields, `:` comments.
 */
class EventStreamParser {
  #s; #kept = []; #bomChecked = false; #current = null;
  constructor(s) { this.#s = s; }
  /** Feeds a chunk; returns the messages it completed ({data: [], event, id}). */
  write(bytes) {
    let start = 0;
    if (!this.#bomChecked) {
      this.#bomChecked = true;
      if (bytes.length >= 3 && bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF) start = 3;
    }
    const done = [];
    // the next LF and CR at or after `start` (-1: none left), each searched again once passed
    let lf = -2, cr = -2;
    for (;;) {
      if (lf !== -1 && lf < start) lf = bytes.indexOf(0x0A, start);
      if (cr !== -1 && cr < start) cr = bytes.indexOf(0x0D, start);
      const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (end === -1) break;
      this.#line(this.#take(bytes, start, end), done);
      start = end + (bytes[end] === 0x0D && bytes[end + 1] === 0x0A ? 2 : 1);
    }
    if (start < bytes.length) this.#kept.push(bytes.slice(start));
    return done;
  }
  #take(bytes, from, to) {
    if (this.#kept.length === 0) return lineDecoder.decode(bytes.subarray(from, to));
    const parts = [...this.#kept, bytes.subarray(from, to)];
    this.#kept = [];
    const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const p of parts) { joined.set(p, offset); offset += p.length; }
    return lineDecoder.decode(joined);
  }
  #line(line, done) {
    const s = this.#s;
    if (line === "") {
      if (this.#current !== null) {
        this.#current.id = s.lastEventId;
        done.push(this.#current);
        this.#current = null;
      }
      return;
    }
    if (line[0] === ":") return;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value[0] === " ") value = value.slice(1);
    this.#current ??= { data: [], event: undefined, id: "" };
    if (field === "data") this.#current.data.push(value);
    else if (field === "event") this.#current.event = value;
    else if (field === "id") s.lastEventId = value;
    else if (field === "retry" && /^[0-9]+$/.test(value) && Number(value) <= MAX_UINT32) {
      s.reconnectionMillis = Math.max(Math.min(Number(value), MAX_RECONNECTION_MILLIS), MIN_RECONNECTION_MILLIS);
    }
  }
}
