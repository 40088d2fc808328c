// node:string_decoder — decodes a byte stream without splitting multi-byte characters.
const { Buffer, normalizeEncoding, nodeError } = $node;

function utf8Pending(bytes) {
  // how many trailing bytes start an incomplete UTF-8 sequence
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if ((b & 0xc0) === 0x80) continue;
    // a byte that cannot start a sequence (0xf8 and up) is decoded at once, as Node's utf8CheckByte
    const need = b >= 0xf8 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

export function StringDecoder(encoding) {
  if (!(this instanceof StringDecoder)) return new StringDecoder(encoding);
  let normalized;
  try { normalized = normalizeEncoding(encoding); } catch { throw nodeError(TypeError, "ERR_UNKNOWN_ENCODING", `Unknown encoding: ${encoding}`); }
  this.encoding = normalized; // the only enumerable own property, as workerd's
  const hidden = (value) => ({ value, writable: true, configurable: true, enumerable: false });
  Object.defineProperties(this, {
    pending: hidden(new Uint8Array(0)),
    lastChar: hidden(Buffer.alloc(4)), // Node's field: starts with a copy of the pending bytes
    decoder: hidden(normalized === "utf8" ? new TextDecoder("utf-8") : null),
  });
}

function asBytes(buf) {
  if (typeof buf === "string") return Buffer.from(buf);
  if (buf instanceof ArrayBuffer) return new Uint8Array(buf);
  if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  throw $node.invalidArgType("buf", "of type string or an instance of Buffer, TypedArray, or DataView", buf);
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === "string") return buf;
  let bytes = asBytes(buf);
  if (this.encoding === "utf16le" && this.pending.length > 0 && bytes.length > 0) {
    // workerd's (Node's C++) decoder first fills what it holds: an odd byte's code unit (handed
    // out at once, even the first half of a surrogate pair) or a held high surrogate's pair
    const total = this.pending.length === 1 ? 2 : 4;
    const take = Math.min(total - this.pending.length, bytes.length);
    const unit = new Uint8Array(this.pending.length + take);
    unit.set(this.pending);
    unit.set(bytes.subarray(0, take), this.pending.length);
    if (unit.length < total) {
      this.pending = unit;
      this.lastChar.set(unit.subarray(0, 4));
      return "";
    }
    this.pending = new Uint8Array(0);
    return Buffer.from(unit.buffer).toString("utf16le") + this.write(bytes.subarray(take));
  }
  if (this.pending.length) { const all = new Uint8Array(this.pending.length + bytes.length); all.set(this.pending); all.set(bytes, this.pending.length); bytes = all; }
  let keep = 0;
  switch (this.encoding) {
    case "utf8": keep = utf8Pending(bytes); break;
    case "utf16le": {
      // an odd byte is all that waits: a high surrogate before it is handed out (Node's C++ decoder)
      keep = bytes.length % 2;
      const last = bytes.length - 2;
      if (keep === 0 && last >= 0) { const unit = bytes[last] | (bytes[last + 1] << 8); if (unit >= 0xd800 && unit <= 0xdbff) keep += 2; }
      break;
    }
    case "base64": case "base64url": keep = bytes.length % 3; break;
    default: keep = 0;
  }
  this.pending = bytes.slice(bytes.length - keep);
  this.lastChar.set(this.pending.subarray(0, 4));
  const ready = bytes.subarray(0, bytes.length - keep);
  if (this.encoding === "utf8") return this.decoder.decode(ready, { stream: true });
  return Buffer.from(ready.buffer, ready.byteOffset, ready.byteLength).toString(this.encoding);
};

StringDecoder.prototype.end = function end(buf) {
  let out = buf === undefined ? "" : this.write(buf);
  const rest = this.pending;
  this.pending = new Uint8Array(0);
  if (this.encoding === "utf8") out += this.decoder.decode(rest);
  else if (rest.length) out += Buffer.from(rest).toString(this.encoding);
  return out;
};

StringDecoder.prototype.text = function text(buf, offset) {
  return this.write(asBytes(buf).subarray(offset));
};

/** The bytes the pending character takes in all (Node's lastTotal), 0 when none is pending. */
function pendingTotal(decoder) {
  const pending = decoder.pending;
  if (pending.length === 0) return 0;
  switch (decoder.encoding) {
    case "utf8": return pending[0] >= 0xf0 ? 4 : pending[0] >= 0xe0 ? 3 : 2;
    case "utf16le": return pending.length === 1 ? 2 : 4;
    case "base64": case "base64url": return 3;
    default: return pending.length;
  }
}
Object.defineProperty(StringDecoder.prototype, "lastNeed", { get() { return pendingTotal(this) - this.pending.length; }, configurable: true });
Object.defineProperty(StringDecoder.prototype, "lastTotal", { get() { return pendingTotal(this); }, configurable: true });

export default { StringDecoder };
