// Headers: case-insensitive, sorted iteration, set-cookie kept apart, guards for immutability.

// @imports kState, defineGlobal from core.js
// @exports Headers, flattenHeaders, headersFromFlat, freezeHeaders

const kFlatFields = Symbol("flat fields");

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function normalizeHeaderValue(value) {
  return String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "");
}

/** workerd's TypeError when a Headers method gets fewer arguments than it needs. */
function headerArgs(method, args, needed) {
  if (args.length < needed) throw new TypeError(`Failed to execute '${method}' on 'Headers': parameter ${args.length + 1} is not of type 'string'.`);
}

/** The values a name shows when iterated: each Set-Cookie apart, any other name's joined. */
function fieldValues(name, values) {
  if (name === "set-cookie") return values;
  return [values.length === 1 ? values[0] : values.join(", ")];
}

class Headers {
  #map = new Map(); // lower-case name -> { name, values: [] }
  #guard = "none";
  constructor(init = undefined) {
    if (init == null) return;
    if (init instanceof Headers) {
      for (const [name, entry] of init.#map) this.#map.set(name, { name: entry.name, values: [...entry.values] });
    } else if (typeof init === "object" && typeof init[Symbol.iterator] === "function") {
      for (const pair of init) {
        if (pair === null || typeof pair !== "object" || typeof pair[Symbol.iterator] !== "function") {
          throw new TypeError("Incorrect type: the provided value is not of type 'Sequence'.");
        }
        const entry = [...pair];
        if (entry.length !== 2) throw new TypeError("To initialize a Headers object from a sequence, each inner sequence must have exactly two elements.");
        this.append(entry[0], entry[1]);
      }
    } else if (typeof init === "object") {
      for (const key of Object.keys(init)) this.append(key, init[key]);
    } else {
      throw new TypeError("Failed to construct 'Headers': constructor parameter 1 is not of type 'Headers or Sequence or object'.");
    }
  }
  static [kState](headers, guard) { headers.#guard = guard; return headers; }
  /** The fields as a flat [name, value, ...] array in iteration order, without the iterator protocol. */
  static [kFlatFields](headers) {
    const names = [...headers.#map.keys()].sort();
    const flat = [];
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const values = fieldValues(name, headers.#map.get(name).values);
      for (let j = 0; j < values.length; j++) flat.push(name, values[j]);
    }
    return flat;
  }
  #check(name, value) {
    if (!TOKEN.test(name)) throw new TypeError("Invalid header name.");
    if (value !== undefined && /[\0\n\r]/.test(value)) throw new TypeError("Invalid header value.");
    if (this.#guard === "immutable") throw new TypeError("Can't modify immutable headers.");
  }
  append(name, value) {
    headerArgs("append", arguments, 2);
    name = String(name); value = normalizeHeaderValue(value);
    this.#check(name, value);
    const key = name.toLowerCase();
    const entry = this.#map.get(key);
    if (entry) entry.values.push(value);
    else this.#map.set(key, { name: key, values: [value] });
  }
  set(name, value) {
    headerArgs("set", arguments, 2);
    name = String(name); value = normalizeHeaderValue(value);
    this.#check(name, value);
    this.#map.set(name.toLowerCase(), { name: name.toLowerCase(), values: [value] });
  }
  delete(name) {
    headerArgs("delete", arguments, 1);
    name = String(name);
    this.#check(name);
    this.#map.delete(name.toLowerCase());
  }
  get(name) {
    headerArgs("get", arguments, 1);
    name = String(name);
    if (!TOKEN.test(name)) throw new TypeError("Invalid header name.");
    const entry = this.#map.get(name.toLowerCase());
    return entry ? entry.values.join(", ") : null;
  }
  getAll(name) {
    headerArgs("getAll", arguments, 1);
    name = String(name).toLowerCase();
    if (name !== "set-cookie") throw new TypeError("getAll() can only be used with the header name \"Set-Cookie\".");
    return this.getSetCookie();
  }
  getSetCookie() {
    const entry = this.#map.get("set-cookie");
    return entry ? [...entry.values] : [];
  }
  has(name) {
    headerArgs("has", arguments, 1);
    name = String(name);
    if (!TOKEN.test(name)) throw new TypeError("Invalid header name.");
    return this.#map.has(name.toLowerCase());
  }
  forEach(callback, thisArg) {
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }
  *entries() {
    const names = [...this.#map.keys()].sort();
    for (const name of names) {
      const entry = this.#map.get(name);
      if (!entry) continue;
      for (const v of fieldValues(name, entry.values)) yield [name, v];
    }
  }
  *keys() { for (const [name] of this.entries()) yield name; }
  *values() { for (const [, value] of this.entries()) yield value; }
  [Symbol.iterator]() { return this.entries(); }
  get [Symbol.toStringTag]() { return "Headers"; }
}

/**
 * Headers as a flat [name, value, ...] array, every field of repeated names kept: what iterating
 * them yields, read directly (generators are slow in the interpreter, and this runs for every
 * request and response that crosses to Java).
 */
function flattenHeaders(headers) {
  return Headers[kFlatFields](headers);
}

/** Headers from a flat [name, value, ...] array (Java side), repeated names appended. */
function headersFromFlat(flat) {
  const headers = new Headers();
  for (let i = 0; i + 1 < flat.length; i += 2) headers.append(flat[i], flat[i + 1]);
  return headers;
}

function freezeHeaders(headers) {
  return Headers[kState](headers, "immutable");
}

defineGlobal("Headers", Headers);
