// Node's deep equality (assert.deepStrictEqual / deepEqual, util.isDeepStrictEqual).

const tagOf = (v) => Object.prototype.toString.call(v);

function isBoxed(v) {
  return v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof BigInt || v instanceof Symbol;
}

function ownEnumerableKeys(value, strict) {
  const keys = Object.keys(value);
  if (strict) for (const s of Object.getOwnPropertySymbols(value)) if (Object.prototype.propertyIsEnumerable.call(value, s)) keys.push(s);
  return keys;
}

function primitiveEqual(a, b, strict) {
  if (strict) return Object.is(a, b);
  // eslint-disable-next-line eqeqeq
  return a == b || (Number.isNaN(a) && Number.isNaN(b));
}

/** Node's memos: the positions of the pairs on the current path of the walk. */
const newMemo = () => ({ val1: new Map(), val2: new Map(), position: 0 });
export function isDeepEqual(a, b) { return innerEqual(a, b, false, newMemo()); }
export function isDeepStrictEqual(a, b) { return innerEqual(a, b, true, newMemo()); }

function innerEqual(a, b, strict, memo) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) {
    if (typeof a === "function" || typeof b === "function") return false;
    if (strict) return Object.is(a, b);
    if ((typeof a === "object" && a !== null) || (typeof b === "object" && b !== null)) return false;
    return primitiveEqual(a, b, false);
  }
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const tag = tagOf(a);
  if (tag !== tagOf(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && a.length !== b.length) return false;
  if (a instanceof Date) { if (!(b instanceof Date) || a.getTime() !== b.getTime()) return false; }
  else if (a instanceof RegExp) { if (!(b instanceof RegExp) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false; }
  else if (a instanceof Error) { if (!(b instanceof Error) || a.message !== b.message || a.name !== b.name) return false; }
  else if (isBoxed(a)) { if (!isBoxed(b) || !Object.is(a.valueOf(), b.valueOf())) return false; }
  else if (ArrayBuffer.isView(a)) {
    if (!ArrayBuffer.isView(b) || a.byteLength !== b.byteLength) return false;
    if (a instanceof DataView || !strict && !(a instanceof Float32Array || a instanceof Float64Array)) {
      const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength), y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    } else {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (!primitiveEqual(a[i], b[i], strict)) return false;
    }
    const ka = ownEnumerableKeys(a, strict).filter((k) => typeof k === "symbol" || !/^\d+$/.test(k));
    const kb = ownEnumerableKeys(b, strict).filter((k) => typeof k === "symbol" || !/^\d+$/.test(k));
    return ka.length === kb.length && keysEqual(a, b, ka, strict, memo);
  } else if (a instanceof ArrayBuffer) {
    if (!(b instanceof ArrayBuffer) || a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a), y = new Uint8Array(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  }
  // (WeakMaps, WeakSets and Promises compare by their own keys only, as in workerd)

  // cycles, as Node's memos: an object met again on the path equals its counterpart only when
  // both were entered at the same step
  const atA = memo.val1.get(a);
  if (atA !== undefined) {
    const atB = memo.val2.get(b);
    if (atB !== undefined) return atA === atB;
  }
  memo.position++;
  memo.val1.set(a, memo.position);
  memo.val2.set(b, memo.position);
  const equal = objectEquiv(a, b, strict, memo);
  memo.val1.delete(a);
  memo.val2.delete(b);
  return equal;
}

function objectEquiv(a, b, strict, memo) {
  const ka = ownEnumerableKeys(a, strict);
  const kb = ownEnumerableKeys(b, strict);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!Object.prototype.propertyIsEnumerable.call(b, k)) return false;

  if (a instanceof Set) {
    if (!(b instanceof Set) || a.size !== b.size) return false;
    outer: for (const x of a) {
      if (b.has(x)) continue;
      if (typeof x !== "object" && strict) return false;
      for (const y of b) if (innerEqual(x, y, strict, memo)) continue outer;
      return false;
    }
  } else if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    outer: for (const [k, v] of a) {
      if (b.has(k)) { if (!innerEqual(v, b.get(k), strict, memo)) return false; continue; }
      for (const [k2, v2] of b) if (innerEqual(k, k2, strict, memo) && innerEqual(v, v2, strict, memo)) continue outer;
      return false;
    }
  }
  return keysEqual(a, b, ka, strict, memo);
}

function keysEqual(a, b, keys, strict, memo) {
  for (const k of keys) if (!innerEqual(a[k], b[k], strict, memo)) return false;
  return true;
}
