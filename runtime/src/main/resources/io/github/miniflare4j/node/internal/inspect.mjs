// util.inspect and util.format with Node's defaults and layout rules (depth 2, breakLength 128,
// compact 3, arrays of more than six entries grouped in columns), written from Node's documented
// behaviour and recorded output.
const { Buffer } = $node;

export const customInspectSymbol = Symbol.for("nodejs.util.inspect.custom");

export const defaultOptions = {
  showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false,
  maxArrayLength: 100, maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false, getters: false, numericSeparator: false,
};

const ESCAPES = { "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", "\\": "\\\\" };

/** A string as Node quotes it: ' unless the text holds one (then " or `), control characters escaped. */
export function quote(text) {
  let q = "'";
  if (text.includes("'")) {
    if (!text.includes('"')) q = '"';
    else if (!text.includes("`") && !text.includes("${")) q = "`";
  }
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (ch === q) out += "\\" + ch;
    else if (ESCAPES[ch] !== undefined) out += ESCAPES[ch];
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += "\\x" + code.toString(16).toUpperCase().padStart(2, "0");
    // a lone surrogate (the iteration yields it alone) is shown as its escape
    else if (ch.length === 1 && code >= 0xd800 && code <= 0xdfff) out += "\\u" + code.toString(16);
    else out += ch;
  }
  return q + out + q;
}

const IDENTIFIER = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatKey(key, hidden) {
  if (typeof key === "symbol") return key.toString(); // workerd prints symbol keys without brackets
  if (hidden) return `[${key}]`;
  return IDENTIFIER.test(key) ? key : quote(key);
}

function formatNumber(n, numericSeparator) {
  if (Object.is(n, -0)) return "-0";
  if (!numericSeparator) return `${n}`;
  const integer = Math.trunc(n);
  const digits = String(integer);
  if (integer === n) return !Number.isFinite(n) || digits.includes("e") ? digits : groupDigits(digits);
  if (Number.isNaN(n)) return String(n);
  const fraction = String(n).slice(digits.length + 1);
  let grouped = "";
  let i = 0;
  for (; i < fraction.length - 3; i += 3) grouped += `${fraction.slice(i, i + 3)}_`;
  return `${groupDigits(digits)}.${i === 0 ? fraction : grouped + fraction.slice(i)}`;
}
/** Node's numericSeparator grouping of an integer's digits: "1234567" -> "1_234_567". */
function groupDigits(digits) {
  let grouped = "";
  let i = digits.length;
  const start = digits.startsWith("-") ? 1 : 0;
  for (; i >= start + 4; i -= 3) grouped = `_${digits.slice(i - 3, i)}${grouped}`;
  return i === digits.length ? digits : `${digits.slice(0, i)}${grouped}`;
}

/** Node's ANSI codes per style name (enumerable names as in Node; aliases are non-enumerable). */
const colors = Object.create(null);
for (const [name, codes] of Object.entries({
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], blink: [5, 25], inverse: [7, 27], hidden: [8, 28],
  strikethrough: [9, 29], doubleunderline: [21, 24], black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39],
  magenta: [35, 39], cyan: [36, 39], white: [37, 39], bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
  bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49], framed: [51, 54], overlined: [53, 55], gray: [90, 39],
  redBright: [91, 39], greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39], magentaBright: [95, 39], cyanBright: [96, 39],
  whiteBright: [97, 39], bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49], bgYellowBright: [103, 49],
  bgBlueBright: [104, 49], bgMagentaBright: [105, 49], bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
})) colors[name] = codes;
for (const [alias, target] of [["gray", "grey"], ["gray", "blackBright"], ["bgGray", "bgGrey"], ["bgGray", "bgBlackBright"], ["dim", "faint"],
  ["strikethrough", "crossedout"], ["strikethrough", "strikeThrough"], ["strikethrough", "crossedOut"], ["hidden", "conceal"],
  ["inverse", "swapColors"], ["inverse", "swapcolors"], ["doubleunderline", "doubleUnderline"]]) {
  Object.defineProperty(colors, target, { get() { return this[alias]; }, set(v) { this[alias] = v; }, configurable: true, enumerable: false });
}
/** Which color each kind of value gets when `colors` is on. */
const styles = Object.assign(Object.create(null), {
  special: "cyan", number: "yellow", bigint: "yellow", boolean: "yellow", undefined: "grey", null: "bold",
  string: "green", symbol: "green", date: "magenta", regexp: "red", module: "underline",
});
function stylize(ctx, text, styleType) {
  if (!ctx.colors) return text;
  const codes = colors[styles[styleType]];
  return codes ? `\u001b[${codes[0]}m${text}\u001b[${codes[1]}m` : text;
}

function formatPrimitive(ctx, value) {
  const styled = formatPrimitivePlain(ctx, value);
  return ctx.colors ? stylize(ctx, styled, typeof value) : styled;
}

function formatPrimitivePlain(ctx, value) {
  switch (typeof value) {
    case "string": {
      let trailer = "";
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? "s" : ""}`;
      }
      if (ctx.compact !== true && value.length > 16 && value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        return value.split(/(?<=\n)/).map((line) => quote(line)).join(` +\n${" ".repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return quote(value) + trailer;
    }
    case "number": return formatNumber(value, ctx.numericSeparator);
    case "bigint": return `${ctx.numericSeparator ? groupDigits(String(value)) : value}n`;
    case "boolean": return `${value}`;
    case "undefined": return "undefined";
    case "symbol": return value.toString();
    default: return String(value);
  }
}

export function inspect(value, opts) {
  const ctx = {
    ...defaultOptions, seen: [], circular: new Map(), indentationLvl: 0, currentDepth: 0, budget: {},
  };
  if (arguments.length > 2) {
    if (arguments[2] !== undefined) ctx.depth = arguments[2];
    if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
  }
  if (typeof opts === "boolean") ctx.showHidden = opts;
  else if (opts) for (const key of Object.keys(opts)) if (key in defaultOptions || key === "stylize") ctx[key] = opts[key];
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  if (ctx.depth === null) ctx.depth = Infinity;
  return formatValue(ctx, value, 0, false);
}
inspect.custom = customInspectSymbol;
inspect.colors = colors;
inspect.styles = styles;
Object.defineProperty(inspect, "defaultOptions", {
  get() { return defaultOptions; },
  set(options) { Object.assign(defaultOptions, options); },
});

const globalProxy = globalThis.Proxy;
/**
 * Whether `value` is a Proxy here but none in workerd: a CryptoKey (a revoked proxy, whose
 * `instanceof` throws, is not one) or the global Proxy constructor (see structuredClone).
 */
function isCryptoKeyProxy(value) {
  if (value === globalProxy) return true;
  try { return typeof CryptoKey === "function" && value instanceof CryptoKey; } catch { return false; }
}

function formatValue(ctx, value, recurseTimes, typedArray, proxyShown) {
  if (typeof value !== "object" && typeof value !== "function") return formatPrimitive(ctx, value);
  if (value === null) return stylize(ctx, "null", "null");
  // workerd shows a Proxy as Proxy(<the value>) (the engine tells which objects are proxies);
  // a CryptoKey is one here (its members' copies), not in workerd
  if (!proxyShown && !ctx.showProxy && $node.host.inspection().isProxy(value) && !isCryptoKeyProxy(value)) {
    return `${stylize(ctx, "Proxy", "special")}(${formatValue(ctx, value, recurseTimes, typedArray, true)})`;
  }
  if (ctx.customInspect) {
    const custom = value[customInspectSymbol];
    if (typeof custom === "function" && custom !== inspect && !(custom === Buffer.prototype.inspect && value instanceof Buffer) && !(Object.getOwnPropertyDescriptor(value, "constructor")?.value?.prototype === value)) {
      const depth = ctx.depth === Infinity ? ctx.depth : ctx.depth - recurseTimes;
      const { seen, circular, indentationLvl, currentDepth, budget, ...options } = ctx;
      const result = custom.call(value, depth, { ...options, depth, stylize: (text, styleType) => stylize(ctx, text, styleType) }, inspect);
      if (result !== value) {
        if (typeof result !== "string") return formatValue(ctx, result, recurseTimes);
        return result.replaceAll("\n", `\n${" ".repeat(ctx.indentationLvl)}`);
      }
    }
  }
  if (ctx.seen.includes(value)) {
    let index = ctx.circular.get(value);
    if (index === undefined) { index = ctx.circular.size + 1; ctx.circular.set(value, index); }
    return stylize(ctx, `[Circular *${index}]`, "special");
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

/**
 * A settled promise's state and value, from the engine's description of it: {rejected, value}
 * when the value is a primitive the description shows exactly; undefined for a pending promise
 * and for a value the description cannot give back (an object).
 */
function settledPromise(promise) {
  const state = $node.host.inspection().promiseState(promise);
  if (state == null || state === "pending") return undefined;
  const newline = state.indexOf("\n");
  const rejected = state.slice(0, newline) === "rejected";
  const text = state.slice(newline + 1);
  let value;
  if (text === "undefined") value = undefined;
  else if (text === "null") value = null;
  else if (text === "true" || text === "false") value = text === "true";
  else if (/^-?(\d+(\.\d+)?(e[+-]\d+)?|Infinity)$/.test(text) || text === "NaN") value = Number(text);
  else if (/^-?\d+n$/.test(text)) value = BigInt(text.slice(0, -1));
  else if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    try { value = JSON.parse(text); } catch { return undefined; }
  } else return undefined;
  return { rejected, value };
}

/**
 * Node's getConstructorName: the first named constructor up the chain the object is an instance
 * of; null for a chain ending without one right away (a null prototype); otherwise the engine's
 * class name with the prototype's own description ("Object <[Object: null prototype] {}>").
 */
function constructorName(obj, protoDepth = 0) {
  let proto = obj;
  let firstProto;
  while (proto !== null && proto !== undefined) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, "constructor");
    // as Node: the constructor must be one the object is an instance of (a function's prototype object is not)
    if (descriptor !== undefined && typeof descriptor.value === "function" && descriptor.value.name !== "" && isInstance(obj, descriptor.value)) return descriptor.value.name;
    proto = Object.getPrototypeOf(proto);
    if (firstProto === undefined) firstProto = proto;
  }
  if (firstProto === null || firstProto === undefined) return null;
  // V8's name of the object's class; the engine here does not tell it, so the object's kind stands in
  const own = Array.isArray(obj) ? "Array" : typeof obj === "function" ? "Function" : "Object";
  if (protoDepth > 2) return `${own} <Complex prototype>`;
  const protoName = constructorName(firstProto, protoDepth + 1);
  if (protoName === null) return `${own} <${inspect(firstProto, { customInspect: false, depth: -1 })}>`;
  return `${own} <${protoName}>`;
}

function isInstance(obj, ctor) {
  try { return obj instanceof ctor; } catch { return false; }
}

/** Whether value is a collection of kind (Map or Set) whatever its prototype: its own method accepts it. */
function hasBrand(kind, value) {
  try { kind.prototype.has.call(value, undefined); return true; } catch { return false; }
}

/** A Map's or Set's size through its own getter (the value may have another prototype). */
function sizeOf(kind, value) {
  return Object.getOwnPropertyDescriptor(kind.prototype, "size").get.call(value);
}

function prefix(ctor, tag, fallback, size = "") {
  if (ctor === null) {
    if (tag !== "" && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== "" && ctor !== tag) return `${ctor}${size} [${tag}] `;
  return `${ctor}${size} `;
}

function isError(value) {
  return value instanceof Error || Object.prototype.toString.call(value) === "[object Error]";
}

function functionBase(value, ctor, tag) {
  const source = Function.prototype.toString.call(value);
  if (source.startsWith("class") && /^class\s*[{\s\w$]/.test(source)) {
    let base = `[class ${value.name || "(anonymous)"}`;
    const superName = Object.getPrototypeOf(value)?.name;
    if (superName) base += ` extends ${superName}`;
    if (ctor === null) base += " [null prototype]";
    return base + "]";
  }
  let type = "Function";
  if (value.constructor?.name === "AsyncFunction") type = "AsyncFunction";
  else if (value.constructor?.name === "GeneratorFunction") type = "GeneratorFunction";
  else if (value.constructor?.name === "AsyncGeneratorFunction") type = "AsyncGeneratorFunction";
  let base = `[${type}`;
  if (ctor === null) base += " (null prototype)";
  base += value.name === "" ? " (anonymous)" : `: ${value.name}`;
  base += "]";
  if (ctor !== type && ctor !== null) base += ` ${ctor}`;
  if (tag !== "" && ctor !== tag) base += ` [${tag}]`;
  return base;
}

/**
 * Node's improveStack: an error whose class is not the name its stack starts with shows the class
 * ("ValidationError: m" for a subclass of Error, "MyErr [TypeError]: m" when the name differs).
 */
function improveStack(stack, ctor, name) {
  const len = name.length;
  if (ctor === null || !name.endsWith("Error") || !stack.startsWith(name) || (stack.length !== len && stack[len] !== ":" && stack[len] !== "\n")) return stack;
  if (name === ctor) return stack;
  return ctor.includes(name) ? `${ctor}${stack.slice(len)}` : `${ctor} [${name}]${stack.slice(len)}`;
}

function formatError(err, ctx) {
  const name = err.name != null ? String(err.name) : "Error";
  const message = err.message != null ? String(err.message) : "";
  let stack = typeof err.stack === "string" && err.stack ? err.stack : null;
  if (stack === null) stack = message ? `${name}: ${message}` : name;
  stack = improveStack(stack, constructorName(err), name);
  const frames = stack.indexOf("\n    at ");
  if (frames === -1) stack = `[${stack}]`;
  if (ctx.indentationLvl !== 0) stack = stack.replaceAll("\n", `\n${" ".repeat(ctx.indentationLvl)}`);
  return stack;
}

/** A runtime object's properties as workerd's inspection lists them: [key, value, hidden, raw]. */
const WEB_INSPECTORS = {
  URL: (u) => ({ props: pick(u, ["origin", "href", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash", "searchParams"]) }),
  URLSearchParams: (p) => mapLike([...p]),
  FormData: (f) => mapLike([...f]),
  Headers: (h) => ({ ...mapLike([...h]), props: [["immutable", $node.webInspectState(h).immutable, true]] }),
  Blob: (b) => ({ props: pick(b, ["size", "type"]) }),
  File: (f) => ({ props: pick(f, ["name", "lastModified", "size", "type"]) }),
  AbortSignal: (s) => ({ props: pick(s, ["aborted", "reason", "onabort"]) }),
  Event: (e) => ({
    props: [...pick(e, ["type", "eventPhase", "composed", "bubbles", "cancelable", "defaultPrevented", "returnValue"]),
      ["currentTarget", e.currentTarget ?? undefined], ["target", e.target ?? undefined], ["srcElement", e.target ?? undefined],
      ["timeStamp", e.timeStamp], ["isTrusted", e.isTrusted ?? false], ["cancelBubble", e.cancelBubble]],
  }),
  TextEncoder: (t) => ({ props: pick(t, ["encoding"]) }),
  TextDecoder: (t) => ({ props: pick(t, ["encoding", "fatal", "ignoreBOM"]) }),
  // the usages array is shown with its length, as workerd's inspection of a CryptoKey does
  CryptoKey: (k) => ({ props: [["usages", `[ ${[...k.usages].map((u) => quote(u)).join(", ")}${k.usages.length ? ", " : ""}[length]: ${k.usages.length} ]`, false, true], ...pick(k, ["algorithm", "extractable", "type"])] }),
  Request: (r) => ({
    props: [...pick(r, ["method", "url", "headers", "redirect"]), ["fetcher", r.fetcher ?? null], ...pick(r, ["signal", "cf", "integrity", "keepalive"]),
      ["cache", r.cache], ...pick(r, ["body", "bodyUsed"])],
  }),
  Response: (r) => ({ props: [...pick(r, ["status", "statusText", "headers", "ok", "redirected", "url"]), ["webSocket", r.webSocket ?? null], ...pick(r, ["cf", "type", "body", "bodyUsed"])] }),
  ReadableStream: (rs) => {
    const state = $node.webInspectState(rs);
    return { props: [["locked", rs.locked], ["state", state.state, true], ["supportsBYOB", state.supportsBYOB, true], ["length", state.length, true]] };
  },
  WritableStream: (ws) => ({ props: [["locked", ws.locked], ["state", $node.webInspectState(ws).state, true], ["expectsBytes", false, true]] }),
  TransformStream: (ts) => ({ props: pick(ts, ["readable", "writable"]) }),
};
function pick(value, names) { return names.map((name) => [name, value[name]]); }
function mapLike(entries) { return { size: entries.length, entries, props: [] }; }

/** The inspection of an instance of a runtime (web platform) class, or null for anything else. */
function webInspection(value) {
  const ctor = Object.getPrototypeOf(value)?.constructor;
  if (typeof ctor !== "function" || !Object.prototype.hasOwnProperty.call(WEB_INSPECTORS, ctor.name) || globalThis[ctor.name] !== ctor) return null;
  try { return WEB_INSPECTORS[ctor.name](value); } catch { return null; }
}

function formatWeb(ctx, value, recurseTimes, web) {
  const name = Object.getPrototypeOf(value).constructor.name;
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `[${name}]`;
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  const output = [];
  try {
    ctx.indentationLvl += 2;
    for (const [k, v] of web.entries ?? []) output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    for (const [k, v, hidden, raw] of web.props) output.push(`${hidden ? `[${k}]` : k}: ${raw ? v : formatValue(ctx, v, recurseTimes)}`);
    ctx.indentationLvl -= 2;
  } finally {
    ctx.seen.pop();
  }
  if (web.size !== undefined) {
    const braces = [`${name}(${web.size}) {`, "}"];
    if (output.length === 0) return `${braces[0]}}`;
    return reduceToSingleString(ctx, output, "", braces, "object", recurseTimes, value);
  }
  // workerd shows these as an object of properties after the class name: the name takes no room in the line check
  if (output.length === 0) return `${name} {}`;
  return `${name} ${reduceToSingleString(ctx, output, "", ["{", "}"], "object", recurseTimes, value)}`;
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  const web = webInspection(value);
  if (web !== null) return formatWeb(ctx, value, recurseTimes, web);
  let keys;
  const ctor = constructorName(value);
  let tag = value[Symbol.toStringTag];
  if (typeof tag !== "string" || (tag !== "" && (ctx.showHidden ? Object.prototype.hasOwnProperty : Object.prototype.propertyIsEnumerable).call(value, Symbol.toStringTag))) tag = "";
  let base = "";
  let formatter = formatObjectEntries;
  let braces;
  let noIterator = true;
  let extrasType = "object";
  const filterKeys = () => ownKeys(value, ctx.showHidden);

  if (value instanceof Buffer && ctx.customInspect) {
    const shown = Math.min(50, value.length);
    let hex = "";
    for (let i = 0; i < shown; i++) hex += (i ? " " : "") + value[i].toString(16).padStart(2, "0");
    if (value.length > 50) hex += ` ... ${value.length - 50} more byte${value.length - 50 > 1 ? "s" : ""}`;
    // own non-index properties follow the bytes, as Node's Buffer.prototype.inspect shows them
    const extras = Object.create(null);
    let hasExtras = false;
    for (const key of ownKeys(value, ctx.showHidden)) {
      if (typeof key === "string" && /^(0|[1-9][0-9]*)$/.test(key)) continue;
      extras[key] = value[key];
      hasExtras = true;
    }
    if (hasExtras) {
      const { seen, circular, indentationLvl, currentDepth, budget, ...options } = ctx;
      hex += (value.length !== 0 ? ", " : "") + inspect(extras, { ...options, breakLength: Infinity, compact: true }).slice(27, -2);
    }
    return `<${ctor ?? "Buffer"} ${hex}>`;
  }

  if (Symbol.iterator in value || ctor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const size = value.length;
      const pre = ctor !== "Array" || tag !== "" ? prefix(ctor, tag, "Array", `(${size})`) : "";
      keys = ownKeys(value, ctx.showHidden).filter((k) => typeof k === "symbol" || !/^(0|[1-9][0-9]*)$/.test(k) || Number(k) >= size);
      if (ctx.showHidden && !keys.includes("length")) keys.unshift("length");
      braces = [`${pre}[`, "]"];
      if (size === 0 && keys.length === 0) return `${braces[0]}]`;
      extrasType = "array";
      formatter = formatArray;
    } else if (value instanceof Set || (ctor === null && hasBrand(Set, value))) {
      const size = sizeOf(Set, value);
      keys = filterKeys();
      const pre = prefix(ctor, tag, "Set", `(${size})`);
      formatter = formatSet;
      if (size === 0 && keys.length === 0) return `${pre}{}`;
      braces = [`${pre}{`, "}"];
    } else if (value instanceof Map || (ctor === null && hasBrand(Map, value))) {
      const size = sizeOf(Map, value);
      keys = filterKeys();
      const pre = prefix(ctor, tag, "Map", `(${size})`);
      formatter = formatMap;
      if (size === 0 && keys.length === 0) return `${pre}{}`;
      braces = [`${pre}{`, "}"];
    } else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const fallback = Object.prototype.toString.call(value).slice(8, -1);
      const size = value.length;
      const pre = prefix(ctor, tag, fallback, `(${size})`);
      keys = ownKeys(value, ctx.showHidden).filter((k) => typeof k === "symbol" || !/^(0|[1-9][0-9]*)$/.test(k));
      braces = [`${pre}[`, "]"];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = formatTypedArray;
      extrasType = "array";
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = filterKeys();
    braces = ["{", "}"];
    if (Object.prototype.toString.call(value) === "[object Arguments]") {
      // workerd shows an arguments object by its index keys, after Node's marker
      braces[0] = "[Arguments] {";
      if (keys.length === 0) return "[Arguments] {}";
    } else if (ctor === "Object" && !isError(value) && !(value instanceof Date) && !(value instanceof RegExp) && !isBoxed(value) && !(value instanceof Promise)) {
      if (tag !== "") braces[0] = `${prefix(ctor, tag, "Object")}{`;
      if (keys.length === 0) return `${braces[0]}}`;
    } else if (typeof value === "function") {
      base = functionBase(value, ctor, tag);
      if (keys.length === 0) return stylize(ctx, base, "special");
    } else if (value instanceof RegExp) {
      base = RegExp.prototype.toString.call(value);
      const pre = prefix(ctor, tag, "RegExp");
      if (pre !== "RegExp ") base = `${pre}${base}`;
      keys = keys.filter((k) => k !== "lastIndex");
      if (keys.length === 0) return stylize(ctx, base, "regexp");
    } else if (value instanceof Date) {
      base = Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
      const pre = prefix(ctor, tag, "Date");
      if (pre !== "Date ") base = `${pre}${base}`;
      if (keys.length === 0) return stylize(ctx, base, "date");
    } else if (isError(value)) {
      base = formatError(value, ctx);
      // own name/message/stack keys are left out when the stack already shows them (Node's removeDuplicateErrorKeys)
      const stackText = typeof value.stack === "string" ? value.stack : "";
      keys = keys.filter((k) => k !== "stack" && k !== "message" && !(k === "cause" && !Object.prototype.propertyIsEnumerable.call(value, "cause"))
        && !(k === "name" && !ctx.showHidden && typeof value.name === "string" && stackText.includes(value.name)));
      if ("cause" in value && !keys.includes("cause") && Object.prototype.hasOwnProperty.call(value, "cause")) keys.push("cause");
      // an AggregateError's errors are shown as a hidden key
      if (Array.isArray(value.errors) && Object.prototype.hasOwnProperty.call(value, "errors") && !keys.includes("errors")) keys.push("errors");
      if (keys.length === 0) return base;
    } else if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== "undefined" && value instanceof SharedArrayBuffer)) {
      const kind = value instanceof ArrayBuffer ? "ArrayBuffer" : "SharedArrayBuffer";
      const pre = prefix(ctor, tag, kind);
      const bytes = new Uint8Array(value, 0, Math.min(50, value.byteLength));
      let hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");
      if (value.byteLength > 50) hex += ` ... ${value.byteLength - 50} more byte${value.byteLength - 50 > 1 ? "s" : ""}`;
      braces[0] = `${pre}{`;
      const own = ["byteLength", ...keys];
      formatter = (c, v, depth) => [`[Uint8Contents]: <${hex}>`, ...own.map((k) => formatProperty(c, value, depth, k, "object"))];
      keys = [];
    } else if (value instanceof DataView) {
      braces[0] = `${prefix(ctor, tag, "DataView")}{`;
      keys.unshift("byteLength", "byteOffset", "buffer");
    } else if (value instanceof Promise) {
      braces[0] = `${prefix(ctor, tag, "Promise")}{`;
      const settled = settledPromise(value);
      formatter = settled === undefined
        ? () => [stylize(ctx, "<pending>", "special")]
        : (c, v, depth) => [`${settled.rejected ? `${stylize(ctx, "<rejected>", "special")} ` : ""}${formatValue(c, settled.value, depth)}`];
    } else if (value instanceof WeakSet || value instanceof WeakMap) {
      braces[0] = `${prefix(ctor, tag, value instanceof WeakSet ? "WeakSet" : "WeakMap")}{`;
      // showHidden asks for the entries, which workerd cannot preview: none are listed
      formatter = () => (ctx.showHidden ? [] : [stylize(ctx, "<items unknown>", "special")]);
    } else if (isBoxed(value)) {
      const primitive = value.valueOf();
      const type = typeof primitive === "string" ? "String" : typeof primitive === "number" ? "Number" : typeof primitive === "boolean" ? "Boolean" : typeof primitive === "bigint" ? "BigInt" : "Symbol";
      base = stylize(ctx, `[${type}${ctor !== type ? (ctor === null ? " (null prototype)" : ` (${ctor})`) : ""}: ${formatPrimitive({ ...ctx, compact: 3, colors: false }, primitive)}]`, type.toLowerCase());
      if (type === "String") keys = keys.filter((k) => !/^(0|[1-9][0-9]*)$/.test(k) && k !== "length");
      if (keys.length === 0) return base;
    } else {
      // a null-prototype object is named after its own enumerable toStringTag ("[T: null prototype]"),
      // a module namespace after its "Module"; else it is an Object, a non-enumerable tag shown after
      const own = ctor === null ? Object.getOwnPropertyDescriptor(value, Symbol.toStringTag) : undefined;
      const named = typeof own?.value === "string" && own.value !== "" && (own.enumerable || (own.value === "Module" && !Object.isExtensible(value)));
      const fallback = named ? own.value : "Object";
      if (keys.length === 0) return `${prefix(ctor, tag, fallback)}{}`;
      braces[0] = `${prefix(ctor, tag, fallback)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    if (Array.isArray(value)) return stylize(ctx, `[${ctor === "Array" || ctor === null ? "Array" : ctor}]`, "special");
    // Node's getCtxName: "[Object: null prototype]" without a constructor, else "[Foo [tag]]"
    const name = prefix(ctor, tag, "Object").slice(0, -1);
    return stylize(ctx, ctor === null ? name : `[${name}]`, "special");
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (const key of keys) output.push(formatProperty(ctx, value, recurseTimes, key, extrasType));
  } finally {
    ctx.seen.pop();
  }
  if (ctx.circular.has(value)) {
    // the reference leads the output; it counts in the base (not the brace) for the line width,
    // except in compact mode
    const reference = stylize(ctx, `<ref *${ctx.circular.get(value)}>`, "special");
    if (ctx.compact === true) braces[0] = `${reference} ${braces[0]}`;
    else base = base === "" ? reference : `${reference} ${base}`;
  }
  if (ctx.sorted) {
    const compare = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === "object") output.sort(compare);
  }
  const result = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  return result;
}

function isBoxed(value) {
  return value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof BigInt || value instanceof Symbol;
}

function ownKeys(value, showHidden) {
  if (showHidden) return Reflect.ownKeys(value);
  const keys = Object.keys(value);
  for (const symbol of Object.getOwnPropertySymbols(value)) if (Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol);
  return keys;
}

function formatProperty(ctx, value, recurseTimes, key, type) {
  const desc = Object.getOwnPropertyDescriptor(value, key) ?? { value: value[key], enumerable: true };
  let str;
  if (desc.value !== undefined || !("get" in desc)) {
    const diff = ctx.compact !== true || type !== "object" ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? "Getter/Setter" : "Getter";
    if (ctx.getters === true || (ctx.getters === "get" && desc.set === undefined) || (ctx.getters === "set" && desc.set !== undefined)) {
      try {
        const got = desc.get.call(value);
        ctx.indentationLvl += 2;
        str = got === null || typeof got !== "object" ? `[${label}: ${formatPrimitive(ctx, got)}]` : `[${label}] ${formatValue(ctx, got, recurseTimes)}`;
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = `[${label}: <Inspection threw (${err.message})>]`;
      }
    } else {
      str = stylize(ctx, `[${label}]`, "special");
    }
  } else {
    str = desc.set !== undefined ? stylize(ctx, "[Setter]", "special") : stylize(ctx, "undefined", "undefined");
  }
  if (type === "arrayValue") return str;
  const name = formatKey(key, desc.enumerable === false);
  return `${name}: ${str}`;
}

function formatArray(ctx, value, recurseTimes) {
  const output = [];
  const length = value.length;
  let i = 0;
  while (i < length && output.length < ctx.maxArrayLength) {
    if (!Object.prototype.hasOwnProperty.call(value, i)) {
      let j = i;
      while (j < length && !Object.prototype.hasOwnProperty.call(value, j)) j++;
      output.push(`<${j - i} empty item${j - i > 1 ? "s" : ""}>`);
      i = j;
      continue;
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, "arrayValue"));
    i++;
  }
  const remaining = length - i;
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? "s" : ""}`);
  return output;
}

function formatTypedArray(ctx, value, recurseTimes) {
  const length = value.length;
  const max = Math.min(ctx.maxArrayLength, length);
  const output = [];
  for (let i = 0; i < max; i++) output.push(typeof value[i] === "bigint" ? `${value[i]}n` : formatNumber(value[i]));
  if (length > max) output.push(`... ${length - max} more item${length - max > 1 ? "s" : ""}`);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ["BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"]) output.push(`[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(ctx, value, recurseTimes) {
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  const size = sizeOf(Set, value);
  for (const v of Set.prototype.values.call(value)) {
    if (i++ >= ctx.maxArrayLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
  }
  if (size > ctx.maxArrayLength) output.push(`... ${size - ctx.maxArrayLength} more item${size - ctx.maxArrayLength > 1 ? "s" : ""}`);
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  const size = sizeOf(Map, value);
  for (const [k, v] of Map.prototype.entries.call(value)) {
    if (i++ >= ctx.maxArrayLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
  }
  if (size > ctx.maxArrayLength) output.push(`... ${size - ctx.maxArrayLength} more item${size - ctx.maxArrayLength > 1 ? "s" : ""}`);
  ctx.indentationLvl -= 2;
  return output;
}

function formatObjectEntries() { return []; }

function isBelowBreakLength(ctx, output, start, base) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (const entry of output) {
    // with colors on, the escape sequences take no room on the line
    total += ctx.colors ? stripVTControlCharacters(entry).length : entry.length;
    if (total > ctx.breakLength) return false;
  }
  return base === "" || !base.includes("\n");
}

/** Puts the entries of a long array into aligned columns, as Node does for more than six. */
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2;
  const dataLen = [];
  for (let i = 0; i < outputLength; i++) {
    const len = output[i].length;
    dataLen.push(len);
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) if (dataLen[j] > lineLength) lineLength = dataLen[j];
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== "number" && typeof value[i] !== "bigint") { padStart = false; break; }
      }
    }
    const grouped = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let line = "";
      let j = i;
      for (; j < max - 1; j++) {
        const cell = `${output[j]}, `;
        line += padStart ? cell.padStart(maxLineLength[j - i]) : cell.padEnd(maxLineLength[j - i]);
      }
      line += padStart ? output[j].padStart(maxLineLength[j - i] - separatorSpace) : output[j];
      grouped.push(line);
    }
    if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
    return grouped;
  }
  return output;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === "number" && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === "array" && entries > 6) output = groupArrayElements(ctx, output, value);
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(", ");
          if (!joined.includes("\n")) return `${base ? `${base} ` : ""}${braces[0]} ${joined} ${braces[1]}`;
        }
      }
    }
    const indentation = `\n${" ".repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ""}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ""} ${output.join(", ")} ${braces[1]}`;
  }
  const indentation = `\n${" ".repeat(ctx.indentationLvl)}`;
  const ln = base === "" && braces[0].length === 1 ? " " : `${base ? ` ${base}` : ""}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,${indentation}  `)} ${braces[1]}`;
}

/** Whether %s may use String(value): a toString of the object's own or of a non-built-in class. */
function hasUserToString(value) {
  if (typeof value.toString !== "function") return false;
  if (Object.prototype.hasOwnProperty.call(value, "toString")) return true;
  let pointer = value;
  do { pointer = Object.getPrototypeOf(pointer); } while (pointer !== null && !Object.prototype.hasOwnProperty.call(pointer, "toString"));
  if (pointer === null) return false;
  const ctor = Object.getOwnPropertyDescriptor(pointer, "constructor")?.value;
  return !(typeof ctor === "function" && typeof globalThis[ctor.name] === "function" && globalThis[ctor.name] === ctor);
}

export function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== "object") {
    throw $node.invalidArgType("inspectOptions", "of type object", inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

export function format(...args) { return formatWithOptionsInternal(undefined, args); }

function formatWithOptionsInternal(options, args) {
  const first = args[0];
  let a = 0;
  let out = "";
  let join = "";
  if (typeof first === "string") {
    if (args.length === 1) return first;
    let last = 0;
    let tmp;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (next) {
          case 115: { // 's'
            const v = args[++a];
            if (typeof v === "number") tmp = formatNumber(v);
            else if (typeof v === "bigint") tmp = `${v}n`;
            else if (typeof v !== "object" || v === null || hasUserToString(v)) tmp = String(v);
            else tmp = inspect(v, { ...options, depth: 0, colors: false, compact: 3 });
            break;
          }
          case 106: tmp = tryStringify(args[++a]); break; // 'j'
          case 100: { // 'd'
            const v = args[++a];
            tmp = typeof v === "bigint" ? `${v}n` : typeof v === "symbol" ? "NaN" : formatNumber(Number(v));
            break;
          }
          case 79: tmp = inspect(args[++a], options); break; // 'O'
          case 111: tmp = inspect(args[++a], { ...options, showHidden: true, showProxy: true, depth: 4 }); break; // 'o'
          case 105: { // 'i'
            const v = args[++a];
            tmp = typeof v === "bigint" ? `${v}n` : typeof v === "symbol" ? "NaN" : formatNumber(Number.parseInt(v));
            break;
          }
          case 102: { // 'f'
            const v = args[++a];
            tmp = typeof v === "symbol" ? "NaN" : formatNumber(Number.parseFloat(v));
            break;
          }
          case 99: a += 1; tmp = ""; break; // 'c'
          case 37: out += first.slice(last, i); last = i + 1; continue; // '%'
          default: continue;
        }
        if (last !== i - 1) out += first.slice(last, i - 1);
        out += tmp;
        last = i + 1;
      } else if (next === 37) {
        out += first.slice(last, i);
        last = i + 1;
      }
    }
    if (last !== 0) {
      a++;
      join = " ";
      if (last < first.length) out += first.slice(last);
    }
  }
  while (a < args.length) {
    const value = args[a];
    out += join;
    out += typeof value !== "string" ? inspect(value, { compact: 3, colors: false, depth: defaultOptions.depth, ...options }) : value;
    join = " ";
    a++;
  }
  return out;
}

function tryStringify(value) {
  try { return JSON.stringify(value); }
  catch (err) {
    if (err instanceof TypeError && /circular/i.test(err.message)) return "[Circular]";
    throw err;
  }
}

export function stripVTControlCharacters(str) {
  if (typeof str !== "string") throw $node.invalidArgType("str", "of type string", str);
  return str.replace(/[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g, "");
}
