// URLSearchParams and the application/x-www-form-urlencoded parser and serializer. A params
// object made by a URL stays linked to it: changing one updates the other.

// @imports illegalInvocation, defineGlobal, newOnly, onConfigure, compatFlag, utf8Encoder from core.js
// @imports utf8NoBom, percentDecodeBytes, percentEncodeString, FORM_URLENCODED_SET, HEX_DIGITS, toUSVString, updateUrlQuery from url.js
// @exports parseFormUrlencoded, URLSearchParams, iteratorFamily, KEY_ITERATOR, VALUE_ITERATOR, ENTRY_ITERATOR, newLinkedSearchParams, resetSearchParams

// delete() and has() take their value argument from urlsearchparams_delete_has_value_arg
// (2023-07-01); before, they ignore it (recorded).
const searchParamsCompat = { valueArg: true };
onConfigure(() => {
  searchParamsCompat.valueArg = compatFlag("urlsearchparams_delete_has_value_arg", "2023-07-01", "no_urlsearchparams_delete_has_value_arg");
  iteratorTags = compatFlag("set_tostring_tag", "2024-09-26", "do_not_set_tostring_tag");
  if (!iteratorTags) for (const proto of builtIteratorPrototypes) delete proto[Symbol.toStringTag];
});

/**
 * Parses application/x-www-form-urlencoded text into entries [name, value, rawName, rawValue].
 * workerd holds a name's or value's decoded bytes: when they are not UTF-8 (`%E9`), it reads as
 * text with U+FFFD, serializes as the bytes were (`%E9`, recorded) and equals no string given to
 * get/has/delete/set; rawName/rawValue is then that serialization, otherwise undefined.
 */
function parseFormUrlencoded(text) {
  const list = [];
  for (const sequence of text.split("&")) {
    if (sequence === "") continue;
    const eq = sequence.indexOf("=");
    const name = eq >= 0 ? sequence.slice(0, eq) : sequence;
    const value = eq >= 0 ? sequence.slice(eq + 1) : "";
    const entry = [formDecodeComponent(name), formDecodeComponent(value)];
    if (entry[0].includes("\ufffd")) entry[2] = rawFormComponent(name, entry[0]);
    if (entry[1].includes("\ufffd")) entry[3] = rawFormComponent(value, entry[1]);
    list.push(entry);
  }
  return list;
}

function formDecodeComponent(text) {
  return utf8NoBom.decode(percentDecodeBytes(text.replaceAll("+", " ")));
}

/** The serialization of a component's bytes when they are not the UTF-8 of `decoded`, else undefined. */
function rawFormComponent(text, decoded) {
  const bytes = percentDecodeBytes(text.replaceAll("+", " "));
  const again = utf8Encoder.encode(decoded);
  if (again.length === bytes.length && again.every((b, i) => b === bytes[i])) return undefined;
  let out = "";
  for (const b of bytes) {
    if (b === 0x20) out += "+";
    else if (b < 0x80 && !FORM_URLENCODED_SET(b)) out += String.fromCharCode(b);
    else out += "%" + HEX_DIGITS[b >> 4] + HEX_DIGITS[b & 15];
  }
  return out;
}

/** Whether an entry's name (and value, unless undefined) are exactly these strings. */
const entryIs = (e, name, value) => e[2] === undefined && e[0] === name && (value === undefined || (e[3] === undefined && e[1] === value));

/** Serializes entries as application/x-www-form-urlencoded. */
function serializeFormUrlencoded(list) {
  return list.map((e) => (e[2] ?? percentEncodeString(e[0], FORM_URLENCODED_SET, true)) + "=" + (e[3] ?? percentEncodeString(e[1], FORM_URLENCODED_SET, true))).join("&");
}

function requireArgs(method, args, count) {
  if (args.length < count) {
    throw new TypeError(`Failed to execute '${method}' on 'URLSearchParams': parameter ${args.length + 1} is not of type 'USVString'.`);
  }
}

const kParamsList = Symbol("params list");
const kParamsUrl = Symbol("params url");

class URLSearchParams {
  constructor(init = "") {
    let list = [];
    if (init !== null && (typeof init === "object" || typeof init === "function")) {
      if (typeof init[Symbol.iterator] === "function") {
        for (const pair of init) {
          if (pair === null || (typeof pair !== "object" && typeof pair !== "function") || typeof pair[Symbol.iterator] !== "function") {
            throw new TypeError("Incorrect type: the provided value is not of type 'Sequence'.");
          }
          const entry = [...pair];
          if (entry.length !== 2) throw new TypeError("Invalid URL search params sequence.");
          list.push([toUSVString(entry[0]), toUSVString(entry[1])]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable || typeof key === "symbol") continue;
          list.push([toUSVString(key), toUSVString(init[key])]);
        }
      }
    } else {
      let text = toUSVString(init);
      if (text.startsWith("?")) text = text.slice(1);
      list = parseFormUrlencoded(text);
    }
    Object.defineProperty(this, kParamsList, { value: list, writable: true, enumerable: false });
    Object.defineProperty(this, kParamsUrl, { value: null, writable: true, enumerable: false });
  }
  get size() { return paramsList(this).length; }
  append(name = undefined, value) {
    paramsList(this); // another receiver fails before the arguments are looked at (recorded)
    requireArgs("append", arguments, 2);
    paramsList(this).push([toUSVString(name), toUSVString(value)]);
    updateParamsUrl(this);
  }
  delete(name = undefined, value = undefined) {
    paramsList(this);
    requireArgs("delete", arguments, 1);
    name = toUSVString(name);
    const v = value === undefined || !searchParamsCompat.valueArg ? undefined : toUSVString(value);
    this[kParamsList] = paramsList(this).filter((e) => !entryIs(e, name, v));
    updateParamsUrl(this);
  }
  get(name = undefined) {
    paramsList(this);
    requireArgs("get", arguments, 1);
    name = toUSVString(name);
    const entry = paramsList(this).find((e) => entryIs(e, name));
    return entry ? entry[1] : null;
  }
  getAll(name = undefined) {
    paramsList(this);
    requireArgs("getAll", arguments, 1);
    name = toUSVString(name);
    return paramsList(this).filter((e) => entryIs(e, name)).map((e) => e[1]);
  }
  has(name = undefined, value = undefined) {
    paramsList(this);
    requireArgs("has", arguments, 1);
    name = toUSVString(name);
    const v = value === undefined || !searchParamsCompat.valueArg ? undefined : toUSVString(value);
    return paramsList(this).some((e) => entryIs(e, name, v));
  }
  set(name = undefined, value) {
    paramsList(this);
    requireArgs("set", arguments, 2);
    name = toUSVString(name);
    value = toUSVString(value);
    const list = paramsList(this);
    const i = list.findIndex((e) => entryIs(e, name));
    if (i < 0) list.push([name, value]);
    else {
      list[i] = [name, value];
      this[kParamsList] = list.filter((e, j) => !entryIs(e, name) || j === i);
    }
    updateParamsUrl(this);
  }
  sort() {
    // Array.prototype.sort is stable; names compare by UTF-16 code units.
    paramsList(this).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    updateParamsUrl(this);
  }
  entries() { return paramsIterator(this, ENTRY_ITERATOR, (e) => [e[0], e[1]]); }
  keys() { return paramsIterator(this, KEY_ITERATOR, (e) => e[0]); }
  values() { return paramsIterator(this, VALUE_ITERATOR, (e) => e[1]); }
  forEach(callback = undefined, thisArg = undefined) {
    paramsList(this);
    if (typeof callback !== "function") {
      throw new TypeError("Failed to execute 'forEach' on 'URLSearchParams': parameter 1 is not of type 'function'.");
    }
    // live, as the iterators: entries removed or added by the callback are seen (recorded)
    for (let i = 0; i < this[kParamsList].length; i++) {
      const [name, value] = this[kParamsList][i];
      callback.call(thisArg, value, name, this);
    }
  }
  [Symbol.iterator]() { return this.entries(); }
  toString() { return serializeFormUrlencoded(paramsList(this)); }
}
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: "URLSearchParams", configurable: true });

// The iterator kinds of iteratorFamily
const KEY_ITERATOR = 0, VALUE_ITERATOR = 1, ENTRY_ITERATOR = 2;
const ITERATOR_TAGS = ["KeyIterator", "ValueIterator", "EntryIterator"];
const kIteratorToken = Symbol("iterator token");

/**
 * The KeyIterator, ValueIterator and EntryIterator classes of one API class (Headers,
 * URLSearchParams, FormData), as workerd's (recorded): each API class has its own three, whose
 * prototypes (inheriting %IteratorPrototype%) hold an enumerable `next`, then `constructor` (which
 * refuses `new` with "Illegal constructor"), the tag and their own Symbol.iterator; an iterator has
 * no own properties, and `next` called on anything else is an Illegal invocation. Returns
 * `make(kind, step)`: a new iterator of that kind whose `next()` returns `step()`. Each class is
 * built on its kind's first iterator, not at a Context's start.
 */
function iteratorFamily() {
  const classes = [null, null, null];
  return (kind, step) => new (classes[kind] ??= iteratorClass(ITERATOR_TAGS[kind]))(kIteratorToken, step);
}

function iteratorClass(tag) {
  const Iterator = class {
    #step;
    constructor() {
      if (arguments[0] !== kIteratorToken) throw new TypeError("Illegal constructor");
      this.#step = arguments[1];
    }
    next() {
      if (typeof this !== "object" || this === null || !(#step in this)) throw illegalInvocation();
      return this.#step();
    }
  };
  const proto = Iterator.prototype;
  Object.setPrototypeOf(proto, Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
  Object.defineProperty(Iterator, "name", { value: tag, configurable: true });
  delete proto.constructor; // workerd lists it after next
  Object.defineProperties(proto, {
    next: { enumerable: true },
    constructor: { value: Iterator, writable: true, configurable: true },
  });
  if (iteratorTags) Object.defineProperty(proto, Symbol.toStringTag, { value: tag, configurable: true });
  Object.defineProperty(proto, Symbol.iterator, { value: { [Symbol.iterator]() { return this; } }[Symbol.iterator], writable: true, configurable: true });
  builtIteratorPrototypes.push(proto);
  return Iterator;
}
// before set_tostring_tag (2024-09-26) workerd's iterators have no tag either (recorded); classes
// built before the Context is configured (its warm-up) lose theirs then
// (set by the onConfigure hook at the top of this file)
let iteratorTags = true;
const builtIteratorPrototypes = [];

const newParamsIterator = iteratorFamily();

/** A live iterator: entries appended or removed during iteration are seen, as the spec requires. */
function paramsIterator(params, kind, project) {
  paramsList(params);
  let index = 0;
  return newParamsIterator(kind, () => {
    const list = params[kParamsList];
    if (index >= list.length) return { value: undefined, done: true };
    return { value: project(list[index++]), done: false };
  });
}

function paramsList(params) {
  const list = params?.[kParamsList];
  if (!list) throw illegalInvocation();
  return list;
}

function updateParamsUrl(params) {
  if (params[kParamsUrl]) updateUrlQuery(params[kParamsUrl], serializeFormUrlencoded(params[kParamsList]));
}

function newLinkedSearchParams(url, query) {
  const params = new URLSearchParams();
  params[kParamsList] = parseFormUrlencoded(query ?? "");
  params[kParamsUrl] = url;
  return params;
}

function resetSearchParams(params, query) {
  params[kParamsList] = parseFormUrlencoded(query);
}

internals.parseFormUrlencoded = parseFormUrlencoded;
internals.serializeFormUrlencoded = serializeFormUrlencoded;

defineGlobal("URLSearchParams", newOnly(URLSearchParams, "URLSearchParams"));
