// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi13`.
import { PRELUDE, get, req, CD } from "./_h.mjs";
const worker = (fn, extra = {}, hang = 300) => ({
  modules: true, compatibilityDate: CD,
  script: `${PRELUDE}
const probes = (${fn.toString()});
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const P = async (k, f) => { out[k] = await Promise.race([t(f), new Promise((r) => setTimeout(() => r("hang"), ${hang}))]); };
    await probes(P, out, req, env);
    return Response.json(out);
  }
};`,
  ...extra,
});
const c = (name, description, fn, steps = [get("/")], area = "web-api", extra = {}, hang = 300) => ({ name, area, description, options: worker(fn, extra, hang), steps });
export default [
c("webapi13-clone-errors-and-shapes", "structuredClone of errors (cause, AggregateError, custom names, subclasses, extra props), sparse arrays, boxed primitives, RegExp state, shared buffers and views, non-cloneable messages", async (P) => {
  const sc = structuredClone;
  const d = (e) => [Object.prototype.toString.call(e), e.constructor?.name, e.name, e.message, Object.getOwnPropertyNames(e).filter((k) => k !== "stack").sort(), "cause" in e ? String(e.cause) : "-", typeof e.stack];
  await P("errCause", () => d(sc(new Error("m", { cause: "why" }))));
  await P("errCauseObj", () => { const e = sc(new Error("m", { cause: { a: 1 } })); return [e.cause, Object.getOwnPropertyDescriptor(e, "cause")]; });
  await P("errCauseErr", () => { const e = sc(new TypeError("outer", { cause: new RangeError("inner") })); return [e.name, e.cause?.name, e.cause?.message, e.cause instanceof RangeError]; });
  await P("aggregate", () => { const e = sc(new AggregateError([new Error("a")], "agg")); return [e.constructor.name, e.name, e.message, e.errors]; });
  await P("customName", () => { const e = new Error("m"); e.name = "MyError"; const c = sc(e); return [c.name, c.constructor.name, Object.getOwnPropertyNames(c).sort()]; });
  await P("typeNamedRange", () => { const e = new TypeError("m"); e.name = "RangeError"; const c = sc(e); return [c.name, c.constructor.name]; });
  await P("subclass", () => { class E2 extends Error { constructor(m) { super(m); this.name = "E2"; this.code = 7; } } const c = sc(new E2("x")); return [c.constructor.name, c.name, c.code, c instanceof Error]; });
  await P("extraProps", () => { const e = new Error("m"); e.code = "X"; e.detail = { a: 1 }; const c = sc(e); return [c.code, c.detail]; });
  await P("stackKept", () => { const e = new Error("m"); e.stack = "custom stack"; return sc(e).stack; });
  await P("messageNonString", () => { const e = new Error("m"); e.message = 42; const c = sc(e); return [typeof c.message, c.message]; });
  await P("noMessage", () => { const c = sc(new Error()); return [c.message, Object.getOwnPropertyNames(c).includes("message")]; });
  await P("domex", () => { const c = sc(new DOMException("dm", "DataCloneError")); return [c.constructor.name, c.name, c.message, c.code]; });
  await P("sparse", () => { const a = [1, , 3]; a[10] = 5; const c = sc(a); return [c.length, Object.keys(c), 1 in c]; });
  await P("arrayProps", () => { const a = [1, 2]; a.extra = "x"; const c = sc(a); return [c.extra, Object.keys(c)]; });
  await P("negZero", () => { const c = sc([-0, NaN, Infinity]); return [Object.is(c[0], -0), c[1], c[2]]; });
  await P("boxed", () => { const c = sc([new Number(3), new String("s"), new Boolean(false), Object(10n)]); return c.map((x) => [typeof x, Object.prototype.toString.call(x), String(x.valueOf())]); });
  await P("boxedSymbol", () => sc(Object(Symbol("s"))));
  await P("regexp", () => { const r = /a+/gimsuy; r.lastIndex = 3; const c = sc(r); return [c.source, c.flags, c.lastIndex]; });
  await P("regexpD", () => { const c = sc(/x/d); return c.flags; });
  await P("dateInvalid", () => { const c = sc(new Date(NaN)); return [String(c), c.getTime()]; });
  await P("symbolKeyDropped", () => { const o = { a: 1, [Symbol("s")]: 2 }; return Object.getOwnPropertySymbols(sc(o)).length; });
  await P("getterEvaluated", () => { let n = 0; const o = { get g() { n++; return "v"; } }; const c = sc(o); return [c, n, Object.getOwnPropertyDescriptor(c, "g").writable]; });
  await P("nonEnumDropped", () => { const o = {}; Object.defineProperty(o, "h", { value: 1, enumerable: false }); return Object.keys(sc(o)).length + ":" + ("h" in sc(o)); });
  await P("protoLost", () => { class K { constructor() { this.x = 1; } m() {} } const c = sc(new K()); return [Object.getPrototypeOf(c) === Object.prototype, c.x]; });
  await P("nullProto", () => { const o = Object.create(null); o.a = 1; const c = sc(o); return [Object.getPrototypeOf(c) === Object.prototype, c.a]; });
  await P("sharedBuffer", () => { const b = new ArrayBuffer(8); const c = sc({ x: new Uint8Array(b), y: new Uint16Array(b, 2, 2) }); return [c.x.buffer === c.y.buffer, c.y.byteOffset, c.y.length]; });
  await P("dataView", () => { const c = sc(new DataView(new ArrayBuffer(4), 1, 2)); return [c.constructor.name, c.byteOffset, c.byteLength, c.buffer.byteLength]; });
  await P("resizable", () => { const b = new ArrayBuffer(4, { maxByteLength: 16 }); const c = sc(b); return [c.resizable, c.maxByteLength, c.byteLength]; });
  await P("transfer", () => { const b = new ArrayBuffer(4); const c = sc(b, { transfer: [b] }); return [b.byteLength, b.detached, c.byteLength]; });
  await P("transferTwice", () => { const b = new ArrayBuffer(4); return sc(b, { transfer: [b, b] }); });
  await P("transferDetached", () => { const b = new ArrayBuffer(4); sc(b, { transfer: [b] }); return sc(b); });
  await P("transferNotBuffer", () => sc(1, { transfer: [{}] }));
  await P("func", () => sc({ f() {} }));
  await P("arrow", () => sc(() => 1));
  await P("symbol", () => sc(Symbol("q")));
  await P("weakmap", () => sc(new WeakMap()));
  await P("weakref", () => sc(new WeakRef({})));
  await P("promise", () => sc(Promise.resolve(1)));
  await P("request", () => sc(new Request("http://x/")));
  await P("headers", () => sc(new Headers()));
  await P("blobClone", async () => { const c = sc(new Blob(["ab"], { type: "T/X" })); return [c.constructor.name, c.type, await c.text()]; });
  await P("fileClone", async () => { const c = sc(new File(["ab"], "n.txt", { lastModified: 5 })); return [c.constructor.name, c.name, c.lastModified]; });
  await P("mapCircular", () => { const m = new Map(); m.set(m, m); const c = sc(m); return c.get(c) === c; });
  await P("noArgs", () => sc());
  await P("undef", () => [sc(undefined), sc(null)]);
  await P("bigint", () => sc(12345678901234567890n).toString());
}),
];
