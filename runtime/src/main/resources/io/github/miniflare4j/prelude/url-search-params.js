// URLSearchParams and the application/x-www-form-urlencoded parser and serializer. A params
// object made by a URL stays linked to it: changing one updates the other.

// @imports illegalInvocation, defineGlobal, newOnly, onConfigure, compatFlag from core.js
// @imports utf8NoBom, percentDecodeBytes, percentEncodeString, FORM_URLENCODED_SET, toUSVString, updateUrlQuery from url.js
// @exports parseFormUrlencoded, URLSearchParams, KeyIteratorPrototype, ValueIteratorPrototype, EntryIteratorPrototype, newLinkedSearchParams, resetSearchParams

// delete() and has() take their value argument from urlsearchparams_delete_has_value_arg
// (2023-07-01); before, they ignore it (recorded).
const searchParamsCompat = { valueArg: true };
onConfigure(() => {
  searchParamsCompat.valueArg = compatFlag("urlsearchparams_delete_has_value_arg", "2023-07-01", "no_urlsearchparams_delete_has_value_arg");
});

/** Parses application/x-www-form-urlencoded text into [name, value] pairs. */
function parseFormUrlencoded(text) {
  const list = [];
  for (const sequence of text.split("&")) {
    if (sequence === "") continue;
    const eq = sequence.indexOf("=");
    const name = eq >= 0 ? sequence.slice(0, eq) : sequence;
    const value = eq >= 0 ? sequence.slice(eq + 1) : "";
    list.push([formDecodeComponent(name), formDecodeComponent(value)]);
  }
  return list;
}

function formDecodeComponent(text) {
  return utf8NoBom.decode(percentDecodeBytes(text.replaceAll("+", " ")));
}

/** Serializes [name, value] pairs as application/x-www-form-urlencoded. */
function serializeFormUrlencoded(list) {
  return list.map(([n, v]) => percentEncodeString(n, FORM_URLENCODED_SET, true) + "=" + percentEncodeString(v, FORM_URLENCODED_SET, true)).join("&");
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
  append(name, value) {
    requireArgs("append", arguments, 2);
    paramsList(this).push([toUSVString(name), toUSVString(value)]);
    updateParamsUrl(this);
  }
  delete(name, value = undefined) {
    requireArgs("delete", arguments, 1);
    name = toUSVString(name);
    const v = value === undefined || !searchParamsCompat.valueArg ? undefined : toUSVString(value);
    this[kParamsList] = paramsList(this).filter(([n, x]) => !(n === name && (v === undefined || x === v)));
    updateParamsUrl(this);
  }
  get(name) {
    requireArgs("get", arguments, 1);
    name = toUSVString(name);
    const entry = paramsList(this).find(([n]) => n === name);
    return entry ? entry[1] : null;
  }
  getAll(name) {
    requireArgs("getAll", arguments, 1);
    name = toUSVString(name);
    return paramsList(this).filter(([n]) => n === name).map(([, v]) => v);
  }
  has(name, value = undefined) {
    requireArgs("has", arguments, 1);
    name = toUSVString(name);
    const v = value === undefined || !searchParamsCompat.valueArg ? undefined : toUSVString(value);
    return paramsList(this).some(([n, x]) => n === name && (v === undefined || x === v));
  }
  set(name, value) {
    requireArgs("set", arguments, 2);
    name = toUSVString(name);
    value = toUSVString(value);
    const list = paramsList(this);
    const i = list.findIndex(([n]) => n === name);
    if (i < 0) list.push([name, value]);
    else {
      list[i] = [name, value];
      this[kParamsList] = list.filter(([n], j) => n !== name || j === i);
    }
    updateParamsUrl(this);
  }
  sort() {
    // Array.prototype.sort is stable; names compare by UTF-16 code units.
    paramsList(this).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    updateParamsUrl(this);
  }
  entries() { return paramsIterator(this, EntryIteratorPrototype, (e) => [e[0], e[1]]); }
  keys() { return paramsIterator(this, KeyIteratorPrototype, (e) => e[0]); }
  values() { return paramsIterator(this, ValueIteratorPrototype, (e) => e[1]); }
  forEach(callback, thisArg = undefined) {
    if (typeof callback !== "function") {
      throw new TypeError("Failed to execute 'forEach' on 'URLSearchParams': parameter 1 is not of type 'function'.");
    }
    const list = paramsList(this);
    for (let i = 0; i < list.length; i++) callback.call(thisArg, list[i][1], list[i][0], this);
  }
  [Symbol.iterator]() { return this.entries(); }
  toString() { return serializeFormUrlencoded(paramsList(this)); }
}
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: "URLSearchParams", configurable: true });

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const iteratorPrototype = (tag) => Object.create(IteratorPrototype, { [Symbol.toStringTag]: { value: tag, configurable: true } });
const KeyIteratorPrototype = iteratorPrototype("KeyIterator");
const ValueIteratorPrototype = iteratorPrototype("ValueIterator");
const EntryIteratorPrototype = iteratorPrototype("EntryIterator");

/** A live iterator: entries appended or removed during iteration are seen, as the spec requires. */
function paramsIterator(params, prototype, project) {
  paramsList(params);
  let index = 0;
  const iterator = Object.create(prototype);
  iterator.next = () => {
    const list = params[kParamsList];
    if (index >= list.length) return { value: undefined, done: true };
    return { value: project(list[index++]), done: false };
  };
  return iterator;
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
