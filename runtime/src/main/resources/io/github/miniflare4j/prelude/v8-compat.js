// Engine differences that workers can observe, smoothed to V8's behaviour: the detailed
// "Converting circular structure to JSON" message, "UTC" as the canonical UTC time zone, and
// plain spaces in formatted times.

const nativeStringify = JSON.stringify;

/** V8's description of the first cycle JSON.stringify meets in `value`, or null. */
function circularJsonMessage(value) {
  const stack = [];
  const ctorName = (o) => {
    const proto = Object.getPrototypeOf(o);
    const name = proto === null ? "Object" : proto.constructor?.name;
    return typeof name === "string" && name !== "" ? name : "Object";
  };
  const keyText = (holder, key) => (Array.isArray(holder) ? `index ${key}` : `property '${key}'`);
  const visit = (holder, key, v) => {
    if (v !== null && typeof v === "object" && typeof v.toJSON === "function") v = v.toJSON(key);
    if (v === null || typeof v !== "object") return null;
    const at = stack.findIndex((entry) => entry.value === v);
    if (at >= 0) {
      const lines = ["Converting circular structure to JSON", `    --> starting at object with constructor '${ctorName(stack[at].value)}'`];
      const middle = stack.slice(at + 1).map((entry) => `    |     ${entry.key} -> object with constructor '${ctorName(entry.value)}'`);
      if (middle.length > 3) lines.push(middle[0], middle[1], "    |     ...", middle[middle.length - 1]);
      else lines.push(...middle);
      lines.push(`    --- ${keyText(holder, key)} closes the circle`);
      return lines.join("\n");
    }
    stack.push({ value: v, key: holder === undefined ? "" : keyText(holder, key) });
    const keys = Array.isArray(v) ? v.map((_, i) => String(i)) : Object.keys(v);
    for (const k of keys) {
      const found = visit(v, k, v[k]);
      if (found) return found;
    }
    stack.pop();
    return null;
  };
  try { return visit(undefined, "", value); } catch { return null; }
}

Object.defineProperty(JSON, "stringify", {
  value: function stringify(value, replacer, space) {
    try {
      return nativeStringify(value, replacer, space);
    } catch (e) {
      if (e instanceof TypeError && /circular/i.test(e.message) && typeof replacer !== "function") {
        const message = circularJsonMessage(value);
        if (message) throw new TypeError(message);
      }
      throw e;
    }
  },
  writable: true, configurable: true, enumerable: false,
});

const nativeResolvedOptions = Intl.DateTimeFormat.prototype.resolvedOptions;
Object.defineProperty(Intl.DateTimeFormat.prototype, "resolvedOptions", {
  value: function resolvedOptions() {
    const options = nativeResolvedOptions.call(this);
    if (options.timeZone === "GMT" || options.timeZone === "Etc/UTC" || options.timeZone === "Etc/GMT") options.timeZone = "UTC";
    return options;
  },
  writable: true, configurable: true, enumerable: false,
});

// V8 formats times with a plain space before the day period ("1:05:09 PM") where the ICU of
// GraalJS puts U+202F (a narrow no-break space, CLDR 42): put back V8's (recorded)
const NARROW_NBSP = /\u202f/g;
const plainSpaces = (text) => (typeof text === "string" && text.includes("\u202f") ? text.replace(NARROW_NBSP, " ") : text);
const dtfProto = Intl.DateTimeFormat.prototype;
const nativeFormatGetter = Object.getOwnPropertyDescriptor(dtfProto, "format").get;
const boundFormats = new WeakMap();
Object.defineProperty(dtfProto, "format", {
  get: function format() {
    let bound = boundFormats.get(this);
    if (bound === undefined) {
      const native = nativeFormatGetter.call(this);
      bound = (date) => plainSpaces(native(date));
      boundFormats.set(this, bound);
    }
    return bound;
  },
  configurable: true, enumerable: false,
});
for (const name of ["formatToParts", "formatRangeToParts"]) {
  const native = dtfProto[name];
  if (typeof native !== "function") continue;
  Object.defineProperty(dtfProto, name, {
    value: { [name](...args) { return native.apply(this, args).map((part) => ({ ...part, value: plainSpaces(part.value) })); } }[name],
    writable: true, configurable: true, enumerable: false,
  });
}
for (const [target, names] of [[dtfProto, ["formatRange"]], [Date.prototype, ["toLocaleString", "toLocaleDateString", "toLocaleTimeString"]]]) {
  for (const name of names) {
    const native = target[name];
    if (typeof native !== "function") continue;
    Object.defineProperty(target, name, {
      value: { [name](...args) { return plainSpaces(native.apply(this, args)); } }[name],
      writable: true, configurable: true, enumerable: false,
    });
  }
}
