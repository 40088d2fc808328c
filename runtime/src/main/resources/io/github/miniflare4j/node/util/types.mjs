// node:util/types — brand checks that do not trust Symbol.toStringTag where a real check exists.
function brand(getter) {
  return (value) => {
    if (value === null || typeof value !== "object") return false;
    try { getter.call(value); return true; } catch { return false; }
  };
}
const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
const tag = (value) => Object.prototype.toString.call(value);
const typedArrayTag = getter(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag);
const typedArrayOf = (name) => (value) => typedArrayTag.call(value) === name;

export const isDate = brand(Date.prototype.getTime);
export const isRegExp = (value) => value !== RegExp.prototype && brand(getter(RegExp.prototype, "source"))(value);
export const isMap = (value) => brand(function () { Map.prototype.has.call(this); })(value);
export const isSet = (value) => brand(function () { Set.prototype.has.call(this); })(value);
export const isWeakMap = (value) => brand(function () { WeakMap.prototype.has.call(this, {}); })(value);
export const isWeakSet = (value) => brand(function () { WeakSet.prototype.has.call(this, {}); })(value);
export const isArrayBuffer = brand(getter(ArrayBuffer.prototype, "byteLength"));
export const isSharedArrayBuffer = typeof SharedArrayBuffer === "function" ? brand(getter(SharedArrayBuffer.prototype, "byteLength")) : () => false;
export const isAnyArrayBuffer = (value) => isArrayBuffer(value) || isSharedArrayBuffer(value);
export const isDataView = brand(getter(DataView.prototype, "byteLength"));
export const isArrayBufferView = (value) => ArrayBuffer.isView(value);
export const isTypedArray = (value) => typedArrayTag.call(value) !== undefined;
export const isUint8Array = typedArrayOf("Uint8Array");
export const isUint8ClampedArray = typedArrayOf("Uint8ClampedArray");
export const isUint16Array = typedArrayOf("Uint16Array");
export const isUint32Array = typedArrayOf("Uint32Array");
export const isInt8Array = typedArrayOf("Int8Array");
export const isInt16Array = typedArrayOf("Int16Array");
export const isInt32Array = typedArrayOf("Int32Array");
export const isFloat16Array = typedArrayOf("Float16Array");
export const isFloat32Array = typedArrayOf("Float32Array");
export const isFloat64Array = typedArrayOf("Float64Array");
export const isBigInt64Array = typedArrayOf("BigInt64Array");
export const isBigUint64Array = typedArrayOf("BigUint64Array");
export const isNumberObject = brand(Number.prototype.valueOf);
export const isStringObject = brand(String.prototype.valueOf);
export const isBooleanObject = brand(Boolean.prototype.valueOf);
export const isBigIntObject = brand(BigInt.prototype.valueOf);
export const isSymbolObject = brand(Symbol.prototype.valueOf);
export const isBoxedPrimitive = (value) => isNumberObject(value) || isStringObject(value) || isBooleanObject(value) || isBigIntObject(value) || isSymbolObject(value);
export const isPromise = (value) => value instanceof Promise || tag(value) === "[object Promise]";
// An object made by an Error constructor (its [[ErrorData]] shows in the tag unless a toStringTag hides it: then
// an Error instance's is believed); not Object.create(Error.prototype), and not DOMException (workerd's is no
// native error).
export const isNativeError = (value) => !(value instanceof DOMException) &&
  (tag(value) === "[object Error]" || (value instanceof Error && Symbol.toStringTag in value));
export const isAsyncFunction = (value) => typeof value === "function" && (value[Symbol.toStringTag] === "AsyncFunction" || value[Symbol.toStringTag] === "AsyncGeneratorFunction");
export const isGeneratorFunction = (value) => typeof value === "function" && (value[Symbol.toStringTag] === "GeneratorFunction" || value[Symbol.toStringTag] === "AsyncGeneratorFunction");
export const isGeneratorObject = (value) => tag(value) === "[object Generator]" || tag(value) === "[object AsyncGenerator]";
export const isArgumentsObject = (value) => tag(value) === "[object Arguments]";
export const isMapIterator = (value) => tag(value) === "[object Map Iterator]";
export const isSetIterator = (value) => tag(value) === "[object Set Iterator]";
export const isModuleNamespaceObject = (value) => value !== null && typeof value === "object" && Object.getPrototypeOf(value) === null && value[Symbol.toStringTag] === "Module";
// not observable from JavaScript: the engine tells
// (a CryptoKey is a Proxy here, for its members' copies, but not in workerd; `instanceof` throws
// on a revoked proxy, which is no CryptoKey)
const isCryptoKeyProxy = (value) => {
  try { return typeof CryptoKey === "function" && value instanceof CryptoKey; } catch { return false; }
};
// so is the global Proxy constructor (it notes the proxies scripts make, for structuredClone)
const globalProxy = globalThis.Proxy;
export const isProxy = (value) => ((typeof value === "object" && value !== null) || typeof value === "function") && value !== globalProxy && $node.host.inspection().isProxy(value) && !isCryptoKeyProxy(value);
export const isExternal = () => false;
export const isCryptoKey = (value) => typeof CryptoKey === "function" && value instanceof CryptoKey;
export const isKeyObject = (value) => value !== null && typeof value === "object" && value[Symbol.toStringTag] === "KeyObject" && typeof value.export === "function";

export default {
  isDate, isRegExp, isMap, isSet, isWeakMap, isWeakSet, isArrayBuffer, isSharedArrayBuffer, isAnyArrayBuffer, isDataView,
  isArrayBufferView, isTypedArray, isUint8Array, isUint8ClampedArray, isUint16Array, isUint32Array, isInt8Array, isInt16Array,
  isInt32Array, isFloat16Array, isFloat32Array, isFloat64Array, isBigInt64Array, isBigUint64Array, isNumberObject, isStringObject, isBooleanObject,
  isBigIntObject, isSymbolObject, isBoxedPrimitive, isPromise, isNativeError, isAsyncFunction, isGeneratorFunction, isGeneratorObject,
  isArgumentsObject, isMapIterator, isSetIterator, isModuleNamespaceObject, isProxy, isExternal, isCryptoKey, isKeyObject,
};
