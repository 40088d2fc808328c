// WebSocket and WebSocketPair, as workerd has them (messages and limits recorded with the oracle).
//
// Each socket has a link to its peer: `deliver(event)` hands the peer one event, {type:
// "message", data} or {type: "close", code, reason}. The peer of a WebSocketPair end is the other
// end, in this isolate; an end that leaves the isolate in a 101 response, or arrives in one, is
// linked through a Java end (host.webSocketEnd) to a socket elsewhere (another worker, a Java
// client, an HTTP client). Events wait in the receiving socket's inbox until it is accepted, then
// each is dispatched in a task of its own, so microtasks run between two messages.

// @imports kState, DOMException, eventNow, runInEvent, eventWaitStarted, eventWaitSettled, refuseInGlobalScope, hostPromise, errorHeadline, stackFrames, bytesFromHost, defineGlobal, illegalInvocation, newOnly, compatFlag, wtf8Encode, wtf8String, lazyModule from core.js
// @imports EventTarget, Event from events.js
// @imports URL from url.js
// @imports headersFromFlat from headers.js
// @imports isHttpToken from text.js
// @imports Blob from blob.js
// @imports jsgInt from streams.js
// @imports cloneWalk, cloneTreeText, cloneWireSize, cloneDeserialize from clone.js
// @imports requestToData, Request from request.js
// @imports WEBSOCKET_STATES, ErrorEvent, CloseEvent, MessageEvent from unsupported.js
// @exports WS_MESSAGES, WebSocket, wsState, webSocketAbort, webSocketToHost, webSocketFromHost, WebSocketRequestResponsePair, hibernateWebSocket, hibernatedTags, isHibernated, autoResponseTimestamp, autoResponseTexts, autoResponsePairTexts

const WS_MESSAGES = {
  notAccepted: "You must call one of accept() or state.acceptWebSocket() on this WebSocket before sending messages.",
  sendAfterClose: "Can't call WebSocket send() after close().",
  connectionLost: "Network connection lost.",
  pairInUse: "Cannot call `acceptWebSocket()` on this WebSocket because its pair has already been accepted or used in a Response.",
  reasonWithoutCode: "If you specify a WebSocket close reason, you must also specify a code.",
  sendType: "Failed to execute 'send' on 'WebSocket': parameter 1 is not of type 'ArrayBuffer or ArrayBufferView or string'.",
  notWebSocket: "Incorrect type for the 'webSocket' field on 'InitializerDict': the provided value is not of type 'WebSocket'.",
  cloneHandshake: "Cannot clone a response to a WebSocket handshake.",
  /** A socket made while serving one request used while serving another (recorded). */
  otherRequest: "Cannot perform I/O on behalf of a different request. I/O objects (such as streams, request/response bodies, and others) created in the context of one request handler cannot be accessed from a different request's handler. This is a limitation of Cloudflare Workers which allows us to improve overall performance. (I/O type: Native)",
};

/** workerd's limit on a hibernatable socket's attachment, in bytes of V8's serialization. */
const MAX_ATTACHMENT_BYTES = 16384;

class WebSocket extends EventTarget {
  /** Whether `o` is one of this class's objects: the receiver check of every member. */
  static #is(o) { return typeof o === "object" && o !== null && #s in o; }
  #s;
  constructor(url, protocols) {
    super();
    if (url !== kState) {
      if (arguments.length === 0) throw new TypeError("Failed to construct 'WebSocket': constructor parameter 1 is not of type 'string'.");
      // connecting is I/O: refused at global scope (recorded)
      refuseInGlobalScope();
      let parsed;
      try { parsed = new URL(String(url)); } catch { throw new DOMException("WebSocket Constructor: The url is invalid.", "SyntaxError"); }
      if (parsed.protocol !== "ws:" && parsed.protocol !== "wss:") {
        throw new DOMException("WebSocket Constructor: The url scheme must be ws or wss.", "SyntaxError");
      }
      if (parsed.hash !== "" || String(url).includes("#")) throw new DOMException("WebSocket Constructor: The url fragment must be empty.", "SyntaxError");
      protocols = wsProtocols(protocols);
      this.#s = wsInitialState();
      this.#s.url = String(url); // as given (recorded: "WSS://h/" stays so)
      this.#s.connecting = true;
      wsConnect(this, parsed, protocols);
    } else {
      this.#s = wsInitialState();
    }
  }
  accept(options = undefined) {
    if (!WebSocket.#is(this)) throw illegalInvocation();
    const s = this.#s;
    wsCheckEvent(s);
    if (s.fromConstructor) throw new TypeError("Websockets obtained from the 'new WebSocket()' constructor cannot call accept");
    if (s.hibernation) throw new TypeError("Can't accept() WebSocket after enabling hibernation.");
    if (s.accepted) return;
    s.accepted = true;
    wsHoldEvent(s);
    // { allowHalfOpen: true }: the Close frame is answered by close(), not by the runtime (proxies)
    s.allowHalfOpen = options != null && Boolean(options.allowHalfOpen);
    wsScheduleFlush(this);
  }
  send(data = undefined) {
    if (!WebSocket.#is(this)) throw illegalInvocation();
    if (arguments.length === 0) throw new TypeError(WS_MESSAGES.sendType);
    const s = this.#s;
    wsCheckEvent(s);
    if (!s.accepted) throw new TypeError(WS_MESSAGES.notAccepted);
    if (s.outgoingAborted) return;
    if (s.closedOutgoing) throw new TypeError(WS_MESSAGES.sendAfterClose);
    let payload;
    // a detached buffer (or a view of one) has no bytes: it goes as an empty binary message (recorded)
    if (data instanceof ArrayBuffer) payload = data.byteLength === 0 ? new Uint8Array(0) : new Uint8Array(data.slice(0));
    else if (ArrayBuffer.isView(data)) payload = data.byteLength === 0 ? new Uint8Array(0) : new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
    else payload = `${data}`; // ToString: a Symbol throws (recorded), where String() would describe it
    if (wsPeerClosedFirst(s)) s.sentAfterPeerClose = true;
    s.peer.deliver({ type: "message", data: payload });
  }
  close(code = undefined, reason = undefined) {
    if (!WebSocket.#is(this)) throw illegalInvocation();
    const s = this.#s;
    wsCheckEvent(s);
    // a socket still connecting takes the close (recorded) and sends it once connected
    if (!s.accepted && !s.connecting) throw new TypeError(WS_MESSAGES.notAccepted);
    if (code !== undefined) {
      code = jsgInt(code, "close", "WebSocket"); // an int: NaN is 0, beyond int32 refused (recorded)
      if (code < 1000 || code >= 5000 || code === 1004 || code === 1005 || code === 1006 || code === 1015) {
        throw new DOMException(`Invalid WebSocket close code: ${code}.`, "InvalidAccessError");
      }
    }
    if (reason !== undefined && code === undefined) throw new DOMException(WS_MESSAGES.reasonWithoutCode, "InvalidAccessError");
    // from websocket_close_reason_byte_limit (2026-03-03) a reason holds at most 123 UTF-8 bytes (recorded)
    if (reason !== undefined && compatFlag("websocket_close_reason_byte_limit", "2026-03-03", "no_websocket_close_reason_byte_limit") && new TextEncoder().encode(String(reason)).byteLength > 123) {
      throw new DOMException("WebSocket close reason must not be longer than 123 bytes when UTF-8 encoded.", "SyntaxError");
    }
    // a socket still connecting gives up the connection: it fails as one refused (recorded)
    if (s.connecting) { s.closeWhenOpen = true; return; }
    if (s.closedOutgoing) return;
    // a lone surrogate of the reason reaches the peer as one U+FFFD (recorded)
    wsSendClose(this, code ?? 1005, reason === undefined ? "" : String(reason).toWellFormed(), false);
  }
  serializeAttachment(value = undefined) {
    if (!WebSocket.#is(this)) throw illegalInvocation();
    if (arguments.length === 0) throw new TypeError("Failed to execute 'serializeAttachment' on 'WebSocket': parameter 1 is not of type 'JsValue'.");
    const tree = cloneWalk(value, null, false);
    const size = cloneWireSize(tree);
    if (size > MAX_ATTACHMENT_BYTES) {
      throw new Error(`A WebSocket 'attachment' cannot be larger than ${MAX_ATTACHMENT_BYTES} bytes.'attachment' was ${size} bytes.`);
    }
    this.#s.attachment = cloneTreeText(tree);
  }
  deserializeAttachment() { if (!WebSocket.#is(this)) throw illegalInvocation(); return this.#s.attachment === undefined ? null : cloneDeserialize(this.#s.attachment); }
  get readyState() {
    if (!WebSocket.#is(this)) throw illegalInvocation();
    const s = this.#s;
    wsCheckEvent(s);
    // one closed while connecting reads as open until its connection has failed (recorded)
    if (s.connecting) return s.closeWhenOpen ? WebSocket.OPEN : WebSocket.CONNECTING;
    if (s.closedOutgoing && s.closedIncoming) return WebSocket.CLOSED;
    if (s.closedOutgoing || s.closedIncoming) return WebSocket.CLOSING;
    return WebSocket.OPEN;
  }
  get url() { if (!WebSocket.#is(this)) throw illegalInvocation(); return this.#s.url; }
  get protocol() { if (!WebSocket.#is(this)) throw illegalInvocation(); return this.#s.protocol; }
  get extensions() { if (!WebSocket.#is(this)) throw illegalInvocation(); return this.#s.extensions; }
  get binaryType() { if (!WebSocket.#is(this)) throw illegalInvocation(); return this.#s.binaryType; }
  set binaryType(value) {
    if (!WebSocket.#is(this)) throw illegalInvocation();
    value = String(value);
    if (value === "arraybuffer" || value === "blob") this.#s.binaryType = value;
  }

  /** The socket's private state, for the functions of this file. */
  static [kState](ws) { return ws.#s; }
  get [Symbol.toStringTag]() { return "WebSocket"; }
  // onmessage, onclose, ...: no accessors; EventTarget calls a function found in such a property
}
// one defineProperties per object: a for-of loop over Object.entries costs the interpreter more
const wsStateConstants = {};
for (const key in WEBSOCKET_STATES) wsStateConstants[key] = { value: WEBSOCKET_STATES[key], enumerable: true, configurable: true };
Object.defineProperties(WebSocket, wsStateConstants);
Object.defineProperties(WebSocket.prototype, wsStateConstants);

function wsState(ws) { return WebSocket[kState](ws); }

/**
 * An accepted socket keeps the request it was made in going until the close (or an error) has
 * arrived from its peer, as in workerd, whose accept() reads the socket for that request: the
 * request's timers still fire and its I/O still completes after it answered (recorded).
 * `wsReleaseEvent` lets it end then.
 */
function wsHoldEvent(s) {
  if (s.event === undefined || s.event.ended || s.holdsEvent) return;
  s.holdsEvent = true;
  eventWaitStarted(s.event);
}
function wsReleaseEvent(s) {
  if (!s.holdsEvent || !s.closedIncoming) return;
  s.holdsEvent = false;
  eventWaitSettled(s.event);
}

/** "blob" from websocket_standard_binary_type (2026-03-17), "arraybuffer" before (recorded). */
function defaultBinaryType() {
  return compatFlag("websocket_standard_binary_type", "2026-03-17", "no_websocket_standard_binary_type") ? "blob" : "arraybuffer";
}

function wsInitialState() {
  return {
    accepted: false, closedOutgoing: false, closedIncoming: false, inbox: [], flushing: false,
    peer: null, binaryType: defaultBinaryType(), attachment: undefined, url: null, protocol: "", extensions: "",
    connecting: false, fromConstructor: false, outgoingAborted: false, sentAfterPeerClose: false, allowHalfOpen: false, arrived: false, aborted: false,
    event: eventNow(), holdsEvent: false,
  };
}

/**
 * A socket belongs to the event (request or call) it was made in, as in workerd: code serving
 * another event cannot read its readyState, accept, send or close it (adding listeners is
 * allowed). Sockets made outside any event (a Durable Object's code, a socket's listeners once
 * the socket's request has ended) and code running outside any event are not checked.
 */
function wsCheckEvent(s) {
  if (s.event === undefined) return;
  const now = eventNow();
  if (now !== undefined && now !== s.event) throw new Error(WS_MESSAGES.otherRequest);
}

// ---- new WebSocket(url): an outbound socket -------------------------------------------------
// The handshake is a GET of the http(s) URL with `Upgrade: websocket` through the global fetch's
// host path (the outbound handler, else the network). A 101 with a socket opens it; anything
// else fails it with workerd's error event and a 1006 close.

function wsProtocols(protocols) {
  if (protocols === undefined) return [];
  const list = typeof protocols === "string" ? [protocols] : Array.from(protocols, String);
  for (const p of list) {
    if (!isHttpToken(p)) throw new DOMException("WebSocket Constructor: The protocol header token is invalid.", "SyntaxError");
  }
  if (new Set(list).size !== list.length) {
    throw new DOMException("WebSocket Constructor: The protocols header cannot have repeating values.", "SyntaxError");
  }
  return list;
}

function wsConnect(ws, url, protocols) {
  const s = wsState(ws);
  s.fromConstructor = true;
  const headers = { upgrade: "websocket" };
  if (protocols.length > 0) headers["sec-websocket-protocol"] = protocols.join(", ");
  const target = (url.protocol === "wss:" ? "https:" : "http:") + url.href.slice(url.protocol.length);
  requestToData(new Request(target, { headers })).then((data) => {
    // closed before the handshake went out: it never does (recorded)
    if (s.closeWhenOpen) throw new Error(WS_MESSAGES.connectionLost);
    return hostPromise((resolve, reject) => host.fetch(data, resolve, reject));
  }).then((response) => {
    const connection = response.webSocket();
    if (s.closeWhenOpen) {
      if (connection != null) host.webSocketEnd(() => {}, connection).close(1006, "");
      throw new Error(WS_MESSAGES.connectionLost);
    }
    if (response.status() !== 101 || connection == null) {
      wsFailConnect(ws, new TypeError("Failed to establish the WebSocket connection: expected server to reply with HTTP status code 101 (switching protocols), but received "
        + response.status() + " instead."));
      return;
    }
    const end = host.webSocketEnd((kind, data, code, reason) => wsReceive(ws, wsEventFromHost(kind, data, code, reason)), connection);
    s.peer = { deliver: (event) => wsSendToHost(end, event) };
    // once open, the server's protocol and the negotiated extensions, null when none (recorded)
    s.protocol = headersFromFlat(response.headers()).get("sec-websocket-protocol");
    s.extensions = compatFlag("web_socket_compression", "2023-08-15", "no_web_socket_compression") ? "permessage-deflate" : null;
    s.connecting = false;
    s.accepted = true;
    wsDispatchSafely(ws, new Event("open"));
    wsScheduleFlush(ws);
  }, (error) => wsFailConnect(ws, error));
}

/**
 * A connection that failed: the error event carries `error` (its message prefixed "Uncaught ..."),
 * the close event 1006; later send() and close() calls are dropped silently, as workerd drops them
 * on an aborted connection (recorded).
 */
function wsFailConnect(ws, error) {
  const s = wsState(ws);
  s.connecting = false;
  s.accepted = true;
  s.outgoingAborted = true;
  s.closedOutgoing = true;
  s.closedIncoming = true;
  wsDispatchSafely(ws, new ErrorEvent("error", { message: "Uncaught " + errorHeadline(error), error }));
  wsDispatchSafely(ws, new CloseEvent("close", { code: 1006, reason: "Failed to establish websocket connection", wasClean: false }));
}

/**
 * Sends the close of `ws` to its peer. workerd: the second end to close (having sent nothing
 * since the first closed), by close() or by the automatic reply, gets an error event once its
 * close reached the other end; a hibernated socket does not. An automatic reply or a hibernated
 * socket's close is `clean`: a peer beyond this isolate that closed first gets no error (recorded).
 */
function wsSendClose(ws, code, reason, automatic) {
  const s = wsState(ws);
  s.closedOutgoing = true;
  const responding = wsPeerClosedFirst(s) && !s.sentAfterPeerClose && s.hibernation == null;
  const event = { type: "close", code, reason, clean: automatic || s.hibernation != null };
  const lost = { type: "error", message: "Uncaught Error: Network connection lost.", error: "Network connection lost." };
  if (responding && wsPeerIsLocal(s)) event.delivered = () => wsReceive(ws, lost);
  s.peer.deliver(event);
  // a peer beyond this isolate has its close delivered in order before anything it answers
  if (responding && !wsPeerIsLocal(s)) wsReceive(ws, lost);
}

function wsDispatchSafely(ws, event) {
  try {
    ws.dispatchEvent(event);
  } catch (error) {
    const frames = stackFrames(error);
    host.log("error", errorHeadline(error) + (frames ? "\n" + frames : ""));
  }
}

/**
 * Whether the other end closed before this one: a local peer that has sent its close, or, for a
 * peer beyond this isolate (a socket that left in or arrived by a 101 response), a close received.
 */
function wsPeerClosedFirst(s) {
  return wsPeerIsLocal(s) ? wsState(s.peer.local).closedOutgoing : s.closedIncoming;
}

/** Whether the other end is a socket of this isolate (not one that left in a 101 response). */
function wsPeerIsLocal(s) {
  return s.peer.local !== undefined && !wsState(s.peer.local).forward;
}

/** A link that hands events to a socket of this isolate. */
function localLink(ws) {
  return { deliver: (event) => wsReceive(ws, event), local: ws };
}

/**
 * A message listener threw: in workerd that fails the request the socket belongs to, and a peer
 * beyond this isolate sees the connection drop (1006); later events are not delivered.
 */
function webSocketAbort(s) {
  if (wsPeerIsLocal(s)) return;
  s.aborted = true;
  s.closedIncoming = true;
  s.closedOutgoing = true;
  s.inbox.length = 0;
  s.peer.deliver({ type: "close", code: 1006, reason: "WebSocket disconnected without sending Close frame." });
  wsReleaseEvent(s);
}

/** An event arrives at `ws`: kept until accepted, then dispatched in tasks; forwarded if `ws` left the isolate. */
function wsReceive(ws, event) {
  const s = wsState(ws);
  if (s.forward) { s.forward(event); return; }
  if (s.aborted) return;
  s.inbox.push(event);
  wsScheduleFlush(ws, event.fromHost === true);
}

/**
 * The accepted sockets of this isolate with events waiting, in the order they became ready. One
 * loop task dispatches their events round-robin, one event per socket per turn: as in workerd,
 * an event one socket's handler causes on another (a close, a message) is dispatched before the
 * first socket's next waiting event, and no timer runs between two ready events.
 */
const wsReady = [];
let wsPumping = false;

function wsScheduleFlush(ws, arrivedNow = false) {
  const s = wsState(ws);
  if (!s.accepted || s.flushing || s.inbox.length === 0) return;
  s.flushing = true;
  if (arrivedNow) {
    wsDispatchArrived(ws, s);
    return;
  }
  wsReady.push(ws);
  if (wsPumping) return;
  wsPumping = true;
  host.queueTask(wsDispatchNextReady);
}

/**
 * An event that just arrived from Java, at a socket with none waiting, is dispatched in the loop
 * task it arrived in, as workerd dispatches a frame in the turn that reads it: it comes before a
 * stub call made after the send (recorded). The socket's next event waits for a task queued now,
 * so the events that had arrived at other sockets meanwhile go first (one per socket per turn).
 */
function wsDispatchArrived(ws, s) {
  try {
    wsDispatchEvent(ws, s, s.inbox.shift());
  } finally {
    host.queueTask(() => {
      s.flushing = false;
      wsScheduleFlush(ws);
      return false;
    });
  }
}

/** Dispatches one event of the first ready socket; returns whether sockets are still ready. */
function wsDispatchNextReady() {
  try {
    const ws = wsReady.shift();
    if (ws !== undefined) wsDispatchOne(ws);
  } finally {
    // a step that ends abnormally (the isolate interrupted) must not leave the pump marked running
    if (wsReady.length === 0) wsPumping = false;
  }
  return wsPumping;
}

function wsDispatchOne(ws) {
  const s = wsState(ws);
  wsDispatchEvent(ws, s, s.inbox.shift());
  if (s.inbox.length > 0 && s.accepted) wsReady.push(ws);
  else s.flushing = false;
}

function wsDispatchEvent(ws, s, event) {
  try {
    // listeners run in the event (request) that made the socket while it lasts, as workerd runs
    // them in the accepting request's I/O context: what they create belongs to that request
    // (recorded); once it has ended, or for an object's socket, they run outside any event
    if (event !== undefined) runInEvent(s.event !== undefined && !s.event.ended ? s.event : undefined, wsDispatch, ws, event);
  } catch (error) {
    const frames = stackFrames(error);
    host.log("error", errorHeadline(error) + (frames ? "\n" + frames : ""));
  }
}

function wsDispatch(ws, event) {
  const s = wsState(ws);
  if (s.hibernation) { hibernatedDispatch(ws, s, event); return; }
  if (event.type === "message") {
    let data = event.data;
    // text arrives as workerd decodes what it sent as UTF-8 (recorded)
    if (typeof data !== "string") data = s.binaryType === "blob" ? new Blob([data]) : data.buffer;
    else data = wtf8String(data);
    try {
      ws.dispatchEvent(new MessageEvent("message", { data }));
    } catch (error) {
      webSocketAbort(s);
      throw error;
    }
  } else if (event.type === "close") {
    // the socket of a 101 response that closed first gets the error event before the answer's close (recorded)
    // unless that answer was clean: automatic, or from a hibernated socket (recorded)
    if (s.arrived && s.closedOutgoing && !event.clean) wsDispatch(ws, { type: "error", message: "Uncaught Error: Network connection lost.", error: "Network connection lost." });
    s.closedIncoming = true;
    if (!s.closedOutgoing && !s.allowHalfOpen && compatFlag("web_socket_auto_reply_to_close", "2026-04-07", "web_socket_manual_reply_to_close")) {
      // workerd from 2026-04-07: the runtime echoes the Close frame (code and reason) itself, so
      // the socket is CLOSED when the event fires and close() in the handler does nothing
      wsSendClose(ws, event.code, event.reason, true);
    }
    try {
      ws.dispatchEvent(new CloseEvent("close", { code: event.code, reason: event.reason, wasClean: event.code !== 1006 }));
    } finally {
      wsReleaseEvent(s);
    }
    event.delivered?.();
  } else if (event.type === "error") {
    s.closedIncoming = true;
    s.closedOutgoing = true;
    try {
      ws.dispatchEvent(new ErrorEvent("error", { message: event.message, error: new Error(event.error ?? event.message) }));
    } finally {
      wsReleaseEvent(s);
    }
  }
}

/** Two linked ends; `newOnly` gives the global workerd's message for a call without `new`. */
class WebSocketPair {
  constructor() {
    refuseInGlobalScope();
    const first = new WebSocket(kState);
    const second = new WebSocket(kState);
    wsState(first).peer = localLink(second);
    wsState(second).peer = localLink(first);
    // read-only data properties, as workerd's (recorded)
    Object.defineProperty(this, "0", { value: first, enumerable: true, writable: false, configurable: true });
    Object.defineProperty(this, "1", { value: second, enumerable: true, writable: false, configurable: true });
  }
}
Object.defineProperty(WebSocketPair.prototype, Symbol.toStringTag, { value: "WebSocketPair", configurable: true });
// iterable as workerd's: `const [client, server] = new WebSocketPair()`
Object.defineProperty(WebSocketPair.prototype, Symbol.iterator, {
  value: function* values() { yield this[0]; yield this[1]; }, writable: true, configurable: true, enumerable: false,
});

/** Events crossing to Java: the Java end passes them on to the far socket. */
function wsSendToHost(end, event) {
  if (event.type === "message") {
    if (typeof event.data === "string") end.sendText(event.data);
    else end.sendBytes(event.data);
  } else if (event.type === "close") {
    if (event.clean) end.closeClean(event.code, event.reason);
    else end.close(event.code, event.reason);
  }
}

/** An event from Java (kind, text or bytes, code, reason) as the prelude's event object. */
function wsEventFromHost(kind, data, code, reason) {
  if (kind === "text") return { type: "message", data, fromHost: true };
  if (kind === "binary") return { type: "message", data: bytesFromHost(data), fromHost: true };
  if (kind === "close") return { type: "close", code, reason, clean: data === "clean", fromHost: true };
  return { type: "error", message: String(reason), fromHost: true };
}

/**
 * Hands `ws` (the socket of a 101 response leaving this isolate) to Java: from now on what its
 * peer sends goes out through the returned Java end, and what arrives there reaches the peer as
 * if `ws` had sent it. Events already waiting in its inbox go out first.
 */
function webSocketToHost(ws) {
  const s = wsState(ws);
  if (s.forward) throw new TypeError("This WebSocket was already returned in another response.");
  const peer = s.peer;
  const end = host.webSocketEnd((kind, data, code, reason) => peer.deliver(wsEventFromHost(kind, data, code, reason)), null);
  s.forward = (event) => wsSendToHost(end, event);
  for (const event of s.inbox.splice(0)) s.forward(event);
  return end;
}

/** A socket of this isolate for the Java-side connection of a 101 response that arrived here. */
function webSocketFromHost(connection) {
  const ws = new WebSocket(kState);
  const end = host.webSocketEnd((kind, data, code, reason) => wsReceive(ws, wsEventFromHost(kind, data, code, reason)), connection);
  wsState(ws).peer = { deliver: (event) => wsSendToHost(end, event) };
  wsState(ws).arrived = true;
  return ws;
}

// ---- Durable Object hibernation (ctx.acceptWebSocket) ----------------------------------------
// A socket accepted by ctx.acceptWebSocket() sends its events to the object's webSocketMessage,
// webSocketClose and webSocketError handlers, started in order (as in workerd, a handler that
// awaits does not delay the next event) and after any blockConcurrencyWhile().
// An object evicted while it has such sockets (DurableObjectNamespace.evict from Java) is
// constructed again for the next event of one of them (see durable.js).

/** A pair's strings as given, for the matching and the reply. */
let autoResponseTexts;
/** A pair's request and response strings (for lazy modules, which read eager names once). */
function autoResponsePairTexts(pair) { return autoResponseTexts(pair); }
class WebSocketRequestResponsePair {
  #request; #response;
  constructor(request, response) {
    if (arguments.length < 2) {
      throw new TypeError(`Failed to construct 'WebSocketRequestResponsePair': constructor parameter ${arguments.length + 1} is not of type 'string'.`);
    }
    this.#request = String(request);
    this.#response = String(response);
  }
  // kept as UTF-8: a lone surrogate reads back as three U+FFFD, and is matched as written (recorded)
  get request() { return wtf8String(this.#request); }
  get response() { return wtf8String(this.#response); }
  static { autoResponseTexts = (pair) => [pair.#request, pair.#response]; }
}
Object.defineProperty(WebSocketRequestResponsePair.prototype, Symbol.toStringTag, { value: "WebSocketRequestResponsePair", configurable: true });

function hibernateWebSocket(object, ws, tags) {
  const s = wsState(ws);
  // a client socket (new WebSocket) counts as one whose pair is in use (recorded)
  if (s.fromConstructor) throw new Error(WS_MESSAGES.pairInUse);
  if (s.accepted) throw new Error("Cannot call `acceptWebSocket()` if the WebSocket was already accepted via `accept()`");
  // the other end of a WebSocketPair already accepted here or returned in a response (recorded)
  const other = s.peer?.local;
  if (other !== undefined && (wsState(other).accepted || wsState(other).forward)) {
    throw new Error(WS_MESSAGES.pairInUse);
  }
  if (tags.length > 10) throw new Error("a Hibernatable WebSocket cannot have more than 10 tags");
  for (const tag of tags) {
    // the limit counts UTF-8 bytes (a lone surrogate's three), the message shows the tag as read back (recorded)
    if (tag.length > 85 && wtf8Encode(tag).length > 256) throw new Error(`"${wtf8String(tag)}" is longer than the max tag length (256 characters).`);
  }
  s.hibernation = { object, tags, chain: Promise.resolve(), autoResponseAt: null };
  (object.webSockets ??= new Set()).add(ws);
  s.accepted = true;
  wsScheduleFlush(ws);
}

function hibernatedTags(ws) { return [...(wsState(ws).hibernation?.tags ?? [])]; }

/** Whether `ws` was accepted with the hibernation API (ctx.acceptWebSocket). */
function isHibernated(ws) { return wsState(ws).hibernation != null; }

function autoResponseTimestamp(ws) {
  const at = wsState(ws).hibernation?.autoResponseAt;
  return at == null ? null : new Date(at);
}

function hibernatedDispatch(ws, s, event) {
  const h = s.hibernation;
  const object = h.object;
  const pair = object.autoResponse && autoResponseTexts(object.autoResponse);
  if (event.type === "message" && pair && event.data === pair[0]) {
    h.autoResponseAt = host.now();
    if (!s.closedOutgoing) s.peer.deliver({ type: "message", data: pair[1] });
    return;
  }
  const ending = event.type !== "message";
  if (ending) {
    s.closedIncoming = true;
    if (event.type === "error") s.closedOutgoing = true;
  }
  // a closing socket stays in getWebSockets() until its handler has run (recorded)
  const leave = () => { if (ending) h.object.webSockets?.delete(ws); };
  let data = event.data;
  if (event.type === "message") data = typeof data === "string" ? wtf8String(data) : data.buffer;
  const logError = (error) => {
    const frames = stackFrames(error);
    host.log("error", errorHeadline(error) + (frames ? "\n" + frames : ""));
  };
  // handlers start in the order of the events; a handler that awaits does not hold back the next.
  // An event held by blockConcurrencyWhile() takes its turn at the gate as it arrives, among the
  // object's calls and requests (recorded)
  // (an evicted object is built again for the event, with nothing holding it yet)
  const durable = lazyModule("durable.js");
  const turn = h.object.evicted ? null : durable.gateTurn(h.object);
  h.chain = h.chain.then(async () => {
    const live = durable.wakeHibernated(h.object);
    await turn;
    while (live.gate) await durable.gateTurn(live);
    const instance = live.instance;
    let running;
    if (event.type === "message") running = instance?.webSocketMessage?.(ws, data);
    else if (event.type === "close") running = instance?.webSocketClose?.(ws, event.code, event.reason, true);
    else running = instance?.webSocketError?.(ws, new Error(event.message));
    Promise.resolve(running).catch(logError).finally(leave);
  }).catch((error) => { leave(); logError(error); });
}

defineGlobal("WebSocketRequestResponsePair", newOnly(WebSocketRequestResponsePair, "WebSocketRequestResponsePair"));
defineGlobal("WebSocket", newOnly(WebSocket, "WebSocket"));
defineGlobal("WebSocketPair", newOnly(WebSocketPair, "WebSocketPair"));
