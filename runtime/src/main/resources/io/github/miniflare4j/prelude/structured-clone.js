// structuredClone: the HTML structured clone algorithm over the types V8's serializer handles,
// with workerd's DataCloneError messages.

function dataCloneError(message) {
  return new DOMException(message, "DataCloneError");
}

// Objects of these prelude classes refuse serialization as workerd's do.
const UNSERIALIZABLE_BRANDS = [
  [() => kUrlRecord, "URL"],
  [() => kFile, "File"],
  [() => kBlob, "Blob"],
];

const CLONEABLE_ERRORS = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

function structuredCloneValue(value, memo, transfer) {
  const type = typeof value;
  if (type === "symbol") throw dataCloneError(`${String(value)} could not be cloned.`);
  if (type === "function") throw dataCloneError(`${Function.prototype.toString.call(value)} could not be cloned.`);
  if (value === null || type !== "object") return value;
  if (memo.has(value)) return memo.get(value);
  for (const [key, name] of UNSERIALIZABLE_BRANDS) {
    if (value[key()] !== undefined) {
      throw dataCloneError(`Could not serialize object of type "${name}". This type does not support serialization.`);
    }
  }
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  let copy;
  if (value instanceof ArrayBuffer) {
    if (transfer.includes(value) && typeof value.transfer === "function") copy = value.transfer();
    else copy = value.slice(0);
    memo.set(value, copy);
    return copy;
  }
  if (ArrayBuffer.isView(value)) {
    const buffer = structuredCloneValue(value.buffer, memo, transfer);
    copy = value instanceof DataView
      ? new DataView(buffer, value.byteOffset, value.byteLength)
      : new value.constructor(buffer, value.byteOffset, value.length);
    memo.set(value, copy);
    return copy;
  }
  switch (tag) {
    case "Boolean": case "Number": case "String": case "BigInt":
      copy = Object(value.valueOf());
      memo.set(value, copy);
      return copy;
    case "Date":
      copy = new Date(value.getTime());
      memo.set(value, copy);
      return copy;
    case "RegExp":
      copy = new RegExp(value.source, value.flags);
      memo.set(value, copy);
      return copy;
    case "Map":
      copy = new Map();
      memo.set(value, copy);
      for (const [k, v] of value) copy.set(structuredCloneValue(k, memo, transfer), structuredCloneValue(v, memo, transfer));
      return copy;
    case "Set":
      copy = new Set();
      memo.set(value, copy);
      for (const v of value) copy.add(structuredCloneValue(v, memo, transfer));
      return copy;
    case "WeakMap": case "WeakSet": case "WeakRef": case "Promise": case "FinalizationRegistry":
      throw dataCloneError(`#<${tag}> could not be cloned.`);
  }
  if (value instanceof DOMException) {
    copy = new DOMException(value.message, value.name);
    memo.set(value, copy);
    return copy;
  }
  if (value instanceof Error) {
    const name = String(value.name);
    const Ctor = Object.prototype.hasOwnProperty.call(CLONEABLE_ERRORS, name) ? CLONEABLE_ERRORS[name] : Error;
    copy = new Ctor(String(value.message));
    if (typeof value.stack === "string") Object.defineProperty(copy, "stack", { value: value.stack, writable: true, configurable: true });
    memo.set(value, copy);
    if ("cause" in value) copy.cause = structuredCloneValue(value.cause, memo, transfer);
    return copy;
  }
  copy = Array.isArray(value) ? new Array(value.length) : {};
  memo.set(value, copy);
  for (const key of Object.keys(value)) copy[key] = structuredCloneValue(value[key], memo, transfer);
  return copy;
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    throw new TypeError("Failed to execute 'structuredClone' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'JsValue'.");
  }
  const transfer = options?.transfer === undefined ? [] : [...options.transfer];
  return structuredCloneValue(value, new Map(), transfer);
}

internals.structuredClone = (value) => structuredCloneValue(value, new Map(), []);
defineGlobal("structuredClone", structuredClone);
