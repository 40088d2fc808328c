// Small scans of strings that the prelude would otherwise write as regular expressions. A cold
// JVM pays about 0.2 s for the engine's first regular expressions (GraalJS builds each with
// TRegex, whose code HotSpot has not compiled yet), and a worker that uses none itself would pay
// it on its first request; so the request path, URL parsing and the prelude's own start use none.

// @exports isAsciiDigits, isCanonicalIndex, isHttpToken, trimHttpWhitespace, trimHttpWhitespaceEnd, isAsciiAlphanumeric, containsAsciiOf, isAsciiOnly

/** Whether text is one or more ASCII digits. */
function isAsciiDigits(text) {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Whether key is the canonical form of an array index's digits: "0", or digits not starting with 0. */
function isCanonicalIndex(key) {
  return isAsciiDigits(key) && (key.length === 1 || key.charCodeAt(0) !== 48);
}

// the characters of an HTTP token (RFC 9110) besides letters and digits
const TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

/** Whether text is an HTTP token: one or more of its characters. */
function isHttpToken(text) {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const alphanumeric = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (!alphanumeric && (c >= 128 || !TOKEN_SYMBOLS.includes(text[i]))) return false;
  }
  return true;
}

const isHttpWhitespace = (c) => c === 32 || c === 9 || c === 10 || c === 13;

/** text without leading and trailing HTTP whitespace (space, tab, CR, LF). */
function trimHttpWhitespace(text) {
  let start = 0;
  let end = text.length;
  while (start < end && isHttpWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isHttpWhitespace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** text without trailing HTTP whitespace. */
function trimHttpWhitespaceEnd(text) {
  let end = text.length;
  while (end > 0 && isHttpWhitespace(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Whether code unit c is an ASCII letter or digit. */
function isAsciiAlphanumeric(c) {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

/**
 * Whether text holds one of the characters of `symbols` (ASCII, no letter or digit) or, with
 * `controls`, a C0 control or DEL. (Sets as strings, not tables: a table costs every Context
 * that builds it more than the scans it would speed up.)
 */
function containsAsciiOf(text, symbols, controls) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || isAsciiAlphanumeric(c)) continue;
    if ((controls && (c < 0x20 || c === 0x7f)) || symbols.includes(text[i])) return true;
  }
  return false;
}

/** Whether every code unit of text is ASCII (below U+0080). */
function isAsciiOnly(text) {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}
