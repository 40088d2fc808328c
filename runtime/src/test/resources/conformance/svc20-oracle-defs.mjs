// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs svc20
// The twentieth session's service-binding, RPC and error probes: errors of many kinds across RPC and bindings, rpc_params_dup_stubs, enhanced_error_serialization (thrown and cloned errors), DOMExceptions through fetch, old compatibility dates. svc20-rpc-error-enhanced-serialization-caller-only is not committed (a gap, see README Limitations).
import { CD, get } from "./_h.mjs";
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const CATCH = `const r = async (f) => { try { const x = await f(); return "ok:" + (x instanceof Response ? x.status + " " + await x.text() : typeof x === "object" ? JSON.stringify(x) : String(x)); } catch (e) { return [String(e?.name), e?.constructor?.name, String(e?.message)]; } };`;
const DESCR = `const d = async (f) => { try { const x = await f(); return "ok:" + JSON.stringify(x); } catch (e) { if (!(e instanceof Object)) return ["thrown", typeof e, String(e)]; return { name: e.name, ctor: e.constructor?.name, message: e.message, keys: Object.keys(e), own: Object.getOwnPropertyNames(e).sort(), isError: e instanceof Error, proto: Object.getPrototypeOf(e)?.constructor?.name, cause: e.cause === undefined ? "none" : typeof e.cause === "object" ? (e.cause instanceof Error ? "Error:" + e.cause.name + ":" + e.cause.message : JSON.stringify(e.cause)) : String(e.cause), code: e.code, detail: e.detail, remote: e.remote, errors: Array.isArray(e.errors) ? e.errors.map((x) => x instanceof Error ? x.name + ":" + x.message : x) : typeof e.errors, first: typeof e.stack === "string" ? e.stack.split("\\n")[0] : typeof e.stack, str: String(e) }; } };`;

const THROWS = {
  cause: `throw new Error("with cause", { cause: "the cause" });`,
  causeError: `throw new Error("outer", { cause: new TypeError("inner") });`,
  causeObject: `throw new Error("outer", { cause: { a: 1 } });`,
  customProps: `throw Object.assign(new Error("props"), { code: 42, detail: { a: [1, 2] } });`,
  customName: `class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } } throw new MyErr("mine");`,
  subclassNoName: `class MyErr extends Error {} throw new MyErr("sub");`,
  typeSubclass: `class T extends TypeError {} throw new T("tsub");`,
  renamedPlain: `const e = new Error("renamed"); e.name = "TypeError"; throw e;`,
  renamedRange: `const e = new RangeError("rr"); e.name = "Custom"; throw e;`,
  aggregate: `throw new AggregateError([new Error("a1"), new TypeError("a2")], "agg");`,
  domNotFound: `throw new DOMException("dom msg", "NotFoundError");`,
  domAbort: `throw new DOMException("aborted here", "AbortError");`,
  domCustom: `throw new DOMException("odd", "MyName");`,
  evalError: `throw new EvalError("ev");`,
  uriError: `throw new URIError("ur");`,
  syntaxError: `throw new SyntaxError("sy");`,
  referenceError: `throw new ReferenceError("re");`,
  emptyMessage: `throw new Error();`,
  numberMessage: `throw new Error(5);`,
  multiline: `throw new Error("line1\\nline2");`,
  nameless: `const e = new Error("nameless"); e.name = ""; throw e;`,
  stackless: `const e = new Error("nostack"); delete e.stack; e.stack = undefined; throw e;`,
  customStack: `const e = new Error("cs"); e.stack = "custom stack text"; throw e;`,
  messageOverwritten: `const e = new Error("m1"); e.message = "m2"; throw e;`,
  unserializableProp: `throw Object.assign(new Error("fnprop"), { fn() {} });`,
  symbolProp: `const e = new Error("symprop"); e[Symbol("s")] = 1; e.ok = 1; throw e;`,
  abortReason: `const c = new AbortController(); c.abort(); throw c.signal.reason;`,
  timeoutReason: `throw AbortSignal.abort(new RangeError("why")).reason;`,
};

const thrower = `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
const KINDS = {
${Object.entries(THROWS).map(([k, v]) => `  ${JSON.stringify(k)}: () => { ${v} },`).join("\n")}
};
class T extends RpcTarget { boom(k) { return KINDS[k](); } }
export default class extends WorkerEntrypoint {
  boom(k) { return KINDS[k](); }
  async asyncBoom(k) { await null; return KINDS[k](); }
  target() { return new T(); }
  get badGetter() { throw new RangeError("getter failed"); }
  async callBack(cb) { try { await cb(); return "no"; } catch (e) { return [e.name, e.constructor.name, e.message, e instanceof Error]; } }
  async rethrow(cb) { await cb(); }
  async fetch() { return new Response("f"); }
};`;

const part1 = [
  multi("svc20-rpc-error-details-across", "rpc", "errors of many kinds thrown by an entrypoint method as the RPC caller sees them: class, message, own properties, cause, custom properties, AggregateError members, DOMException names, renamed errors, custom stacks", [
    worker("a", `export default { async fetch(req, env) { ${DESCR}
  const out = {};
  for (const k of ${JSON.stringify(Object.keys(THROWS))}) out[k] = await d(() => env.B.boom(k));
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", thrower),
  ]),
  multi("svc20-rpc-error-paths-across", "rpc", "errors reaching an RPC caller by other paths: an async method, an RpcTarget's method, a throwing getter, a pipelined call on a target, a callback the callee calls (the callee catches, or lets it through back to the caller)", [
    worker("a", `export default { async fetch(req, env) { ${DESCR}
  const out = {};
  for (const k of ["cause", "customProps", "customName", "domNotFound", "aggregate"]) {
    out["async_" + k] = await d(() => env.B.asyncBoom(k));
    out["target_" + k] = await d(async () => { const t = await env.B.target(); return t.boom(k); });
    out["pipe_" + k] = await d(() => env.B.target().boom(k));
  }
  out.getter = await d(() => env.B.badGetter);
  out.cbCaught = await d(() => env.B.callBack(() => { throw new TypeError("from caller"); }));
  out.cbCaughtDom = await d(() => env.B.callBack(() => { throw new DOMException("dom from caller", "DataError"); }));
  out.cbCaughtCustom = await d(() => env.B.callBack(() => { class X extends Error { name = "XErr"; } throw new X("x from caller"); }));
  out.cbRethrown = await d(() => env.B.rethrow(() => { throw Object.assign(new RangeError("round trip"), { code: 7 }); }));
  out.cbString = await d(() => env.B.rethrow(() => { throw "plain string"; }));
  out.cbObject = await d(() => env.B.rethrow(() => { throw { a: 1 }; }));
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", thrower),
  ]),
];


const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const UNCAUGHT_HEADS = { cause: "Error: with cause", causeError: "Error: outer", customProps: "Error: props", customName: "Error: MyErr: mine", subclassNoName: "Error: sub", typeSubclass: "TypeError: tsub", renamedPlain: "TypeError: renamed", renamedRange: "Error: Custom: rr", aggregate: "AggregateError: agg", domNotFound: "NotFoundError: dom msg", domCustom: "MyName: odd", evalError: "EvalError: ev", emptyMessage: "Error", numberMessage: "Error: 5", multiline: "Error: line1\nline2", nameless: "Error: nameless", stackless: "Error: nostack", customStack: "Error: cs", messageOverwritten: "Error: m2", symbolProp: "Error: symprop", abortReason: "AbortError: The operation was aborted" };
const part2 = [
  {
    name: "svc20-errors-uncaught-error-kinds-headline", area: "errors",
    description: "the 500 body of an uncaught error of many kinds (cause, custom properties, subclass with a custom name, renamed errors, AggregateError, DOMException, empty and non-string messages, custom or deleted stack): the error as it crossed from the worker, so a custom name is folded into the message",
    options: { modules: true, compatibilityDate: CD, script: `
const KINDS = {
${Object.entries(THROWS).map(([k, v]) => `  ${JSON.stringify(k)}: () => { ${v} },`).join("\n")}
};
export default { async fetch(req) { const k = new URL(req.url).pathname.slice(1); KINDS[k](); return new Response("none"); } };` },
    steps: Object.entries(UNCAUGHT_HEADS).map(([k, h]) => ({ ...get("/" + k), bodyMatches: "^" + esc(h) + "(\\n|$)" })),
  },
];

const T_PRE = `async function t(fn) {
  try { const v = await fn(); return { ok: v === undefined ? "undefined" : v }; }
  catch (e) { return { error: { name: e?.name, ctor: e?.constructor?.name, message: e?.message } }; }
}
`;
const MOVES_A = T_PRE + "import { RpcTarget, RpcStub } from \"cloudflare:workers\";\nexport default { async fetch(req, env, ctx) { const out = {};\n  const r = await env.B.make(1);\n  out.r1 = await t(() => env.B.use(r)); out.r2 = await t(() => r.m()); out.r3 = await t(() => env.B.use(r));\n  const d = r.dup();\n  out.d1 = await t(() => env.B.use(d)); out.d2 = await t(() => d.m()); out.rAfterD = await t(() => r.m());\n  const u = await env.B.make(2);\n  out.u1 = await t(() => env.B.noUse(u)); out.u2 = await t(() => u.m());\n  const c = await env.B.make(3); const cd = c.dup(); c[Symbol.dispose]();\n  out.cd1 = await t(() => env.B.use(cd)); out.cd2 = await t(() => cd.m());\n  const o = await env.B.obj(4);\n  out.o1 = await t(() => env.B.use(o.t)); out.o2 = await t(() => o.t.m());\n  const l = new RpcStub(new (class extends RpcTarget { m() { return \"local\"; } })());\n  out.l1 = await t(() => env.B.use(l)); out.l2 = await t(() => l.m());\n  const p = await env.B.make(5);\n  out.p1 = await t(() => env.B.useProp(p)); out.p2 = await t(() => p.m());\n  const q = await env.B.make(6); const qd = q.dup();\n  out.q1 = await t(() => env.B.use(q)); out.q2 = await t(() => q.m()); out.qd = await t(() => qd.m());\n  return Response.json(out); } };";
const MOVES_B = "import { WorkerEntrypoint, RpcTarget } from \"cloudflare:workers\";\nclass T extends RpcTarget { constructor(n) { super(); this.n = n; } get v() { return this.n; } m() { return \"m\" + this.n; } }\nexport default class extends WorkerEntrypoint {\n  make(n) { return new T(n); }\n  obj(n) { return { t: new T(n) }; }\n  async use(stub) { return await stub.m(); }\n  async useProp(stub) { return await stub.v; }\n  noUse(stub) { return typeof stub; }\n}";
const dated = (name, script, date, extra = {}) => ({ name, modules: true, compatibilityDate: date, ...extra, script });
const part3 = [
  multi("svc20-rpc-stub-params-dup-2026", "rpc", "from 2026-01-20 (rpc_params_dup_stubs) a stub sent as an RPC argument is duplicated: the sender's copy stays usable, dup()s and local stubs too", [
    dated("a", MOVES_A, "2026-01-20", { serviceBindings: { B: "b" } }), dated("b", MOVES_B, "2026-01-20")]),
  multi("svc20-rpc-stub-params-dup-caller-date", "rpc", "rpc_params_dup_stubs follows the sending worker: a 2026 caller keeps its stubs when the receiver is on an old date", [
    dated("a", MOVES_A, "2026-02-01", { serviceBindings: { B: "b" } }), dated("b", MOVES_B, "2025-01-01")]),
  multi("svc20-rpc-stub-params-dup-callee-date", "rpc", "an old-date caller sending stubs to a 2026 receiver: the stubs move (the sender's copies are disposed)", [
    dated("a", MOVES_A, "2025-01-01", { serviceBindings: { B: "b" } }), dated("b", MOVES_B, "2026-02-01")]),
  multi("svc20-rpc-stub-params-dup-flags", "rpc", "the rpc_params_dup_stubs flag on an old date, and rpc_params_transfer_stubs on a new one", [
    dated("a", MOVES_A.replace("export default { async fetch(req, env, ctx) { const out = {};", "export default { async fetch(req, env, ctx) { const out = {}; if (new URL(req.url).pathname === '/t') return env.T.fetch(req);"), "2025-01-01", { compatibilityFlags: ["rpc_params_dup_stubs"], serviceBindings: { B: "b", T: "t" } }), dated("b", MOVES_B, "2025-01-01"),
    dated("t", MOVES_A, "2026-02-01", { compatibilityFlags: ["rpc_params_transfer_stubs"], serviceBindings: { B: "b" } })], [get("/"), get("/t")]),
  multi("svc20-rpc-error-enhanced-serialization", "rpc", "from 2026-04-21 (enhanced_error_serialization) errors crossing RPC keep more: custom names, cause, own properties, AggregateError members", [
    dated("a", `export default { async fetch(req, env) { ${DESCR}
  const out = {};
  for (const k of ${JSON.stringify(Object.keys(THROWS))}) out[k] = await d(() => env.B.boom(k));
  for (const k of ["cause", "customProps", "customName", "aggregate"]) out["pipe_" + k] = await d(() => env.B.target().boom(k));
  out.getter = await d(() => env.B.badGetter);
  out.cbCaughtCustom = await d(() => env.B.callBack(() => { class X extends Error { name = "XErr"; } throw Object.assign(new X("x from caller"), { code: 3 }); }));
  out.cbRethrown = await d(() => env.B.rethrow(() => { throw Object.assign(new RangeError("round trip"), { code: 7 }); }));
  out.cbObject = await d(() => env.B.rethrow(() => { throw { a: 1 }; }));
  return Response.json(out); } };`, "2026-04-21", { serviceBindings: { B: "b" } }),
    dated("b", thrower, "2026-04-21"),
  ]),
  multi("svc20-rpc-error-enhanced-serialization-callee-only", "rpc", "enhanced_error_serialization on the throwing worker only (old-date caller)", [
    dated("a", `export default { async fetch(req, env) { ${DESCR}
  const out = {};
  for (const k of ["cause", "causeError", "customProps", "customName", "aggregate", "domNotFound", "customStack"]) out[k] = await d(() => env.B.boom(k));
  return Response.json(out); } };`, "2025-01-01", { serviceBindings: { B: "b" } }),
    dated("b", thrower, "2026-04-21"),
  ]),
  multi("svc20-rpc-error-enhanced-serialization-caller-only", "rpc", "enhanced_error_serialization on the calling worker only (old-date thrower)", [
    dated("a", `export default { async fetch(req, env) { ${DESCR}
  const out = {};
  for (const k of ["cause", "causeError", "customProps", "customName", "aggregate", "domNotFound", "customStack"]) out[k] = await d(() => env.B.boom(k));
  return Response.json(out); } };`, "2026-04-21", { serviceBindings: { B: "b" } }),
    dated("b", thrower, "2025-01-01"),
  ]),
];



const ENH = "2026-04-21";
const THROWN_VALUES = {
  string: `throw "plain string";`,
  number: `throw 42;`,
  nullValue: `throw null;`,
  undefinedValue: `throw undefined;`,
  object: `throw { a: 1, b: "two" };`,
  array: `throw [1, "x"];`,
  objectWithFn: `throw { a: 1, f() {} };`,
  date: `throw new Date(0);`,
  mixedOrder: `const e = new Error("mixed", { cause: 1 }); e.z = 1; e.a = 2; e.name = "Named"; throw e;`,
  someUnserializable: `throw Object.assign(new Error("partial"), { a: 1, f() {}, b: 2 });`,
  nestedErrorProp: `throw Object.assign(new Error("nested"), { inner: new RangeError("in") });`,
  nonEnumerable: `const e = new Error("hidden"); Object.defineProperty(e, "h", { value: 1, enumerable: false }); e.v = 2; throw e;`,
  getterProp: `const e = new Error("getter"); Object.defineProperty(e, "g", { get() { return 5; }, enumerable: true }); throw e;`,
  causeUndefined: `throw new Error("cu", { cause: undefined });`,
  domWithProps: `throw Object.assign(new DOMException("dp", "DataError"), { extra: 1 });`,
  typeWithName: `const e = new TypeError("tn"); e.name = "RangeError"; throw e;`,
  aggregateNested: `throw new AggregateError([new AggregateError([new Error("deep")], "mid")], "top");`,
};
const enhThrower = `import { WorkerEntrypoint } from "cloudflare:workers";
const KINDS = {
${Object.entries(THROWN_VALUES).map(([k, v]) => `  ${JSON.stringify(k)}: () => { ${v} },`).join("\n")}
};
export default class extends WorkerEntrypoint {
  boom(k) { return KINDS[k](); }
  async fetch(req) { const k = new URL(req.url).pathname.slice(1); KINDS[k](); return new Response("none"); }
};`;
const DESCR2 = DESCR.replace("keys: Object.keys(e),", "keys: Object.keys(e), json: (() => { try { return JSON.stringify(e, (k, v) => k === \"stack\" ? undefined : v); } catch (x) { return String(x); } })(), tag: Object.prototype.toString.call(e), inner: e.inner instanceof Error ? e.inner.name + \":\" + e.inner.message + \":\" + e.inner.remote : typeof e.inner, nested: Array.isArray(e.errors) && Array.isArray(e.errors[0]?.errors) ? e.errors[0].errors.map(String) : null,");
const part4 = [
  multi("svc20-rpc-error-enhanced-thrown-values", "rpc", "enhanced_error_serialization (2026-04-21): thrown non-errors (strings, numbers, null, plain objects, arrays) and errors with mixed extra properties (order, unserializable, non-enumerable, getters, nested errors) as an RPC caller sees them", [
    dated("a", `export default { async fetch(req, env) { ${DESCR2}
  const out = {};
  for (const k of ${JSON.stringify(Object.keys(THROWN_VALUES))}) out[k] = await d(() => env.B.boom(k));
  return Response.json(out); } };`, ENH, { serviceBindings: { B: "b" } }),
    dated("b", enhThrower, ENH),
  ]),
  multi("svc20-sb-error-enhanced-through-fetch", "service-bindings", "enhanced_error_serialization (2026-04-21): what a service binding caller's rejected fetch() holds when the callee's fetch handler throws errors with extra properties or non-errors", [
    dated("a", `export default { async fetch(req, env) { ${DESCR2}
  const out = {};
  for (const k of ["string", "object", "mixedOrder", "nestedErrorProp", "domWithProps", "aggregateNested"]) out[k] = await d(() => env.B.fetch("http://x/" + k));
  return Response.json(out); } };`, ENH, { serviceBindings: { B: "b" } }),
    dated("b", enhThrower, ENH),
  ]),
];

const DOMS = { dataError: `throw new DOMException("dp", "DataError");`, custom: `throw new DOMException("odd", "MyName");`, plain: `throw new DOMException("plain");`, notFound: `throw new DOMException("nf", "NotFoundError");`, timeout: `throw new DOMException("slow", "TimeoutError");`, quota: `throw new DOMException("q", "QuotaExceededError");`, withProps: `throw Object.assign(new DOMException("wp", "SyntaxError"), { extra: 1 });`, empty: `throw new DOMException();` };
const domThrower = `import { WorkerEntrypoint } from "cloudflare:workers";
const KINDS = {
${Object.entries(DOMS).map(([k, v]) => `  ${JSON.stringify(k)}: () => { ${v} },`).join("\n")}
};
export default class extends WorkerEntrypoint {
  boom(k) { return KINDS[k](); }
  async fetch(req) { const k = new URL(req.url).pathname.slice(1); KINDS[k](); return new Response("none"); }
};`;
const DOMDESCR = `const d = async (f) => { try { await f(); return "ok"; } catch (e) { return [e.name, e.constructor?.name, e.message, e.code, Object.keys(e), e.remote, e instanceof DOMException]; } };`;
const part5 = [
  multi("svc20-sb-callee-domexception-names", "service-bindings", "DOMExceptions of standard and other names (DataError, a custom name, the default, TimeoutError, with extra properties, no arguments) thrown by a callee's fetch handler and by an RPC method: the caller gets a DOMException each time", [
    worker("a", `export default { async fetch(req, env) { ${DOMDESCR}
  const out = {};
  for (const k of ${JSON.stringify(Object.keys(DOMS))}) { out["fetch_" + k] = await d(() => env.B.fetch("http://x/" + k)); out["rpc_" + k] = await d(() => env.B.boom(k)); }
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", domThrower),
  ]),
  multi("svc20-sb-callee-domexception-names-2026", "service-bindings", "the same DOMExceptions with enhanced_error_serialization (2026-04-21) on both sides", [
    dated("a", `export default { async fetch(req, env) { ${DOMDESCR}
  const out = {};
  for (const k of ${JSON.stringify(Object.keys(DOMS))}) { out["fetch_" + k] = await d(() => env.B.fetch("http://x/" + k)); out["rpc_" + k] = await d(() => env.B.boom(k)); }
  return Response.json(out); } };`, ENH, { serviceBindings: { B: "b" } }),
    dated("b", domThrower, ENH),
  ]),
  {
    name: "svc20-errors-uncaught-error-kinds-headline-2026", area: "errors",
    description: "the 500 body of uncaught errors of many kinds on a 2026-04-21 worker (enhanced_error_serialization): the same headlines as before, a custom name still folded into the message",
    options: { modules: true, compatibilityDate: ENH, script: `
const KINDS = {
${Object.entries(THROWS).map(([k, v]) => `  ${JSON.stringify(k)}: () => { ${v} },`).join("\n")}
};
export default { async fetch(req) { const k = new URL(req.url).pathname.slice(1); KINDS[k](); return new Response("none"); } };` },
    steps: Object.entries(UNCAUGHT_HEADS).map(([k, h]) => ({ ...get("/" + k), bodyMatches: "^" + esc(h) + "(\\n|$)" })),
  },
];

const OLDCALLER = `export default { async fetch(req, env) { ${CATCH}
  const out = {};
  for (const k of ["error", "typeError", "string", "object", "custom", "rejected", "dom"]) {
    out[k] = await (async () => { try { const r = await env.B.fetch("http://x/" + k); return [r.status, r.statusText, [...r.headers].filter(([h]) => h !== "date"), (await r.text()).split("\\n")[0]]; } catch (e) { return ["threw", e.name, e.constructor.name, e.message, e.remote]; } })();
  }
  out.rpc = await r(() => env.B.method());
  out.typeofMethod = typeof env.B.method;
  return Response.json(out); } };`;
const OLDCALLEE = `export default { async fetch(req) { const k = new URL(req.url).pathname.slice(1);
  if (k === "error") throw new Error("callee error");
  if (k === "typeError") throw new TypeError("callee type");
  if (k === "string") throw "callee string";
  if (k === "object") throw { a: 1 };
  if (k === "custom") { class MyErr extends Error { name = "MyErr"; } throw new MyErr("mine"); }
  if (k === "dom") throw new DOMException("d", "DataError");
  return Promise.reject(new RangeError("rejected")); }, method() { return "m"; } };`;
const part6 = [
  multi("svc20-sb-callee-throws-before-tunnel-date", "service-bindings", "before dynamic_dispatch_tunnel_exceptions (2023-03-01) a callee's uncaught exception reaches a service-binding caller as a 500 response, not a rejection; RPC before its date (2024-04-03)", [
    dated("a", OLDCALLER, "2022-06-01", { serviceBindings: { B: "b" } }), dated("b", OLDCALLEE, "2022-06-01")]),
  multi("svc20-sb-callee-throws-tunnel-flag-split", "service-bindings", "a 2022 caller of a 2025 callee that throws, and the opposite: whose date decides whether the exception is tunnelled", [
    dated("a", OLDCALLER.replace("export default { async fetch(req, env) {", "export default { async fetch(req, env) { if (new URL(req.url).pathname === '/new') return env.N.fetch(req);"), "2022-06-01", { serviceBindings: { B: "b", N: "n" } }), dated("b", OLDCALLEE, "2025-01-01"),
    dated("n", OLDCALLER, "2025-01-01", { serviceBindings: { B: "o" } }), dated("o", OLDCALLEE, "2022-06-01")], [get("/"), get("/new")]),
  multi("svc20-sb-callee-throws-treat-as-500-flag", "service-bindings", "dynamic_dispatch_treat_exceptions_as_500 on a 2025 caller and callee", [
    dated("a", OLDCALLER, "2025-01-01", { compatibilityFlags: ["dynamic_dispatch_treat_exceptions_as_500"], serviceBindings: { B: "b" } }), dated("b", OLDCALLEE, "2025-01-01", { compatibilityFlags: ["dynamic_dispatch_treat_exceptions_as_500"] })]),
];

const VALERR = `const show = (e) => e instanceof Error ? { name: e.name, ctor: e.constructor.name, message: e.message, keys: Object.keys(e), own: Object.getOwnPropertyNames(e).sort(), cause: e.cause instanceof Error ? "E:" + e.cause.name + ":" + e.cause.message + ":" + Object.keys(e.cause) : e.cause, code: e.code, remote: e.remote, errors: Array.isArray(e.errors) ? e.errors.map((x) => x instanceof Error ? x.name + ":" + x.message + ":" + JSON.stringify(Object.keys(x)) + (Array.isArray(x.errors) ? ":" + x.errors.length : "") : x) : typeof e.errors, first: String(e.stack).split("\\n")[0] } : ["not error", typeof e, String(e)];
const MAKE = {
  props: () => Object.assign(new Error("p", { cause: new TypeError("c") }), { code: 5 }),
  custom: () => { const e = new Error("cn"); e.name = "MyErr"; return e; },
  aggregate: () => new AggregateError([new AggregateError([new Error("deep")], "mid"), new RangeError("r")], "top"),
  range: () => Object.assign(new RangeError("rg"), { extra: [1] }),
  fnProp: () => Object.assign(new Error("fp"), { a: 1, f() {} }),
};`;
const part7 = [
  multi("svc20-rpc-error-values-enhanced", "rpc", "errors as values (returned by an RPC method, sent as arguments, through structuredClone) with enhanced_error_serialization (2026-04-21) and without: own properties, cause, custom names, nested AggregateErrors", [
    dated("a", `import { WorkerEntrypoint } from "cloudflare:workers";
${VALERR}
export default { async fetch(req, env) { const out = {};
  for (const k of Object.keys(MAKE)) {
    out["ret_" + k] = await env.B.make(k).then((v) => show(v.e), (x) => ["threw", x.name, x.message]);
    out["arg_" + k] = await env.B.echo({ e: MAKE[k]() }).then((v) => v, (x) => ["threw", x.name, x.message]);
    try { out["clone_" + k] = show(structuredClone(MAKE[k]())); } catch (x) { out["clone_" + k] = ["threw", x.name, x.message]; }
  }
  return Response.json(out); } };`, ENH, { serviceBindings: { B: "b" } }),
    dated("b", `import { WorkerEntrypoint } from "cloudflare:workers";
${VALERR}
export default class extends WorkerEntrypoint { make(k) { return { e: MAKE[k]() }; } echo(v) { return show(v.e); } };`, ENH),
  ]),
  multi("svc20-rpc-error-values-legacy", "rpc", "the same errors as values on 2025-01-01 (legacy serialization)", [
    dated("a", `import { WorkerEntrypoint } from "cloudflare:workers";
${VALERR}
export default { async fetch(req, env) { const out = {};
  for (const k of Object.keys(MAKE)) {
    out["ret_" + k] = await env.B.make(k).then((v) => show(v.e), (x) => ["threw", x.name, x.message]);
    out["arg_" + k] = await env.B.echo({ e: MAKE[k]() }).then((v) => v, (x) => ["threw", x.name, x.message]);
    try { out["clone_" + k] = show(structuredClone(MAKE[k]())); } catch (x) { out["clone_" + k] = ["threw", x.name, x.message]; }
  }
  return Response.json(out); } };`, CD, { serviceBindings: { B: "b" } }),
    dated("b", `import { WorkerEntrypoint } from "cloudflare:workers";
${VALERR}
export default class extends WorkerEntrypoint { make(k) { return { e: MAKE[k]() }; } echo(v) { return show(v.e); } };`, CD),
  ]),
];

const SHOW3 = `const d = async (f) => { try { const x = await f(); return "ok:" + JSON.stringify(x); } catch (e) { if (!(e instanceof Object)) return ["thrown", typeof e, String(e)]; return { name: e.name, ctor: e.constructor?.name, message: e.message, keys: Object.keys(e), cause: e.cause instanceof Error ? e.cause.name + ":" + e.cause.message : e.cause, code: e.code, remote: e.remote, errors: Array.isArray(e.errors) ? e.errors.map(String) : typeof e.errors }; } };`;
const MK = `const mk = (k) => { if (k === "props") return Object.assign(new Error("p", { cause: new TypeError("c") }), { code: 9 }); if (k === "named") { const e = new RangeError("n"); e.name = "Mine"; return e; } if (k === "agg") return new AggregateError([new Error("x")], "ag"); return { plain: k }; };`;
const part8 = [
  multi("svc20-rpc-error-enhanced-other-paths", "rpc", "enhanced_error_serialization (2026-04-21) on other paths: a Durable Object's RPC method and fetch, ctx.exports loopback calls, a named entrypoint, a callback of the caller that the callee calls and lets fail, a pipelined call", [
    dated("a", `import { WorkerEntrypoint, DurableObject } from "cloudflare:workers";
${MK}
export class Obj extends DurableObject { boom(k) { throw mk(k); } async fetch(req) { throw mk(new URL(req.url).pathname.slice(1)); } }
export class Named extends WorkerEntrypoint { boom(k) { throw mk(k); } }
export default { async fetch(req, env, ctx) { ${SHOW3}
  const out = {};
  const stub = env.OBJ.get(env.OBJ.idFromName("x"));
  for (const k of ["props", "named", "agg", "plain"]) {
    out["do_" + k] = await d(() => stub.boom(k));
    out["dofetch_" + k] = await d(() => stub.fetch("http://x/" + k));
    out["loop_" + k] = await d(() => ctx.exports.Named.boom(k));
    out["named_" + k] = await d(() => env.N.boom(k));
    out["cb_" + k] = await d(() => env.B.callIt(() => { throw mk(k); }));
  }
  return Response.json(out); } };`, ENH, { durableObjects: { OBJ: "Obj" }, serviceBindings: { B: "b", N: { name: "b", entrypoint: "Named" } } }),
    dated("b", `import { WorkerEntrypoint } from "cloudflare:workers";
${MK}
export class Named extends WorkerEntrypoint { boom(k) { throw mk(k); } }
export default class extends WorkerEntrypoint { async callIt(cb) { await cb(); } };`, ENH),
  ]),
];

const part9 = [
  multi("svc20-rpc-error-enhanced-in-storage", "rpc", "errors kept in Durable Object storage (put/get, a Map of them) on 2026-04-21 (enhanced_error_serialization) and 2025-01-01: own properties, cause, custom names, AggregateError members", [
    dated("a", `import { DurableObject } from "cloudflare:workers";
${MK}
const show = (e) => e instanceof Error ? [e.name, e.constructor.name, e.message, Object.keys(e), e.cause instanceof Error ? e.cause.name : e.cause, e.code, Array.isArray(e.errors) ? e.errors.length : typeof e.errors] : ["value", JSON.stringify(e)];
export class Obj extends DurableObject { async run() { const out = {};
  for (const k of ["props", "named", "agg"]) { await this.ctx.storage.put(k, mk(k)); out[k] = show(await this.ctx.storage.get(k)); }
  const m = await this.ctx.storage.get(["props", "named"]); out.many = [...m.values()].map(show);
  return out; } }
export default { async fetch(req, env) { const out = {};
  out.now = await env.OBJ.get(env.OBJ.idFromName("x")).run();
  out.old = await env.OLD.fetch("http://x/").then((r) => r.json());
  return Response.json(out); } };`, ENH, { durableObjects: { OBJ: "Obj" }, serviceBindings: { OLD: "old" } }),
    dated("old", `import { DurableObject } from "cloudflare:workers";
${MK}
const show = (e) => e instanceof Error ? [e.name, e.constructor.name, e.message, Object.keys(e), e.cause instanceof Error ? e.cause.name : e.cause, e.code, Array.isArray(e.errors) ? e.errors.length : typeof e.errors] : ["value", JSON.stringify(e)];
export class Obj2 extends DurableObject { async run() { const out = {};
  for (const k of ["props", "named", "agg"]) { await this.ctx.storage.put(k, mk(k)); out[k] = show(await this.ctx.storage.get(k)); }
  return out; } }
export default { async fetch(req, env) { return Response.json(await env.OBJ2.get(env.OBJ2.idFromName("x")).run()); } };`, CD, { durableObjects: { OBJ2: "Obj2" } }),
  ]),
];
export default [...part1, ...part2, ...part3, ...part4, ...part5, ...part6, ...part7, ...part8, ...part9];
