// The client half of node:http / node:https as workerd has it (enable_nodejs_http_modules): a
// ClientRequest collects what is written and, at end(), sends it with the global fetch; the
// answer arrives as an IncomingMessage on 'response'. Agents only carry their settings (fetch
// pools connections itself).
import { Writable } from "node-internal:streams";
import EventEmitter from "node-internal:events";
import { IncomingMessage, METHODS, ServerResponse, _checkIsHttpToken, _checkInvalidHeaderChar, validateHeaderName, validateHeaderValue } from "node-internal:http_server";
const { Buffer, nodeError, invalidArgType } = $node;

export { _checkIsHttpToken, _checkInvalidHeaderChar, validateHeaderName, validateHeaderValue };

export const kHighWaterMark = Symbol("kHighWaterMark");
export const kUniqueHeaders = Symbol("kUniqueHeaders");
export function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  return new Set(headers.map((h) => String(h).toLowerCase()));
}

/** A message being written: headers (by lower-case name, keeping the first spelling) and the body chunks. */
export function OutgoingMessage(options) {
  if (!(this instanceof OutgoingMessage)) throw new TypeError("Class constructor OutgoingMessage cannot be invoked without 'new'");
  // workerd's OutgoingMessage never emits 'close': its destroy() does not, nor does finishing
  Writable.call(this, { ...options, emitClose: false, write: (chunk, encoding, callback) => { this._body.push(Buffer.from(chunk)); callback(); } });
  this._headers = new Map();
  this._body = [];
  this.sendDate = false;
  this.finished = false;
  this._headerSent = false;
  this.chunkedEncoding = false;
  this.useChunkedEncodingByDefault = true;
  this.shouldKeepAlive = true;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Writable.prototype);
Object.setPrototypeOf(OutgoingMessage, Writable);
// a server's response is an OutgoingMessage too (a Writable), as in Node
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.defineProperty(OutgoingMessage.prototype, "headersSent", { get() { return this._headerSent; }, configurable: true });
OutgoingMessage.prototype.setHeader = function (name, value) {
  if (this._headerSent) throw nodeError(Error, "ERR_HTTP_HEADERS_SENT", "Cannot set headers after they are sent to the client");
  validateHeaderName(name);
  validateHeaderValue(name, value);
  this._headers.set(name.toLowerCase(), [name, value]);
  return this;
};
OutgoingMessage.prototype.appendHeader = function (name, value) {
  if (this._headerSent) throw nodeError(Error, "ERR_HTTP_HEADERS_SENT", "Cannot append headers after they are sent to the client");
  const prev = this.getHeader(name);
  const values = [...(prev === undefined ? [] : [].concat(prev)), ...[].concat(value)];
  return this.setHeader(name, values.length === 1 ? values[0] : values);
};
OutgoingMessage.prototype.getHeader = function (name) {
  if (typeof name !== "string") throw invalidArgType("name", "of type string", name);
  return this._headers.get(name.toLowerCase())?.[1];
};
OutgoingMessage.prototype.hasHeader = function (name) {
  if (typeof name !== "string") throw invalidArgType("name", "of type string", name);
  return this._headers.has(name.toLowerCase());
};
OutgoingMessage.prototype.removeHeader = function (name) {
  if (this._headerSent) throw nodeError(Error, "ERR_HTTP_HEADERS_SENT", "Cannot remove headers after they are sent to the client");
  this._headers.delete(String(name).toLowerCase());
};
OutgoingMessage.prototype.getHeaders = function () {
  const out = {};
  for (const [key, [, value]] of this._headers) out[key] = value;
  return out;
};
OutgoingMessage.prototype.getHeaderNames = function () { return [...this._headers.keys()]; };
OutgoingMessage.prototype.getRawHeaderNames = function () { return [...this._headers.values()].map(([name]) => name); };
OutgoingMessage.prototype.flushHeaders = function () {};
OutgoingMessage.prototype.setTimeout = function (msecs, callback) { if (callback) this.once("timeout", callback); return this; };

/** Connection settings a request may name; fetch pools connections itself, so nothing else happens here. */
export class Agent extends EventEmitter {
  constructor(options) {
    super();
    this.defaultPort = 80;
    this.protocol = "http:";
    this.options = { __proto__: null, ...options };
    if (this.options.noDelay === undefined) this.options.noDelay = true;
    this.options.path = null;
    this.agentKeepAliveTimeoutBuffer = 1000;
    this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
    this.keepAlive = this.options.keepAlive || false;
    this.maxSockets = this.options.maxSockets || Infinity;
    this.maxFreeSockets = this.options.maxFreeSockets || 256;
    this.scheduling = this.options.scheduling || "lifo";
    this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
    this.totalSocketCount = 0;
    this.freeSockets = { __proto__: null };
    this.sockets = { __proto__: null };
    this.requests = { __proto__: null };
  }
  destroy() {}
  getName(options = {}) {
    let name = options.host || "localhost";
    name += ":";
    if (options.port) name += options.port;
    name += ":";
    if (options.localAddress) name += options.localAddress;
    if (options.family === 4 || options.family === 6) name += `:${options.family}`;
    return name;
  }
}
export const globalAgent = new Agent({ keepAlive: true, scheduling: "lifo", timeout: 5000 });

const BaseAgent = Agent;
/** An agent for node:https: port 443 and protocol https:. */
export const HttpsAgent = class Agent extends BaseAgent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = "https:";
  }
};
export const httpsGlobalAgent = new HttpsAgent({ keepAlive: true, scheduling: "lifo", timeout: 5000 });

function urlToOptions(url) {
  return {
    protocol: url.protocol, hostname: url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash, search: url.search, pathname: url.pathname, path: `${url.pathname || ""}${url.search || ""}`, href: url.href,
    ...(url.port !== "" ? { port: Number(url.port) } : {}),
    ...(url.username || url.password ? { auth: `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` } : {}),
  };
}

/** A request being written; end() sends it. */
export function ClientRequest(input, options, cb, defaults = { agent: globalAgent, protocol: "http:" }) {
  if (!(this instanceof ClientRequest)) throw new TypeError("Class constructor ClientRequest cannot be invoked without 'new'");
  OutgoingMessage.call(this);
  if (typeof input === "string") input = urlToOptions(new URL(input));
  else if (input instanceof URL) input = urlToOptions(input);
  else { cb = options; options = input; input = null; }
  if (typeof options === "function") { cb = options; options = input ?? {}; }
  else options = { ...input, ...options };
  const agent = options.agent === undefined ? defaults.agent : options.agent || new (defaults.agent.constructor)();
  const protocol = options.protocol || agent?.protocol || defaults.protocol;
  if (protocol !== defaults.protocol) {
    throw nodeError(TypeError, "ERR_INVALID_PROTOCOL", `Protocol "${protocol}" not supported. Expected "${defaults.protocol}"`);
  }
  const path = options.path ?? "/";
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c <= 32 || c > 126) throw nodeError(TypeError, "ERR_UNESCAPED_CHARACTERS", "Request path contains unescaped characters");
  }
  let method = options.method ?? "GET";
  if (typeof method !== "string") throw invalidArgType("options.method", "of type string", method);
  if (!_checkIsHttpToken(method)) throw nodeError(TypeError, "ERR_INVALID_HTTP_TOKEN", `Method must be a valid HTTP token ["${method}"]`);
  method = method.toUpperCase();
  // as workerd: hostname before host
  const host = options.hostname || options.host || "localhost";
  const defaultPort = options.defaultPort || agent?.defaultPort || (protocol === "https:" ? 443 : 80);
  const port = options.port || defaultPort;
  this.agent = agent;
  this.method = method;
  this.path = path;
  this.host = host;
  this.protocol = protocol;
  this.reusedSocket = false;
  this.maxHeadersCount = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeaderSize = options.maxHeaderSize;
  this._port = port;
  this._signal = options.signal;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
  const headers = options.headers;
  if (Array.isArray(headers)) {
    // workerd sets each pair in turn: a later pair of the same name replaces an earlier one
    for (let i = 0; i + 1 < headers.length; i += 2) this.setHeader(headers[i], headers[i + 1]);
  } else if (headers) {
    for (const [k, v] of Object.entries(headers)) if (v !== undefined) this.setHeader(k, v);
  }
  if (!this.hasHeader("host")) {
    const hostHeader = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
    this.setHeader("Host", port !== defaultPort ? `${hostHeader}:${port}` : hostHeader);
  }
  if (options.auth && !this.hasHeader("authorization")) this.setHeader("Authorization", `Basic ${Buffer.from(options.auth).toString("base64")}`);
  if (options.timeout !== undefined) this.setTimeout(options.timeout);
  if (cb) this.once("response", cb);
  this.once("finish", () => this._send());
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);
/**
 * workerd renders the head at the first write (or end with data): headers are sent from then on,
 * and an array value renders only for a name listed in options.uniqueHeaders or a cookie of two
 * values or more; otherwise the lookup in the absent list throws V8's TypeError (as workerd does).
 */
ClientRequest.prototype._renderHead = function () {
  if (this._headerSent) return;
  for (const [, [name, value]] of this._headers) {
    if (!Array.isArray(value) || (value.length >= 2 && name.toLowerCase() === "cookie")) continue;
    if (this[kUniqueHeaders] == null) throw new TypeError("Cannot read properties of null (reading 'has')");
  }
  this._headerSent = true;
};
/**
 * write() renders the head (end(data) does not). A write after end() is taken without an error, as
 * workerd's: until the request is sent, its chunk still joins the body.
 */
ClientRequest.prototype.write = function (chunk, encoding, cb) {
  if (typeof encoding === "function") { cb = encoding; encoding = undefined; }
  if (chunk !== null && chunk !== undefined) this._renderHead();
  if (this._writableState.ending) {
    if (chunk && this.method !== "GET" && this.method !== "HEAD") this._body.push(Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
    if (typeof cb === "function") queueMicrotask(() => cb(null));
    return true;
  }
  return Writable.prototype.write.call(this, chunk, encoding, cb);
};
// workerd's request ends through Writable's end(), so OutgoingMessage's `finished` (what its
// writableEnded answers) stays false; it has no socket
Object.defineProperty(ClientRequest.prototype, "writableEnded", { get() { return this.finished; }, configurable: true });
Object.defineProperty(ClientRequest.prototype, "socket", { get() { return null; }, set(value) {}, configurable: true });
Object.defineProperty(ClientRequest.prototype, "connection", { get() { return this.socket; }, configurable: true });
ClientRequest.prototype.abort = function () { this.aborted = true; this.destroy(); };
ClientRequest.prototype.setNoDelay = function () {};
ClientRequest.prototype.setSocketKeepAlive = function () {};
ClientRequest.prototype.getRawHeaderNames = OutgoingMessage.prototype.getRawHeaderNames;
/** Sends the request with fetch once everything is written; 'response' or 'error' follows. */
ClientRequest.prototype._send = function () {
  const headers = new Headers();
  for (const [, [name, value]] of this._headers) {
    if (name.toLowerCase() === "host") continue;
    for (const v of [].concat(value)) headers.append(name, String(v));
  }
  const hostHeader = this.getHeader("host");
  const body = this._body.length === 0 || this.method === "GET" || this.method === "HEAD" ? undefined : Buffer.concat(this._body);
  const url = `${this.protocol}//${hostHeader}${this.path}`;
  fetch(url, { method: this.method, headers, body, redirect: "manual", signal: this._signal }).then((response) => {
    const message = new IncomingMessage(new Request(url, { method: this.method }));
    // workerd reads each name once (values joined) and leaves rawHeaders empty
    message.headers = {};
    message.headersDistinct = {};
    message.rawHeaders = [];
    for (const name of response.headers.keys()) {
      const value = response.headers.get(name);
      message.headers[name] = value;
      message.headersDistinct[name] = [value];
    }
    message.statusCode = response.status;
    message.statusMessage = response.statusText;
    message.method = null;
    // the answer of a fetch: its url, no socket, and a 'close' after 'end' besides the stream's own
    message.url = response.url;
    message.socket = undefined;
    message.connection = undefined;
    message.once("end", () => queueMicrotask(() => message.emit("close")));
    message.req = this;
    this._headerSent = true;
    (async () => {
      if (response.body) for await (const chunk of response.body) message.push(Buffer.from(chunk));
      message.complete = true;
      message.push(null);
    })().catch((e) => message.destroy(e));
    // workerd's request never emits 'close' (its destroy() does not either)
    this.emit("response", message);
  }, (error) => {
    this.emit("error", error);
  });
};

function makeRequest(defaults) {
  return function request(input, options, cb) { return new ClientRequest(input, options, cb, defaults); };
}
export const request = makeRequest({ agent: globalAgent, protocol: "http:" });
export const httpsRequest = makeRequest({ agent: httpsGlobalAgent, protocol: "https:" });
function makeGet(requestFn) {
  return function get(input, options, cb) { const req = requestFn(input, options, cb); req.end(); return req; };
}
export const get = makeGet(request);
export const httpsGet = makeGet(httpsRequest);

export const CRLF = "\r\n";
export const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;
export const continueExpression = /(?:^|\W)100-continue(?:$|\W)/i;
export const kIncomingMessage = Symbol("IncomingMessage");
export const parsers = { name: "parsers", max: 1000 };
export const methods = METHODS;
