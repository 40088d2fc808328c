// WHATWG URL host parsing: domains (UTS #46 processing with punycode), IPv4, IPv6 and opaque
// hosts. A host is kept in its serialized form; parse failures return the URL_FAILURE marker.

// @imports utf8Decoder from core.js
// @imports isAsciiDigits, containsAsciiOf, isAsciiOnly from text.js
// @imports later percentEncodeString, C0_CONTROL_SET, percentDecodeBytes from url.js
// @exports URL_FAILURE, parseHost

const URL_FAILURE = Symbol("url failure");

// the forbidden host code points; forbidden domain code points are these, "%" and every C0
// control and DEL
const FORBIDDEN_HOST = "\0\t\n\r #/:<>?@[\\]^|";
const FORBIDDEN_DOMAIN_SYMBOLS = " #%/:<>?@[\\]^|";
const hasForbiddenHostCodePoint = (text) => containsAsciiOf(text, FORBIDDEN_HOST, false);
const hasForbiddenDomainCodePoint = (text) => containsAsciiOf(text, FORBIDDEN_DOMAIN_SYMBOLS, true);

// ---- punycode (RFC 3492)

const PUNY_BASE = 36, PUNY_TMIN = 1, PUNY_TMAX = 26, PUNY_SKEW = 38, PUNY_DAMP = 700;

function punyAdapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / PUNY_DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((PUNY_BASE - PUNY_TMIN) * PUNY_TMAX) >> 1) {
    delta = Math.floor(delta / (PUNY_BASE - PUNY_TMIN));
    k += PUNY_BASE;
  }
  return k + Math.floor(((PUNY_BASE - PUNY_TMIN + 1) * delta) / (delta + PUNY_SKEW));
}

function punyDigit(d) {
  return String.fromCharCode(d < 26 ? d + 97 : d + 22);
}

/** Encodes a label's code points to punycode (without the xn-- prefix); null on overflow. */
function punycodeEncode(label) {
  const input = Array.from(label, (c) => c.codePointAt(0));
  let output = input.filter((c) => c < 0x80).map((c) => String.fromCharCode(c)).join("");
  const basic = output.length;
  let handled = basic;
  if (basic > 0) output += "-";
  let n = 0x80, delta = 0, bias = 72;
  while (handled < input.length) {
    let m = Infinity;
    for (const c of input) if (c >= n && c < m) m = c;
    if ((m - n) * (handled + 1) + delta > 0x7fffffff) return null;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of input) {
      if (c < n) delta++;
      if (c === n) {
        let q = delta;
        for (let k = PUNY_BASE; ; k += PUNY_BASE) {
          const t = k <= bias ? PUNY_TMIN : k >= bias + PUNY_TMAX ? PUNY_TMAX : k - bias;
          if (q < t) break;
          output += punyDigit(t + ((q - t) % (PUNY_BASE - t)));
          q = Math.floor((q - t) / (PUNY_BASE - t));
        }
        output += punyDigit(q);
        bias = punyAdapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

/** Decodes a punycode label (without the xn-- prefix); null when malformed. */
function punycodeDecode(text) {
  const out = [];
  const dash = text.lastIndexOf("-");
  for (let i = 0; i < Math.max(dash, 0); i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return null;
    out.push(c);
  }
  let n = 0x80, i = 0, bias = 72;
  for (let pos = dash > 0 ? dash + 1 : 0; pos < text.length; ) {
    const oldi = i;
    let w = 1;
    for (let k = PUNY_BASE; ; k += PUNY_BASE) {
      if (pos >= text.length) return null;
      const c = text.charCodeAt(pos++);
      const digit = c >= 48 && c <= 57 ? c - 22 : c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 97 : PUNY_BASE;
      if (digit >= PUNY_BASE) return null;
      i += digit * w;
      if (i > 0x7fffffff) return null;
      const t = k <= bias ? PUNY_TMIN : k >= bias + PUNY_TMAX ? PUNY_TMAX : k - bias;
      if (digit < t) break;
      w *= PUNY_BASE - t;
      if (w > 0x7fffffff) return null;
    }
    bias = punyAdapt(i - oldi, out.length + 1, oldi === 0);
    n += Math.floor(i / (out.length + 1));
    if (n > 0x10ffff) return null;
    i %= out.length + 1;
    out.splice(i, 0, n);
    i++;
  }
  try { return String.fromCodePoint(...out); } catch { return null; }
}

// ---- UTS #46 (non-transitional, CheckHyphens=false, CheckBidi, CheckJoiners, no DNS length check)

let idnaPatterns = null;
/**
 * The regular expressions of UTS #46 and the bidi rule, built on first use: only domains with
 * non-ASCII or punycode labels need them.
 */
function idna() {
  idnaPatterns ??= {
    // Default-ignorable code points that UTS #46 maps to nothing.
    ignored: /[\u00ad\u034f\u180b-\u180f\u200b\u2060\u2064\ufe00-\ufe0f\ufeff\u{1bca0}-\u{1bca3}\u{e0100}-\u{e01ef}]/gu,
    // Code points that stay disallowed after mapping (controls, unassigned, private use,
    // surrogates, non-characters, and the non-ASCII separators and format characters UTS #46
    // disallows).
    disallowed: /[\u0080-\u009f\p{Cn}\p{Co}\p{Cs}\p{Zs}\p{Zl}\p{Zp}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufff9-\ufffd\u{e0001}-\u{e007f}]/u,
    leadingMark: /^\p{M}/u,
    viramas: /[\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d3b\u0d3c\u0d4d\u0dca\u0e3a\u0eba\u0f84\u1039\u103a\u1714\u1734\u17d2\u1a60\u1b44\u1baa\u1bab\u1bf2\u1bf3\u2d7f\ua806\ua8c4\ua953\ua9c0\uaaf6\uabed\u{10a3f}\u{11046}\u{1107f}\u{110b9}\u{11133}\u{11134}\u{111c0}\u{11235}\u{112ea}\u{1134d}\u{11442}\u{114c2}\u{115bf}\u{1163f}\u{116b6}\u{1172b}\u{11839}\u{119e0}\u{11a34}\u{11a47}\u{11a99}\u{11c3f}\u{11d44}\u{11d45}\u{11d97}]$/u,
    bidiRtl: /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u,
    bidiArabicOrEuropeanNumber: /[0-9\u0660-\u0669\u06f0-\u06f9]/u,
  };
  return idnaPatterns;
}

/** UTS #46 mapping: case folding and compatibility normalization, ignorables removed. */
function idnaMap(domain) {
  let mapped = domain.replace(idna().ignored, "");
  mapped = mapped.normalize("NFKC").toLowerCase().normalize("NFKC");
  // toLowerCase keeps a few final forms that case folding changes.
  mapped = mapped.replace(/[\u3002\uff0e\uff61]/g, ".");
  return mapped;
}

function validIdnaLabel(label, wasPunycode) {
  if (label === "") return true;
  if (label.normalize("NFC") !== label) return false;
  if (idna().leadingMark.test(label)) return false;
  if (idna().disallowed.test(label)) return false;
  if (label.includes(".")) return false;
  if (wasPunycode && (idnaMap(label) !== label || hasForbiddenDomainCodePoint(label))) return false;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c === 0x200c || c === 0x200d) {
      if (!idna().viramas.test(label.slice(0, i))) return false;
    }
  }
  return true;
}

/** RFC 5893 bidi rule, applied when the domain holds a right-to-left label. */
function validBidiLabel(label) {
  if (label === "") return true;
  const chars = Array.from(label);
  const rtl = idna().bidiRtl.test(chars[0]);
  if (!rtl && !/\p{L}/u.test(chars[0])) return false;
  if (!rtl && chars.some((c) => idna().bidiRtl.test(c))) return false;
  let last = chars.length - 1;
  while (last > 0 && /\p{Mn}/u.test(chars[last])) last--;
  const end = chars[last];
  if (rtl) {
    if (!(idna().bidiRtl.test(end) || idna().bidiArabicOrEuropeanNumber.test(end))) return false;
    const hasEuropean = chars.some((c) => /[0-9\u06f0-\u06f9]/.test(c));
    const hasArabic = chars.some((c) => /[\u0660-\u0669]/.test(c));
    if (hasEuropean && hasArabic) return false;
  } else if (!(/\p{L}/u.test(end) || /[0-9]/.test(end))) {
    return false;
  }
  return true;
}

/** domain to ASCII with beStrict = false; URL_FAILURE when the domain is not valid. */
function domainToAscii(domain) {
  const lower = domain.toLowerCase();
  const asciiFast = isAsciiOnly(domain) && !lower.startsWith("xn--") && !lower.includes(".xn--");
  let result;
  if (asciiFast) {
    result = lower;
  } else {
    const labels = idnaMap(domain).split(".");
    const unicodeLabels = [];
    for (const label of labels) {
      if (/^xn--/.test(label)) {
        if (/[^\u0000-\u007f]/.test(label)) return URL_FAILURE;
        const decoded = punycodeDecode(label.slice(4));
        if (decoded === null || decoded === "" || !/[^\u0000-\u007f]/.test(decoded) || !validIdnaLabel(decoded, true)) return URL_FAILURE;
        unicodeLabels.push(decoded);
      } else {
        if (!validIdnaLabel(label, false)) return URL_FAILURE;
        unicodeLabels.push(label);
      }
    }
    if (unicodeLabels.some((l) => idna().bidiRtl.test(l)) && !unicodeLabels.every(validBidiLabel)) return URL_FAILURE;
    const asciiLabels = [];
    for (const label of unicodeLabels) {
      if (/[^\u0000-\u007f]/.test(label)) {
        const encoded = punycodeEncode(label);
        if (encoded === null) return URL_FAILURE;
        asciiLabels.push("xn--" + encoded);
      } else {
        asciiLabels.push(label);
      }
    }
    result = asciiLabels.join(".");
  }
  if (result === "" || hasForbiddenDomainCodePoint(result)) return URL_FAILURE;
  return result;
}

/** domain to Unicode, for URLPattern and the like: punycode labels decoded where valid. */
function domainToUnicode(domain) {
  return domain.split(".").map((label) => {
    if (!/^xn--/i.test(label)) return label;
    const decoded = punycodeDecode(label.slice(4).toLowerCase());
    return decoded === null ? label : decoded;
  }).join(".");
}

// ---- IPv4

function parseIpv4Number(text) {
  if (text === "") return URL_FAILURE;
  let radix = 10;
  if (text.length > 1 && text[0] === "0" && (text[1] === "x" || text[1] === "X")) { text = text.slice(2); radix = 16; }
  else if (text.length > 1 && text[0] === "0") { text = text.slice(1); radix = 8; }
  if (text === "") return 0;
  for (let i = 0; i < text.length; i++) {
    // parseInt's digit value: NaN, or a value the radix must exceed
    if (!(parseInt(text[i], 16) < radix)) return URL_FAILURE;
  }
  return parseInt(text, radix);
}

function endsInANumber(text) {
  const parts = text.split(".");
  if (parts[parts.length - 1] === "") {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (isAsciiDigits(last)) return true;
  return parseIpv4Number(last) !== URL_FAILURE;
}

function parseIpv4(text) {
  const parts = text.split(".");
  if (parts[parts.length - 1] === "" && parts.length > 1) parts.pop();
  if (parts.length > 4) return URL_FAILURE;
  const numbers = [];
  for (const part of parts) {
    const n = parseIpv4Number(part);
    if (n === URL_FAILURE) return URL_FAILURE;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return URL_FAILURE;
  if (numbers[numbers.length - 1] >= 256 ** (5 - numbers.length)) return URL_FAILURE;
  let ipv4 = numbers[numbers.length - 1];
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  const out = [];
  for (let i = 0; i < 4; i++) { out.unshift(String(ipv4 % 256)); ipv4 = Math.floor(ipv4 / 256); }
  return out.join(".");
}

// ---- IPv6

function parseIpv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  const s = Array.from(input);
  let pieceIndex = 0, compress = null, p = 0;
  const hex = (c) => c !== undefined && c.length === 1 && parseInt(c, 16) >= 0;
  const digit = (c) => c !== undefined && c.length === 1 && c >= "0" && c <= "9";
  if (s[p] === ":") {
    if (s[p + 1] !== ":") return URL_FAILURE;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (s[p] !== undefined) {
    if (pieceIndex === 8) return URL_FAILURE;
    if (s[p] === ":") {
      if (compress !== null) return URL_FAILURE;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0, length = 0;
    while (length < 4 && hex(s[p])) { value = value * 16 + parseInt(s[p], 16); p++; length++; }
    if (s[p] === ".") {
      if (length === 0) return URL_FAILURE;
      p -= length;
      if (pieceIndex > 6) return URL_FAILURE;
      let numbersSeen = 0;
      while (s[p] !== undefined) {
        let piece = null;
        if (numbersSeen > 0) {
          if (s[p] === "." && numbersSeen < 4) p++;
          else return URL_FAILURE;
        }
        if (!digit(s[p])) return URL_FAILURE;
        while (digit(s[p])) {
          const n = Number(s[p]);
          if (piece === null) piece = n;
          else if (piece === 0) return URL_FAILURE;
          else piece = piece * 10 + n;
          if (piece > 255) return URL_FAILURE;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return URL_FAILURE;
      break;
    } else if (s[p] === ":") {
      p++;
      if (s[p] === undefined) return URL_FAILURE;
    } else if (s[p] !== undefined) {
      return URL_FAILURE;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return URL_FAILURE;
  }
  return address;
}

function serializeIpv6(address) {
  let bestStart = -1, bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (address[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLength) { bestStart = i; bestLength = j - i; }
    i = j;
  }
  let out = "";
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (i === bestStart) {
      out += i === 0 ? "::" : ":";
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ":";
  }
  return out;
}

// ---- host parser

/** Parses a host; returns its serialization or URL_FAILURE. */
function parseHost(input, isOpaque) {
  if (input.startsWith("[")) {
    if (!input.endsWith("]")) return URL_FAILURE;
    const address = parseIpv6(input.slice(1, -1));
    return address === URL_FAILURE ? URL_FAILURE : "[" + serializeIpv6(address) + "]";
  }
  if (isOpaque) {
    if (hasForbiddenHostCodePoint(input)) return URL_FAILURE;
    return percentEncodeString(input, C0_CONTROL_SET);
  }
  const domain = utf8Decoder.decode(percentDecodeBytes(input));
  const ascii = domainToAscii(domain);
  if (ascii === URL_FAILURE) return URL_FAILURE;
  if (endsInANumber(ascii)) return parseIpv4(ascii);
  return ascii;
}
