// env.QUEUE: a queue producer, workerd's WorkerQueue (send, sendBatch, metrics). The body is
// serialised here by its content type and checked as workerd checks it; Java's broker
// (queues.internal.QueueBroker) applies Miniflare's limits and keeps the messages.
(function (internals) {
  const CONTENT_TYPES = new Set(["text", "json", "bytes", "v8"]);
  const encoder = new TextEncoder();

  /** JSON since compatibility date 2024-03-18 (queues_json_messages), V8 serialisation before. */
  function defaultContentType() {
    const { date, flags } = internals.compat;
    if (flags.has("no_queues_json_messages")) return "v8";
    return flags.has("queues_json_messages") || (date ?? "") >= "2024-03-18" ? "json" : "v8";
  }

  /**
   * workerd converts delaySeconds to a 32-bit integer: NaN and the infinities are 0, a finite
   * value out of that range is refused (recorded); the broker checks the queue's own range.
   */
  function delayOf(value) {
    if (value === undefined) return null;
    const n = Math.trunc(Number(value));
    if (!Number.isFinite(n)) return 0;
    if (n < -2147483648 || n > 2147483647) throw new TypeError("Value out of range. Must be between -2147483648 and 2147483647 (inclusive).");
    return n;
  }

  /** A contentType member as workerd's dictionary conversion reads it: a string, or undefined. */
  function contentTypeOf(value) {
    return value === undefined ? undefined : String(value);
  }

  function latin1(view) {
    if (view.buffer.detached === true) return ""; // a view of a buffer an earlier send() took over has no bytes
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    let text = "";
    for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
    return text;
  }

  /**
   * {contentType, body (text as the broker keeps it), size (bytes)}, or {unserializable: true}.
   * `contentType` is the string read from the options (see contentTypeOf), or undefined.
   */
  function encode(body, contentType, anyCase = false) {
    if (body === undefined) throw new TypeError("Message body cannot be undefined");
    const given = contentType === undefined ? defaultContentType() : contentType;
    // send() reads the content type in any letter case; sendBatch() only in lower case, as workerd
    const type = anyCase ? given.toLowerCase() : given;
    if (!CONTENT_TYPES.has(type)) throw new TypeError(`Unsupported queue message content type: ${given}`);
    switch (type) {
      case "text":
        if (typeof body !== "string") throw new TypeError(`Content Type "text" requires a value of type string, but received: ${typeof body}`);
        return { contentType: type, body, size: encoder.encode(body).byteLength };
      case "bytes":
        if (!ArrayBuffer.isView(body)) throw new TypeError(`Content Type "bytes" requires a value of type ArrayBufferView, but received: ${typeof body}`);
        return { contentType: type, body: latin1(body), size: body.buffer.detached === true ? 0 : body.byteLength };
      case "json": {
        const text = JSON.stringify(body);
        if (text === undefined) return { unserializable: true };
        return { contentType: type, body: text, size: encoder.encode(text).byteLength };
      }
      default: {
        // carried in the clone encoding; the size is that of V8's wire format, which Miniflare checks
        const text = internals.cloneSerialize(body);
        return { contentType: type, body: text, size: v8SerializedSize(body) };
      }
    }
  }

  /** Detaches a buffer (ArrayBuffer.prototype.transfer moves its bytes away); a shared or detached one stays. */
  function detach(buffer) {
    if (buffer instanceof ArrayBuffer && buffer.detached !== true && typeof buffer.transfer === "function") buffer.transfer();
  }

  // ---- the size of a value in V8's serialisation format (version 15), which Miniflare's broker limits ----

  const varintSize = (n) => { let size = 1; while (n >= 128) { n = Math.floor(n / 128); size++; } return size; };
  const isSmi = (n) => Number.isInteger(n) && !Object.is(n, -0) && n >= -(2 ** 30) && n < 2 ** 30;
  const ERROR_PROTOTYPE_TAGS = new Set(["EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError"]);
  const REGEXP_FLAG_BITS = { g: 1, i: 2, m: 4, y: 8, u: 16, s: 32, d: 128, v: 256 };

  function isArrayIndex(key) {
    if (key === "" || key.length > 10 || (key.length > 1 && key[0] === "0")) return false;
    for (let i = 0; i < key.length; i++) { const c = key.charCodeAt(i); if (c < 48 || c > 57) return false; }
    return Number(key) < 4294967295;
  }

  /**
   * The bytes V8's ValueSerializer writes for `value` (header included): tags, varints, one- or
   * two-byte strings with their alignment padding, back references. Numbers in an array that
   * holds a non-integer are written as doubles, as V8's double-element arrays are.
   */
  function v8SerializedSize(value) {
    let pos = 2;
    const ids = new Map();
    const bigintBytes = (b) => { let n = b < 0n ? -b : b; let digits = 0; while (n > 0n) { n >>= 64n; digits++; } return 8 * digits; };
    const writeString = (str) => {
      let oneByte = true;
      for (let i = 0; i < str.length; i++) if (str.charCodeAt(i) > 0xff) { oneByte = false; break; }
      const bytes = oneByte ? str.length : str.length * 2;
      if (!oneByte && ((pos + 1 + varintSize(bytes)) & 1)) pos++;
      pos += 1 + varintSize(bytes) + bytes;
    };
    const writeKey = (key) => {
      if (isArrayIndex(key)) { const n = Number(key); pos += isSmi(n) ? 1 + varintSize(n * 2) : 9; } else writeString(key);
    };
    const writeNumber = (n, asDouble) => { pos += !asDouble && isSmi(n) ? 1 + varintSize(n < 0 ? -2 * n - 1 : 2 * n) : 9; };
    const writeProperties = (object, keys) => { for (const key of keys) { writeKey(key); write(object[key]); } return keys.length; };
    const receiver = (v) => {
      if (ids.has(v)) { pos += 1 + varintSize(ids.get(v)); return false; }
      ids.set(v, ids.size);
      return true;
    };
    const write = (v, asDouble = false) => {
      switch (typeof v) {
        case "undefined": case "boolean": pos += 1; return;
        case "number": writeNumber(v, asDouble); return;
        case "bigint": { const bytes = bigintBytes(v); pos += 1 + varintSize(bytes * 2 + 1) + bytes; return; }
        case "string": writeString(v); return;
      }
      if (v === null) { pos += 1; return; }
      if (ArrayBuffer.isView(v) && !ids.has(v)) {
        write(v.buffer);
        if (!receiver(v)) return;
        pos += 2 + varintSize(v.byteOffset) + varintSize(v.byteLength) + 1;
        return;
      }
      if (!receiver(v)) return;
      if (v instanceof ArrayBuffer) { pos += 1 + varintSize(v.byteLength) + v.byteLength + (v.resizable ? varintSize(v.maxByteLength) : 0); return; }
      if (Array.isArray(v)) {
        const length = v.length;
        let dense = true, doubles = false;
        for (let i = 0; i < length; i++) {
          if (!(i in v)) { dense = false; break; }
          if (typeof v[i] === "number" && !isSmi(v[i])) doubles = true;
        }
        pos += 1 + varintSize(length);
        let count;
        if (dense) {
          for (let i = 0; i < length; i++) write(v[i], doubles);
          count = writeProperties(v, Object.keys(v).filter((k) => !isArrayIndex(k)));
        } else {
          count = writeProperties(v, Object.keys(v));
        }
        pos += 1 + varintSize(count) + varintSize(length);
        return;
      }
      const tag = Object.prototype.toString.call(v).slice(8, -1);
      switch (tag) {
        case "Date": pos += 9; return;
        case "RegExp": {
          pos += 1; writeString(v.source);
          let bits = 0; for (const f of v.flags) bits |= REGEXP_FLAG_BITS[f] ?? 0;
          pos += varintSize(bits); return;
        }
        case "Map": pos += 1; for (const [k, x] of v) { write(k); write(x); } pos += 1 + varintSize(v.size * 2); return;
        case "Set": pos += 1; for (const x of v) write(x); pos += 1 + varintSize(v.size); return;
        case "String": pos += 1; writeString(v.valueOf()); return;
        case "Number": pos += 9; return;
        case "Boolean": pos += 1; return;
        case "BigInt": { pos += 1; const bytes = bigintBytes(v.valueOf()); pos += 1 + varintSize(bytes * 2 + 1) + bytes; return; }
      }
      if (v instanceof Error) {
        pos += 1;
        if (ERROR_PROTOTYPE_TAGS.has(String(v.name))) pos += 1;
        if (Object.prototype.hasOwnProperty.call(v, "message")) { pos += 1; writeString(String(v.message)); }
        if (typeof v.stack === "string") { pos += 1; writeString(v.stack); }
        if (Object.prototype.hasOwnProperty.call(v, "cause")) { pos += 1; write(v.cause); }
        pos += 1;
        return;
      }
      pos += 1;
      const count = writeProperties(v, Object.keys(v));
      pos += 1 + varintSize(count);
    };
    write(value);
    return pos;
  }

  function sendOptions(options, method, position) {
    if (options === undefined || options === null) return {};
    if (typeof options !== "object" && typeof options !== "function") {
      throw new TypeError(`Failed to execute '${method}' on 'WorkerQueue': parameter ${position} is not of type '${method === "send" ? "SendOptions" : "SendBatchOptions"}'.`);
    }
    return options;
  }

  /** workerd's QueueMetrics from the broker's backlog: the oldest message's time only when there is one. */
  function backlogMetrics(backlog) {
    const metrics = { backlogCount: backlog?.backlogCount ?? 0, backlogBytes: backlog?.backlogBytes ?? 0 };
    if (backlog?.oldestMessageTimestamp) metrics.oldestMessageTimestamp = new Date(backlog.oldestMessageTimestamp);
    return metrics;
  }

  /** The broker's answer: {ok: true, metrics} (the backlog before the send) or {error: "..."}, as JSON. */
  function settle(answer, method) {
    const result = JSON.parse(answer);
    if (result.error !== undefined) return Promise.reject(new Error(`Queue ${method} failed: ${result.error}`));
    return Promise.resolve({ metadata: { metrics: backlogMetrics(result.metrics) } });
  }

  class WorkerQueue {
    #host;
    constructor(host) { this.#host = host; }

    /** A method called on anything but a WorkerQueue (a detached `send`) fails as in workerd. */
    static #check(self) {
      if (self === null || typeof self !== "object" || !(#host in self)) throw internals.illegalInvocation();
    }

    // workerd's methods declare no parameters (length 0)
    send(...args) {
      WorkerQueue.#check(this);
      // as workerd's async methods, every refusal after the receiver check rejects the returned promise
      try { return internals.ioOutcome(this.#send(args)); } catch (error) { return internals.ioOutcome(Promise.reject(error)); }
    }

    #send(args) {
      if (args.length === 0) throw new TypeError("Failed to execute 'send' on 'WorkerQueue': parameter 1 is not of type 'JsValue'.");
      const [body, options] = args;
      const opts = sendOptions(options, "send", 2);
      // the options' members are read (in their order) before the body is serialised, as workerd's (recorded)
      const contentType = contentTypeOf(opts.contentType);
      const delaySeconds = delayOf(opts.delaySeconds);
      const message = encode(body, contentType, true);
      // a queue nobody consumes drops the message before the broker reads it (recorded)
      if (message.unserializable) return this.#host.consumed() ? Promise.reject(new Error("Queue send failed: Internal Server Error")) : settle("{}", "send");
      message.delaySeconds = delaySeconds;
      // send() takes the bytes of a "bytes" body over: the sender's buffer is detached, as workerd's
      if (message.contentType === "bytes") detach(body.buffer);
      return settle(this.#host.send(JSON.stringify({ messages: [message], delaySeconds: null }), false), "send");
    }

    sendBatch(...args) {
      WorkerQueue.#check(this);
      try { return internals.ioOutcome(this.#sendBatch(args)); } catch (error) { return internals.ioOutcome(Promise.reject(error)); }
    }

    #sendBatch(args) {
      const [messages, options] = args;
      if (messages === null || (typeof messages !== "object" && typeof messages !== "function") || typeof messages[Symbol.iterator] !== "function") {
        throw new TypeError("Failed to execute 'sendBatch' on 'WorkerQueue': parameter 1 is not of type 'Sequence'.");
      }
      // as workerd's argument conversion: every message's members first (in their order), then
      // the options, then the bodies are serialised (recorded)
      const requests = [];
      for (const request of messages) {
        if (request === null || request === undefined) {
          throw new TypeError("Cannot initialize N7workerd3api11WorkerQueue18MessageSendRequestE with required members from an undefined or null value.");
        }
        if (typeof request !== "object" && typeof request !== "function") {
          throw new TypeError("Incorrect type: the provided value is not of type 'MessageSendRequest'.");
        }
        const body = request.body;
        const contentType = contentTypeOf(request.contentType);
        requests.push({ body, contentType, delaySeconds: delayOf(request.delaySeconds) });
      }
      const opts = sendOptions(options, "sendBatch", 2);
      const batchDelay = delayOf(opts.delaySeconds);
      const encoded = [];
      let unserializable = false;
      for (const request of requests) {
        const message = encode(request.body, request.contentType);
        if (message.unserializable) {
          unserializable = true;
          continue;
        }
        message.delaySeconds = request.delaySeconds;
        encoded.push(message);
      }
      if (encoded.length === 0 && !unserializable) throw new TypeError("sendBatch() requires at least one message");
      if (unserializable) return this.#host.consumed() ? Promise.reject(new Error("Queue sendBatch failed: Internal Server Error")) : settle("{}", "sendBatch");
      return settle(this.#host.send(JSON.stringify({ messages: encoded, delaySeconds: batchDelay }), true), "sendBatch");
    }

    async metrics(...args) {
      WorkerQueue.#check(this);
      return backlogMetrics(JSON.parse(this.#host.metrics()));
    }
  }
  Object.defineProperty(WorkerQueue.prototype, Symbol.toStringTag, { value: "WorkerQueue", configurable: true });

  return (host) => new WorkerQueue(host);
})
