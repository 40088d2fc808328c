// Re-record: copy oracle/defs/_h.mjs and this file (as do20.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do20-
import { CD, PRELUDE, get } from "./_h.mjs";

const doCase = (name, description, cls, body, { sql = false, steps = [get("/")], extra = {}, head = "", area = "durable-objects", date = CD } = {}) => ({ name, area, description, options: {
  modules: true, compatibilityDate: date, durableObjects: { DO: sql ? { className: "Obj", useSQLite: true } : "Obj" }, ...extra,
  script: `${PRELUDE}
import { DurableObject, RpcTarget } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const until = async (f) => { for (let i = 0; i < 200 && !f(); i++) await scheduler.wait(5); };
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
${head}
export class Obj extends DurableObject {
${cls}
}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` }, steps });

const THROW_CLS = `
  async fetch(req) {
    const kind = new URL(req.url).pathname.split("/")[2];
    class MyErr extends Error {}
    class Named extends Error { constructor(m) { super(m); this.name = "NamedError"; this.code = 42; } }
    switch (kind) {
      case "string": throw "plain string";
      case "null": throw null;
      case "undef": throw undefined;
      case "number": throw 42;
      case "object": throw { message: "obj msg", name: "ObjName" };
      case "sub": throw new MyErr("sub msg");
      case "named": throw new Named("named msg");
      case "renamed": { const e = new Error("renamed msg"); e.name = "Whatever"; throw e; }
      case "cause": throw new TypeError("with cause", { cause: new Error("the cause") });
      case "dom": throw new DOMException("dom msg", "AbortError");
      case "agg": throw new AggregateError([new Error("a")], "agg msg");
      case "empty": throw new Error();
      case "async": await scheduler.wait(1); throw new SyntaxError("late");
      case "returnString": return "not a response";
      case "returnUndef": return undefined;
      case "returnObj": return { status: 200 };
      case "multiline": throw new Error("line1\\nline2");
    }
    return new Response("ok " + kind);
  }
  async rpcThrow(kind) {
    class Named extends Error { constructor(m) { super(m); this.name = "NamedError"; this.code = 42; } }
    switch (kind) {
      case "string": throw "plain string";
      case "null": throw null;
      case "number": throw 42;
      case "object": throw { message: "obj msg", name: "ObjName" };
      case "named": throw new Named("named msg");
      case "renamed": { const e = new Error("renamed msg"); e.name = "Whatever"; throw e; }
      case "props": { const e = new RangeError("props msg"); e.code = "E_CODE"; e.detail = { a: 1 }; throw e; }
      case "cause": throw new TypeError("with cause", { cause: new Error("the cause") });
      case "dom": throw new DOMException("dom msg", "AbortError");
      case "agg": throw new AggregateError([new Error("a")], "agg msg");
      case "empty": throw new Error();
    }
  }
`;
const THROW_KINDS = ["string", "null", "undef", "number", "object", "sub", "named", "renamed", "cause", "dom", "agg", "empty", "async", "returnString", "returnUndef", "returnObj", "multiline"];
const RPC_KINDS = ["string", "null", "number", "object", "named", "renamed", "props", "cause", "dom", "agg", "empty"];
const THROW_BODY = `
  const D = (e) => e === null || typeof e !== "object" ? { prim: String(e) } : { name: e.name, message: e.message, ctor: e.constructor?.name, remote: e.remote ?? null, code: e.code ?? null, detail: e.detail ?? null, cause: e.cause === undefined ? "none" : String(e.cause), isErr: e instanceof Error, keys: Object.keys(e).sort() };
  const stub = env.DO.getByName("t");
  if (url.pathname.startsWith("/direct/")) return stub.fetch("http://do/x/" + url.pathname.split("/")[2]);
  out.fetch = {};
  for (const k of ${JSON.stringify(THROW_KINDS)}) {
    try { const r = await stub.fetch("http://do/x/" + k); out.fetch[k] = { status: r.status, text: (await r.text()).split("\\n")[0] }; } catch (e) { out.fetch[k] = D(e); }
  }
  out.rpc = {};
  for (const k of ${JSON.stringify(RPC_KINDS)}) {
    try { await stub.rpcThrow(k); out.rpc[k] = "no throw"; } catch (e) { out.rpc[k] = D(e); }
  }
`;
const RECENT = "2026-04-26";
const RPC_EXTRA_CLS = `
  async rpcValue(kind) {
    switch (kind) {
      case "error": return new RangeError("as value");
      case "props": { const e = new TypeError("v props"); e.code = "X"; e.n = 5; return e; }
      case "named": { const e = new Error("v named"); e.name = "Custom"; return e; }
      case "cause": return new Error("v cause", { cause: new RangeError("inner") });
      case "nested": return { list: [new SyntaxError("in list")], map: new Map([["k", new EvalError("in map")]]) };
      case "agg": return new AggregateError([new Error("x"), new TypeError("y")], "v agg");
      case "dom": return new DOMException("v dom", "DataCloneError");
      case "sub": { class MyE extends Error {} return new MyE("v sub"); }
    }
  }
`;
const VALUE_KINDS = ["error", "props", "named", "cause", "nested", "agg", "dom", "sub"];
const VALUE_BODY = `
  const D = (e) => e === null || typeof e !== "object" ? { prim: String(e) } : { name: e.name, message: e.message, ctor: e.constructor?.name, code: e.code ?? null, n: e.n ?? null, cause: e.cause === undefined ? "none" : [e.cause?.name, e.cause?.message, e.cause?.constructor?.name], isErr: e instanceof Error, errors: Array.isArray(e.errors) ? e.errors.map((x) => [x?.name, x?.message, x?.constructor?.name]) : null, keys: Object.keys(e).sort(), stackFirst: typeof e.stack === "string" ? e.stack.split("\\n")[0] : null };
  const stub = env.DO.getByName("t");
  out.value = {};
  for (const k of ${JSON.stringify(VALUE_KINDS)}) {
    try { const v = await stub.rpcValue(k); out.value[k] = k === "nested" ? { list: D(v.list[0]), map: D(v.map.get("k")) } : D(v); } catch (e) { out.value[k] = ["threw", D(e)]; }
  }
  out.rpc = {};
  for (const k of ${JSON.stringify(RPC_KINDS)}) {
    try { await stub.rpcThrow(k); out.rpc[k] = "no throw"; } catch (e) { out.rpc[k] = D(e); }
  }
  out.fetch = {};
  for (const k of ["sub", "named", "renamed", "cause", "dom", "agg", "object"]) {
    try { const r = await stub.fetch("http://do/x/" + k); out.fetch[k] = { status: r.status, text: (await r.text()).split("\\n")[0] }; } catch (e) { out.fetch[k] = D(e); }
  }
`;
const STUB_CLS = `
  makeTarget(tag) { const self = this; return new (class T extends RpcTarget { ping() { return "pong " + tag; } get tag() { return tag; } })(); }
  async useIt(t) { const a = await t.ping(); return [a, await t.ping()]; }
  async keepIt(t) { this.kept = t; return "kept"; }
  async useKept() { try { return await this.kept.ping(); } catch (e) { return [e.name, e.message]; } }
  async callFn(f) { return await f(3); }
  async useStub(s) { return await s.hello(); }
  hello() { return "hello from " + this.ctx.id.name; }
`;
const STUB_BODY = `
  const a = env.DO.getByName("a"), b = env.DO.getByName("b");
  const R = async (f) => { try { return await f(); } catch (e) { return [e.name, e.message]; } };
  const t = await a.makeTarget("one");
  out.first = await R(() => b.useIt(t));
  out.afterPass = await R(() => t.ping());
  out.keep = await R(() => b.keepIt(t));
  out.afterKeep = await R(() => t.ping());
  out.usedKept = await R(() => b.useKept());
  t[Symbol.dispose]();
  out.afterDispose = await R(() => t.ping());
  out.usedKeptAfterDispose = await R(() => b.useKept());
  const fn = (x) => x * 2;
  out.fn = await R(() => b.callFn(fn));
  out.fnTwice = await R(() => b.callFn(fn));
  out.stubAsArg = await R(() => b.useStub(a));
  out.stubAfterArg = await R(() => a.hello());
  const t2 = await a.makeTarget("two");
  out.twoParallel = await R(() => Promise.all([b.useIt(t2), b.useIt(t2)]));
  out.t2after = await R(() => t2.ping());
  out.t2tag = await R(() => t2.tag);
`;
const first = [
  doCase("do20-object-throws-shapes-recent-date", "At a 2026 compatibility date (enhanced error serialization): what a caller sees when an object's RPC method throws or returns errors with names, properties, causes, subclasses, AggregateError, DOMException, and when its fetch handler throws",
    THROW_CLS + RPC_EXTRA_CLS, VALUE_BODY, { date: RECENT }),
  doCase("do20-object-throws-shapes-old-date", "At a 2025 compatibility date: what a caller sees when an object's RPC method returns errors as values with names, properties, causes, subclasses, AggregateError, DOMException",
    THROW_CLS + RPC_EXTRA_CLS, VALUE_BODY),
  doCase("do20-rpc-stub-params-recent-date", "At a 2026 compatibility date (rpc_params_dup_stubs): an RpcTarget stub and a function passed to another object's method, kept by it, disposed by the caller; an object's stub as an argument",
    STUB_CLS, STUB_BODY, { date: RECENT }),
  doCase("do20-rpc-stub-params-old-date", "At a 2025 compatibility date (stubs transferred): an RpcTarget stub and a function passed to another object's method, kept by it, disposed by the caller; an object's stub as an argument",
    STUB_CLS, STUB_BODY),
];
const ERR_DESC = `
  const P = (e) => { if (e === null || typeof e !== "object") return { prim: String(e) }; const own = {}; for (const k of Reflect.ownKeys(e)) { const d = Object.getOwnPropertyDescriptor(e, k); own[String(k)] = k === "stack" ? [d.enumerable ? "e" : "-"] : [d.enumerable ? "e" : "-", d.writable ? "w" : "-", "value" in d ? ( typeof d.value === "object" && d.value !== null ? (d.value instanceof Error ? "Error:" + d.value.message : Array.isArray(d.value) ? "array" + d.value.length : Object.prototype.toString.call(d.value)) : String(d.value)) : "accessor"]; } return { stackFirst: typeof e.stack === "string" ? e.stack.split("\\n")[0] : typeof e.stack, ctor: e.constructor?.name, proto: Object.getPrototypeOf(e) === Object.prototype ? "Object" : Object.getPrototypeOf(e)?.constructor?.name, name: String(e.name), message: String(e.message), isErr: e instanceof Error, own, str: (() => { try { return String(e); } catch (x) { return "String threw " + x.message; } })() }; };
  const MK = {
    props: () => { const e = new TypeError("p"); e.code = "X"; e.n = 5; e.obj = { a: [1] }; return e; },
    named: () => { const e = new Error("n"); e.name = "Custom"; return e; },
    nameNum: () => { const e = new Error("nn"); e.name = 42; return e; },
    protoName: () => { class Q extends Error {} Q.prototype.name = "QErr"; return new Q("q"); },
    cause: () => new Error("c", { cause: { detail: 1 } }),
    causeUndef: () => new Error("cu", { cause: undefined }),
    agg: () => new AggregateError([new RangeError("r"), "str"], "a"),
    fnProp: () => { const e = new Error("f"); e.fn = () => 1; return e; },
    symProp: () => { const e = new Error("s"); e[Symbol("x")] = 1; e.hidden = 1; Object.defineProperty(e, "nonEnum", { value: 2, enumerable: false }); return e; },
    msgObj: () => { const e = new Error("m"); void e.stack; e.message = { toString() { return "obj" } }; return e; },
    noMsg: () => new Error(),
    stackGone: () => { const e = new Error("sg"); delete e.stack; e.stack = undefined; return e; },
    plain: () => ({ message: "plain msg", name: "PlainName", extra: true }),
    dom: () => { const d = new DOMException("dm", "NotFoundError"); d.extra = 1; return d; },
  };
`;
const ERR_CLS = `
  throwKind(kind) { ${ERR_DESC} throw MK[kind](); }
  async storeKind(kind) { ${ERR_DESC} await this.ctx.storage.put("k", MK[kind]()); return P(await this.ctx.storage.get("k")); }
`;
const ERR_KINDS = ["props", "named", "nameNum", "protoName", "cause", "causeUndef", "agg", "fnProp", "symProp", "msgObj", "noMsg", "stackGone", "plain", "dom"];
const ERR_BODY = `${ERR_DESC}
  const stub = env.DO.getByName("e");
  out.clone = {}; out.thrown = {}; out.stored = {};
  for (const k of ${JSON.stringify(ERR_KINDS)}) {
    try { out.clone[k] = P(structuredClone(MK[k]())); } catch (e) { out.clone[k] = ["threw", e.name, e.message]; }
    try { await stub.throwKind(k); out.thrown[k] = "no throw"; } catch (e) { out.thrown[k] = P(e); }
    try { out.stored[k] = await stub.storeKind(k); } catch (e) { out.stored[k] = ["threw", e.name, e.message]; }
  }
`;
const more = [
  doCase("do20-error-serialization-recent-date", "At a 2026 compatibility date (enhanced error serialization): errors with own properties, odd names, causes, AggregateError, functions and symbols as properties, plain objects and DOMExceptions through structuredClone, thrown by an object's RPC method, and stored",
    ERR_CLS, ERR_BODY, { date: RECENT }),
  doCase("do20-error-serialization-old-date", "At a 2025 compatibility date: errors with own properties, odd names, causes, AggregateError, functions and symbols as properties, plain objects and DOMExceptions through structuredClone, thrown by an object's RPC method, and stored",
    ERR_CLS, ERR_BODY),
];
const direct = [
  doCase("do20-object-throws-direct-recent-date", "At a 2026 compatibility date: the 500 answers when a worker returns the stub's response and the object's fetch handler threw named errors, plain objects, subclasses",
    THROW_CLS, THROW_BODY, { date: RECENT, steps: [["sub", "Error: sub msg"], ["named", "Error: NamedError: named msg"], ["renamed", "Error: Whatever: renamed msg"], ["string", "Error: plain string"], ["object", "Error: #<Object>"], ["dom", "AbortError: dom msg"], ["cause", "TypeError: with cause"], ["agg", "AggregateError: agg msg"]].map(([k, head]) => ({ ...get("/direct/" + k), bodyMatches: "^" + head + "(\\n|$)" })) }),
];

const BCW_CLS = `
  constructor(ctx, env) {
    super(ctx, env);
    ctx.blockConcurrencyWhile(async () => {
      if ((await ctx.storage.get("mode")) === "ok") return;
      class Named extends Error { constructor(m) { super(m); this.name = "BootError"; this.code = 7; } }
      throw new Named("constructor failed");
    });
  }
  async ping() { return "pong"; }
  async fetch() { return new Response("fetched"); }
`;
const BCW_BODY = `
  const D = (e) => e === null || typeof e !== "object" ? { prim: String(e) } : { name: e.name, message: e.message, ctor: e.constructor?.name, code: e.code ?? null, keys: Object.keys(e).sort() };
  const stub = env.DO.getByName("b");
  try { out.rpc = await stub.ping(); } catch (e) { out.rpc = D(e); }
  try { out.fetch = await (await env.DO.getByName("c").fetch("http://x/")).text(); } catch (e) { out.fetch = D(e); }
`;
const svcCase = (name, date) => ({ name, area: "rpc", description: "At a " + date.slice(0, 4) + " compatibility date: errors a WorkerEntrypoint's RPC method throws through a service binding (own properties, custom names, causes, plain objects, AggregateError) as the calling worker sees them",
  options: { workers: [
    { name: "main", modules: true, compatibilityDate: date, serviceBindings: { SVC: { name: "callee", entrypoint: "Api" } }, script: `
export default { async fetch(req, env) {
  const D = (e) => e === null || typeof e !== "object" ? { prim: String(e) } : { name: e.name, message: e.message, ctor: e.constructor?.name, code: e.code ?? null, cause: e.cause === undefined ? "none" : [e.cause?.name, e.cause?.message], errors: Array.isArray(e.errors) ? e.errors.length : null, isErr: e instanceof Error, keys: Object.keys(e).sort(), stackFirst: typeof e.stack === "string" ? e.stack.split("\\n")[0] : null };
  const out = {};
  for (const k of ["named", "props", "cause", "plain", "agg", "string", "fnProp", "array"]) { try { await env.SVC.boom(k); out[k] = "no throw"; } catch (e) { out[k] = D(e); } }
  return Response.json(out);
} };` },
    { name: "callee", modules: true, compatibilityDate: date, script: `
import { WorkerEntrypoint } from "cloudflare:workers";
export class Api extends WorkerEntrypoint {
  boom(kind) {
    switch (kind) {
      case "named": { const e = new Error("n msg"); e.name = "SvcError"; throw e; }
      case "props": { const e = new RangeError("p msg"); e.status = 404; e.code = "NOPE"; throw e; }
      case "cause": throw new Error("c msg", { cause: new TypeError("root") });
      case "plain": throw { message: "plain", code: 1 };
      case "agg": throw new AggregateError([new Error("one")], "agg");
      case "string": throw "str";
      case "fnProp": { const e = new Error("f msg"); e.fn = () => 1; e.code = 3; throw e; }
      case "array": throw [1, 2];
    }
  }
}
export default { fetch() { return new Response("callee"); } };` },
  ] }, steps: [get("/")] });
const more4 = [
  doCase("do20-bcw-error-recent-date", "At a 2026 compatibility date: an object whose constructor's blockConcurrencyWhile() throws a custom-named error with a property; what RPC and fetch callers receive",
    BCW_CLS, BCW_BODY, { date: RECENT }),
  svcCase("do20-rpc-entrypoint-thrown-errors-recent-date", RECENT),
  svcCase("do20-rpc-entrypoint-thrown-errors-old-date", CD),
];

const STREAM_CLS = `
  streamErr() {
    return new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("part")); }, pull(c) { const e = new RangeError("stream broke"); e.name = "StreamError"; e.code = 9; c.error(e); } });
  }
  async fetch() {
    return new Response(this.streamErr());
  }
`;
const STREAM_BODY = `
  const D = (e) => e === null || typeof e !== "object" ? { prim: String(e) } : { name: e.name, message: e.message, ctor: e.constructor?.name, code: e.code ?? null, keys: Object.keys(e).sort() };
  const stub = env.DO.getByName("s");
  try { const r = await stub.fetch("http://x/"); out.fetchStatus = r.status; out.fetchBody = await r.text(); } catch (e) { out.fetchErr = D(e); }
  try { const s = await stub.streamErr(); out.rpcBody = await new Response(s).text(); } catch (e) { out.rpcErr = D(e); }
`;
const more5 = [
  doCase("do20-stream-error-recent-date", "At a 2026 compatibility date: a body stream an object's fetch() answers with, or an RPC method returns, errors with a custom-named error carrying a property; what the caller reading it sees",
    STREAM_CLS, STREAM_BODY, { date: RECENT }),
];

const STUB2_CLS = `
  makeTarget(tag) { return new (class T extends RpcTarget { ping() { return "pong " + tag; } })(); }
  async useObj(o) { return [await o.t.ping(), await o.list[0].ping()]; }
  async useTwice(a, b) { return [await a.ping(), await b.ping()]; }
  async echo(t) { return t; }
  async echoObj(t) { return { t }; }
`;
const STUB2_BODY = `
  const a = env.DO.getByName("a"), b = env.DO.getByName("b");
  const R = async (f) => { try { return await f(); } catch (e) { return [e.name, e.message]; } };
  const t = await a.makeTarget("x");
  out.inObject = await R(() => b.useObj({ t, list: [t] }));
  out.afterObject = await R(() => t.ping());
  out.twice = await R(() => b.useTwice(t, t));
  out.afterTwice = await R(() => t.ping());
  const back = await b.echo(t);
  out.echoed = await R(() => back.ping());
  out.afterEcho = await R(() => t.ping());
  const backObj = await b.echoObj(t);
  out.echoedObj = await R(() => backObj.t.ping());
  backObj[Symbol.dispose]?.();
  out.echoedObjAfterDispose = await R(() => backObj.t.ping());
  out.afterEchoObjDispose = await R(() => t.ping());
  back[Symbol.dispose]();
  out.afterBackDispose = await R(() => t.ping());
`;
const more6 = [
  doCase("do20-rpc-stub-params-nested-recent-date", "At a 2026 compatibility date (rpc_params_dup_stubs): a stub inside an object or array argument, the same stub twice in one call, a stub the callee returns back; which copies stay usable after each call and disposal",
    STUB2_CLS, STUB2_BODY, { date: RECENT }),
  doCase("do20-rpc-stub-params-nested-old-date", "At a 2025 compatibility date (stubs transferred): a stub inside an object or array argument, the same stub twice in one call, a stub the callee returns back; which copies stay usable after each call and disposal",
    STUB2_CLS, STUB2_BODY),
];

const VAL2_CLS = `
  valueWith(kind) {
    const e = new Error("v " + kind);
    if (kind === "fn") e.fn = () => 1;
    if (kind === "target") e.target = new (class T extends RpcTarget { ping() { return "p"; } })();
    if (kind === "stream") e.body = new ReadableStream();
    if (kind === "date") e.when = new Date(0);
    if (kind === "bytes") e.bytes = new Uint8Array([1, 2]);
    if (kind === "self") e.self = e;
    return { e };
  }
  throwWith(kind) { throw this.valueWith(kind).e; }
  async storeSelf() { const e = new Error("s"); e.self = e; try { await this.ctx.storage.put("k", e); } catch (x) { return ["put threw", x.name, x.message]; } try { const v = await this.ctx.storage.get("k"); return ["got", v.self === v]; } catch (x) { return ["get threw", x.name]; } }
`;
const VAL2_BODY = `
  const D = (e) => e === null || typeof e !== "object" ? { prim: String(e) } : { name: e.name, message: e.message, keys: Object.keys(e).sort(), types: Object.keys(e).sort().map((k) => k + ":" + (typeof e[k] === "object" && e[k] !== null ? Object.prototype.toString.call(e[k]) : typeof e[k])), selfRef: e.self === e };
  const stub = env.DO.getByName("v");
  out.value = {}; out.thrown = {};
  for (const k of ["fn", "target", "stream", "date", "bytes", "self"]) {
    try { const r = await stub.valueWith(k); out.value[k] = D(r.e); } catch (e) { out.value[k] = ["threw", e.name, e.message]; }
    try { await stub.throwWith(k); out.thrown[k] = "no throw"; } catch (e) { out.thrown[k] = D(e); }
  }
  try { const e = new Error("c"); e.self = e; const c = structuredClone(e); out.cloneSelf = c.self === c; } catch (e) { out.cloneSelf = [e.name, e.message]; }
  try { const e = new Error("c"); e.list = [e]; const c = structuredClone(e); out.cloneSelfInList = c.list[0] === c; } catch (e) { out.cloneSelfInList = [e.name, e.message]; }
  try { const o = {}; o.err = new Error("c"); o.err.owner = o; const c = structuredClone(o); out.cloneOwner = c.err.owner === c; } catch (e) { out.cloneOwner = [e.name, e.message]; }
  out.storeSelf = await stub.storeSelf();
`;
const more7 = [
  doCase("do20-error-values-with-odd-properties-recent-date", "At a 2026 compatibility date: errors returned by and thrown from an object's RPC method whose own properties hold a function, an RpcTarget, a stream, a Date, bytes, or the error itself",
    VAL2_CLS, VAL2_BODY, { date: RECENT }),
];

const doneCase = (name, date, flags, description) => ({ name, area: "durable-objects", description, options: { modules: true, compatibilityDate: date, compatibilityFlags: flags, durableObjects: { DO: { className: "Obj", useSQLite: true } }, script: `
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject { run() { const sql = this.ctx.storage.sql; const d = sql.exec("SELECT 1 AS a WHERE 0").next(); const r = sql.exec("SELECT 1 AS a WHERE 0").raw().next(); const one = sql.exec("SELECT 1 AS a").next(); return [Object.keys(d), "value" in d, Object.keys(r), Object.keys(one)]; } }
export default { async fetch(req, env) { return Response.json(await env.DO.getByName("a").run()); } };` }, steps: [get("/")] });
const more8 = [
  doneCase("do20-sql-cursor-done-result-before-fast-struct", "2025-12-02", [], "SQL cursor and raw iterator results at their end before enable_fast_jsg_struct (2025-12-02): { done } alone"),
  doneCase("do20-sql-cursor-done-result-fast-struct", "2025-12-03", [], "SQL cursor and raw iterator results at their end from enable_fast_jsg_struct (2025-12-03): { done, value: undefined }"),
  doneCase("do20-sql-cursor-done-result-fast-struct-disabled", "2026-04-26", ["disable_fast_jsg_struct"], "SQL cursor and raw iterator results at their end with disable_fast_jsg_struct at a 2026 date"),
];
export default [...first, ...more, ...direct, ...more4, ...more5, ...more6, ...more7, ...more8];
