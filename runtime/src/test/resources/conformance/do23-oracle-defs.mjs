// Re-record: copy oracle/defs/_h.mjs and this file (as do23.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do23-
import { CD, PRELUDE, get } from "./_h.mjs";
const HEAD = `
import { DurableObject } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const D = (v, seen = new Map(), path = "$") => {
  if (v === undefined) return "undefined";
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : Number.isNaN(v) ? "NaN" : v === Infinity ? "Inf" : v;
  if (typeof v === "bigint") return v + "n";
  if (typeof v === "symbol") return "symbol";
  if (typeof v === "function") return "function";
  if (v === null || typeof v !== "object") return v;
  if (seen.has(v)) return "ref:" + seen.get(v);
  seen.set(v, path);
  const tag = Object.prototype.toString.call(v).slice(8, -1);
  const proto = Object.getPrototypeOf(v); const pn = proto === null ? "null" : proto?.constructor?.name;
  if (v instanceof Date) return ["Date", v.getTime() || String(v.getTime())];
  if (v instanceof RegExp) return ["RegExp", v.source, v.flags, v.lastIndex];
  if (v instanceof Error) return ["Error", pn, v.name, v.message, D(v.cause, seen, path + ".cause"), Object.keys(v), v.stack === undefined ? "nostack" : typeof v.stack];
  if (ArrayBuffer.isView(v)) return [tag, pn, v.byteOffset, v.byteLength, v.buffer.byteLength, [...new Uint8Array(v.buffer, v.byteOffset, Math.min(v.byteLength, 8))]];
  if (v instanceof ArrayBuffer) return ["ArrayBuffer", v.byteLength];
  if (v instanceof Map) return ["Map", [...v].map(([k, x], i) => [D(k, seen, path + ".k" + i), D(x, seen, path + ".v" + i)])];
  if (v instanceof Set) return ["Set", [...v].map((x, i) => D(x, seen, path + ".s" + i))];
  if (Array.isArray(v)) return ["Array", v.length, Object.keys(v), Object.keys(v).map((k) => D(v[k], seen, path + "." + k))];
  if (tag === "Number" || tag === "String" || tag === "Boolean" || tag === "BigInt") return ["Wrapper", tag, String(v.valueOf()), typeof v];
  return ["Object", tag, pn, Object.keys(v).map((k) => [k, D(v[k], seen, path + "." + k)])];
};
`;
const doCase = (name, description, script, { date = CD, sql = false, steps = [get("/")], area = "durable-objects" } = {}) => ({
  name, area, description,
  options: { modules: true, compatibilityDate: date, durableObjects: { DO: sql ? { className: "Obj", useSQLite: true } : "Obj" }, script: `${PRELUDE}${HEAD}${script}` },
  steps,
});

const VALUES = `
class Point { constructor() { this.x = 1; } get y() { return 2; } }
class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; this.code = 7; } }
const values = () => {
  const shared = { s: 1 }; const cyc = { a: 1 }; cyc.self = cyc;
  const buf = new ArrayBuffer(16); new Uint8Array(buf).set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  const sparse = [1, , 3]; sparse[10] = "ten"; const withProp = [1, 2]; withProp.extra = "x";
  const getter = { get g() { return "got"; }, plain: 1 };
  const nonEnum = { v: 1 }; Object.defineProperty(nonEnum, "hidden", { value: 2, enumerable: false });
  const symKey = { v: 1, [Symbol("k")]: 2 };
  const nullProto = Object.create(null); nullProto.a = 1;
  const re = /ab+c/gi; re.lastIndex = 3;
  return {
    negZero: -0, nan: NaN, inf: Infinity, big: -12345678901234567890n, bigZero: 0n,
    sparse, withProp, getter, nonEnum, symKey, nullProto, point: new Point(),
    wrappers: [new Number(3), new String("s"), new Boolean(false), Object(5n)],
    shared: [shared, shared], cyc,
    re, badDate: new Date(NaN), date: new Date(1e12),
    err: new MyErr("mine"), rangeErr: new RangeError("r", { cause: new Error("c") }), agg: new AggregateError([new Error("e1")], "agg"),
    plainErrProps: Object.assign(new TypeError("t"), { extra: { deep: 1 } }),
    views: [new Uint8Array(buf, 2, 4), new Int16Array(buf, 4, 2), new DataView(buf, 1, 3), new Float64Array([1.5, -0]), new BigInt64Array([-1n]), new Uint8ClampedArray([300]), new Float32Array([0.1])],
    sameBuf: (() => { const b = new ArrayBuffer(8); return [new Uint8Array(b, 0, 4), new Uint8Array(b, 4, 4)]; })(),
    map: new Map([[{ k: 1 }, "objkey"], [NaN, "nan"], [-0, "zero"]]), set: new Set([1, "1", 1n, undefined]),
    emptyStr: "", longStr: "\\u00e9".repeat(3),
    nested: { a: [{ b: [undefined, null] }] },
  };
};
export class Obj extends DurableObject {
  async run() {
    const s = this.ctx.storage; const out = {}; const v = values();
    for (const k of Object.keys(v)) out[k] = await TA(async () => { await s.put("v:" + k, v[k]); return D(await s.get("v:" + k)); });
    out.all = await TA(async () => { await s.put({ a: v.cyc, b: v.shared }); const m = await s.get(["a", "b"]); return [...m].map(([k, x]) => [k, D(x)]); });
    out.listed = await TA(async () => D((await s.list({ prefix: "v:w" })).get("v:wrappers")));
    out.bad = await TA(async () => { await s.put("x", { f: new Blob(["x"]) }); return "ok"; });
    out.badReq = await TA(async () => { await s.put("x", new Request("http://x/")); return "ok"; });
    out.badHeaders = await TA(async () => { await s.put("x", new Headers()); return "ok"; });
    out.badStream = await TA(async () => { await s.put("x", new ReadableStream()); return "ok"; });
    out.badProxy = await TA(async () => { await s.put("x", new Proxy({ a: 1 }, {})); return D(await s.get("x")); });
    out.badWeak = await TA(async () => { await s.put("x", new WeakSet()); return "ok"; });
    out.badSab = await TA(async () => { await s.put("x", { u: new URL("http://x/") }); return "ok"; });
    return out;
  }
}
export default { async fetch(req, env) { return Response.json(await env.DO.getByName("v").run()); } };`;

const RPCVALUES = VALUES.replace(/export class Obj[\s\S]*$/, `
export class Obj extends DurableObject {
  echo(x) { return x; }
  describe(x) { return D(x); }
  give(k) { return values()[k]; }
}
export default { async fetch(req, env) {
  const stub = env.DO.getByName("r"); const out = {}; const v = values();
  for (const k of Object.keys(v)) out[k] = await TA(async () => [await stub.describe(v[k]), D(await stub.give(k))]);
  out.badReq = await TA(async () => { const r = await stub.echo({ r: new Request("http://x/", { method: "POST", body: "b" }) }); return [r.r instanceof Request, r.r.method, await r.r.text()]; });
  out.badHeaders = await TA(async () => { const r = await stub.echo(new Headers({ a: "1" })); return [r instanceof Headers, [...r]]; });
  out.blob = await TA(async () => { const r = await stub.echo(new Blob(["xy"], { type: "text/x" })); return [r instanceof Blob, r.type, await r.text()]; });
  out.url = await TA(async () => D(await stub.echo(new URL("http://x/"))));
  return Response.json(out);
} };`);

export default [
  doCase("do23-storage-value-kinds-kv", "KV-backed storage: values of many kinds put and read back (negative zero, sparse arrays, wrappers, class instances, cycles, shared references, errors with causes, views over one buffer, Maps with object keys) and values it refuses", VALUES),
  doCase("do23-storage-value-kinds-sql", "SQLite-backed storage: values of many kinds put and read back and values it refuses", VALUES, { sql: true }),
  doCase("do23-rpc-value-kinds", "RPC to a Durable Object: values of many kinds as arguments and results (negative zero, sparse arrays, wrappers, class instances, cycles, errors, views, Maps), Requests, Headers, Blobs and URLs", RPCVALUES),
];
