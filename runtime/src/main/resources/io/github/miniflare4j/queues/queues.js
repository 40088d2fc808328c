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

  /** workerd converts delaySeconds to an integer (NaN is 0); the broker checks the range. */
  function delayOf(value) {
    if (value === undefined) return null;
    const n = Math.trunc(Number(value));
    return Number.isFinite(n) ? n : 0;
  }

  function latin1(view) {
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    let text = "";
    for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
    return text;
  }

  /** {contentType, body (text as the broker keeps it), size (bytes)}, or {unserializable: true}. */
  function encode(body, contentType) {
    if (body === undefined) throw new TypeError("Message body cannot be undefined");
    const type = contentType === undefined ? defaultContentType() : String(contentType);
    if (!CONTENT_TYPES.has(type)) throw new TypeError(`Unsupported queue message content type: ${type}`);
    switch (type) {
      case "text":
        if (typeof body !== "string") throw new TypeError(`Content Type "text" requires a value of type string, but received: ${typeof body}`);
        return { contentType: type, body, size: encoder.encode(body).byteLength };
      case "bytes":
        if (!ArrayBuffer.isView(body)) throw new TypeError(`Content Type "bytes" requires a value of type ArrayBufferView, but received: ${typeof body}`);
        return { contentType: type, body: latin1(body), size: body.byteLength };
      case "json": {
        const text = JSON.stringify(body);
        if (text === undefined) return { unserializable: true };
        return { contentType: type, body: text, size: encoder.encode(text).byteLength };
      }
      default: {
        // deviation: V8's wire format is not reproduced; its size is approximated by our clone encoding's
        const text = internals.cloneSerialize(body);
        return { contentType: type, body: text, size: encoder.encode(text).byteLength };
      }
    }
  }

  function sendOptions(options, method, position) {
    if (options === undefined || options === null) return {};
    if (typeof options !== "object" && typeof options !== "function") {
      throw new TypeError(`Failed to execute '${method}' on 'WorkerQueue': parameter ${position} is not of type '${method === "send" ? "SendOptions" : "SendBatchOptions"}'.`);
    }
    return options;
  }

  /** The broker's answer: {ok: true} or {error: "..."}, as JSON. */
  function settle(answer, method) {
    const result = JSON.parse(answer);
    if (result.error !== undefined) return Promise.reject(new Error(`Queue ${method} failed: ${result.error}`));
    return Promise.resolve({ metadata: { metrics: { backlogCount: 0, backlogBytes: 0 } } });
  }

  class WorkerQueue {
    #host;
    constructor(host) { this.#host = host; }

    /** A method called on anything but a WorkerQueue (a detached `send`) fails as in workerd. */
    static #check(self) {
      if (self === null || typeof self !== "object" || !(#host in self)) throw internals.illegalInvocation();
    }

    send(body, options) {
      WorkerQueue.#check(this);
      if (arguments.length === 0) throw new TypeError("Failed to execute 'send' on 'WorkerQueue': parameter 1 is not of type 'JsValue'.");
      const opts = sendOptions(options, "send", 2);
      const message = encode(body, opts.contentType);
      if (message.unserializable) return Promise.reject(new Error("Queue send failed: Internal Server Error"));
      message.delaySeconds = delayOf(opts.delaySeconds);
      return settle(this.#host.send(JSON.stringify({ messages: [message], delaySeconds: null }), false), "send");
    }

    sendBatch(messages, options) {
      WorkerQueue.#check(this);
      if (messages === null || (typeof messages !== "object" && typeof messages !== "function") || typeof messages[Symbol.iterator] !== "function") {
        throw new TypeError("Failed to execute 'sendBatch' on 'WorkerQueue': parameter 1 is not of type 'Sequence'.");
      }
      const opts = sendOptions(options, "sendBatch", 2);
      const encoded = [];
      let unserializable = false;
      for (const request of messages) {
        if (request === null || request === undefined) {
          throw new TypeError("Cannot initialize N7workerd3api11WorkerQueue18MessageSendRequestE with required members from an undefined or null value.");
        }
        const message = encode(request.body, request.contentType);
        if (message.unserializable) {
          unserializable = true;
          continue;
        }
        message.delaySeconds = delayOf(request.delaySeconds);
        encoded.push(message);
      }
      if (encoded.length === 0 && !unserializable) throw new TypeError("sendBatch() requires at least one message");
      if (unserializable) return Promise.reject(new Error("Queue sendBatch failed: Internal Server Error"));
      return settle(this.#host.send(JSON.stringify({ messages: encoded, delaySeconds: delayOf(opts.delaySeconds) }), true), "sendBatch");
    }

    async metrics() {
      WorkerQueue.#check(this);
      return JSON.parse(this.#host.metrics());
    }
  }
  Object.defineProperty(WorkerQueue.prototype, Symbol.toStringTag, { value: "WorkerQueue", configurable: true });

  return (host) => new WorkerQueue(host);
})
