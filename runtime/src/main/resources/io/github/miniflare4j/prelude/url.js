// URL: the WHATWG URL Standard's basic URL parser (every state, state overrides for the
// setters), serializer and origin, as workerd exposes them. Hosts are parsed in url-host.js;
// URLSearchParams lives in url-search-params.js.

// @imports utf8Encoder, illegalInvocation, defineGlobal, newOnly, onConfigure, compatFlag from core.js
// @imports isAsciiAlphanumeric from text.js
// @imports NativeTextDecoder from encoding.js
// @imports URL_FAILURE, parseHost from url-host.js
// @imports later resetSearchParams, newLinkedSearchParams from url-search-params.js
// @exports SPECIAL_SCHEMES, C0_CONTROL_SET, USERINFO_SET, FORM_URLENCODED_SET, HEX_DIGITS, utf8NoBom, percentEncodeString, percentDecodeBytes, toUSVString, newUrlRecord, hasOpaquePath, S, basicUrlParse, serializePath, kUrlRecord, URL, updateUrlQuery

const SPECIAL_SCHEMES = { "ftp": 21, "file": null, "http": 80, "https": 443, "ws": 80, "wss": 443 };

// Percent-encode sets, as predicates on a code point.
const C0_CONTROL_SET = (c) => c < 0x20 || c > 0x7e;
const FRAGMENT_SET = (c) => C0_CONTROL_SET(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
const QUERY_SET = (c) => C0_CONTROL_SET(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
const SPECIAL_QUERY_SET = (c) => QUERY_SET(c) || c === 0x27;
const PATH_SET = (c) => QUERY_SET(c) || c === 0x3f || c === 0x5e || c === 0x60 || c === 0x7b || c === 0x7d;
const USERINFO_SET = (c) => PATH_SET(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 || (c >= 0x5b && c <= 0x5d) || c === 0x7c;
const COMPONENT_SET = (c) => USERINFO_SET(c) || (c >= 0x24 && c <= 0x26) || c === 0x2b || c === 0x2c;
const FORM_URLENCODED_SET = (c) => COMPONENT_SET(c) || c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7e;

const HEX_DIGITS = "0123456789ABCDEF";
const utf8NoBom = new NativeTextDecoder("utf-8", { ignoreBOM: true });

/** UTF-8 percent-encodes one code point (given as a string) against an encode set. */
function percentEncodeCodePoint(ch, set) {
  const c = ch.codePointAt(0);
  if (!set(c)) return ch;
  let out = "";
  for (const b of utf8Encoder.encode(ch)) out += "%" + HEX_DIGITS[b >> 4] + HEX_DIGITS[b & 15];
  return out;
}

/** UTF-8 percent-encodes a string against an encode set (spaceAsPlus for form encoding). */
function percentEncodeString(text, set, spaceAsPlus = false) {
  let out = "";
  for (const ch of text) {
    if (spaceAsPlus && ch === " ") out += "+";
    else out += percentEncodeCodePoint(ch, set);
  }
  return out;
}

/** Percent-decodes a string's UTF-8 bytes into bytes. */
function percentDecodeBytes(text) {
  const bytes = utf8Encoder.encode(text);
  const out = new Uint8Array(bytes.length);
  let n = 0;
  const isHex = (b) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
      out[n++] = parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16);
      i += 2;
    } else {
      out[n++] = b;
    }
  }
  return out.subarray(0, n);
}

/** A USVString: lone surrogates replaced with U+FFFD. */
function toUSVString(value) {
  const text = `${value}`;
  if (typeof text.toWellFormed === "function") return text.toWellFormed();
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

const isAsciiAlpha = (c) => c !== undefined && c.length === 1 && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
const isAsciiDigit = (c) => c !== undefined && c >= "0" && c <= "9";
const isWindowsDriveLetter = (s) => s.length === 2 && isAsciiAlpha(s[0]) && (s[1] === ":" || s[1] === "|");
const isNormalizedWindowsDriveLetter = (s) => s.length === 2 && isAsciiAlpha(s[0]) && s[1] === ":";

function startsWithWindowsDriveLetter(cps, pointer) {
  if (cps.length - pointer < 2) return false;
  if (!isWindowsDriveLetter(cps[pointer] + cps[pointer + 1])) return false;
  if (cps.length - pointer === 2) return true;
  const third = cps[pointer + 2];
  return third === "/" || third === "\\" || third === "?" || third === "#";
}

const isSingleDot = (s) => s === "." || s.toLowerCase() === "%2e";
const isDoubleDot = (s) => { const l = s.toLowerCase(); return l === ".." || l === ".%2e" || l === "%2e." || l === "%2e%2e"; };

function newUrlRecord() {
  return { scheme: "", username: "", password: "", host: null, port: null, path: [], query: null, fragment: null };
}

function cloneUrlRecord(r) {
  return { ...r, path: Array.isArray(r.path) ? [...r.path] : r.path };
}

const isSpecial = (r) => Object.prototype.hasOwnProperty.call(SPECIAL_SCHEMES, r.scheme);
const hasOpaquePath = (r) => typeof r.path === "string";
const includesCredentials = (r) => r.username !== "" || r.password !== "";
const cannotHaveCredentialsOrPort = (r) => r.host === null || r.host === "" || r.scheme === "file";

function shortenPath(r) {
  if (r.scheme === "file" && r.path.length === 1 && isNormalizedWindowsDriveLetter(r.path[0])) return;
  r.path.pop();
}

function stripTrailingSpacesFromOpaquePath(r) {
  if (!hasOpaquePath(r) || r.fragment !== null || r.query !== null) return;
  r.path = r.path.replace(/ +$/, "");
}

// Parser states.
const S = {
  SCHEME_START: 1, SCHEME: 2, NO_SCHEME: 3, SPECIAL_RELATIVE_OR_AUTHORITY: 4, PATH_OR_AUTHORITY: 5,
  RELATIVE: 6, RELATIVE_SLASH: 7, SPECIAL_AUTHORITY_SLASHES: 8, SPECIAL_AUTHORITY_IGNORE_SLASHES: 9,
  AUTHORITY: 10, HOST: 11, HOSTNAME: 12, PORT: 13, FILE: 14, FILE_SLASH: 15, FILE_HOST: 16,
  PATH_START: 17, PATH: 18, OPAQUE_PATH: 19, QUERY: 20, FRAGMENT: 21,
};

/** input without leading and trailing C0 controls and spaces (U+0000 to U+0020). */
function trimC0ControlOrSpace(input) {
  let start = 0;
  let end = input.length;
  while (start < end && input.charCodeAt(start) <= 0x20) start++;
  while (end > start && input.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === input.length ? input : input.slice(start, end);
}

/**
 * The basic URL parser. Without a state override it returns a new record or URL_FAILURE; with
 * one it updates `url` in place and returns URL_FAILURE or undefined.
 */
function basicUrlParse(input, base, url, stateOverride) {
  if (!url) {
    url = newUrlRecord();
    input = trimC0ControlOrSpace(input);
  }
  if (input.includes("\t") || input.includes("\n") || input.includes("\r")) {
    input = input.replaceAll("\t", "").replaceAll("\n", "").replaceAll("\r", "");
  }
  const cps = Array.from(input);
  let state = stateOverride || S.SCHEME_START;
  let buffer = "";
  let atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;
  for (let pointer = 0; pointer <= cps.length; pointer++) {
    const c = cps[pointer]; // undefined is EOF
    switch (state) {
      case S.SCHEME_START:
        if (isAsciiAlpha(c)) { buffer += c.toLowerCase(); state = S.SCHEME; }
        else if (!stateOverride) { state = S.NO_SCHEME; pointer--; }
        else return URL_FAILURE;
        break;
      case S.SCHEME:
        if (isAsciiAlpha(c) || isAsciiDigit(c) || c === "+" || c === "-" || c === ".") {
          buffer += c.toLowerCase();
        } else if (c === ":") {
          if (stateOverride) {
            const bufferSpecial = Object.prototype.hasOwnProperty.call(SPECIAL_SCHEMES, buffer);
            if (isSpecial(url) !== bufferSpecial) return undefined;
            if ((includesCredentials(url) || url.port !== null) && buffer === "file") return undefined;
            if (url.scheme === "file" && url.host === "") return undefined;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === SPECIAL_SCHEMES[url.scheme]) url.port = null;
            return undefined;
          }
          buffer = "";
          if (url.scheme === "file") {
            state = S.FILE;
          } else if (isSpecial(url) && base && base.scheme === url.scheme) {
            state = S.SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (isSpecial(url)) {
            state = S.SPECIAL_AUTHORITY_SLASHES;
          } else if (cps[pointer + 1] === "/") {
            state = S.PATH_OR_AUTHORITY;
            pointer++;
          } else {
            url.path = "";
            state = S.OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = "";
          state = S.NO_SCHEME;
          pointer = -1;
        } else {
          return URL_FAILURE;
        }
        break;
      case S.NO_SCHEME:
        if (!base || (hasOpaquePath(base) && c !== "#")) return URL_FAILURE;
        if (hasOpaquePath(base) && c === "#") {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = "";
          state = S.FRAGMENT;
        } else if (base.scheme !== "file") {
          state = S.RELATIVE;
          pointer--;
        } else {
          state = S.FILE;
          pointer--;
        }
        break;
      case S.SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === "/" && cps[pointer + 1] === "/") { state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES; pointer++; }
        else { state = S.RELATIVE; pointer--; }
        break;
      case S.PATH_OR_AUTHORITY:
        if (c === "/") state = S.AUTHORITY;
        else { state = S.PATH; pointer--; }
        break;
      case S.RELATIVE:
        url.scheme = base.scheme;
        if (c === "/" || (isSpecial(url) && c === "\\")) {
          state = S.RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = [...base.path];
          url.query = base.query;
          if (c === "?") { url.query = ""; state = S.QUERY; }
          else if (c === "#") { url.fragment = ""; state = S.FRAGMENT; }
          else if (c !== undefined) {
            url.query = null;
            shortenPath(url);
            state = S.PATH;
            pointer--;
          }
        }
        break;
      case S.RELATIVE_SLASH:
        if (isSpecial(url) && (c === "/" || c === "\\")) {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === "/") {
          state = S.AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = S.PATH;
          pointer--;
        }
        break;
      case S.SPECIAL_AUTHORITY_SLASHES:
        if (c === "/" && cps[pointer + 1] === "/") { state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES; pointer++; }
        else { state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES; pointer--; }
        break;
      case S.SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== "/" && c !== "\\") { state = S.AUTHORITY; pointer--; }
        break;
      case S.AUTHORITY:
        if (c === "@") {
          if (atSignSeen) buffer = "%40" + buffer;
          atSignSeen = true;
          for (const ch of buffer) {
            if (ch === ":" && !passwordTokenSeen) { passwordTokenSeen = true; continue; }
            const encoded = percentEncodeCodePoint(ch, USERINFO_SET);
            if (passwordTokenSeen) url.password += encoded;
            else url.username += encoded;
          }
          buffer = "";
        } else if (c === undefined || c === "/" || c === "?" || c === "#" || (isSpecial(url) && c === "\\")) {
          if (atSignSeen && buffer === "") return URL_FAILURE;
          pointer -= Array.from(buffer).length + 1;
          buffer = "";
          state = S.HOST;
        } else {
          buffer += c;
        }
        break;
      case S.HOST:
      case S.HOSTNAME:
        if (stateOverride && url.scheme === "file") {
          pointer--;
          state = S.FILE_HOST;
        } else if (c === ":" && !insideBrackets) {
          if (buffer === "") return URL_FAILURE;
          if (stateOverride === S.HOSTNAME) return URL_FAILURE;
          const host = parseHost(buffer, !isSpecial(url));
          if (host === URL_FAILURE) return URL_FAILURE;
          url.host = host;
          buffer = "";
          state = S.PORT;
        } else if (c === undefined || c === "/" || c === "?" || c === "#" || (isSpecial(url) && c === "\\")) {
          pointer--;
          if (isSpecial(url) && buffer === "") return URL_FAILURE;
          if (stateOverride && buffer === "" && (includesCredentials(url) || url.port !== null)) return URL_FAILURE;
          const host = parseHost(buffer, !isSpecial(url));
          if (host === URL_FAILURE) return URL_FAILURE;
          url.host = host;
          buffer = "";
          state = S.PATH_START;
          if (stateOverride) return undefined;
        } else {
          if (c === "[") insideBrackets = true;
          if (c === "]") insideBrackets = false;
          buffer += c;
        }
        break;
      case S.PORT:
        if (isAsciiDigit(c)) {
          buffer += c;
        } else if (c === undefined || c === "/" || c === "?" || c === "#" || (isSpecial(url) && c === "\\") || stateOverride) {
          if (buffer !== "") {
            const port = parseInt(buffer, 10);
            if (port > 65535) return URL_FAILURE;
            url.port = port === SPECIAL_SCHEMES[url.scheme] ? null : port;
            buffer = "";
            if (stateOverride) return undefined;
          }
          if (stateOverride) return URL_FAILURE;
          state = S.PATH_START;
          pointer--;
        } else {
          return URL_FAILURE;
        }
        break;
      case S.FILE:
        url.scheme = "file";
        url.host = "";
        if (c === "/" || c === "\\") {
          state = S.FILE_SLASH;
        } else if (base && base.scheme === "file") {
          url.host = base.host;
          url.path = [...base.path];
          url.query = base.query;
          if (c === "?") { url.query = ""; state = S.QUERY; }
          else if (c === "#") { url.fragment = ""; state = S.FRAGMENT; }
          else if (c !== undefined) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(cps, pointer)) shortenPath(url);
            else url.path = [];
            state = S.PATH;
            pointer--;
          }
        } else {
          state = S.PATH;
          pointer--;
        }
        break;
      case S.FILE_SLASH:
        if (c === "/" || c === "\\") {
          state = S.FILE_HOST;
        } else {
          if (base && base.scheme === "file") {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(cps, pointer) && base.path.length > 0 && isNormalizedWindowsDriveLetter(base.path[0])) {
              url.path.push(base.path[0]);
            }
          }
          state = S.PATH;
          pointer--;
        }
        break;
      case S.FILE_HOST:
        if (c === undefined || c === "/" || c === "\\" || c === "?" || c === "#") {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            state = S.PATH;
          } else if (buffer === "") {
            url.host = "";
            if (stateOverride) return undefined;
            state = S.PATH_START;
          } else {
            let host = parseHost(buffer, false);
            if (host === URL_FAILURE) return URL_FAILURE;
            if (host === "localhost") host = "";
            url.host = host;
            if (stateOverride) return undefined;
            buffer = "";
            state = S.PATH_START;
          }
        } else {
          buffer += c;
        }
        break;
      case S.PATH_START:
        if (isSpecial(url)) {
          state = S.PATH;
          if (c !== "/" && c !== "\\") pointer--;
        } else if (!stateOverride && c === "?") {
          url.query = "";
          state = S.QUERY;
        } else if (!stateOverride && c === "#") {
          url.fragment = "";
          state = S.FRAGMENT;
        } else if (c !== undefined) {
          state = S.PATH;
          if (c !== "/") pointer--;
        } else if (stateOverride && url.host === null) {
          url.path.push("");
        }
        break;
      case S.PATH: {
        const slash = c === "/" || (isSpecial(url) && c === "\\");
        if (c === undefined || slash || (!stateOverride && (c === "?" || c === "#"))) {
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push("");
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push("");
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === "file" && url.path.length === 0 && isWindowsDriveLetter(buffer)) buffer = buffer[0] + ":";
            url.path.push(buffer);
          }
          buffer = "";
          if (c === "?") { url.query = ""; state = S.QUERY; }
          if (c === "#") { url.fragment = ""; state = S.FRAGMENT; }
        } else {
          buffer += percentEncodeCodePoint(c, PATH_SET);
        }
        break;
      }
      case S.OPAQUE_PATH:
        if (c === "?") { url.query = ""; state = S.QUERY; }
        else if (c === "#") { url.fragment = ""; state = S.FRAGMENT; }
        else if (c === " ") {
          const next = cps[pointer + 1];
          url.path += next === "?" || next === "#" ? "%20" : " ";
        } else if (c !== undefined) {
          url.path += percentEncodeCodePoint(c, C0_CONTROL_SET);
        }
        break;
      case S.QUERY:
        if ((!stateOverride && c === "#") || c === undefined) {
          url.query += percentEncodeString(buffer, isSpecial(url) ? SPECIAL_QUERY_SET : QUERY_SET);
          buffer = "";
          if (c === "#") { url.fragment = ""; state = S.FRAGMENT; }
        } else {
          buffer += c;
        }
        break;
      case S.FRAGMENT:
        if (c !== undefined) url.fragment += percentEncodeCodePoint(c, FRAGMENT_SET);
        break;
    }
  }
  return stateOverride ? undefined : url;
}

// The plainest absolute URLs: http(s) or ws(s), a lower-case domain whose last label starts with
// a letter (so never an IPv4 address) or a canonical dotted-quad, an optional port, path segments
// that are never dot segments, and a query and fragment without characters the parser would
// percent-encode. For these the full parser's record is the input cut into parts (port 0-65535
// and not the scheme's default, "/" for an empty path, no "xn--" label to validate). Anything
// else, and anything doubtful, takes the full parser. A scan of code units rather than a regular
// expression: the engine's first regular expression costs a cold JVM about 0.2 s, which a worker
// that uses none would pay for its first request.
// the characters besides ASCII letters and digits that each part keeps as they are
const PLAIN_PATH_SYMBOLS = "-_~!$&'()*+,;=:@%.";
const PLAIN_QUERY_SYMBOLS = "-._~!$&()*+,;=:@/?%";
const PLAIN_FRAGMENT_SYMBOLS = "-._~!$&'()*+,;=:@/?%";

/** The scheme a plain URL starts with (followed by "://"), or null. */
function plainScheme(input) {
  if (input.startsWith("https://")) return "https";
  if (input.startsWith("http://")) return "http";
  if (input.startsWith("wss://")) return "wss";
  if (input.startsWith("ws://")) return "ws";
  return null;
}

/** Whether code unit c is a-z, 0-9 or "-" (a plain domain label's characters). */
function isPlainLabelChar(c) {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}

/** Whether text (all digits) is an IPv4 octet in canonical form: 0-255, no leading zero. */
function isCanonicalOctet(text) {
  return text.length > 0 && text.length <= 3 && (text.length === 1 || text.charCodeAt(0) !== 48) && Number(text) <= 255;
}

/**
 * Whether host (made of plain label characters and dots) is a plain domain (labels of a-z, 0-9
 * and inner "-", the last starting with a letter) or a canonical dotted-quad.
 */
function isPlainHost(host) {
  const labels = host.split(".");
  let numeric = 0;
  for (const label of labels) {
    if (label.length === 0 || label.charCodeAt(0) === 45 || label.charCodeAt(label.length - 1) === 45) return false;
    let digits = true;
    for (let i = 0; i < label.length && digits; i++) digits = label.charCodeAt(i) <= 57 && label.charCodeAt(i) !== 45;
    if (digits) numeric++;
  }
  const last = labels[labels.length - 1].charCodeAt(0);
  if (last >= 97 && last <= 122) return true;
  return numeric === 4 && labels.length === 4 && labels.every(isCanonicalOctet);
}

/** The end of the run of code units from `at` that are ASCII letters, digits or `symbols`. */
function plainRunEnd(input, at, symbols) {
  while (at < input.length) {
    const c = input.charCodeAt(at);
    if (!isAsciiAlphanumeric(c) && (c >= 128 || !symbols.includes(input[at]))) break;
    at++;
  }
  return at;
}

/** The record of a plain absolute URL (see PLAIN_PATH_SYMBOLS), or null when the full parser must decide. */
function parsePlainUrl(input) {
  const scheme = plainScheme(input);
  if (scheme === null) return null;
  const length = input.length;
  const hostStart = scheme.length + 3;
  let at = hostStart;
  while (at < length && (isPlainLabelChar(input.charCodeAt(at)) || input.charCodeAt(at) === 46)) at++;
  const host = input.slice(hostStart, at);
  if (host.length === 0 || host.includes("xn--") || !isPlainHost(host)) return null;
  let port = null;
  if (at < length && input.charCodeAt(at) === 58) {
    const portStart = ++at;
    while (at < length && input.charCodeAt(at) >= 48 && input.charCodeAt(at) <= 57) at++;
    if (at === portStart || at - portStart > 5) return null;
    port = Number(input.slice(portStart, at));
    if (port > 65535) return null;
    if (port === SPECIAL_SCHEMES[scheme]) port = null;
  }
  const pathStart = at;
  while (at < length && input.charCodeAt(at) === 47) {
    const segment = ++at;
    // no dot segment: "." or "%2e" (either case) may not start one
    if (at < length && (input.charCodeAt(at) === 46 || (input.charCodeAt(at) === 37 && input.charCodeAt(at + 1) === 50 && (input.charCodeAt(at + 2) | 32) === 101))) return null;
    at = plainRunEnd(input, segment, PLAIN_PATH_SYMBOLS);
  }
  const path = at === pathStart ? [""] : input.slice(pathStart + 1, at).split("/");
  let query = null;
  if (at < length && input.charCodeAt(at) === 63) {
    const end = plainRunEnd(input, at + 1, PLAIN_QUERY_SYMBOLS);
    query = input.slice(at + 1, end);
    at = end;
  }
  let fragment = null;
  if (at < length && input.charCodeAt(at) === 35) {
    const end = plainRunEnd(input, at + 1, PLAIN_FRAGMENT_SYMBOLS);
    fragment = input.slice(at + 1, end);
    at = end;
  }
  if (at !== length) return null;
  return { scheme, username: "", password: "", host, port, path, query, fragment };
}

// The records of recently parsed plain URLs by their text (a worker parses `request.url` on every
// request): a hit hands out a copy, since a URL's setters change its record in place.
const PLAIN_URLS = new Map();
const PLAIN_URLS_MAX = 256;

function parsePlainUrlCached(input) {
  let plain = PLAIN_URLS.get(input);
  if (plain === undefined) {
    plain = parsePlainUrl(input);
    if (PLAIN_URLS.size >= PLAIN_URLS_MAX) PLAIN_URLS.delete(PLAIN_URLS.keys().next().value);
    PLAIN_URLS.set(input, plain);
  }
  return plain === null ? null : { ...plain, path: plain.path.slice() };
}

/** The URL parser: base parsed first; URL_FAILURE when either fails. */
function parseUrlRecord(input, base) {
  if (base === undefined && typeof input === "string") {
    const plain = parsePlainUrlCached(input);
    if (plain !== null) return plain;
  }
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicUrlParse(toUSVString(base), null);
    if (baseRecord === URL_FAILURE) return URL_FAILURE;
  }
  return basicUrlParse(toUSVString(input), baseRecord);
}

function serializePath(r) {
  if (hasOpaquePath(r)) return r.path;
  let out = "";
  for (const segment of r.path) out += "/" + segment;
  return out;
}

function serializeUrlRecord(r, excludeFragment = false) {
  let out = r.scheme + ":";
  if (r.host !== null) {
    out += "//";
    if (includesCredentials(r)) {
      out += r.username;
      if (r.password !== "") out += ":" + r.password;
      out += "@";
    }
    out += r.host;
    if (r.port !== null) out += ":" + r.port;
  }
  if (r.host === null && !hasOpaquePath(r) && r.path.length > 1 && r.path[0] === "") out += "/.";
  out += serializePath(r);
  if (r.query !== null) out += "?" + r.query;
  if (!excludeFragment && r.fragment !== null) out += "#" + r.fragment;
  return out;
}

function serializeOrigin(r) {
  switch (r.scheme) {
    case "blob": {
      const inner = basicUrlParse(serializePath(r), null);
      if (inner !== URL_FAILURE && (inner.scheme === "http" || inner.scheme === "https")) return serializeOrigin(inner);
      return "null";
    }
    case "ftp": case "http": case "https": case "ws": case "wss":
      return r.scheme + "://" + r.host + (r.port !== null ? ":" + r.port : "");
    default:
      return "null";
  }
}

function invalidUrl() {
  return new TypeError("Invalid URL string.");
}

const kUrlRecord = Symbol("url record");
const kUrlParams = Symbol("url search params");

/**
 * A URL's URLSearchParams is made on the first read of `searchParams` (most URLs never need
 * one); until then there is nothing to update when the query changes.
 */
function resetLinkedSearchParams(url, query) {
  const params = url[kUrlParams];
  if (params !== undefined) resetSearchParams(params, query);
}

class URL {
  constructor(url, base = undefined) {
    if (arguments.length === 0) throw new TypeError("Failed to construct 'URL': constructor parameter 1 is not of type 'USVString'.");
    const record = parseUrlRecord(url, base);
    if (record === URL_FAILURE) throw invalidUrl();
    Object.defineProperty(this, kUrlRecord, { value: record, writable: true, enumerable: false });
  }
  static canParse(url = undefined, base = undefined) {
    if (arguments.length === 0) throw new TypeError("Failed to execute 'canParse' on 'URL': parameter 1 is not of type 'USVString'.");
    return parseUrlRecord(url, base) !== URL_FAILURE;
  }
  static parse(url = undefined, base = undefined) {
    if (arguments.length === 0) throw new TypeError("Failed to execute 'parse' on 'URL': parameter 1 is not of type 'USVString'.");
    try { return new URL(url, base); } catch { return null; }
  }
  static createObjectURL() {
    throw new Error("URL.createObjectURL() is not implemented");
  }
  static revokeObjectURL() {
    throw new Error("URL.revokeObjectURL() is not implemented");
  }
  get origin() { return serializeOrigin(urlRecord(this)); }
  get href() { return serializeUrlRecord(urlRecord(this)); }
  set href(value) {
    const record = basicUrlParse(toUSVString(value), null);
    if (record === URL_FAILURE) throw new TypeError("Failed to set the 'href' property on 'URL': the provided value is not of type 'valid URL string'.");
    this[kUrlRecord] = record;
    resetLinkedSearchParams(this, record.query ?? "");
  }
  get protocol() { return urlRecord(this).scheme + ":"; }
  set protocol(value) { basicUrlParse(toUSVString(value) + ":", null, urlRecord(this), S.SCHEME_START); }
  get username() { return urlRecord(this).username; }
  set username(value) {
    const r = urlRecord(this);
    if (cannotHaveCredentialsOrPort(r)) return;
    r.username = percentEncodeString(toUSVString(value), USERINFO_SET);
  }
  get password() { return urlRecord(this).password; }
  set password(value) {
    const r = urlRecord(this);
    if (cannotHaveCredentialsOrPort(r)) return;
    r.password = percentEncodeString(toUSVString(value), USERINFO_SET);
  }
  get host() {
    const r = urlRecord(this);
    if (r.host === null) return "";
    return r.port === null ? r.host : r.host + ":" + r.port;
  }
  set host(value) {
    const r = urlRecord(this);
    if (hasOpaquePath(r)) return;
    basicUrlParse(toUSVString(value), null, r, S.HOST);
  }
  get hostname() { return urlRecord(this).host ?? ""; }
  set hostname(value) {
    const r = urlRecord(this);
    if (hasOpaquePath(r)) return;
    basicUrlParse(toUSVString(value), null, r, S.HOSTNAME);
  }
  get port() { const p = urlRecord(this).port; return p === null ? "" : String(p); }
  set port(value) {
    const r = urlRecord(this);
    if (cannotHaveCredentialsOrPort(r)) return;
    const text = toUSVString(value);
    if (text === "") r.port = null;
    else basicUrlParse(text, null, r, S.PORT);
  }
  get pathname() { return serializePath(urlRecord(this)); }
  set pathname(value) {
    const r = urlRecord(this);
    if (hasOpaquePath(r)) return;
    r.path = [];
    basicUrlParse(toUSVString(value), null, r, S.PATH_START);
  }
  get search() { const q = urlRecord(this).query; return q === null || q === "" ? "" : "?" + q; }
  set search(value) {
    const r = urlRecord(this);
    const text = toUSVString(value);
    if (text === "") {
      r.query = null;
      resetLinkedSearchParams(this, "");
      stripTrailingSpacesFromOpaquePath(r);
      return;
    }
    const input = text[0] === "?" ? text.slice(1) : text;
    r.query = "";
    basicUrlParse(input, null, r, S.QUERY);
    resetLinkedSearchParams(this, input);
  }
  get hash() { const f = urlRecord(this).fragment; return f === null || f === "" ? "" : "#" + f; }
  set hash(value) {
    const r = urlRecord(this);
    const text = toUSVString(value);
    if (text === "") {
      r.fragment = null;
      stripTrailingSpacesFromOpaquePath(r);
      return;
    }
    r.fragment = "";
    basicUrlParse(text[0] === "#" ? text.slice(1) : text, null, r, S.FRAGMENT);
  }
  get searchParams() {
    const record = urlRecord(this);
    let params = this[kUrlParams];
    if (params === undefined) {
      params = newLinkedSearchParams(this, record.query);
      Object.defineProperty(this, kUrlParams, { value: params, enumerable: false });
    }
    return params;
  }
  toJSON() { return serializeUrlRecord(urlRecord(this)); }
  toString() { return serializeUrlRecord(urlRecord(this)); }
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: "URL", configurable: true });

function urlRecord(url) {
  const record = url?.[kUrlRecord];
  if (!record) throw illegalInvocation();
  return record;
}

/** Called by a linked URLSearchParams when its list changes. */
function updateUrlQuery(url, serialized) {
  const r = urlRecord(url);
  r.query = serialized === "" ? null : serialized;
  if (r.query === null) stripTrailingSpacesFromOpaquePath(r);
}

internals.parseUrl = (input, base) => {
  const record = parseUrlRecord(input, base);
  return record === URL_FAILURE ? null : record;
};
internals.serializeUrl = serializeUrlRecord;

const URLConstructor = newOnly(URL, "URL");
defineGlobal("URL", URLConstructor);
// workerd's original URL class (url_original, before 2022-10-31) has no canParse or parse (recorded)
onConfigure(() => {
  if (compatFlag("url_standard", "2022-10-31", "url_original")) return;
  delete URLConstructor.canParse;
  delete URLConstructor.parse;
});
