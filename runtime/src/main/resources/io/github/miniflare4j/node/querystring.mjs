// node:querystring.
export function escape(str) {
  if (typeof str !== "string") str = typeof str === "object" ? String(str) : String(str);
  try {
    return encodeURIComponent(str);
  } catch {
    // a lone surrogate: Node's ERR_INVALID_URI, a URIError
    const error = new URIError("URI malformed");
    error.code = "ERR_INVALID_URI";
    throw error;
  }
}

/** Percent-decoding that never throws: bytes that do not form UTF-8 decode as U+FFFD. */
const hexValue = (code) => (code >= 48 && code <= 57 ? code - 48 : code >= 65 && code <= 70 ? code - 55 : code >= 97 && code <= 102 ? code - 87 : -1);
/**
 * Node's (and workerd's) byte decoder: one byte per UTF-16 unit (its low byte; only %XX escapes make other bytes),
 * a `%` without two hex digits stays literal; a non-string fails in Buffer.allocUnsafe(s.length).
 */
export function unescapeBuffer(s, decodeSpaces) {
  const out = $node.Buffer.allocUnsafe(s.length);
  let index = 0;
  let outIndex = 0;
  let hasHex = false;
  const maxLength = s.length - 2;
  while (index < s.length) {
    let code = s.charCodeAt(index);
    if (code === 43 && decodeSpaces) { out[outIndex++] = 32; index++; continue; }
    if (code === 37 && index < maxLength) {
      code = s.charCodeAt(++index);
      const high = hexValue(code);
      if (high < 0) { out[outIndex++] = 37; continue; }
      const low = hexValue(s.charCodeAt(++index));
      if (low < 0) { out[outIndex++] = 37; index--; } else { hasHex = true; code = high * 16 + low; }
    }
    out[outIndex++] = code;
    index++;
  }
  return hasHex ? out.slice(0, outIndex) : out;
}
export function unescape(s, decodeSpaces) {
  try { return decodeURIComponent(s); } catch { return unescapeBuffer(s, decodeSpaces).toString(); }
}

function stringifyPrimitive(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number" && Number.isFinite(v)) return "" + v;
  if (typeof v === "bigint") return "" + v;
  if (typeof v === "boolean") return v ? "true" : "false";
  return "";
}

export function stringify(obj, sep = "&", eq = "=", options = undefined) {
  sep ||= "&";
  eq ||= "=";
  const encode = typeof options?.encodeURIComponent === "function" ? options.encodeURIComponent : escape;
  if (obj === null || typeof obj !== "object") return "";
  const fields = [];
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const ks = encode(stringifyPrimitive(key)) + eq;
    if (Array.isArray(value)) for (const item of value) fields.push(ks + encode(stringifyPrimitive(item)));
    else fields.push(ks + encode(stringifyPrimitive(value)));
  }
  return fields.join(sep);
}

export function parse(qs, sep = "&", eq = "=", options = undefined) {
  const obj = Object.create(null);
  if (typeof qs !== "string" || qs.length === 0) return obj;
  sep ||= "&";
  eq ||= "=";
  const maxKeys = typeof options?.maxKeys === "number" ? options.maxKeys : 1000;
  const decode = typeof options?.decodeURIComponent === "function" ? options.decodeURIComponent : unescape;
  let parts = qs.split(sep);
  if (maxKeys > 0) parts = parts.slice(0, maxKeys);
  for (const part of parts) {
    if (part.length === 0) continue;
    const i = part.indexOf(eq);
    const rawKey = i >= 0 ? part.slice(0, i) : part;
    const rawValue = i >= 0 ? part.slice(i + eq.length) : "";
    const key = decodeComponent(rawKey, decode);
    const value = decodeComponent(rawValue, decode);
    if (!(key in obj)) obj[key] = value;
    else if (Array.isArray(obj[key])) obj[key].push(value);
    else obj[key] = [obj[key], value];
  }
  return obj;
}
function decodeComponent(s, decode) {
  const spaced = s.replace(/\+/g, " ");
  try { return decode(spaced); } catch { return unescape(spaced, true); }
}

export { parse as decode, stringify as encode };
export default { escape, unescape, unescapeBuffer, stringify, parse, decode: parse, encode: stringify };
