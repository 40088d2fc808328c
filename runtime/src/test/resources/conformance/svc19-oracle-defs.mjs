// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs svc19
// The nineteenth session's service-binding, RPC, routing and error probes (one block per batch).
import { CD, get } from "./_h.mjs";
const part0 = (() => {
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const CATCH = `const r = async (f) => { try { const x = await f(); return "ok:" + (x instanceof Response ? x.status + " " + await x.text() : typeof x === "object" ? JSON.stringify(x) : String(x)); } catch (e) { return [String(e?.name), e?.constructor?.name, String(e?.message)]; } };`;

const ENGINE_KINDS = {
  circular: `const o = {}; o.self = o; JSON.stringify(o);`,
  circularNested: `const o = { a: { b: [] } }; o.a.b.push(o); JSON.stringify(o);`,
  bigintJson: `JSON.stringify({ a: 1n });`,
  recursion: `const f = () => f() + 1; f();`,
  reduce: `[].reduce((a, b) => a);`,
  arrayLength: `new Array(-1);`,
  bigintMultiply: `const b = 1n; return b * 2;`,
  bigintMath: `return Math.abs(1n);`,
  symbolString: `return \`\${Symbol("s")}\`;`,
  notDefined: `return someUndefinedName;`,
  classCall: `class A {} A();`,
  notFunctionMember: `const o = {}; o.f();`,
  notFunctionVar: `const x = 5; x();`,
  frozenAssign: `const o = Object.freeze({ a: 1, b: "x" }); o.a = 2;`,
  notExtensible: `const o = Object.preventExtensions({}); o.b = 1;`,
  notExtensibleArray: `const o = Object.preventExtensions([]); o.push(1);`,
  notExtensibleInstance: `class C {} const o = Object.preventExtensions(new C()); o.b = 1;`,
  defineFrozen: `Object.defineProperty(Object.freeze({}), "a", { value: 1 });`,
  invalidDate: `new Date(NaN).toISOString();`,
  normalize: `"a".normalize("x");`,
  radix: `(1).toString(1);`,
  precision: `(1).toPrecision(0);`,
  exponential: `(1).toExponential(101);`,
  instanceofNotCallable: `return ({}) instanceof {};`,
  forOfObject: `for (const x of {}) {}`,
  getterOnlyObject: `const o = { get x() { return 1; } }; o.x = 2;`,
  getterOnlyRequest: `const q = new Request("http://x/"); q.url = "http://y/";`,
  getterOnlyResponse: `new Response("x").status = 1;`,
  getterOnlyMap: `new Map().size = 1;`,
  getterOnlyAbortSignal: `AbortSignal.abort().aborted = false;`,
  weakMapKey: `new WeakMap().set(1, 1);`,
  privateRead: `class C { #x; static g(o) { return o.#x; } } C.g({});`,
  privateWrite: `class C { #x; static s(o) { o.#x = 1; } } C.s({});`,
  privateTwice: `class B { constructor(o) { return o; } } class C extends B { #x = 1; constructor(o) { super(o); } } const o = {}; new C(o); new C(o);`,
  superThis: `class A {} class B extends A { constructor() { this.x = 1; super(); } } new B();`,
  deleteSealedArray: `const o = Object.freeze([1]); delete o[0];`,
  keysOfNull: `Object.keys(null);`,
  assignUndefined: `Object.assign(undefined);`,
  generatorRunning: `function* g() { it.next(); } const it = g(); it.next();`,
  promiseResolveSelf: `let res; const p = new Promise((r) => { res = r; }); res(p); return await p;`,
  stringFromCodePoint: `String.fromCodePoint(-1);`,
  objectNullProto: `Object.create(5);`,
  setSizeNaN: `new Set([1]).union({ size: NaN, has() {}, keys() {} });`,
  accessorAndValue: `Object.defineProperty({}, "a", { get() {}, value: 1 });`,
  timeZone: `new Intl.DateTimeFormat("en", { timeZone: "Bad/Zone" });`,
  dateReceiver: `Date.prototype.getTime.call({});`,
  symbolNew: `new Symbol();`,
  dataViewRange: `new DataView(new ArrayBuffer(2)).getUint32(0);`,
  typedByteLength: `new Uint32Array(new ArrayBuffer(5));`,
  proxyTarget: `new Proxy(1, {});`,
  matchAllFlags: `"a".matchAll(/a/);`,
  replaceAllFlags: `"a".replaceAll(/a/, "b");`,
};

const engineWorker = `import { WorkerEntrypoint } from "cloudflare:workers";
const KINDS = {
${Object.entries(ENGINE_KINDS).map(([k, v]) => `  ${JSON.stringify(k)}: async () => { ${v} },`).join("\n")}
};
export default class extends WorkerEntrypoint {
  boom(k) { return KINDS[k](); }
  async fetch(req) { const k = new URL(req.url).pathname.slice(1); await KINDS[k](); return new Response("none"); }
  local(k) { return KINDS[k]().then(() => "none", (e) => [e.name, e.message]); }
};`;

return [
  multi("svc19-errors-engine-messages-across-rpc", "errors", "errors the JavaScript engine throws (circular JSON, stack overflow, BigInt mixes, frozen and non-extensible objects, getter-only properties, private fields, radix and digits, promise self-resolution ...) as an RPC caller sees their class and message", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  const out = {};
  for (const k of ${JSON.stringify(Object.keys(ENGINE_KINDS))}) out[k] = await r(() => env.B.boom(k));
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", engineWorker),
  ]),
  multi("svc19-errors-engine-messages-via-fetch", "errors", "engine errors thrown in a service-binding callee's fetch as the caller's rejected fetch() reports them", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  const out = {};
  for (const k of ["circular", "bigintMultiply", "notFunctionMember", "frozenAssign", "notExtensible", "radix", "privateRead", "getterOnlyObject", "promiseResolveSelf", "forOfObject"]) out[k] = await r(() => env.B.fetch("http://x/" + k));
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", engineWorker),
  ]),
  multi("svc19-sb-content-encoding-through-binding", "service-bindings", "a callee answering with Content-Encoding (gzip, x-gzip, GZIP, gzip twice and deflate bytes with encodeBody manual, plain text the runtime should encode, an unknown encoding): what the caller reads and which headers it sees", [
    worker("a", `export default { async fetch(req, env) {
  const out = {};
  for (const p of ["manual", "auto", "unknown", "identity", "manualDeflate", "manualXGzip", "manualUpper", "manualTwice"]) {
    const res = await env.B.fetch("http://x/" + p, { headers: { "accept-encoding": "gzip" } });
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    out[p] = { status: res.status, ce: res.headers.get("content-encoding"), cl: res.headers.get("content-length"), text: / body$/.test(text) ? text : "encoded " + bytes[0].toString(16) + bytes[1].toString(16) };
  }
  const raw = await env.B.fetch("http://x/manual");
  out.pass = raw.headers.get("content-encoding");
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", `const gz = async (s, f) => new Uint8Array(await new Response(new Blob([s]).stream().pipeThrough(new CompressionStream(f))).arrayBuffer());
export default { async fetch(req) { const p = new URL(req.url).pathname.slice(1);
  if (p === "manual") return new Response(await gz("zipped body", "gzip"), { encodeBody: "manual", headers: { "content-encoding": "gzip" } });
  if (p === "manualDeflate") return new Response(await gz("deflated body", "deflate"), { encodeBody: "manual", headers: { "content-encoding": "deflate" } });
  if (p === "manualXGzip") return new Response(await gz("x-zipped body", "gzip"), { encodeBody: "manual", headers: { "content-encoding": "x-gzip" } });
  if (p === "manualUpper") return new Response(await gz("upper body", "gzip"), { encodeBody: "manual", headers: { "content-encoding": "GZIP" } });
  if (p === "manualTwice") return new Response(await gz(await gz("twice body", "gzip"), "gzip"), { encodeBody: "manual", headers: { "content-encoding": "gzip, gzip" } });
  if (p === "auto") return new Response("plain body", { headers: { "content-encoding": "gzip" } });
  if (p === "unknown") return new Response("odd body", { headers: { "content-encoding": "br2" } });
  return new Response("identity body", { headers: { "content-encoding": "identity" } }); } };`),
  ]),
  multi("svc19-errors-waituntil-arguments-and-callee-failures", "errors", "ctx.waitUntil with odd arguments (none, a number, a rejected promise, a thenable) and passThroughOnException with arguments, in the caller and in a service-binding callee; the responses stand", [
    worker("a", `export default { async fetch(req, env, ctx) { ${CATCH}
  const out = {};
  out.none = await r(() => ctx.waitUntil());
  out.number = await r(() => ctx.waitUntil(5));
  out.nullArg = await r(() => ctx.waitUntil(null));
  out.rejected = await r(() => ctx.waitUntil(Promise.reject(new Error("late"))));
  out.thenable = await r(() => ctx.waitUntil({ then(ok) { ok(1); } }));
  out.two = await r(() => ctx.waitUntil(Promise.resolve(1), Promise.resolve(2)));
  out.pass = await r(() => ctx.passThroughOnException(1, 2));
  out.callee = await r(() => env.B.fetch("http://x/"));
  out.detached = await r(() => { const w = ctx.waitUntil; return w(Promise.resolve()); });
  out.waitUntilLength = ctx.waitUntil.length;
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", `export default { async fetch(req, env, ctx) { ctx.waitUntil(Promise.reject(new TypeError("callee late"))); ctx.waitUntil((async () => { throw new RangeError("async late"); })()); return new Response("callee ok"); } };`),
  ], [get("/"), get("/")]),
  multi("svc19-rpc-arguments-and-stub-oddities", "rpc", "RPC argument counts (trailing undefined, none, many), calling a method stub with new, symbol-keyed and empty-named members, template and string conversion of stubs, Promise combinators over RPC promises", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  const out = {};
  out.trailing = await r(() => env.B.count(1, undefined, undefined));
  out.none = await r(() => env.B.count());
  out.holeArgs = await r(() => env.B.count(...[1, , 3]));
  out.many = await r(() => env.B.count(...Array.from({ length: 300 }, (_, i) => i)));
  out.newStub = await r(() => new env.B.count());
  out.symbolKey = await r(() => typeof env.B[Symbol.for("x")]);
  out.iterator = await r(() => typeof env.B[Symbol.iterator]);
  out.toPrimitive = await r(() => typeof env.B[Symbol.toPrimitive]);
  out.empty = await r(() => env.B[""]());
  out.template = await r(() => \`\${env.B}\`);
  out.methodString = await r(() => String(env.B.count));
  out.all = await r(() => Promise.all([env.B.count(1), env.B.count(1, 2), env.B.count()]));
  out.allSettled = await r(() => Promise.allSettled([env.B.count(1), env.B.nope()]).then((x) => x.map((s) => s.status)));
  out.race = await r(() => Promise.race([env.B.slow(), env.B.count(1, 2, 3)]));
  out.any = await r(() => Promise.any([env.B.nope(), env.B.count(9)]));
  out.finallyChain = await r(() => env.B.count(1).finally(() => 7));
  out.thenTwice = await r(async () => { const p = env.B.count(1, 2); return [await p, await p, await p.then((x) => x * 2)]; });
  out.undefinedArgType = await r(() => env.B.types(undefined, null, -0, NaN, 1n));
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  count(...args) { return args.length; }
  async slow() { await new Promise((q) => setTimeout(q, 30)); return "slow"; }
  types(...args) { return args.map((a) => typeof a + ":" + (Object.is(a, -0) ? "-0" : String(a))); }
  [""]() { return "empty"; }
  fetch() { return new Response("x"); }
};`),
  ]),
];
})();

const part1 = (() => {
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const single = (name, area, description, script, steps, extra = {}) => ({ name, area, description, options: { modules: true, compatibilityDate: CD, ...extra, script }, steps });
const CATCH = `const r = async (f) => { try { const x = await f(); return "ok:" + (x instanceof Response ? x.status + " " + await x.text() : typeof x === "object" ? JSON.stringify(x) : String(x)); } catch (e) { return [String(e?.name), e?.constructor?.name, String(e?.message)]; } };`;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const line = (s) => "^" + esc(s) + "(\\n|$)";

const UNCAUGHT = {
  circular: [`const o = {}; o.self = o; JSON.stringify(o);`, "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property 'self' closes the circle"],
  bigintJson: [`JSON.stringify({ a: 1n });`, "TypeError: Do not know how to serialize a BigInt"],
  recursion: [`const f = () => f() + 1; f();`, "RangeError: Maximum call stack size exceeded"],
  bigintMultiply: [`const b = 1n; return b * 2;`, "TypeError: Cannot mix BigInt and other types, use explicit conversions"],
  notFunctionMember: [`const o = {}; o.f();`, "TypeError: o.f is not a function"],
  notDefined: [`return someUndefinedName;`, "ReferenceError: someUndefinedName is not defined"],
  frozenAssign: [`const o = Object.freeze({ a: 1 }); o.a = 2;`, "TypeError: Cannot assign to read only property 'a' of object '#<Object>'"],
  privateRead: [`class C { #x; static g(o) { return o.#x; } } C.g({});`, "TypeError: Cannot read private member #x from an object whose class did not declare it"],
  getterOnlyObject: [`const o = { get x() { return 1; } }; o.x = 2;`, "TypeError: Cannot set property x of #<Object> which has only a getter"],
  getterOnlyRequest: [`const q = new Request("http://x/"); q.url = "http://y/";`, "TypeError: Cannot assign to read only property 'url' of object '#<Request>'"],
  forOfObject: [`for (const x of {}) {}`, "TypeError: {} is not iterable"],
  classCall: [`class A {} A();`, "TypeError: Class constructor A cannot be invoked without 'new'"],
  notExtensible: [`const o = Object.preventExtensions({}); o.b = 1;`, "TypeError: Cannot add property b, object is not extensible"],
  radix: [`(1).toString(40);`, "RangeError: toString() radix argument must be between 2 and 36"],
  invalidDate: [`new Date(NaN).toISOString();`, "RangeError: Invalid time value"],
  weakMapKey: [`new WeakMap().set(1, 1);`, "TypeError: Invalid value used as weak map key"],
  reduce: [`[].reduce((a, b) => a);`, "TypeError: Reduce of empty array with no initial value"],
  symbolString: [`return \`\${Symbol("s")}\`;`, "TypeError: Cannot convert a Symbol value to a string"],
  promiseResolveSelf: [`let res; const p = new Promise((r) => { res = r; }); res(p); await p;`, "TypeError: Chaining cycle detected for promise #<Promise>"],
  keysOfNull: [`Object.keys(null);`, "TypeError: Cannot convert undefined or null to object"],
};

return [
  single("svc19-errors-uncaught-engine-messages-more", "errors", "more uncaught errors the engine throws (circular JSON, BigInt, stack overflow, private fields, getter-only properties, non-extensible and frozen objects, radix, promise self-resolution) as the first lines of the 500 body",
    `const KINDS = {
${Object.entries(UNCAUGHT).map(([k, [v]]) => `  ${JSON.stringify(k)}: async () => { ${v} },`).join("\n")}
};
export default { async fetch(req) { await KINDS[new URL(req.url).pathname.slice(1)](); return new Response("none"); } };`,
    Object.entries(UNCAUGHT).map(([k, [, m]]) => ({ ...get("/" + k), bodyMatches: line(m) }))),
  multi("svc19-rpc-functions-as-arguments-more", "rpc", "functions sent over RPC: properties of a function argument, `this` inside a callback called with a receiver, class constructors, bound and async generator functions, a callback returning a callback, a callback throwing non-Errors", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  const out = {};
  const withProp = () => "called"; withProp.prop = 5; withProp.fn = () => "inner";
  out.props = await r(() => env.B.inspect(withProp));
  out.thisValue = await r(() => env.B.callWithThis(function () { return this === undefined ? "undefined" : typeof this; }));
  out.classArg = await r(() => env.B.call(class Foo { }));
  out.bound = await r(() => env.B.call(function (x) { return this.v + (x ?? 0); }.bind({ v: 40 })));
  out.asyncGen = await r(() => env.B.call(async function* () { yield 1; }));
  out.nested = await r(() => env.B.callNested(() => (x) => "nested " + x));
  out.throwString = await r(() => env.B.call(() => { throw "str"; }));
  out.throwObject = await r(() => env.B.call(() => { throw { code: 1 }; }));
  out.throwTypeError = await r(() => env.B.call(() => { const o = null; return o.x; }));
  out.returnsUndefined = await r(() => env.B.call(() => {}));
  out.returnsMap = await r(() => env.B.call(() => new Map([[1, 2]])).then((m) => m instanceof Map ? [...m] : m));
  out.argsLength = await r(() => env.B.callArgs((...a) => a.length));
  out.sameTwice = await r(() => { const f = () => 1; return env.B.same(f, f); });
  out.inArray = await r(() => env.B.callAll([() => "x", () => "y"]));
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  async inspect(f) { return [typeof f, typeof f.prop, typeof f.fn, await f(), await f.fn(), await f.prop, f.name, f.length]; }
  async callWithThis(f) { return [await f.call({ a: 1 }), await f()]; }
  async call(f) { const v = await f(3); return v === undefined ? "undefined" : v; }
  async callNested(f) { const g = await f(); return [typeof g, await g("y")]; }
  async callArgs(f) { return [await f(), await f(1, 2), await f(undefined)]; }
  same(f, g) { return [f === g, typeof f]; }
  async callAll(fs) { return Promise.all(fs.map((f) => f())); }
  fetch() { return new Response("x"); }
};`),
  ]),
  multi("svc19-rpc-target-self-and-identity", "rpc", "an RpcTarget method returning this, a target returned twice, methods called on the returned copies, properties of a target set after it was sent", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  const out = {};
  out.self = await r(async () => { const t = await env.B.make(); const s = await t.self(); return [await s.inc(), await t.inc(), await s.value, typeof s]; });
  out.twice = await r(async () => { const [x, y] = await env.B.twice(); return [await x.inc(), await y.inc(), x === y]; });
  out.later = await r(async () => { const t = await env.B.make(); await t.setLater(); return [await t.later, await t.value]; });
  out.getTarget = await r(async () => { const t = await env.B.make(); const inner = await t.inner; return [typeof inner, await inner.name()]; });
  out.pipelineSelf = await r(() => env.B.make().self().self().inc());
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class Inner extends RpcTarget { name() { return "inner"; } }
class T extends RpcTarget { constructor() { super(); this.n = 0; } self() { return this; } inc() { return ++this.n; } get value() { return this.n; } setLater() { this.laterValue = "set"; } get later() { return this.laterValue ?? "unset"; } get inner() { return new Inner(); } }
export default class extends WorkerEntrypoint {
  make() { return new T(); }
  twice() { const t = new T(); return [t, t]; }
  fetch() { return new Response("x"); }
};`),
  ]),
];
})();

const part2 = (() => {
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const line = (s) => "^" + esc(s) + "(\\n|$)";
const M = process.env.PROBE ? (s) => ".*" : line;

const THROWS = {
  typeError: [`const o = null; return o.x;`, "TypeError: Cannot read properties of null (reading 'x')"],
  custom: [`class MyError extends Error { constructor(m) { super(m); this.name = "MyError"; } } throw new MyError("mine");`, "Error: MyError: mine"],
  rangeNamed: [`const e = new RangeError("r"); throw e;`, "RangeError: r"],
  dom: [`throw new DOMException("gone", "AbortError");`, "AbortError: gone"],
  string: [`throw "plain string";`, "Error: plain string"],
  object: [`throw { code: 7 };`, "Error: #<Object>"],
  caused: [`throw new Error("outer", { cause: new Error("inner") });`, "Error: outer"],
  frozen: [`const o = Object.freeze({ a: 1 }); o.a = 2;`, "TypeError: Cannot assign to read only property 'a' of object '#<Object>'"],
  radix: [`return (1).toString(99);`, "RangeError: toString() radix argument must be between 2 and 36"],
};
return [
  multi("svc19-errors-uncaught-rpc-errors-in-caller", "errors", "errors thrown by an RPC method (engine TypeErrors, custom classes, DOMExceptions, strings, objects, causes) that the calling worker does not catch: the first line of the 500 body", [
    worker("a", `export default { async fetch(req, env) { return new Response(await env.B.boom(new URL(req.url).pathname.slice(1))); } };`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
const KINDS = {
${Object.entries(THROWS).map(([k, [v]]) => `  ${JSON.stringify(k)}: async () => { ${v} },`).join("\n")}
};
export default class extends WorkerEntrypoint { boom(k) { return KINDS[k](); } fetch() { return new Response("x"); } };`),
  ], Object.entries(THROWS).map(([k, [, m]]) => ({ ...get("/" + k), bodyMatches: M(m) }))),
];
})();

const part3 = (() => {
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const CATCH = `const r = async (f) => { try { const x = await f(); return "ok:" + (typeof x === "object" ? JSON.stringify(x) : String(x)); } catch (e) { return [String(e?.name), e?.constructor?.name, String(e?.message)]; } };`;

return [
  multi("svc19-rpc-serialised-value-edges", "rpc", "values through an RPC round trip: lone surrogates and NUL characters in strings and keys, arrays with named properties, numeric-key order, resizable ArrayBuffers, DataView offsets, RegExp flags and lastIndex, File names and dates, NaN and -0 Map keys, Dates at the limits", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  const out = {};
  const codes = (s) => [...s].map((c) => c.codePointAt(0).toString(16));
  out.loneSurrogate = await r(async () => codes(await env.B.echo("a\\uD800b\\uDFFFc")));
  out.nul = await r(async () => codes(await env.B.echo("x\\u0000y")));
  out.surrogateKey = await r(async () => Object.keys(await env.B.echo({ ["k\\uD800"]: 1 })).map(codes));
  out.emoji = await r(async () => codes(await env.B.echo("\\u{1F600}")));
  out.arrayProps = await r(async () => { const a = [1, 2]; a.extra = "x"; const b = await env.B.echo(a); return [b.length, b.extra ?? null, Object.keys(b)]; });
  out.keyOrder = await r(async () => Object.keys(await env.B.echo({ b: 1, 2: 1, a: 1, 1: 1, "-1": 1, "01": 1 })));
  out.resizable = await r(async () => { const b = await env.B.echo(new ArrayBuffer(4, { maxByteLength: 8 })); return [b.byteLength, b.resizable ?? null, b.maxByteLength ?? null]; });
  out.dataView = await r(async () => { const buf = new Uint8Array([1, 2, 3, 4, 5]).buffer; const v = await env.B.echo(new DataView(buf, 1, 3)); return [v.constructor.name, v.byteOffset, v.byteLength, v.buffer.byteLength, v.getUint8(0)]; });
  out.typedOffset = await r(async () => { const v = await env.B.echo(new Uint16Array(new ArrayBuffer(8), 2, 2)); return [v.constructor.name, v.byteOffset, v.length, v.buffer.byteLength]; });
  out.bigInt64 = await r(async () => { const v = await env.B.echo(new BigInt64Array([1n, -2n])); return [v.constructor.name, String(v[1])]; });
  out.regexp = await r(async () => { const re = /a.b/gimsuy; re.lastIndex = 3; const x = await env.B.echo(re); return [x.source, x.flags, x.lastIndex]; });
  out.regexpV = await r(async () => { const x = await env.B.echo(/[\\p{L}--[a-z]]/v); return [x.source, x.flags]; });
  out.file = await r(async () => { const f = await env.B.echo(new File(["hi"], "n.txt", { type: "text/plain", lastModified: 1234 })); return [f.constructor.name, f.name ?? null, f.type, f.size, f.lastModified ?? null, await f.text()]; });
  out.mapKeys = await r(async () => { const m = await env.B.echo(new Map([[NaN, "nan"], [-0, "zero"]])); return [m.get(NaN), m.get(0), Object.is([...m.keys()][1], -0)]; });
  out.dates = await r(async () => (await env.B.echo([new Date(8.64e15), new Date(-8.64e15), new Date(NaN)])).map((d) => String(d.getTime())));
  out.nestedSetObjects = await r(async () => { const o = { n: 1 }; const s = await env.B.echo(new Set([o, o, { n: 1 }])); return s.size; });
  out.boxedString = await r(async () => { const x = await env.B.echo(new String("boxed")); return [typeof x, x instanceof String, String(x)]; });
  out.errorInArray = await r(async () => { const [e] = await env.B.echo([new RangeError("in array")]); return [e instanceof RangeError, e.message, typeof e.stack]; });
  out.undefinedInObject = await r(async () => { const x = await env.B.echo({ u: undefined, n: null }); return ["u" in x, x.n]; });
  out.describeSurrogate = await r(() => env.B.describe("\\uD800"));
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  echo(x) { return x; }
  describe(s) { return [s.length, s.charCodeAt(0).toString(16), s.isWellFormed()]; }
  fetch() { return new Response("x"); }
};`),
  ]),
];
})();

const part4 = (() => {
const named = (name, routes) => ({ name, modules: true, compatibilityDate: CD, routes, script: `export default { fetch(req) { return new Response("${name} " + new URL(req.url).pathname); } };` });
const at = (url) => ({ request: { url, method: "GET" } });
return [
  {
    name: "svc19-routing-specificity-quirks", area: "routing",
    description: "Miniflare's route specificity counts host labels and path segments literally: a path ending in 'api*' outranks 'api/*', a leading '*' glued to a label ('*example.com') is not discounted and outranks a deeper '*.example.com' route, a port in the pattern, and equal scores fall back to the longer pattern",
    options: { workers: [
      named("first", []),
      named("slashStar", ["example.com/api/*"]),
      named("glued", ["example.com/api*"]),
      named("gluedHost", ["*example.com/*"]),
      named("deepSub", ["*.example.com/api/v1/*"]),
      named("withPort", ["other.test:8787/*"]),
      named("longer", ["other.test/x*"]),
      named("shorter", ["other.test/*"]),
    ] },
    steps: [
      at("http://example.com/api/x"), at("http://example.com/apix"), at("http://example.com/ap"),
      at("http://a.example.com/api/v1/z"), at("http://a.example.com/zzz"), at("http://notexample.com/api/"),
      at("http://other.test/xyz"), at("http://other.test:8787/abc"), at("http://other.test/"),
    ],
  },
];
})();

const part5 = (() => {
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const CATCH = `const r = async (f) => { try { const x = await f(); return "ok:" + (typeof x === "object" ? JSON.stringify(x) : String(x)); } catch (e) { return [String(e?.name), e?.constructor?.name, String(e?.message)]; } };`;
return [
  multi("svc19-rpc-function-argument-members", "rpc", "members of a function sent over RPC: its own properties (values and functions), its name and length, a property set on its prototype, a missing one; as awaited values and as calls", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  const f = () => "called"; f.prop = 5; f.obj = { deep: [1, 2] }; f.fn = (x) => "inner " + x;
  function g() { return "g"; } g.prototype.protoMethod = () => "proto";
  const out = {};
  for (const k of ["call", "propValue", "objValue", "fnCall", "fnAwait", "nameValue", "lengthValue", "missingValue", "missingCall", "protoValue", "propCall", "deepValue"]) out[k] = await r(() => env.B.probe(k, k === "protoValue" ? g : f));
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  async probe(k, f) {
    switch (k) {
      case "call": return await f();
      case "propValue": return await f.prop;
      case "objValue": return await f.obj;
      case "deepValue": return await f.obj.deep;
      case "fnCall": return await f.fn("x");
      case "fnAwait": return typeof (await f.fn);
      case "nameValue": return await f.name;
      case "lengthValue": return await f.length;
      case "missingValue": return String(await f.missing);
      case "missingCall": return await f.missing();
      case "protoValue": return typeof (await f.prototype);
      case "propCall": return await f.prop();
    }
  }
  fetch() { return new Response("x"); }
};`),
  ]),
];
})();

const part6 = (() => {
return [
  {
    name: "svc19-sb-durable-object-fetch-content-encoding", area: "service-bindings",
    description: "a Durable Object answering its stub's fetch with a body it gzip- or deflate-encoded itself (encodeBody manual): what the calling worker reads",
    options: { modules: true, compatibilityDate: CD, durableObjects: { D: "D" }, script: `import { DurableObject } from "cloudflare:workers";
const gz = async (s, f) => new Uint8Array(await new Response(new Blob([s]).stream().pipeThrough(new CompressionStream(f))).arrayBuffer());
export class D extends DurableObject { async fetch(req) { const p = new URL(req.url).pathname.slice(1);
  if (p === "gzip") return new Response(await gz("zipped body", "gzip"), { encodeBody: "manual", headers: { "content-encoding": "gzip" } });
  if (p === "deflate") return new Response(await gz("deflated body", "deflate"), { encodeBody: "manual", headers: { "content-encoding": "deflate" } });
  return new Response("plain body", { headers: { "content-encoding": "gzip" } }); } }
export default { async fetch(req, env) { const stub = env.D.getByName("x"); const out = {};
  for (const p of ["gzip", "deflate", "auto"]) { const res = await stub.fetch("http://do/" + p); const bytes = new Uint8Array(await res.arrayBuffer()); const text = new TextDecoder().decode(bytes);
    out[p] = { ce: res.headers.get("content-encoding"), text: / body$/.test(text) ? text : "encoded " + bytes[0].toString(16) + bytes[1].toString(16) }; }
  return Response.json(out); } };` },
    steps: [get("/")],
  },
];
})();

const part7 = (() => {
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const CATCH = `const r = async (f) => { try { const x = await f(); return "ok:" + (typeof x === "object" ? JSON.stringify(x) : String(x)); } catch (e) { return [String(e?.name), e?.constructor?.name, String(e?.message)]; } };`;
return [{
  name: "svc19-rpc-new-on-stubs", area: "rpc",
  description: "the new operator on RPC stubs: a method stub and a pipelined member are called, as is a function received over RPC",
  options: { workers: [
    worker("a", `export default { async fetch(req, env) { ${CATCH} const out = {};
    out.newMethod = await r(() => new env.B.make().inc());
    out.newPipelined = await r(() => new (env.B.make().inc)());
    out.newCallback = await r(() => env.B.newIt((x) => x ?? 5));
    out.newCallbackArgs = await r(() => env.B.newItWith((x) => "got " + x));
    return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class T extends RpcTarget { inc() { return 1; } }
export default class extends WorkerEntrypoint { make() { return new T(); } async newIt(f) { return await new f(); } async newItWith(f) { return await new f(7); } fetch() { return new Response("fetched"); } };`) ] },
  steps: [get("/")],
}];
})();

const part8 = (() => {
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const CATCH = `const r = async (f) => { try { const x = await f(); return "ok:" + (typeof x === "object" ? JSON.stringify(x) : String(x)); } catch (e) { return [String(e?.name), e?.constructor?.name, String(e?.message)]; } };`;
return [{ name: "svc19-rpc-nested-platform-values", area: "rpc", description: "platform objects nested inside RPC values: Blobs in Maps, Headers and Requests inside objects, streams inside arrays, a Response inside an object, DOMExceptions with custom names, errors with non-error causes, symbols, WeakMaps, an Error subclass with its own properties", options: { workers: [
  worker("a", `export default { async fetch(req, env) { ${CATCH} const out = {};
    out.blobInMap = await r(async () => { const m = await env.B.echo(new Map([["b", new Blob(["blob text"], { type: "text/x" })]])); const b = m.get("b"); return [b.constructor.name, b.type, await b.text()]; });
    out.headersInObject = await r(async () => { const o = await env.B.echo({ h: new Headers({ "x-a": "1" }) }); return [o.h.constructor.name, o.h.get("x-a")]; });
    out.requestInObject = await r(async () => { const o = await env.B.echo({ q: new Request("http://x/p", { method: "POST", body: "qb" }) }); return [o.q.constructor.name, o.q.method, o.q.url, await o.q.text()]; });
    out.responseInObject = await r(async () => { const o = await env.B.echo({ s: new Response("rb", { status: 201 }) }); return [o.s.constructor.name, o.s.status, await o.s.text()]; });
    out.streamInArray = await r(async () => { const [s] = await env.B.echo([new Blob(["streamed"]).stream()]); return [s.constructor.name, await new Response(s).text()]; });
    out.domCustom = await r(async () => { const e = await env.B.echo(new DOMException("m", "CustomName")); return [e.constructor.name, e.name, e.message, e.code]; });
    out.domCode = await r(async () => { const e = await env.B.echo(new DOMException("m", "NotFoundError")); return [e.name, e.code]; });
    out.causeString = await r(async () => { const e = await env.B.echo(new Error("x", { cause: "why" })); return [e.message, e.cause ?? null]; });
    out.causeObject = await r(async () => { const e = await env.B.echo(new TypeError("x", { cause: { a: 1 } })); return [e.name, JSON.stringify(e.cause ?? null)]; });
    out.aggregateInArray = await r(async () => { const [e] = await env.B.echo([new AggregateError([new Error("one")], "agg")]); return [e.constructor.name, e.message, e.errors?.length ?? null]; });
    out.symbolInArray = await r(() => env.B.echo([Symbol("s")]));
    out.weakMap = await r(() => env.B.echo(new WeakMap()));
    out.errorSubclassProps = await r(async () => { class E extends Error { constructor() { super("sub"); this.name = "E"; this.extra = 1; } } const e = await env.B.echo(new E()); return [e.constructor.name, e.name, e.message, e.extra ?? null]; });
    return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
  worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint { echo(x) { return x; } fetch() { return new Response("x"); } };`) ] }, steps: [get("/")] }];
})();

export default [...part0, ...part1, ...part2, ...part3, ...part4, ...part5, ...part6, ...part7, ...part8];
