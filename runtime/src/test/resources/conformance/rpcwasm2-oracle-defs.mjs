// Re-record: copy the oracle's defs/_h.mjs and this file into a folder D (with wabt installed there: npm install wabt@1.0.39), then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs <case name>
import { CD, PRELUDE, get } from "./_h.mjs";
const two = (name, description, aBody, bScript, { aExtra = {}, bExtra = {}, flags, steps } = {}) => ({
  name, area: "rpc", description,
  options: { workers: [
    { name: "a", modules: true, compatibilityDate: CD, ...(flags ? { compatibilityFlags: flags } : {}), serviceBindings: { B: "b" }, durableObjects: { D: { className: "D", scriptName: "b" } }, ...aExtra,
      script: `${PRELUDE}
import { RpcTarget, RpcStub, WorkerEntrypoint } from "cloudflare:workers";
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${aBody}
  return Response.json(out);
} };` },
    { name: "b", modules: true, durableObjects: { D: "D" }, compatibilityDate: CD, ...(flags ? { compatibilityFlags: flags } : {}), ...bExtra, script: bScript },
  ] },
  steps: steps ?? [get("/")],
});
const B = `import { WorkerEntrypoint, RpcTarget, DurableObject } from "cloudflare:workers";
export class D extends DurableObject { hi() { return "hi from D"; } }
const log = [];
class Res extends RpcTarget {
  constructor(n) { super(); this.n = n; }
  m() { return "m" + this.n; }
  [Symbol.dispose]() { log.push("disposed " + this.n); }
}
class Counter extends RpcTarget { #c = 0; inc(by = 1) { this.#c += by; return this.#c; } get value() { return this.#c; } }
export default class extends WorkerEntrypoint {
  make(n) { return new Res(n); }
  counter() { return new Counter(); }
  log() { return log.splice(0); }
  add(a, b) { return a + b; }
  argsInfo(...a) { return a.map((x) => x === undefined ? "undefined" : x === null ? "null" : typeof x); }
  thisInfo() { return [this instanceof WorkerEntrypoint, typeof this.env, typeof this.ctx]; }
  obj() { return { a: { b: { c: "deep" } }, list: [1, { x: "y" }], fn: (x) => "fn:" + x, t: new Res(9) }; }
  async slow(x) { await new Promise((r) => setTimeout(r, 5)); return x; }
  nothing() {}
  returnsNull() { return null; }
  returnsPromiseOfTarget() { return Promise.resolve(new Res(7)); }
  badMessage() { const e = new Error("orig"); Object.defineProperty(e, "message", { get() { return "from getter"; } }); throw e; }
  numberMessage() { const e = new Error(); e.message = 42; throw e; }
  errorNoStack() { const e = new TypeError("nostack"); delete e.stack; e.stack = undefined; throw e; }
  throwsErrorSubclassOfRange() { class Mine extends RangeError {} throw new Mine("mine range"); }
  returnsError() { const e = new RangeError("returned"); e.code = "E1"; return e; }
  returnsErrorCause() { return new Error("outer", { cause: "a string cause" }); }
  returnsErrorArr() { return [new TypeError("a"), new SyntaxError("b")]; }
  returnsClassInstance() { return new (class Foo { constructor() { this.a = 1; } })(); }
  returnsSymbol() { return Symbol("x"); }
  returnsFnProp() { const f = () => 1; f.extra = 2; return f; }
  returnsGenerator() { return (function* () { yield 1; })(); }
  returnsWeakRef() { return new WeakRef({}); }
  returnsDeep(n) { let o = {}; const root = o; for (let i = 0; i < n; i++) { o.c = {}; o = o.c; } return root; }
  returnsLargeArray(n) { return new Array(n).fill(1).length; }
  echo(v) { return v; }
  get propFn() { return (x) => "propFn:" + x; }
  get propObj() { return { inner: { v: 3 }, f() { return "method in getter object"; } }; }
  get propTarget() { return new Res(5); }
}
`;
export default [
  two("rpcwasm2-using-and-dispose", "using/await using declarations on RPC results, DisposableStack, Symbol.dispose/asyncDispose of stubs", `
  out.symbols = [typeof Symbol.dispose, typeof Symbol.asyncDispose, String(Symbol.dispose), String(Symbol.asyncDispose)];
  out.disposableStack = [typeof DisposableStack, typeof AsyncDisposableStack, typeof SuppressedError];
  out.asyncStack = await t(async () => { const s = new AsyncDisposableStack(); const r = s.use(await env.B.make(3)); await r.m(); await s.disposeAsync(); await env.B.add(1, 1); return [s.disposed, await env.B.log()]; });
  out.stack = await t(async () => { const s = new DisposableStack(); const r = s.use(await env.B.make(4)); await r.m(); s.dispose(); await env.B.add(1, 1); return [s.disposed, await env.B.log()]; });
  const r5 = await env.B.make(5);
  out.stubDisposeType = [typeof r5[Symbol.dispose], typeof r5[Symbol.asyncDispose], typeof r5.dup];
  r5[Symbol.dispose](); r5[Symbol.dispose]();
  await env.B.add(1, 1);
  out.doubleDispose = await env.B.log();
  out.afterDispose = await t(() => r5.m());
  out.afterDisposeProp = await t(async () => await r5.n);
  out.dupAfterDispose = await t(() => { const d = r5.dup(); return typeof d; });
  const r6 = await env.B.make(6); const d6 = r6.dup(); r6[Symbol.dispose]();
  await env.B.add(1, 1);
  out.dupKeepsAlive = [await env.B.log(), await t(() => d6.m())];
  d6[Symbol.dispose](); await env.B.add(1, 1);
  out.lastDupDisposes = await env.B.log();
  const pr = env.B.make(8);
  out.promiseDisposeType = typeof pr[Symbol.dispose];
  const r8 = await pr; r8[Symbol.dispose](); await env.B.add(1, 1);
  out.promiseDisposed = await env.B.log();
  const c = await env.B.counter();
  out.counter = [await c.inc(), await c.inc(5), await c.value];
  `, B),
  two("rpcwasm2-stub-functions", "method stubs as values: detached calls, call/apply/bind, name/length, pipelining on pending results", `
  const m = env.B.add;
  out.typeofMember = typeof m;
  out.detached = await t(() => m(2, 3));
  out.call = await t(() => env.B.add.call(null, 4, 5));
  out.apply = await t(() => env.B.add.apply(null, [6, 7]));
  out.bind = await t(() => env.B.add.bind(null, 1)(1));
  out.memberName = [typeof env.B.add.name, typeof env.B.add.length];
  out.sameMember = env.B.add === env.B.add;
  out.thisInfo = await t(() => env.B.thisInfo());
  out.nothing = await t(() => env.B.nothing());
  out.returnsNull = await t(() => env.B.returnsNull());
  out.pendingThen = typeof env.B.obj().then;
  out.pendingCatch = typeof env.B.obj().catch;
  out.pendingFinally = typeof env.B.obj().finally;
  out.pipeDeep = await t(async () => await env.B.obj().a.b.c);
  out.pipeList = typeof env.B.obj().list[1];
  out.sameTargetMember = await t(async () => { const r = await env.B.make(1); return [r.m === r.m, typeof r.m]; });
  out.sameDoMember = await t(async () => { const s = env.D.getByName("x"); return [s.hi === s.hi, await s.hi()]; });
  out.sameFetch = env.B.fetch === env.B.fetch;
  out.pipeFn = await t(() => env.B.obj().fn("p"));
  out.pipeTarget = await t(() => env.B.obj().t.m());
  out.pipeTargetField = await t(async () => await env.B.obj().t.n);
  out.pipePromiseTarget = await t(() => env.B.returnsPromiseOfTarget().m());
  out.pipeOnNull = await t(async () => await env.B.returnsNull().x);
  out.pipeOnUndefined = await t(() => env.B.nothing().f());
  out.propFn = await t(() => env.B.propFn("x"));
  out.propFnAwait = await t(async () => typeof (await env.B.propFn));
  out.propObjInner = await t(async () => await env.B.propObj.inner.v);
  out.propObjMethod = await t(() => env.B.propObj.f());
  out.propTarget = await t(() => env.B.propTarget.m());
  out.slowOrder = await t(async () => { const o = []; await Promise.all([env.B.slow("a").then((v) => o.push(v)), env.B.add("b", "").then((v) => o.push(v))]); return o; });
  out.argsInfo = await t(() => env.B.argsInfo(undefined, null, 1, "s", [undefined], { u: undefined }));
  out.echoUndefInObj = await t(async () => { const r = await env.B.echo({ u: undefined, a: [undefined, , 3] }); return ["u" in r, r.a.length, 1 in r.a, r.a[0] === undefined]; });
  `, B),
  two("rpcwasm2-errors-and-returns", "errors with odd messages, returned (not thrown) errors, unserializable return values", `
  const e = async (p) => { try { const v = await p; return { resolved: typeof v }; } catch (x) { return { name: x?.name, ctor: x?.constructor?.name, message: x?.message, code: x?.code ?? null, cause: x?.cause === undefined ? "none" : String(x?.cause) }; } };
  out.badMessage = await e(env.B.badMessage());
  out.numberMessage = await e(env.B.numberMessage());
  out.errorNoStack = await e(env.B.errorNoStack());
  out.subclassOfRange = await e(env.B.throwsErrorSubclassOfRange());
  out.returnsError = await t(async () => { const r = await env.B.returnsError(); return [r instanceof Error, r.name, r.constructor.name, r.message, r.code ?? "no code", typeof r.stack]; });
  out.returnsErrorCause = await t(async () => { const r = await env.B.returnsErrorCause(); return [r.message, r.cause === undefined ? "none" : String(r.cause)]; });
  out.returnsErrorArr = await t(async () => (await env.B.returnsErrorArr()).map((x) => x.name + ":" + x.message));
  out.classInstance = await e(env.B.returnsClassInstance());
  out.symbol = await e(env.B.returnsSymbol());
  out.fnProp = await t(async () => { const f = await env.B.returnsFnProp(); return [typeof f, typeof f.extra, await f()]; });
  out.generator = await e(env.B.returnsGenerator());
  out.weakRef = await e(env.B.returnsWeakRef());
  out.deep50 = await t(async () => { let o = await env.B.returnsDeep(50); let n = 0; while (o.c) { o = o.c; n++; } return n; });
  out.deep5000 = await e(env.B.returnsDeep(5000));
  out.argClass = await e(env.B.echo(new (class Bar { })()));
  out.argSymbol = await e(env.B.echo(Symbol("s")));
  out.argWeakMap = await e(env.B.echo(new WeakSet()));
  out.argGetterThrows = await e(env.B.echo({ get x() { throw new RangeError("getter in arg"); } }));
  out.argToJSON = await t(() => env.B.echo({ toJSON() { return "json"; }, v: 1 }));
  out.argDate = await t(async () => (await env.B.echo(new Date(5))).getTime());
  out.argNestedClass = await e(env.B.echo({ list: [1, new (class Baz {})()] }));
  out.argUrl = await e(env.B.echo(new URL("http://x/")));
  out.argBlob = await e(env.B.echo(new Blob(["x"])));
  out.argFile = await e(env.B.echo(new File(["x"], "f.txt")));
  out.argFormData = await e(env.B.echo(new FormData()));
  out.argAbortSignal = await e(env.B.echo(AbortSignal.abort()));
  out.argTextEncoder = await e(env.B.echo(new TextEncoder()));
  out.argCryptoKey = await e(env.B.echo(await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, true, ["sign"])));
  out.argEvent = await e(env.B.echo(new Event("x")));
  out.argArguments = await t(async () => { const r = await env.B.echo((function () { return arguments; })(1, 2)); return [Array.isArray(r), typeof r, JSON.stringify(r)]; });
  `, B),
];
