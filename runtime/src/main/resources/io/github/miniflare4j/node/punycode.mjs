// node:punycode (enable_nodejs_punycode_module): RFC 3492 Punycode and IDNA label conversion,
// version "2.1.0" as workerd reports.
const BASE = 36, T_MIN = 1, T_MAX = 26, SKEW = 38, DAMP = 700, INITIAL_BIAS = 72, INITIAL_N = 128;
const MAX_INT = 2147483647;

function fail(kind) {
  const messages = { overflow: "Overflow: input needs wider integers to process", "not-basic": "Illegal input >= 0x80 (not a basic code point)", "invalid-input": "Invalid input" };
  throw new RangeError(messages[kind]);
}

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  for (; delta > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) delta = Math.floor(delta / (BASE - T_MIN));
  return Math.floor(k + ((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

const digitToChar = (d) => String.fromCharCode(d < 26 ? d + 97 : d + 22);
function charToDigit(code) {
  if (code >= 0x30 && code < 0x3a) return 26 + (code - 0x30);
  if (code >= 0x41 && code < 0x5b) return code - 0x41;
  if (code >= 0x61 && code < 0x7b) return code - 0x61;
  return BASE;
}

function ucs2decode(string) {
  const out = [];
  for (let i = 0; i < string.length; i++) {
    const value = string.charCodeAt(i);
    if (value >= 0xd800 && value <= 0xdbff && i + 1 < string.length) {
      const next = string.charCodeAt(i + 1);
      if ((next & 0xfc00) === 0xdc00) { out.push(((value & 0x3ff) << 10) + (next & 0x3ff) + 0x10000); i++; continue; }
    }
    out.push(value);
  }
  return out;
}
const ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);
export const ucs2 = { decode: ucs2decode, encode: ucs2encode };

export function decode(input) {
  const output = [];
  let basic = input.lastIndexOf("-");
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) fail("not-basic");
    output.push(input.charCodeAt(j));
  }
  let n = INITIAL_N, bias = INITIAL_BIAS, i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length; ) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) fail("invalid-input");
      const digit = charToDigit(input.charCodeAt(index++));
      if (digit >= BASE) fail("invalid-input");
      if (digit > Math.floor((MAX_INT - i) / w)) fail("overflow");
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) fail("overflow");
      w *= BASE - t;
    }
    const length = output.length + 1;
    bias = adapt(i - oldi, length, oldi === 0);
    if (Math.floor(i / length) > MAX_INT - n) fail("overflow");
    n += Math.floor(i / length);
    i %= length;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

export function encode(input) {
  const codePoints = ucs2decode(input);
  const output = [];
  for (const c of codePoints) if (c < 0x80) output.push(String.fromCharCode(c));
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength) output.push("-");
  let n = INITIAL_N, delta = 0, bias = INITIAL_BIAS;
  while (handled < codePoints.length) {
    let m = MAX_INT;
    for (const c of codePoints) if (c >= n && c < m) m = c;
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) fail("overflow");
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of codePoints) {
      if (c < n && ++delta > MAX_INT) fail("overflow");
      if (c === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
          if (q < t) break;
          output.push(digitToChar(t + ((q - t) % (BASE - t))));
          q = Math.floor((q - t) / (BASE - t));
        }
        output.push(digitToChar(q));
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output.join("");
}

/** Applies `fn` to each label of a domain (or of the domain part of an email address); separators become ".". */
function mapDomain(domain, fn) {
  const at = domain.split("@");
  let result = "";
  if (at.length > 1) { result = at[0] + "@"; domain = at[1]; }
  const labels = domain.replaceAll("\u3002", ".").replaceAll("\uff0e", ".").replaceAll("\uff61", ".").split(".");
  return result + labels.map(fn).join(".");
}

const isAscii = (label) => { for (let i = 0; i < label.length; i++) if (label.charCodeAt(i) >= 0x80) return false; return true; };
export function toASCII(input) { return mapDomain(input, (label) => (isAscii(label) ? label : "xn--" + encode(label))); }
export function toUnicode(input) {
  return mapDomain(input, (label) => (label.slice(0, 4).toLowerCase() === "xn--" ? decode(label.slice(4).toLowerCase()) : label));
}
export const version = "2.1.0";
export default { decode, encode, toASCII, toUnicode, ucs2, version };
