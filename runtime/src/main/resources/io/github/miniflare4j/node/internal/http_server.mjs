// The server half of node:http as workerd has it (enable_nodejs_http_server_modules): a Server
// that listen()s on a port number only registers itself; cloudflare:node's httpServerHandler({ port })
// turns a fetch event into an IncomingMessage for the server listening on that port and answers
// with what its ServerResponse writes (headers at the first write, then the body as a stream).
// No socket is ever opened.
import { Readable } from "node-internal:streams";
import EventEmitter from "node-internal:events";
const { Buffer, nodeError, invalidArgType } = $node;

const TOKEN_CHARS = "!#$%&'*+-.^_`|~";
function isToken(value) {
  if (typeof value !== "string" || value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || TOKEN_CHARS.includes(value[i]);
    if (!ok) return false;
  }
  return true;
}
function hasInvalidHeaderChar(value) {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c < 32 && c !== 9) || c === 127 || c > 255) return true;
  }
  return false;
}
export function _checkIsHttpToken(value) { return isToken(value); }
export function _checkInvalidHeaderChar(value) { return hasInvalidHeaderChar(String(value)); }

export function validateHeaderName(name, label = "Header name") {
  if (typeof name !== "string" || !isToken(name)) throw nodeError(TypeError, "ERR_INVALID_HTTP_TOKEN", `${label} must be a valid HTTP token ["${name}"]`);
}
export function validateHeaderValue(name, value) {
  if (value === undefined) throw nodeError(TypeError, "ERR_HTTP_INVALID_HEADER_VALUE", `Invalid value "${value}" for header "${name}"`);
  if (hasInvalidHeaderChar(String(value))) throw nodeError(TypeError, "ERR_INVALID_CHAR", `Invalid character in header content ["${name}"]`);
}

export const STATUS_CODES = {
  100: "Continue", 101: "Switching Protocols", 102: "Processing", 103: "Early Hints",
  200: "OK", 201: "Created", 202: "Accepted", 203: "Non-Authoritative Information", 204: "No Content",
  205: "Reset Content", 206: "Partial Content", 207: "Multi-Status", 208: "Already Reported", 226: "IM Used",
  300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified",
  305: "Use Proxy", 307: "Temporary Redirect", 308: "Permanent Redirect",
  400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found",
  405: "Method Not Allowed", 406: "Not Acceptable", 407: "Proxy Authentication Required", 408: "Request Timeout",
  409: "Conflict", 410: "Gone", 411: "Length Required", 412: "Precondition Failed", 413: "Payload Too Large",
  414: "URI Too Long", 415: "Unsupported Media Type", 416: "Range Not Satisfiable", 417: "Expectation Failed",
  418: "I'm a Teapot", 421: "Misdirected Request", 422: "Unprocessable Entity", 423: "Locked", 424: "Failed Dependency",
  425: "Too Early", 426: "Upgrade Required", 428: "Precondition Required", 429: "Too Many Requests",
  431: "Request Header Fields Too Large", 451: "Unavailable For Legal Reasons",
  500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable",
  504: "Gateway Timeout", 505: "HTTP Version Not Supported", 506: "Variant Also Negotiates", 507: "Insufficient Storage",
  508: "Loop Detected", 509: "Bandwidth Limit Exceeded", 510: "Not Extended", 511: "Network Authentication Required",
};

export const METHODS = [
  "ACL", "BIND", "CHECKOUT", "CONNECT", "COPY", "DELETE", "GET", "HEAD", "LINK", "LOCK", "M-SEARCH", "MERGE",
  "MKACTIVITY", "MKCALENDAR", "MKCOL", "MOVE", "NOTIFY", "OPTIONS", "PATCH", "POST", "PROPFIND", "PROPPATCH",
  "PURGE", "PUT", "QUERY", "REBIND", "REPORT", "SEARCH", "SOURCE", "SUBSCRIBE", "TRACE", "UNBIND", "UNLINK",
  "UNLOCK", "UNSUBSCRIBE",
];

/** Servers by the port they listen on (one isolate's worth). */
const listening = new Map();

/** The request side: a Readable of the body with Node's method/url/headers fields. */
export function IncomingMessage(request) {
  Readable.call(this, { read() {} });
  const url = new URL(request.url);
  this.method = request.method;
  this.url = url.pathname + url.search;
  this.httpVersion = "1.1";
  this.httpVersionMajor = 1;
  this.httpVersionMinor = 1;
  this.headers = {};
  this.rawHeaders = [];
  for (const [name, value] of request.headers) {
    this.rawHeaders.push(name, value);
    this.headers[name] = name in this.headers ? `${this.headers[name]}, ${value}` : value;
  }
  this.headersDistinct = Object.fromEntries(Object.entries(this.headers).map(([k, v]) => [k, [v]]));
  this.trailers = {};
  this.rawTrailers = [];
  this.complete = false;
  this.aborted = false;
  this.socket = null;
  this.connection = null;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

/** The response side: headers are settable until the first write; the body streams into the Response. */
export class ServerResponse extends EventEmitter {
  #headers = new Map();
  #resolve;
  #controller;
  #method;
  #sent = false;
  #ended = false;
  #finished = false;
  #statusMessage;
  constructor(req, resolve) {
    super();
    this.req = req;
    this.#method = req?.method;
    this.#resolve = resolve ?? (() => {});
    this.statusCode = 200;
    this.finished = false;
    this.sendDate = false;
    this.socket = req?.socket ?? null;
  }
  get headersSent() { return this.#sent; }
  get writableEnded() { return this.#ended; }
  get writableFinished() { return this.#finished; }
  // what workerd answers until a status message is set
  get statusMessage() { return this.#statusMessage ?? "unknown"; }
  set statusMessage(value) { this.#statusMessage = value; }
  setHeader(name, value) {
    if (this.headersSent) throw nodeError(Error, "ERR_HTTP_HEADERS_SENT", "Cannot set headers after they are sent to the client");
    validateHeaderName(name);
    validateHeaderValue(name, value);
    this.#headers.set(name.toLowerCase(), [name, value]);
    return this;
  }
  appendHeader(name, value) {
    if (this.headersSent) throw nodeError(Error, "ERR_HTTP_HEADERS_SENT", "Cannot append headers after they are sent to the client");
    const prev = this.getHeader(name);
    const values = [...(prev === undefined ? [] : [].concat(prev)), ...[].concat(value)];
    return this.setHeader(name, values.length === 1 ? values[0] : values);
  }
  getHeader(name) { return this.#headers.get(String(name).toLowerCase())?.[1]; }
  hasHeader(name) { return this.#headers.has(String(name).toLowerCase()); }
  removeHeader(name) {
    if (this.headersSent) throw nodeError(Error, "ERR_HTTP_HEADERS_SENT", "Cannot remove headers after they are sent to the client");
    this.#headers.delete(String(name).toLowerCase());
  }
  getHeaders() {
    const out = Object.create(null);
    for (const [key, [, value]] of this.#headers) out[key] = value;
    return out;
  }
  getHeaderNames() { return [...this.#headers.keys()]; }
  /** The header names as they were set (getHeaderNames answers them in lower case). */
  getRawHeaderNames() { return [...this.#headers.values()].map(([name]) => name); }
  flushHeaders() { this.#send(); }
  writeHead(statusCode, statusMessage, headers) {
    if (this.headersSent) throw nodeError(Error, "ERR_HTTP_HEADERS_SENT", "Cannot write headers after they are sent to the client");
    if (typeof statusMessage !== "string") { headers = statusMessage; statusMessage = undefined; }
    const code = statusCode | 0;
    if (code < 100 || code > 999) throw nodeError(RangeError, "ERR_HTTP_INVALID_STATUS_CODE", `Invalid status code: ${statusCode}`);
    this.statusCode = code;
    if (statusMessage !== undefined) this.statusMessage = statusMessage;
    if (Array.isArray(headers)) {
      // a flat [name, value, name, value] list, or a list of [name, value] pairs
      if (Array.isArray(headers[0])) for (const [k, v] of headers) this.appendHeader(k, v);
      else for (let i = 0; i + 1 < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
    } else if (headers) {
      for (const [k, v] of Object.entries(headers)) if (v !== undefined) this.setHeader(k, v);
    }
    // as Node's writeHead, which stores the header block: headers count as sent from here
    this.#send();
    return this;
  }
  write(chunk, encoding, callback) {
    if (typeof encoding === "function") { callback = encoding; encoding = undefined; }
    if (this.writableEnded) {
      const error = nodeError(Error, "ERR_STREAM_WRITE_AFTER_END", "write after end");
      queueMicrotask(() => { callback?.(error); this.emit("error", error); });
      return false;
    }
    this.#send();
    if (chunk != null && this.#controller && this.#method !== "HEAD") {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, encoding ?? "utf8") : chunk;
      if (bytes.length > 0) this.#controller.enqueue(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    }
    if (callback) queueMicrotask(callback);
    return true;
  }
  end(chunk, encoding, callback) {
    if (typeof chunk === "function") { callback = chunk; chunk = undefined; }
    if (typeof encoding === "function") { callback = encoding; encoding = undefined; }
    if (this.writableEnded) { if (callback) queueMicrotask(callback); return this; }
    if (chunk != null) this.write(chunk, encoding);
    this.#send();
    this.#ended = true;
    this.#controller?.close();
    queueMicrotask(() => {
      this.#finished = true;
      this.finished = true;
      callback?.();
      this.emit("finish");
      this.emit("close");
    });
    return this;
  }
  /** Resolves the fetch with the status and headers once, at the first write or end. */
  #send() {
    if (this.headersSent) return;
    // Node checks a statusCode set as a property when it writes the head (implicitly)
    const code = this.statusCode | 0;
    if (code < 100 || code > 999) throw nodeError(RangeError, "ERR_HTTP_INVALID_STATUS_CODE", `Invalid status code: ${this.statusCode}`);
    this.#sent = true;
    const headers = new Headers();
    for (const [, [name, value]] of this.#headers) {
      for (const v of [].concat(value)) headers.append(name, String(v));
    }
    const nullBody = [101, 204, 205, 304].includes(this.statusCode);
    let body = null;
    if (!nullBody) body = new ReadableStream({ start: (c) => { this.#controller = c; } });
    this.#resolve(new Response(body, {
      status: code,
      statusText: this.#statusMessage ?? STATUS_CODES[this.statusCode] ?? "",
      headers,
    }));
  }
}

/** A server that only registers itself: requests reach it through httpServerHandler. */
export class Server extends EventEmitter {
  #port = null;
  constructor(options, requestListener) {
    super();
    if (typeof options === "function") { requestListener = options; options = {}; }
    if (requestListener) this.on("request", requestListener);
    this.listening = false;
  }
  listen(...args) {
    const callback = typeof args[args.length - 1] === "function" ? args.pop() : undefined;
    let port = args[0];
    if (port !== null && typeof port === "object") port = port.port;
    port = port === undefined || port === null ? 0 : Number(port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw nodeError(RangeError, "ERR_SOCKET_BAD_PORT", `options.port should be >= 0 and < 65536. Received ${args[0]}.`);
    }
    if (port === 0) { port = 1024; while (listening.has(port)) port++; }
    if (listening.has(port)) throw nodeError(Error, "ERR_SERVER_ALREADY_LISTEN", `Port ${port} is already in use`);
    listening.set(port, this);
    this.#port = port;
    this.listening = true;
    if (callback) this.once("listening", callback);
    queueMicrotask(() => this.emit("listening"));
    return this;
  }
  address() { return this.#port === null ? null : { address: "::", family: "IPv6", port: this.#port }; }
  close(callback) {
    if (this.#port !== null) listening.delete(this.#port);
    this.#port = null;
    this.listening = false;
    queueMicrotask(() => { callback?.(); this.emit("close"); });
    return this;
  }
  setTimeout() { return this; }
}

export function createServer(options, requestListener) { return new Server(options, requestListener); }

/** cloudflare:node's httpServerHandler: a handler object whose fetch dispatches to a listening server. */
export function httpServerHandler(options) {
  const port = typeof options === "object" && options !== null ? options.port : options;
  if (!Number.isInteger(port)) throw invalidArgType("options.port", "of type number", port);
  return {
    async fetch(request) {
      const server = listening.get(port);
      if (server === undefined) throw new Error(`Http server with port ${port} not found. This is likely a bug with your code. You should check if server.listen() was called with the same port (${port})`);
      const req = new IncomingMessage(request);
      return await new Promise((resolve, reject) => {
        const res = new ServerResponse(req, resolve);
        res.on("error", reject);
        (async () => {
          if (request.body) for await (const chunk of request.body) req.push(Buffer.from(chunk));
          req.complete = true;
          req.push(null);
        })().catch((e) => req.destroy(e));
        try { server.emit("request", req, res); } catch (e) { reject(e); }
      });
    },
  };
}
