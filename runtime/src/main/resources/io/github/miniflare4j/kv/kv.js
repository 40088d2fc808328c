// KvNamespace: the JavaScript face of a KV binding. This file does what workerd's binding layer
// does: argument conversion (Web IDL style), the order of the checks, sync versus async errors,
// decoding by type. Key checks, limits, expiry and storage live in Java (kv/KvOperations); every
// message comes from kv/KvLimits.java, read here once through host.constants().
(function (internals) {
  const { illegalInvocation, ioOutcome } = internals;
  const { hostCall, bytesFromHost, concatBytes, wtf8Encode, refuseInGlobalScope, isCanonicalIndex, jsonParse, Response } = internals.bindingHelpers;
  // the standard stream class, whatever the worker's compatibility date makes of the global
  const { ReadableStream } = internals.streamClasses;

  const kvToken = Symbol("miniflare4j.kv");
  const kvHosts = new WeakMap();
  let kvMsg = null;

  function kvHost(self) {
    const host = kvHosts.get(self);
    if (host === undefined) throw illegalInvocation();
    return host;
  }

  /** Calls Java, rethrowing a KvException as the JavaScript error it names. */
  const kvCall = hostCall;

  function kvArgumentError(method, index, type) {
    return new TypeError(kvMsg.argumentType.replace("%1$s", method).replace("%2$d", String(index)).replace("%3$s", type));
  }

  /** ToString as workerd applies it to keys and types: a Symbol throws. */
  function kvString(value) {
    if (typeof value === "symbol") throw new TypeError("Cannot convert a Symbol value to a string");
    return `${value}`;
  }

  /** A list prefix as workerd converts it: lone surrogates replaced. */
  function kvKey(value) {
    return kvString(value).toWellFormed();
  }

  /**
   * A single key goes to storage as it is; Java refuses lone surrogates there as Miniflare does
   * (it cannot URL-decode them).
   */
  function kvSingleKey(value) {
    return kvString(value);
  }

  /**
   * A bulk key as Miniflare receives it: sent as WTF-8 and decoded as UTF-8, so each lone
   * surrogate becomes three U+FFFD (its three bytes are each invalid); that is also the key of the
   * result (recorded).
   */
  function kvBulkKey(value) {
    const key = kvString(value);
    if (key.isWellFormed()) return key;
    let out = "";
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < key.length && (key.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        out += key.slice(i, i + 2);
        i++;
      } else {
        out += (c & 0xf800) === 0xd800 ? "\uFFFD\uFFFD\uFFFD" : key[i];
      }
    }
    return out;
  }

  /** workerd's conversion of numeric options: NaN and infinities become 0, outside int32 throws. */
  function kvInt32(value) {
    if (typeof value === "bigint") throw new TypeError("Cannot convert a BigInt value to a number");
    if (typeof value === "symbol") throw new TypeError("Cannot convert a Symbol value to a number");
    const n = Number(value);
    if (!Number.isFinite(n)) return 0;
    const t = Math.trunc(n);
    if (t < -2147483648 || t > 2147483647) throw new TypeError(kvMsg.int32Range);
    return t === 0 ? 0 : t;
  }

  function kvIsDictionary(value) {
    return value !== null && (typeof value === "object" || typeof value === "function");
  }

  /** Keys that workerd loses when it turns a bulk result object into a Map (array indices). */
  function kvIsArrayIndex(key) {
    return isCanonicalIndex(key) && Number(key) <= 4294967294;
  }

  function kvDecode(entry, type) {
    switch (type) {
      case "json": return jsonParse(entry.text());
      case "arrayBuffer": return bytesFromHost(entry.bytes()).buffer;
      case "stream": return new Response(bytesFromHost(entry.bytes())).body;
      default: return entry.text();
    }
  }

  function kvMetadata(entry) {
    const metadata = entry.metadata();
    return metadata == null ? null : JSON.parse(metadata);
  }

  /** get / getWithMetadata: argument errors are synchronous, everything else rejects. */
  function kvRead(self, method, args, withMetadata) {
    const host = kvHost(self);
    if (args.length === 0) throw kvArgumentError(method, 1, withMetadata ? "Array or string" : "string or Array");
    // at the worker's top level workerd refuses reads at once, before the key checks (recorded)
    refuseInGlobalScope();
    const bulk = Array.isArray(args[0]);
    // Array.from, not map: holes of a sparse array are keys too ("undefined")
    const key = bulk ? Array.from(args[0], kvBulkKey) : kvSingleKey(args[0]);
    const options = args[1];
    let type;
    let cacheTtl;
    if (kvIsDictionary(options)) {
      // each member read once and converted at once, in workerd's declaration order (recorded)
      const typeOption = options.type;
      if (typeOption !== undefined) type = kvString(typeOption);
      const ttlOption = options.cacheTtl;
      if (ttlOption !== undefined) cacheTtl = kvInt32(ttlOption);
    } else if (options !== undefined && options !== null) {
      type = kvString(options);
    }
    const hasTtl = cacheTtl !== undefined;
    if (bulk) return (async () => kvReadBulk(host, key, type, hasTtl, cacheTtl ?? 0, withMetadata))();
    return (async () => {
      const entry = kvCall(() => host.get(key, hasTtl, cacheTtl ?? 0, type ?? "text"));
      if (entry === null) return withMetadata ? { value: null, metadata: null, cacheStatus: null } : null;
      const value = kvDecode(entry, type ?? "text");
      return withMetadata ? { value, metadata: kvMetadata(entry), cacheStatus: null } : value;
    })();
  }

  function kvReadBulk(host, keys, type, hasTtl, cacheTtl, withMetadata) {
    const bulk = kvCall(() => host.getBulk(keys, type ?? null, hasTtl, cacheTtl));
    const result = new Map();
    for (let i = 0, n = bulk.size(); i < n; i++) {
      const key = bulk.key(i);
      const entry = bulk.entry(i);
      let value = null;
      if (entry !== null) {
        const text = entry.text();
        if (type === "json") {
          try {
            value = JSON.parse(text);
          } catch {
            throw new Error(kvMsg.bulkNotJson);
          }
        } else {
          value = text;
        }
        // Miniflare wraps only truthy values: "" and a JSON 0 come back bare (recorded)
        if (value && withMetadata) value = { value, metadata: kvMetadata(entry) };
      }
      if (!kvIsArrayIndex(key)) result.set(key, value);
    }
    return result;
  }

  /**
   * Reads a put's stream value as workerd sends it to storage. Chunks must be bytes (any
   * ArrayBufferView or an ArrayBuffer). A stream that fails before its first chunk has already
   * opened the write and leaves an empty value behind; one that fails later stores nothing
   * (both recorded). The stream's error is the put's error.
   */
  async function kvStreamBytes(host, key, stream) {
    if (stream.locked) throw new TypeError(kvMsg.streamLocked);
    const reader = stream.getReader();
    const chunks = [];
    let length = 0;
    for (;;) {
      let step;
      try {
        step = await reader.read();
      } catch (error) {
        if (length === 0) kvCall(() => host.put({ key, value: new Uint8Array(0), metadataJson: null, metadataUnserializable: false }));
        throw error;
      }
      if (step.done) break;
      const chunk = step.value;
      let bytes;
      if (chunk instanceof ArrayBuffer) bytes = new Uint8Array(chunk);
      else if (ArrayBuffer.isView(chunk)) bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      else {
        reader.releaseLock();
        throw new TypeError(kvMsg.streamNotBytes);
      }
      chunks.push(bytes.slice());
      length += bytes.byteLength;
    }
    return concatBytes(chunks, length);
  }

  const kvMethods = {
    get(...args) {
      return kvRead(this, "get", args, false);
    },
    async list(...args) {
      const host = kvHost(this);
      const options = args[0];
      let prefix = null;
      let limit = 0;
      let cursor = null;
      if (kvIsDictionary(options)) {
        // read once each, in workerd's declaration order: limit, prefix, cursor (recorded)
        const limitOption = options.limit;
        if (limitOption !== undefined) limit = kvInt32(limitOption);
        const prefixOption = options.prefix;
        if (prefixOption != null) prefix = kvKey(prefixOption);
        const cursorOption = options.cursor;
        if (cursorOption != null) cursor = `${cursorOption}`;
      } else if (options !== undefined && options !== null) {
        throw kvArgumentError("list", 1, "ListOptions");
      }
      refuseInGlobalScope(); // at the worker's top level: a rejected promise (recorded)
      // workerd sends no limit when it is 0 or less: the default page of 1000 applies
      return JSON.parse(kvCall(() => host.list(prefix, limit > 0, limit, cursor)));
    },
    async put(...args) {
      const host = kvHost(this);
      if (args.length < 1) throw kvArgumentError("put", 1, "string");
      const key = kvSingleKey(args[0]);
      if (args.length < 2) throw kvArgumentError("put", 2, "string or JsObject");
      let value = args[1];
      if (!kvIsDictionary(value)) value = `${value}`;
      const options = args[2];
      let expiration;
      let expirationTtl;
      let metadata;
      if (kvIsDictionary(options)) {
        // read once each, in workerd's declaration order (recorded)
        const expirationOption = options.expiration;
        if (expirationOption !== undefined) expiration = kvInt32(expirationOption);
        const ttlOption = options.expirationTtl;
        if (ttlOption !== undefined) expirationTtl = kvInt32(ttlOption);
        metadata = options.metadata;
      } else if (options !== undefined && options !== null) {
        throw kvArgumentError("put", 3, "PutOptions");
      }
      kvCall(() => host.checkKey(key));
      let metadataJson = null;
      let unserializable = false;
      // metadata: null is no metadata at all (list shows no metadata member, recorded)
      if (metadata !== undefined && metadata !== null) {
        metadataJson = JSON.stringify(metadata);
        if (metadataJson === undefined) {
          metadataJson = null;
          unserializable = true;
        }
      }
      // null tells Java the value is of no accepted kind: workerd reports that only after the
      // storage side has checked the key length and the options (recorded)
      let stored = null;
      if (typeof value === "string") stored = value.isWellFormed() ? value : wtf8Encode(value); // lone surrogates stored as WTF-8 (recorded)
      // a view, not a copy: as in workerd, a change to the buffer before the write lands is stored (recorded)
      // a detached buffer is stored as an empty value (recorded)
      else if (value instanceof ArrayBuffer) stored = value.byteLength === 0 ? new Uint8Array(0) : new Uint8Array(value);
      else if (ArrayBuffer.isView(value)) stored = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      else if (typeof ReadableStream === "function" && value instanceof ReadableStream) stored = await kvStreamBytes(host, key, value);
      else {
        // workerd converts a value of no accepted kind to a string once, after the key checks and
        // before the options are: an error of that conversion is the one thrown (recorded)
        kvCall(() => host.checkStoredKey(key));
        `${value}`;
        throw new TypeError(kvMsg.putValueType);
      }
      refuseInGlobalScope(); // at the worker's top level: rejected after the key checks (recorded)
      // the write lands after the call returns, as Miniflare's subrequest does: a get issued
      // before the put is awaited still reads the older value (recorded)
      await undefined;
      kvCall(() => host.put({ key, value: stored, expiration, expirationTtl, metadataJson, metadataUnserializable: unserializable }));
    },
    getWithMetadata(...args) {
      return kvRead(this, "getWithMetadata", args, true);
    },
    async delete(...args) {
      const host = kvHost(this);
      if (args.length < 1) throw kvArgumentError("delete", 1, "string");
      const key = kvSingleKey(args[0]);
      refuseInGlobalScope(); // at the worker's top level: a rejected promise (recorded)
      // as put: the delete lands after the call returns
      await undefined;
      kvCall(() => host.delete(key));
    },
  };

  /** Not constructible from scripts; the prototype lists the methods before "constructor", as workerd's does. */
  function KvNamespace(token, hostObject) {
    if (new.target === undefined || token !== kvToken) throw new TypeError(kvMsg.illegalConstructor);
    kvHosts.set(this, hostObject);
  }
  KvNamespace.prototype = {};
  // each method answers as I/O does (ioOutcome): on a later task, and not once the event has ended;
  // its argument errors still throw synchronously where workerd's do
  for (const name of Object.keys(kvMethods)) {
    const method = kvMethods[name];
    const value = { [name](...args) { return ioOutcome(method.apply(this, args)); } }[name];
    Object.defineProperty(value, "length", { value: method.length });
    Object.defineProperty(KvNamespace.prototype, name,
      { value, writable: true, enumerable: true, configurable: true });
  }
  Object.defineProperty(KvNamespace.prototype, "constructor", { value: KvNamespace, writable: true, configurable: true });
  Object.defineProperty(KvNamespace.prototype, Symbol.toStringTag, { value: "KvNamespace", configurable: true });

  return (hostObject) => {
    kvMsg ??= JSON.parse(hostObject.constants());
    return new KvNamespace(kvToken, hostObject);
  };
})
