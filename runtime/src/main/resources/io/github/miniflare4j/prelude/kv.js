// KVNamespace: the JavaScript face of a KV binding. Client-side checks throw TypeErrors as
// workerd does; storage-side checks reject with Miniflare's "KV <OP> failed: <status> ..." Errors.

const KV_TYPES = ["text", "arrayBuffer", "json", "stream"];

function kvCheckKey(key) {
  key = String(key);
  if (key === "") throw new TypeError("Key name cannot be empty.");
  if (key === "." || key === "..") throw new TypeError(`"${key}" is not allowed as a key name.`);
  return key;
}

function kvType(typeOrOptions) {
  const type = typeof typeOrOptions === "object" && typeOrOptions !== null ? typeOrOptions.type : typeOrOptions;
  const resolved = type === undefined ? "text" : type;
  if (!KV_TYPES.includes(resolved)) throw new TypeError('Unknown response type. Possible types are "text", "arrayBuffer", "json", and "stream".');
  return resolved;
}

function kvDecode(entry, type) {
  if (entry === null) return null;
  const bytes = bytesFromHost(entry.value());
  switch (type) {
    case "arrayBuffer": return bytes.buffer;
    case "json": return JSON.parse(utf8Decoder.decode(bytes));
    case "stream": return new Response(bytes).body;
    default: return utf8Decoder.decode(bytes);
  }
}

class KVNamespace {
  #host;
  constructor(hostObject) { this.#host = hostObject; }
  async get(key, typeOrOptions) {
    const type = kvType(typeOrOptions);
    return kvDecode(this.#host.get(kvCheckKey(key)), type);
  }
  async getWithMetadata(key, typeOrOptions) {
    const type = kvType(typeOrOptions);
    const entry = this.#host.get(kvCheckKey(key));
    if (entry === null) return { value: null, metadata: null, cacheStatus: null };
    const metadata = entry.metadata();
    return { value: kvDecode(entry, type), metadata: metadata == null ? null : JSON.parse(metadata), cacheStatus: null };
  }
  async put(key, value, options = {}) {
    key = kvCheckKey(key);
    let stored;
    if (typeof value === "string") stored = value;
    else if (value instanceof ArrayBuffer) stored = new Uint8Array(value);
    else if (ArrayBuffer.isView(value)) stored = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    else if (typeof ReadableStream === "function" && value instanceof ReadableStream) stored = await new Response(value).bytes();
    else if (value !== null && (typeof value === "object" || typeof value === "function")) {
      throw new TypeError("KV put() accepts only strings, ArrayBuffers, ArrayBufferViews, and ReadableStreams as values.");
    } else stored = String(value);
    let expiration = -1;
    if (options?.expiration !== undefined) expiration = Number(options.expiration);
    else if (options?.expirationTtl !== undefined) expiration = Math.floor(this.#host.now() / 1000) + Number(options.expirationTtl);
    const metadata = options?.metadata === undefined ? null : JSON.stringify(options.metadata);
    this.#host.put(key, stored, expiration, metadata);
  }
  async delete(key) {
    this.#host.delete(kvCheckKey(key));
  }
  async list(options = {}) {
    const prefix = options?.prefix == null ? "" : String(options.prefix);
    const limit = options?.limit == null ? 1000 : Number(options.limit);
    const cursor = options?.cursor ? utf8Decoder.decode(base64Decode(String(options.cursor))) : null;
    const page = this.#host.list(prefix, limit, cursor);
    const keys = [];
    const n = Math.min(page.length, limit);
    for (let i = 0; i < n; i++) {
      const entry = page[i];
      const key = { name: entry.key() };
      const expiration = entry.expiration();
      if (expiration >= 0) key.expiration = Math.floor(expiration);
      const metadata = entry.metadata();
      if (metadata != null) key.metadata = JSON.parse(metadata);
      keys.push(key);
    }
    const complete = page.length <= limit;
    const result = { keys, list_complete: complete };
    if (!complete) result.cursor = base64Encode(utf8Encoder.encode(keys[keys.length - 1].name));
    result.cacheStatus = null;
    return result;
  }
}

function base64Encode(bytes) {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoaImpl(binary);
}
function base64Decode(text) {
  const binary = atobImpl(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

internals.bindingFactories = internals.bindingFactories ?? {};
internals.bindingFactories.kv = (hostObject) => new KVNamespace(hostObject);
