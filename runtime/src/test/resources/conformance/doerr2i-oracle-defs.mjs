// Re-record: copy oracle/defs/_h.mjs and this file (as doerr2i.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs doerr2- (D holding only _h.mjs and this file)
import { CD, PRELUDE, get, req } from "./_h.mjs";

const doCase = (name, description, cls, body, { sql = false, steps = [get("/")], extra = {}, head = "" } = {}) => ({ name, area: "durable-objects", description, options: {
  modules: true, compatibilityDate: CD, durableObjects: { DO: sql ? { className: "Obj", useSQLite: true } : "Obj" }, ...extra,
  script: `${PRELUDE}
import { DurableObject, RpcTarget } from "cloudflare:workers";
${head}
export class Obj extends DurableObject {
${cls}
}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` }, steps });

const VALUES_CLS = `
  async roundTrip() {
    const s = this.ctx.storage; const out = {};
    const cyc = { a: 1 }; cyc.self = cyc;
    const vals = {
      map: new Map([[1, "a"], ["k", { z: 2 }]]), set: new Set([1, "two", 3n]), date: new Date(1700000000000),
      re: /ab+c/gi, big: 12345678901234567890n, u8: new Uint8Array([1, 2, 3]), f64: new Float64Array([1.5, -0]),
      dv: new DataView(new Uint8Array([9, 8]).buffer), ab: new Uint8Array([4, 5]).buffer,
      err: new RangeError("bad range"), terr: new TypeError("tt"), cyc, nested: { arr: [1, , 3], u: undefined, n: null },
      negz: -0, nan: NaN, inf: -Infinity, str: new String("boxed"), num: new Number(4), bool: new Boolean(false),
      sparse: Object.assign([1, 2], { extra: "x" }),
    };
    for (const [k, v] of Object.entries(vals)) {
      try { await s.put(k, v); const g = await s.get(k);
        const d = { type: Object.prototype.toString.call(g), ctor: g?.constructor?.name };
        if (g instanceof Map) d.v = [...g.entries()];
        else if (g instanceof Set) d.v = [...g].map(String);
        else if (g instanceof Date) d.v = g.getTime();
        else if (g instanceof RegExp) d.v = [g.source, g.flags, g.lastIndex];
        else if (typeof g === "bigint") d.v = String(g);
        else if (ArrayBuffer.isView(g)) d.v = [...new Uint8Array(g.buffer, g.byteOffset, g.byteLength)];
        else if (g instanceof ArrayBuffer) d.v = [...new Uint8Array(g)];
        else if (g instanceof Error) d.v = [g.name, g.message, typeof g.stack, Object.keys(g)];
        else if (k === "cyc") d.v = [g.self === g, g.a];
        else if (k === "nested") d.v = [g.arr.length, 1 in g.arr, "u" in g, g.n];
        else if (typeof g === "number") d.v = [Object.is(g, -0), String(g)];
        else if (typeof g === "object" && g !== null) d.v = [JSON.stringify(g), Object.keys(g)];
        else d.v = g;
        out[k] = d;
      } catch (e) { out[k] = { error: [e.name, e.message] }; }
    }
    const bad = { fn: () => 1, sym: Symbol("q"), weak: new WeakMap(), req: new Request("http://x"), resp: new Response("x"), headers: new Headers(), objFn: { f() {} }, promise: Promise.resolve(1), url: new URL("http://x/") };
    for (const [k, v] of Object.entries(bad)) {
      try { await s.put(k, v); const g = await s.get(k); out["bad_" + k] = { ok: Object.prototype.toString.call(g) }; } catch (e) { out["bad_" + k] = { error: [e.name, e.message] }; }
    }
    try { await s.put({ a: bad.fn, b: 1 }); out.multiBad = "ok"; } catch (e) { out.multiBad = [e.name, e.message]; }
    try { out.multiBadB = await s.get("b") ?? null; } catch (e) { out.multiBadB = [e.name, e.message]; }
    try { await s.put("undef", undefined); out.undef = await s.get("undef") ?? "missing"; out.undefList = [...(await s.list({ prefix: "undef" })).keys()]; } catch (e) { out.undef = [e.name, e.message]; }
    return out;
  }
`;

const LIST_CLS = `
  async lists() {
    const s = this.ctx.storage; const out = {};
    await s.put({ a: 1, aa: 2, ab: 3, b: 4, ba: 5, c: 6, "": 7, "\\u00e9": 8, "B": 9 });
    const L = async (o) => { try { return [...(await s.list(o)).keys()]; } catch (e) { return [e.name, e.message]; } };
    out.all = await L();
    out.startEnd = await L({ start: "aa", end: "b" });
    out.startEndRev = await L({ start: "aa", end: "ba", reverse: true });
    out.startAfterEnd = await L({ start: "c", end: "a" });
    out.startEqEnd = await L({ start: "b", end: "b" });
    out.prefixStart = await L({ prefix: "a", start: "ab" });
    out.prefixEnd = await L({ prefix: "a", end: "aa" });
    out.prefixRevLimit = await L({ prefix: "a", reverse: true, limit: 2 });
    out.limit0 = await L({ limit: 0 });
    out.limitNeg = await L({ limit: -1 });
    out.limitFrac = await L({ limit: 1.5 });
    out.limitStr = await L({ limit: "2" });
    out.limitNaN = await L({ limit: NaN });
    out.limitInf = await L({ limit: Infinity });
    out.startAfter = await L({ startAfter: "aa" });
    out.startAfterAndStart = await L({ startAfter: "a", start: "b" });
    out.startAfterRev = await L({ startAfter: "b", reverse: true });
    out.prefixEmpty = await L({ prefix: "" });
    out.startNum = await L({ start: 1 });
    out.endNull = await L({ end: null });
    out.reverseStr = await L({ reverse: "yes" });
    out.optNull = await L(null);
    out.optStr = await L("a");
    out.unknownOpt = await L({ foo: 1 });
    out.allowConcurrency = await L({ allowConcurrency: true, noCache: true, limit: 1 });
    const g = async (k, o) => { try { const r = await s.get(k, o); return r instanceof Map ? [...r.entries()] : (r ?? null); } catch (e) { return [e.name, e.message]; } };
    out.getOpts = await g("a", { allowConcurrency: true, noCache: true });
    out.getArr = await g(["b", "zz", "a", "a"]);
    out.getArrEmpty = await g([]);
    out.getArrNum = await g([1, "a"]);
    out.getNull = await g(null);
    out.getUndef = await g(undefined);
    out.getObj = await g({ a: 1 });
    out.getOptsStr = await g("a", "x");
    const d = async (k) => { try { return await s.delete(k); } catch (e) { return [e.name, e.message]; } };
    out.delArr = await d(["a", "zz", "a"]);
    out.delOne = await d("b");
    out.delMissing = await d("b");
    out.delEmptyArr = await d([]);
    out.delNum = await d(5);
    const p = async (...a) => { try { return (await s.put(...a)) ?? "undefined"; } catch (e) { return [e.name, e.message]; } };
    out.putNoValue = await p("k");
    out.putOpts = await p("k", 1, { allowUnconfirmed: true, noCache: true });
    out.putObjOpts = await p({ k2: 2 }, { allowUnconfirmed: true });
    out.putObjExtraArg = await p({ k3: 3 }, 5);
    out.putNull = await p(null, 1);
    out.putNumKey = await p(7, "seven");
    out.numKey = await g("7");
    out.putArrKey = await p(["x"], 1);
    out.afterAll = await L();
    out.deleteAll = (await s.deleteAll()) ?? "undefined";
    out.afterDeleteAll = await L();
    return out;
  }
`;

const defs = [
  doCase("doerr2-storage-value-types-sqlite", "Storage round trips of structured-clone types and refused values, SQLite-backed object", VALUES_CLS, `
  out.r = await t(() => env.DO.getByName("v").roundTrip());`, { sql: true }),
  doCase("doerr2-storage-list-get-delete-options-sqlite", "list() option combinations and errors, get/delete/put argument shapes and options, deleteAll, SQLite-backed object", LIST_CLS, `
  out.r = await t(() => env.DO.getByName("l").lists());`, { sql: true }),
];
export default defs;
