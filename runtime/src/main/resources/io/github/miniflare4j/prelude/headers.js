// Headers: case-insensitive, sorted iteration, set-cookie kept apart, guards for immutability.

// @imports kState, defineGlobal, illegalInvocation, newOnly, utf8Encoder, utf8Decoder, onConfigure, compatFlag from core.js
// @imports isHttpToken, trimHttpWhitespace, isAsciiOnly from text.js
// @imports iteratorFamily, KEY_ITERATOR, VALUE_ITERATOR, ENTRY_ITERATOR from url-search-params.js
// @exports Headers, flattenHeaders, joinHeaders, headersFromFlat, headersFromJoined, headersWithField, freezeHeaders, copyHeadersGuard, kAdoptHeaders, checkHeadersField

const kFlatFields = Symbol("flat fields");
const kJoinedFields = Symbol("joined fields");
const kFromJoined = Symbol("from joined fields");
const kAddChecked = Symbol("add checked field");

/** Marks a RequestInit or ResponseInit whose `headers` is a fresh Headers object the new object may keep. */
const kAdoptHeaders = Symbol("adoptHeaders");


/**
 * The header names workerd's HTTP layer (kj) indexes: the HTTP/2 static table's names, kj's own and
 * a few of workerd's. kj keeps an empty value of such a name as no value at all, so the field is
 * lost wherever headers cross it (a service binding, a response to the caller, the Cache API);
 * fields of other names keep their empty value (recorded). Built on first need.
 */
let indexedHeaderNames = null;

function isIndexedHeaderName(key) {
  indexedHeaderNames ??= new Set(("accept accept-charset accept-encoding accept-language accept-ranges access-control-allow-origin "
    + "age allow authorization cache-control cf-cache-status cf-ray connection content-disposition content-encoding "
    + "content-language content-length content-location content-range content-type cookie date etag expect expires from "
    + "host if-match if-modified-since if-none-match if-range if-unmodified-since keep-alive last-modified link location "
    + "max-forwards origin pragma proxy-authenticate proxy-authorization range referer refresh retry-after "
    + "sec-websocket-accept sec-websocket-extensions sec-websocket-key sec-websocket-protocol sec-websocket-version server "
    + "set-cookie strict-transport-security te trailer transfer-encoding upgrade user-agent vary via www-authenticate").split(" "));
  return indexedHeaderNames.has(key);
}

/** A name or value as a string, as WebIDL converts it (a Symbol throws, unlike String(symbol)). */
function toText(value) {
  return typeof value === "string" ? value : `${value}`;
}

/** The value without leading and trailing HTTP whitespace (most values have none: no regex then). */
function normalizeHeaderValue(value) {
  const text = toText(value);
  if (text.length === 0) return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first !== 32 && first !== 9 && first !== 10 && first !== 13 && last !== 32 && last !== 9 && last !== 10 && last !== 13) return text;
  return trimHttpWhitespace(text);
}

// Names that passed the token check, with their lower-case form: the same few names come with
// every request and response, and the check is costly in the interpreter. Bounded.
const FIELD_KEYS = new Map();
const FIELD_KEYS_MAX = 1024;

// Keys of names with characters beyond ASCII -> the name their fields show (see nonAsciiKey).
const NON_ASCII_NAMES = new Map();

/** The lower-case key of a header name; throws workerd's error for a name that is no token. */
function fieldKey(name) {
  let key = FIELD_KEYS.get(name);
  if (key === undefined) {
    // workerd accepts the empty name (recorded)
    if (name.length !== 0 && !isHttpToken(name)) {
      if (isAsciiOnly(name)) throw new TypeError("Invalid header name.");
      key = nonAsciiKey(name);
    } else {
      key = name.toLowerCase();
    }
    if (FIELD_KEYS.size < FIELD_KEYS_MAX) FIELD_KEYS.set(name, key);
  }
  return key;
}

/**
 * The key of a name with characters beyond ASCII, which workerd accepts when its ASCII characters
 * are token characters: it lower-cases the name's UTF-8 bytes one by one as Latin-1 letters
 * (A-Z and 0xC0-0xDE but 0xD7), so a two-byte sequence can turn invalid and show as U+FFFD
 * (recorded). The key is those bytes as a Latin-1 string; the name shown is their UTF-8 decoding.
 */
function nonAsciiKey(name) {
  const ascii = name.replace(/[^\x00-\x7f]/g, "");
  if (ascii.length !== 0 && !isHttpToken(ascii)) throw new TypeError("Invalid header name.");
  const bytes = utf8Encoder.encode(name);
  let key = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0xc0 && b <= 0xde && b !== 0xd7)) bytes[i] = b + 0x20;
    key += String.fromCharCode(bytes[i]);
  }
  if (!NON_ASCII_NAMES.has(key) && NON_ASCII_NAMES.size < FIELD_KEYS_MAX) NON_ASCII_NAMES.set(key, utf8Decoder.decode(bytes));
  return key;
}

/** The name a key's fields show. */
function shownName(key) {
  return NON_ASCII_NAMES.size === 0 ? key : NON_ASCII_NAMES.get(key) ?? key;
}

/** workerd's TypeError when a Headers method gets fewer arguments than it needs. */
function headerArgs(method, args, needed) {
  if (args.length < needed) throw new TypeError(`Failed to execute '${method}' on 'Headers': parameter ${args.length + 1} is not of type 'string'.`);
}

/**
 * The `headers` member of a Request's or Response's init, refused as workerd refuses it when it is
 * no object (`dict` names the dictionary in the message); returned as given otherwise.
 */
function checkHeadersField(value, dict) {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) {
    throw new TypeError(`Incorrect type for the 'headers' field on '${dict}': the provided value is not of type 'Headers or Sequence or object'.`);
  }
  return value;
}

/** The values a name shows when iterated: each Set-Cookie apart, any other name's joined. */
function fieldValues(name, values) {
  if (name === "set-cookie") return values;
  return [values.length === 1 ? values[0] : values.join(", ")];
}

function hasEmptyValue(values) {
  for (let i = 0; i < values.length; i++) if (values[i].length === 0) return true;
  return false;
}

/**
 * The values of an indexed name as kj holds them: an empty value counts as none, so a value
 * added to it replaces it ("" then "x" is "x", "x" then "" is "x, "), and nothing is left of
 * empty values alone; Set-Cookie values stay apart, the empty ones dropped (recorded).
 */
function indexedFieldValues(name, values) {
  if (name === "set-cookie") return values.filter((value) => value.length > 0);
  let combined = "";
  for (let i = 0; i < values.length; i++) combined = combined.length === 0 ? values[i] : combined + ", " + values[i];
  return combined.length === 0 ? [] : [combined];
}

class Headers {
  /** Whether `o` is one of this class's objects: the receiver check of every member. */
  static #is(o) { return typeof o === "object" && o !== null && #map in o; }
  // lower-case name -> { name, values: [] }; made on first use (see #fields)
  #map = null;
  // fields that came from Java already checked: "name\0value\0name\0value", read into #map on first use
  #joined = null;
  #guard = "none";
  constructor(init = undefined) {
    if (init === undefined) return;
    if (init instanceof Headers) {
      const map = this.#fields();
      for (const [name, entry] of init.#fields()) map.set(name, { name: entry.name, values: [...entry.values] });
    } else if (init === null || (typeof init !== "object" && typeof init !== "function")) {
      throw new TypeError("Failed to construct 'Headers': constructor parameter 1 is not of type 'Headers or Sequence or object'.");
    } else if (typeof init[Symbol.iterator] === "function") {
      for (const pair of init) {
        if (pair === null || typeof pair !== "object" || typeof pair[Symbol.iterator] !== "function") {
          throw new TypeError("Incorrect type: the provided value is not of type 'Sequence'.");
        }
        const entry = [...pair];
        if (entry.length !== 2) throw new TypeError("To initialize a Headers object from a sequence, each inner sequence must have exactly two elements.");
        this.append(entry[0], entry[1]);
      }
    } else {
      // a function is a record too (workerd: new Headers(function () {}) is empty)
      for (const key of Object.keys(init)) this.append(key, init[key]);
    }
  }
  static [kState](headers, guard) { if (guard !== undefined) headers.#guard = guard; return headers.#guard; }
  /**
   * Headers holding fields Java checked as this class would (lower-case token names, values
   * without surrounding whitespace, NUL, CR or LF), joined with NUL: most workers never read the
   * headers of a request, so they are only split and indexed on first use.
   */
  static [kFromJoined](joined) {
    const headers = new Headers();
    if (joined.length > 0) headers.#joined = joined;
    return headers;
  }
  /**
   * Adds a field the prelude itself made (a lower-case name and a value that need no checks) to
   * headers it just created, bypassing the checks and the guard.
   */
  static [kAddChecked](headers, key, value) {
    const map = headers.#fields();
    const entry = map.get(key);
    if (entry) entry.values.push(value);
    else map.set(key, { name: key, values: [value] });
    return headers;
  }
  /** The name -> entry map, built on first use (from the joined fields when there are some). */
  #fields() {
    let map = this.#map;
    if (map === null) {
      map = this.#map = new Map();
      const joined = this.#joined;
      if (joined !== null) {
        this.#joined = null;
        const parts = joined.split("\0");
        for (let i = 0; i + 1 < parts.length; i += 2) {
          const key = parts[i];
          const entry = map.get(key);
          if (entry) entry.values.push(parts[i + 1]);
          else map.set(key, { name: key, values: [parts[i + 1]] });
        }
      }
    }
    return map;
  }
  /** The names in iteration order. */
  #sortedNames() {
    const names = Array.from(this.#fields().keys());
    return names.length > 1 ? names.sort() : names;
  }
  /** The fields as a flat [name, value, ...] array in iteration order, without the iterator protocol. */
  static [kFlatFields](headers) {
    const names = headers.#sortedNames();
    const map = headers.#map;
    const flat = [];
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const entry = map.get(name);
      const values = fieldValues(name, entry.values);
      for (let j = 0; j < values.length; j++) flat.push(entry.name, values[j]);
    }
    return flat;
  }
  /** The fields in iteration order as one string for Java: "name\0value\0..."; "" for none. */
  static [kJoinedFields](headers) {
    if (headers.#map === null) {
      // fields from Java, never read: Java's order may differ from ours, so sort unless one
      if (headers.#joined === null) return "";
      if (headers.#joined.indexOf("\0", headers.#joined.indexOf("\0") + 1) < 0) return headers.#joined;
    }
    const names = headers.#sortedNames();
    const map = headers.#map;
    let joined = "";
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const entry = map.get(name);
      const values = hasEmptyValue(entry.values) && isIndexedHeaderName(name) ? indexedFieldValues(name, entry.values) : fieldValues(name, entry.values);
      for (let j = 0; j < values.length; j++) joined = joined.length === 0 ? entry.name + "\0" + values[j] : joined + "\0" + entry.name + "\0" + values[j];
    }
    return joined;
  }
  /** Checks a name (and value) for a change; returns the name's key. */
  #check(name, value) {
    const key = fieldKey(name);
    if (value !== undefined && (value.includes("\0") || value.includes("\n") || value.includes("\r"))) throw new TypeError("Invalid header value.");
    if (this.#guard === "immutable") throw new TypeError("Can't modify immutable headers.");
    return key;
  }
  get(name = undefined) {
    if (!Headers.#is(this)) throw illegalInvocation();
    if (name === undefined) headerArgs("get", arguments, 1);
    const entry = this.#fields().get(fieldKey(toText(name)));
    return entry ? entry.values.join(", ") : null;
  }
  getAll(name = undefined) {
    if (!Headers.#is(this)) throw illegalInvocation();
    if (name === undefined) headerArgs("getAll", arguments, 1);
    name = toText(name).toLowerCase();
    if (name !== "set-cookie") throw new TypeError("getAll() can only be used with the header name \"Set-Cookie\".");
    return this.#setCookies();
  }
  getSetCookie() { if (!Headers.#is(this)) throw illegalInvocation(); return this.#setCookies(); }
  has(name = undefined) {
    if (!Headers.#is(this)) throw illegalInvocation();
    if (name === undefined) headerArgs("has", arguments, 1);
    return this.#fields().has(fieldKey(toText(name)));
  }
  set(name = undefined, value) {
    if (!Headers.#is(this)) throw illegalInvocation();
    if (value === undefined) headerArgs("set", arguments, 2);
    name = toText(name); value = normalizeHeaderValue(value);
    const key = this.#check(name, value);
    this.#fields().set(key, { name: shownName(key), values: [value] });
  }
  // arguments are counted only when one is missing: reading them costs in the interpreter
  append(name = undefined, value) {
    if (!Headers.#is(this)) throw illegalInvocation();
    if (value === undefined) headerArgs("append", arguments, 2);
    name = toText(name); value = normalizeHeaderValue(value);
    const key = this.#check(name, value);
    const map = this.#fields();
    const entry = map.get(key);
    if (entry) entry.values.push(value);
    else map.set(key, { name: shownName(key), values: [value] });
  }
  #setCookies() {
    const entry = this.#fields().get("set-cookie");
    return entry ? [...entry.values] : [];
  }
  delete(name = undefined) {
    if (!Headers.#is(this)) throw illegalInvocation();
    if (name === undefined) headerArgs("delete", arguments, 1);
    name = toText(name);
    const key = this.#check(name);
    this.#fields().delete(key);
  }
  forEach(callback = undefined, thisArg) {
    if (!Headers.#is(this)) throw illegalInvocation();
    if (typeof callback !== "function") throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'function'.");
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }
  entries() { if (!Headers.#is(this)) throw illegalInvocation(); return headersIterator(this.#pairs(), ENTRY_ITERATOR, (p) => p); }
  keys() { if (!Headers.#is(this)) throw illegalInvocation(); return headersIterator(this.#pairs(), KEY_ITERATOR, (p) => p[0]); }
  values() { if (!Headers.#is(this)) throw illegalInvocation(); return headersIterator(this.#pairs(), VALUE_ITERATOR, (p) => p[1]); }
  /** The [name, value] pairs in iteration order, taken when an iterator is made (workerd's iterators are snapshots). */
  #pairs() {
    const pairs = [];
    const names = this.#sortedNames();
    const map = this.#fields();
    for (const name of names) {
      const entry = map.get(name);
      if (!entry) continue;
      for (const v of fieldValues(name, entry.values)) pairs.push([entry.name, v]);
    }
    return pairs;
  }
  [Symbol.iterator]() { if (!Headers.#is(this)) throw illegalInvocation(); return this.entries(); }
  get [Symbol.toStringTag]() { return "Headers"; }
}

/** An iterator over a snapshot of pairs, tagged as workerd's (KeyIterator, ValueIterator, EntryIterator). */
function headersIterator(pairs, kind, project) {
  let index = 0;
  return newHeadersIterator(kind, () => index < pairs.length ? { value: project(pairs[index++]), done: false } : { value: undefined, done: true });
}
const newHeadersIterator = iteratorFamily();

/**
 * Headers as a flat [name, value, ...] array, every field of repeated names kept: what iterating
 * them yields, read directly (generators are slow in the interpreter, and this runs for every
 * request and response that crosses to Java).
 */
function flattenHeaders(headers) {
  return Headers[kFlatFields](headers);
}

/** Headers from a flat [name, value, ...] array (Java side), repeated names appended. */
/**
 * Headers as one string for Java, "name\0value\0..." in iteration order ("" for none): one value
 * crosses instead of an array read element by element. No name or value holds a NUL.
 */
function joinHeaders(headers) {
  return Headers[kJoinedFields](headers);
}

/** Headers from fields Java joined with NUL after checking them as Headers would (see kFromJoined). */
function headersFromJoined(joined) {
  return Headers[kFromJoined](joined);
}

/** New headers holding one field the prelude made: a lower-case name, a value that needs no checks. */
function headersWithField(key, value) {
  return Headers[kAddChecked](new Headers(), key, value);
}

function headersFromFlat(flat) {
  const headers = new Headers();
  for (let i = 0; i + 1 < flat.length; i += 2) headers.append(flat[i], flat[i + 1]);
  return headers;
}

function freezeHeaders(headers) {
  Headers[kState](headers, "immutable");
  return headers;
}

/** Gives `copy` the guard of `source`: a clone's headers are as immutable as the original's (recorded). */
function copyHeadersGuard(source, copy) {
  Headers[kState](copy, Headers[kState](source));
}

defineGlobal("Headers", newOnly(Headers, "Headers"));
// Headers.getSetCookie() comes with http_headers_getsetcookie (2023-03-01) (recorded)
onConfigure(() => {
  if (!compatFlag("http_headers_getsetcookie", "2023-03-01", "no_http_headers_getsetcookie")) delete Headers.prototype.getSetCookie;
});
