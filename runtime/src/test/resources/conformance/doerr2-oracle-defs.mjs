// Re-record: copy oracle/defs/_h.mjs and this file (as doerr2.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs doerr2- (D holding only these two files), then python3 httperr-post-record.py out
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
  doCase("doerr2-storage-value-types", "Storage round trips of structured-clone types (Map, Set, Date, RegExp, BigInt, typed arrays, errors, cycles, boxed primitives) and the values it refuses", VALUES_CLS, `
  out.r = await t(() => env.DO.getByName("v").roundTrip());`),
  doCase("doerr2-storage-list-get-delete-options", "list() option combinations and option errors, get/delete/put argument shapes and options, deleteAll", LIST_CLS, `
  out.r = await t(() => env.DO.getByName("l").lists());`),
  // the same classes on a SQLite-backed object
  doCase("doerr2-storage-value-types-sqlite", "Storage round trips of structured-clone types and refused values, SQLite-backed object", VALUES_CLS, `
  out.r = await t(() => env.DO.getByName("v").roundTrip());`, { sql: true }),
  doCase("doerr2-storage-list-get-delete-options-sqlite", "list() option combinations and errors, get/delete/put argument shapes and options, deleteAll, SQLite-backed object", LIST_CLS, `
  out.r = await t(() => env.DO.getByName("l").lists());`, { sql: true }),
];

const FETCH_CLS = `
  async fetch(req) {
    const u = new URL(req.url);
    if (u.pathname === "/throw") throw new RangeError("fetch boom");
    if (u.pathname === "/throwstr") throw "a string";
    if (u.pathname === "/undef") return undefined;
    if (u.pathname === "/str") return "text";
    if (u.pathname === "/redir") return Response.redirect("http://other.example/target", 302);
    const body = req.body ? await req.text() : null;
    return Response.json({ url: req.url, method: req.method, body, ct: req.headers.get("content-type"), cf: typeof req.cf, name: this.ctx.id.name ?? null, redirect: req.redirect });
  }
  async rpcThrow(kind) {
    if (kind === "type") throw new TypeError("rpc type");
    if (kind === "custom") { const e = new Error("custom"); e.name = "MyError"; e.code = 42; e.retryable = true; throw e; }
    if (kind === "str") throw "plain string";
    if (kind === "num") throw 7;
    if (kind === "obj") throw { message: "obj msg", x: 1 };
    if (kind === "null") throw null;
    if (kind === "agg") throw new AggregateError([new Error("one")], "agg");
    if (kind === "dom") throw new DOMException("dom msg", "AbortError");
    throw new Error("plain");
  }
`;
const errShape = `const E = async (fn) => { try { const v = await fn(); return { ok: v ?? null }; } catch (e) { return { type: typeof e, name: e?.name, ctor: e?.constructor?.name, message: e?.message, remote: e?.remote ?? null, retryable: e?.retryable ?? null, overloaded: e?.overloaded ?? null, reset: e?.durableObjectReset ?? null, code: e?.code ?? null, keys: e && typeof e === "object" ? Object.keys(e).sort() : null, str: typeof e === "object" ? null : String(e), isErr: e instanceof Error }; } };`;
defs.push(
  doCase("doerr2-stub-fetch-request-shapes", "stub.fetch with relative/invalid URLs, methods, bodies, Request objects, redirects, handler throws and non-Response results; stub.name and id formats", FETCH_CLS, `
  ${errShape}
  const s = env.DO.getByName("f");
  const R = async (...a) => { try { const r = await s.fetch(...a); const txt = await r.text(); let b; try { b = JSON.parse(txt); } catch { b = txt.slice(0, 60); } return { status: r.status, loc: r.headers.get("location"), ct: r.headers.get("content-type"), b }; } catch (e) { return { error: [e.name, e.message] }; } };
  out.abs = await R("http://x/a?q=1");
  out.rel = await R("/rel");
  out.noScheme = await R("x.com/a");
  out.empty = await R("");
  out.urlObj = await R(new URL("https://y/u"));
  out.post = await R("http://x/p", { method: "POST", body: "hi" });
  out.putJson = await R("http://x/p", { method: "put", body: JSON.stringify({ a: 1 }), headers: { "content-type": "application/json" } });
  out.getBody = await R("http://x/p", { method: "GET", body: "x" });
  out.badMethod = await R("http://x/p", { method: "BAD METHOD" });
  out.connect = await R("http://x/p", { method: "CONNECT" });
  out.reqObj = await R(new Request("http://x/r", { method: "DELETE" }));
  out.reqAndInit = await R(new Request("http://x/r", { method: "DELETE" }), { method: "PATCH", body: "b" });
  out.redir = await R("http://x/redir");
  out.redirManual = await R("http://x/redir", { redirect: "manual" });
  out.throwErr = await R("http://x/throw");
  out.throwStr = await R("http://x/throwstr");
  out.undef = await R("http://x/undef");
  out.str = await R("http://x/str");
  out.noArgs = await R();
  out.stubName = s.name ?? null;
  out.idName = s.id.name ?? null;
  const id = env.DO.idFromName("f");
  out.idStr = [id.toString().length, /^[0-9a-f]+$/.test(id.toString()), id.toString() === env.DO.idFromName("f").toString(), id.equals(s.id)];
  out.stubFromIdName = env.DO.get(id).name ?? null;
  out.stubFromStrName = env.DO.get(env.DO.idFromString(id.toString())).name ?? null;
  out.uniqueName = env.DO.newUniqueId().name ?? null;
  out.uniqueJur = await E(() => env.DO.newUniqueId({ jurisdiction: "eu" }).toString().length);
  out.uniqueBadJur = await E(() => env.DO.newUniqueId({ jurisdiction: "mars" }).toString());
  out.uniqueStr = await E(() => env.DO.newUniqueId("x").toString().length);
  out.uniqueNull = await E(() => env.DO.newUniqueId(null).toString().length);
  out.idFromNameNum = await E(() => env.DO.idFromName(5).toString() === env.DO.idFromName("5").toString());
  out.idFromNameNone = await E(() => env.DO.idFromName().toString() === env.DO.idFromName("undefined").toString());
  out.idFromStringBad = await E(() => env.DO.idFromString("zz").toString());
  out.idFromStringUpper = await E(() => env.DO.idFromString(id.toString().toUpperCase()).toString() === id.toString());
  out.getByNameNum = await E(() => env.DO.getByName(5).name);
  out.getByNameEmpty = await E(() => env.DO.getByName("").name);
  out.idJSON = await E(() => JSON.stringify(id) ?? "undefined");
  out.idString = await E(() => String(id).length);
  `),
  doCase("doerr2-rpc-error-shapes-across-stubs", "errors thrown by a Durable Object's RPC methods as seen by the caller: class, message, remote, retryable, overloaded, own properties, non-Error throws", FETCH_CLS, `
  ${errShape}
  const s = env.DO.getByName("e");
  for (const k of ["type", "custom", "str", "num", "obj", "null", "agg", "dom", "plain"]) out[k] = await E(() => s.rpcThrow(k));
  out.missing = await E(() => s.noSuchMethod());
  out.afterAll = await E(() => s.rpcThrow("plain"));
  `),
);

const ERR_SCRIPT = `
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async fetch(req) {
    const p = new URL(req.url).pathname.slice(1);
    if (p === "fetchThrow") throw new RangeError("do fetch range");
    if (p === "fetchThrowStr") throw "do fetch string";
    if (p === "fetchUndef") return undefined;
    if (p === "fetchObj") return { status: 200 };
    return new Response("fine");
  }
  rpcThrow(kind) {
    if (kind === "str") throw "do rpc string";
    if (kind === "named") { const e = new Error("named msg"); e.name = "CustomName"; throw e; }
    throw new TypeError("do rpc type");
  }
}
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname.slice(1);
  const s = env.DO.getByName("x");
  if (p.startsWith("fetch")) return await s.fetch("http://do/" + p);
  if (p === "rpcType") return await s.rpcThrow("type");
  if (p === "rpcStr") return await s.rpcThrow("str");
  if (p === "rpcNamed") return await s.rpcThrow("named");
  if (p === "rpcUnawaited") { s.rpcThrow("type").catch(() => {}); return new Response("ok"); }
  return new Response("none");
} };`;
const errStep = (path, hdrs) => ({ request: { url: "http://localhost/" + path, method: "GET", headers: hdrs ?? {} } });
defs.push({ name: "doerr2-errors-uncaught-from-durable-objects", area: "errors",
  description: "the 500 response a worker gives when an error thrown inside a Durable Object (fetch or RPC, Error or non-Error, non-Response result) is not caught by the caller",
  options: { modules: true, compatibilityDate: CD, durableObjects: { DO: "Obj" }, script: ERR_SCRIPT },
  steps: ["fetchThrow", "fetchThrowStr", "fetchUndef", "fetchObj", "fetchOk", "rpcType", "rpcStr", "rpcNamed", "rpcUnawaited"].map((p) => errStep(p)) });
export default defs;
