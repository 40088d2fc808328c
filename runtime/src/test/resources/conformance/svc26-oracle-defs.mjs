// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs svc26-
// The twenty-sixth session's service-binding, RPC, routing, error and loader probes.
import { CD, get } from "./_h.mjs";
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const R = `const r = async (f) => { try { const x = await f(); if (x instanceof Response) return "resp:" + x.status + " " + await x.text(); if (typeof x === "function") return "fn"; if (typeof x === "object" && x !== null) { try { return "ok:" + JSON.stringify(x); } catch (e) { return "obj:" + Object.prototype.toString.call(x); } } return "ok:" + typeof x + ":" + String(x); } catch (e) { if (!(e instanceof Object)) return ["thrown", typeof e, String(e)]; return [String(e.name), e.constructor?.name, String(e.message)]; } };`;

const calleeA = `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class Counter extends RpcTarget { #n = 0; constructor(s) { super(); this.#n = s; } inc(d = 1) { this.#n += d; return this.#n; } get value() { return this.#n; } static make() { return 1; } }
class Plain { constructor() { this.a = 1; } m() { return 2; } }
export class Named extends WorkerEntrypoint { hi(x) { return "named " + x + " " + JSON.stringify(this.ctx.props ?? null); } }
export default class extends WorkerEntrypoint {
  counter(s) { return new Counter(s); }
  plain() { return new Plain(); }
  gen() { return (function* () { yield 1; })(); }
  asyncGen() { return (async function* () { yield 1; })(); }
  promiseOfTarget() { return Promise.resolve(new Counter(7)); }
  arrOfTargets() { return [new Counter(1), new Counter(2)]; }
  mapOfTargets() { return new Map([["a", new Counter(3)]]); }
  weakMap() { return new WeakMap(); }
  sym() { return Symbol("s"); }
  objWithSym() { return { [Symbol("k")]: 1, a: 2 }; }
  bigint() { return 12345678901234567890n; }
  negZero() { return -0; }
  nan() { return [NaN, Infinity, -Infinity]; }
  sparse() { const a = [1, , 3]; a.length = 5; return a; }
  date() { return new Date(0); }
  badDate() { return new Date(NaN); }
  regexp() { return /a+b/gi; }
  boxed() { return [new String("s"), new Number(1), new Boolean(false)]; }
  typed() { return [new Uint8Array([1,2]), new Float64Array([1.5]), new DataView(new ArrayBuffer(2)), new BigInt64Array([1n])]; }
  getterObj() { return { get g() { return "got"; } }; }
  protoObj() { return Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } }); }
  nullProto() { const o = Object.create(null); o.x = 1; return o; }
  nonEnum() { return Object.defineProperty({}, "hidden", { value: 1, enumerable: false }); }
  async throwsLater() { await null; throw new TypeError("later"); }
  get prop() { return "p"; }
  get throwingProp() { throw new RangeError("prop threw"); }
  field = "f";
  static st() { return "static"; }
}`;

const callerA = `${R}
export default { async fetch(req, env) {
  const B = env.B; const out = {};
  out.counter = await r(async () => { const c = await B.counter(5); return [await c.inc(), await c.inc(3), await c.value]; });
  out.counterPipelined = await r(async () => [await B.counter(10).inc(), await B.counter(20).value]);
  out.plain = await r(() => B.plain());
  out.gen = await r(() => B.gen());
  out.asyncGen = await r(() => B.asyncGen());
  out.promiseOfTarget = await r(async () => { const c = await B.promiseOfTarget(); return await c.inc(); });
  out.arrOfTargets = await r(async () => { const a = await B.arrOfTargets(); return [a.length, await a[0].inc(), await a[1].value]; });
  out.mapOfTargets = await r(async () => { const m = await B.mapOfTargets(); return [m.size, await m.get("a").inc()]; });
  out.weakMap = await r(() => B.weakMap());
  out.sym = await r(() => B.sym());
  out.objWithSym = await r(() => B.objWithSym());
  out.bigint = await r(async () => String(await B.bigint()));
  out.negZero = await r(async () => Object.is(await B.negZero(), -0));
  out.nan = await r(async () => (await B.nan()).map(String));
  out.sparse = await r(async () => { const a = await B.sparse(); return [a.length, 1 in a, 4 in a]; });
  out.date = await r(async () => { const d = await B.date(); return [d instanceof Date, d.toISOString()]; });
  out.badDate = await r(async () => { const d = await B.badDate(); return [d instanceof Date, String(d.getTime())]; });
  out.regexp = await r(async () => { const x = await B.regexp(); return [x instanceof RegExp, x.source, x.flags, x.lastIndex]; });
  out.boxed = await r(async () => (await B.boxed()).map((x) => Object.prototype.toString.call(x) + ":" + typeof x + ":" + String(x)));
  out.typed = await r(async () => (await B.typed()).map((x) => Object.prototype.toString.call(x) + ":" + x.byteLength));
  out.getterObj = await r(async () => { const o = await B.getterObj(); return [o.g, Object.getOwnPropertyDescriptor(o, "g").get === undefined]; });
  out.protoObj = await r(async () => { const o = await B.protoObj(); return [o.inherited ?? "none", o.own]; });
  out.nullProto = await r(async () => { const o = await B.nullProto(); return [Object.getPrototypeOf(o) === Object.prototype, o.x]; });
  out.nonEnum = await r(async () => Object.getOwnPropertyNames(await B.nonEnum()));
  out.throwsLater = await r(() => B.throwsLater());
  out.prop = await r(() => B.prop);
  out.throwingProp = await r(() => B.throwingProp);
  out.field = await r(() => B.field);
  out.st = await r(() => B.st());
  out.named = await r(() => env.N.hi(1));
  return Response.json(out);
} };`;

const callerArgs = `${R}
class Plain { constructor() { this.a = 1; } }
export default { async fetch(req, env) {
  const B = env.B; const out = {};
  out.plainArg = await r(() => B.echo(new Plain()));
  out.genArg = await r(() => B.echo((function* () {})()));
  out.symArg = await r(() => B.echo(Symbol("x")));
  out.weakRefArg = await r(() => B.echo(new WeakRef({})));
  out.promiseArg = await r(() => B.echo(Promise.resolve(1)));
  out.nestedPromiseArg = await r(() => B.echo({ p: Promise.resolve(2) }));
  out.errorArg = await r(() => B.echo(new TypeError("as arg")));
  out.urlArg = await r(() => B.echo(new URL("http://x/y")));
  out.headersArg = await r(() => B.echo(new Headers({ a: "1" })));
  out.blobArg = await r(() => B.echo(new Blob(["abc"])));
  out.abortArg = await r(() => B.echo(new AbortController().signal));
  out.formDataArg = await r(() => B.echo(new FormData()));
  out.eventArg = await r(() => B.echo(new Event("x")));
  out.undefArg = await r(() => B.echo(undefined));
  out.noArg = await r(() => B.echo());
  out.cyclicArr = await r(async () => { const a = [1]; a.push(a); const b = await B.echo(a); return [b.length, b[1] === b]; });
  out.sharedRef = await r(async () => { const o = { v: 1 }; const b = await B.echo([o, o]); return b[0] === b[1]; });
  return Response.json(out);
} };`;
const echoCallee = `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  echo(x) { if (x instanceof Error) return [x.name, x.message, x.constructor.name]; if (x instanceof Headers) return [...x]; if (x instanceof URL) return x.href; if (x instanceof Blob) return x.text(); return arguments.length === 0 ? "none" : x === undefined ? "undef" : x; }
}`;

export default [
  multi("svc26-rpc-return-value-kinds", "rpc", "values and RpcTargets returned from a WorkerEntrypoint: targets in arrays, maps and promises, unserializable returns, primitives, exotic objects, properties and statics", [worker("a", callerA, { serviceBindings: { B: "b", N: { name: "b", entrypoint: "Named", props: { k: 1 } } } }), worker("b", calleeA)]),
  multi("svc26-rpc-argument-kinds", "rpc", "arguments an RPC call accepts or refuses: class instances, generators, symbols, promises, errors, web objects, proxies, cycles and shared references", [worker("a", callerArgs, { serviceBindings: { B: "b" } }), worker("b", echoCallee)]),
];
