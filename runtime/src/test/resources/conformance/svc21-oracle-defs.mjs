// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs svc21
// The twenty-first session's RPC and error probes: enhanced_error_serialization on the caller only (an older-dated thrower: workerd's mixed form), errors with properties that cannot be cloned (is a custom name kept?), error values between workers of different dates.
import { get } from "./_h.mjs";
const LEGACY = "2025-01-01";
const ENH = "2026-04-21";
const dated = (name, script, date, extra = {}) => ({ name, modules: true, compatibilityDate: date, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const DESCR = `const desc = (e) => { if (!(e instanceof Object)) return ["thrown", typeof e, String(e)]; return { name: e.name, ctor: e.constructor?.name, message: e.message, keys: Object.keys(e), own: Object.getOwnPropertyNames(e).sort(), isError: e instanceof Error, cause: !("cause" in e) ? "none" : e.cause instanceof Error ? ["E", e.cause.name, e.cause.constructor.name, e.cause.message, Object.keys(e.cause), String(e.cause.stack).split("\\n")[0]] : typeof e.cause === "object" ? JSON.stringify(e.cause) : typeof e.cause + ":" + String(e.cause), code: e.code, remote: e.remote, errors: Array.isArray(e.errors) ? e.errors.map((x) => x instanceof Error ? x.name + ":" + x.message + ":" + Object.keys(x) : JSON.stringify(x)) : typeof e.errors, first: typeof e.stack === "string" ? e.stack.split("\\n")[0] : typeof e.stack, str: (() => { try { return String(e); } catch (x) { return "threw"; } })(), json: (() => { try { return JSON.stringify(e, (k, v) => k === "stack" ? undefined : typeof v === "function" ? "fn" : v); } catch (x) { return String(x); } })() }; };
const d = async (f) => { try { const x = await f(); return "ok:" + (x instanceof Response ? x.status + " " + (await x.text()).split("\\n")[0] : JSON.stringify(x)); } catch (e) { return desc(e); } };`;

const THROWS = {
  cause: `throw new Error("with cause", { cause: "the cause" });`,
  causeError: `throw new Error("outer", { cause: new TypeError("inner") });`,
  causeObject: `throw new Error("outer", { cause: { a: 1 } });`,
  causeCustomStack: `const c = new TypeError("inner"); c.stack = "inner stack"; c.code = 1; throw new Error("outer", { cause: c });`,
  causeUndefined: `throw new Error("cu", { cause: undefined });`,
  customProps: `throw Object.assign(new Error("props"), { code: 42, detail: { a: [1, 2] } });`,
  customName: `class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } } throw new MyErr("mine");`,
  protoName: `class P extends Error {} P.prototype.name = "ProtoErr"; throw new P("pn");`,
  subclassNoName: `class MyErr extends Error {} throw new MyErr("sub");`,
  typeSubclass: `class T extends TypeError {} throw new T("tsub");`,
  renamedPlain: `const e = new Error("renamed"); e.name = "TypeError"; throw e;`,
  renamedRange: `const e = new RangeError("rr"); e.name = "Custom"; throw e;`,
  renamedAggregate: `const e = new Error("ra"); e.name = "AggregateError"; throw e;`,
  aggregate: `throw new AggregateError([new Error("a1"), new TypeError("a2")], "agg");`,
  domNotFound: `throw new DOMException("dom msg", "NotFoundError");`,
  domWithProps: `throw Object.assign(new DOMException("dp", "DataError"), { extra: 1 });`,
  evalError: `throw new EvalError("ev");`,
  uriError: `throw new URIError("ur");`,
  referenceError: `throw new ReferenceError("re");`,
  emptyMessage: `throw new Error();`,
  numberMessage: `throw new Error(5);`,
  nameless: `const e = new Error("nameless"); e.name = ""; throw e;`,
  stackless: `const e = new Error("nostack"); delete e.stack; e.stack = undefined; throw e;`,
  stackNumber: `const e = new Error("sn"); e.stack = 5; throw e;`,
  customStack: `const e = new Error("cs"); e.stack = "custom stack text"; throw e;`,
  messageOverwritten: `const e = new Error("m1"); e.message = "m2"; throw e;`,
  messageDeleted: `const e = new Error("md"); delete e.message; throw e;`,
  messageGetter: `const e = new Error("mg"); Object.defineProperty(e, "message", { get() { return "from getter"; } }); throw e;`,
  causeGetter: `const e = new Error("cg"); Object.defineProperty(e, "cause", { get() { return "gc"; }, enumerable: true }); throw e;`,
  unserializableProp: `throw Object.assign(new Error("fnprop"), { fn() {} });`,
  causeFunction: `throw new Error("cf", { cause: () => 1 });`,
  causeSymbol: `throw new Error("csym", { cause: Symbol("s") });`,
  abortReason: `const c = new AbortController(); c.abort(); throw c.signal.reason;`,
  string: `throw "plain string";`,
  number: `throw 42;`,
  nullValue: `throw null;`,
  object: `throw { a: 1, b: "two" };`,
  array: `throw [1, "x"];`,
  objectWithFn: `throw { a: 1, f() {} };`,
  date: `throw new Date(0);`,
};

const thrower = (kinds) => `import { WorkerEntrypoint, RpcTarget, DurableObject } from "cloudflare:workers";
const KINDS = {
${Object.entries(kinds).map(([k, v]) => `  ${JSON.stringify(k)}: () => { ${v} },`).join("\n")}
};
class T extends RpcTarget { boom(k) { return KINDS[k](); } }
export class Obj extends DurableObject { boom(k) { return KINDS[k](); } async fetch(req) { KINDS[new URL(req.url).pathname.slice(1)](); return new Response("none"); } }
export class Named extends WorkerEntrypoint { boom(k) { return KINDS[k](); } }
export default class extends WorkerEntrypoint {
  boom(k) { return KINDS[k](); }
  async asyncBoom(k) { await null; return KINDS[k](); }
  target() { return new T(); }
  get badGetter() { throw new RangeError("getter failed"); }
  async callBack(cb) { try { await cb(); return "no"; } catch (e) { return [e.name, e.constructor.name, e.message, Object.keys(e), e.cause === undefined ? "none" : String(e.cause)]; } }
  async rethrow(cb) { await cb(); }
  async viaObject(k) { return this.env.OBJ.get(this.env.OBJ.idFromName("x")).boom(k); }
  async fetch(req) { const k = new URL(req.url).pathname.slice(1); KINDS[k](); return new Response("none"); }
};`;

const caller = (keys) => `export default { async fetch(req, env) { ${DESCR}
  const out = {};
  for (const k of ${JSON.stringify(keys)}) out[k] = await d(() => env.B.boom(k));
  return Response.json(out); } };`;

const PATH_KEYS = ["cause", "causeError", "customProps", "customName", "aggregate", "object", "string", "domNotFound"];
const pathsCaller = `export default { async fetch(req, env) { ${DESCR}
  const out = {};
  for (const k of ${JSON.stringify(PATH_KEYS)}) {
    out["async_" + k] = await d(() => env.B.asyncBoom(k));
    out["pipe_" + k] = await d(() => env.B.target().boom(k));
    out["fetch_" + k] = await d(() => env.B.fetch("http://x/" + k));
    out["named_" + k] = await d(() => env.N.boom(k));
    out["do_" + k] = await d(() => env.OBJ.get(env.OBJ.idFromName("y")).boom(k));
    out["dofetch_" + k] = await d(() => env.OBJ.get(env.OBJ.idFromName("y")).fetch("http://x/" + k));
  }
  out.getter = await d(() => env.B.badGetter);
  out.cbCaught = await d(() => env.B.callBack(() => { class X extends Error { name = "XErr"; } throw Object.assign(new X("x from caller"), { code: 3 }, ); }));
  out.cbCaughtCause = await d(() => env.B.callBack(() => { throw new Error("cc", { cause: "why" }); }));
  out.cbRethrown = await d(() => env.B.rethrow(() => { throw Object.assign(new RangeError("round trip", { cause: 1 }), { code: 7 }); }));
  out.cbRethrownNamed = await d(() => env.B.rethrow(() => { const e = new Error("rn"); e.name = "Named"; throw e; }));
  out.cbObject = await d(() => env.B.rethrow(() => { throw { a: 1 }; }));
  return Response.json(out); } };`;

const bindingsTo = (callee) => ({ serviceBindings: { B: callee, N: { name: callee, entrypoint: "Named" } }, durableObjects: { OBJ: { className: "Obj", scriptName: callee } } });

const part1 = [
  multi("svc21-rpc-error-mixed-caller-enhanced", "rpc", "enhanced_error_serialization on the calling worker only (2026-04-21 caller, 2025-01-01 thrower): errors and other values of many kinds thrown by an entrypoint method as the caller sees them (workerd's mixed form)", [
    // (not the overwritten, deleted or accessor message: V8 heads the thrower's stack with the message it was made with, GraalJS with the current one)
    dated("a", caller(Object.keys(THROWS).filter((k) => !k.startsWith("message"))), ENH, { serviceBindings: { B: "b" } }),
    dated("b", thrower(THROWS), LEGACY),
  ]),
  multi("svc21-rpc-error-mixed-caller-enhanced-paths", "rpc", "enhanced_error_serialization on the calling worker only: errors reaching it by other paths (async method, pipelined call, fetch handler, named entrypoint, Durable Object RPC and fetch, a throwing getter, callbacks caught by the older callee or let through it)", [
    dated("a", pathsCaller, ENH, bindingsTo("b")),
    dated("b", thrower(THROWS), LEGACY, { durableObjects: { OBJ: "Obj" } }),
  ]),
  multi("svc21-rpc-error-mixed-callee-enhanced-paths", "rpc", "enhanced_error_serialization on the throwing worker only (2025-01-01 caller, 2026-04-21 callee): the same paths", [
    dated("a", pathsCaller, LEGACY, bindingsTo("b")),
    dated("b", thrower(THROWS), ENH, { durableObjects: { OBJ: "Obj" } }),
  ]),
  multi("svc21-rpc-error-mixed-caller-old-thrower", "rpc", "a 2026-04-21 caller of a 2024-04-03 thrower (the first RPC date) and of a 2023-03-01 one through fetch", [
    dated("a", `export default { async fetch(req, env) { ${DESCR}
  const out = {};
  for (const k of ["cause", "customName", "aggregate", "customStack", "object", "string"]) { out["rpc_" + k] = await d(() => env.B.boom(k)); out["fetch_" + k] = await d(() => env.B.fetch("http://x/" + k)); out["old_" + k] = await d(() => env.C.fetch("http://x/" + k)); }
  return Response.json(out); } };`, ENH, { serviceBindings: { B: "b", C: "c" } }),
    dated("b", thrower(THROWS), "2024-04-03"),
    dated("c", `export default { async fetch(req) { const k = new URL(req.url).pathname.slice(1); const KINDS = { ${Object.entries(THROWS).map(([k, v]) => `${JSON.stringify(k)}: () => { ${v} }`).join(", ")} }; KINDS[k](); return new Response("none"); } };`, "2023-03-01"),
  ]),
];

const UNCLONABLE = {
  namedFn: `const e = new Error("nf"); e.name = "MyErr"; e.f = () => 1; throw e;`,
  classNamedFn: `class MyErr extends Error { name = "MyErr"; } throw Object.assign(new MyErr("cnf"), { a: 1, f() {} });`,
  ctorNamedFn: `class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; this.f = () => 1; } } throw new MyErr("ctnf");`,
  protoNamedFn: `class P extends Error {} P.prototype.name = "ProtoErr"; throw Object.assign(new P("pnf"), { f() {} });`,
  namedSymbol: `const e = new Error("ns"); e.name = "SymErr"; e.s = Symbol("x"); throw e;`,
  namedWeakMap: `const e = new Error("nw"); e.name = "WmErr"; e.w = new WeakMap(); throw e;`,
  namedCauseFn: `const e = new Error("ncf", { cause: () => 1 }); e.name = "CauseErr"; throw e;`,
  namedEmptyFn: `const e = new Error("nef"); e.name = ""; e.f = () => 1; throw e;`,
  renamedRangeFn: `const e = new RangeError("rrf"); e.name = "Custom"; e.f = () => 1; throw e;`,
  renamedStandardFn: `const e = new Error("rsf"); e.name = "TypeError"; e.f = () => 1; throw e;`,
  typeFn: `throw Object.assign(new TypeError("tf", { cause: "c" }), { code: 1, f() {} });`,
  aggregateFn: `throw Object.assign(new AggregateError([new Error("a1")], "af"), { f() {} });`,
  aggregateFnMember: `throw new AggregateError([{ f() {} }, new Error("a2")], "afm");`,
  aggregateNamedFnMember: `const e = new AggregateError([() => 1], "anfm"); e.name = "AggNamed"; throw e;`,
  nestedCauseFn: `const e = new Error("outer", { cause: Object.assign(new Error("inner"), { f() {} }) }); e.name = "Outer"; throw e;`,
  nestedCauseNamedFn: `const i = new Error("inner"); i.name = "Inner"; i.f = () => 1; throw new Error("outer2", { cause: i });`,
  selfCause: `const e = new Error("self"); e.name = "Self"; e.cause = e; throw e;`,
  selfProp: `const e = new Error("selfp"); e.name = "SelfP"; e.me = e; e.k = 1; throw e;`,
  throwingGetter: `const e = new Error("tg"); e.name = "GetErr"; Object.defineProperty(e, "g", { get() { throw new Error("getter threw"); }, enumerable: true }); throw e;`,
  nameNonString: `const e = new Error("nn"); e.name = 42; throw e;`,
  nameObject: `const e = new Error("no"); e.name = { toString() { return "ObjName"; } }; throw e;`,
  domFn: `throw Object.assign(new DOMException("df", "DataError"), { f() {} });`,
};

const part2 = [
  multi("svc21-rpc-error-enhanced-unclonable-props", "rpc", "enhanced_error_serialization (2026-04-21) on both sides: thrown errors with a property that cannot be cloned (a function, a Symbol, a WeakMap, a cycle, a throwing getter), with custom names (own, set in a constructor or a class field, or on the prototype), renamed standard errors, AggregateErrors and nested causes: what of the name, class, cause and other properties the caller gets", [
    dated("a", caller(Object.keys(UNCLONABLE)), ENH, { serviceBindings: { B: "b" } }),
    dated("b", thrower(UNCLONABLE), ENH),
  ]),
  multi("svc21-rpc-error-mixed-unclonable-props", "rpc", "the same errors from a 2025-01-01 thrower to a 2026-04-21 caller (the mixed form), and through a service binding's fetch", [
    dated("a", `export default { async fetch(req, env) { ${DESCR}
  const out = {};
  for (const k of ${JSON.stringify(Object.keys(UNCLONABLE))}) { out[k] = await d(() => env.B.boom(k)); }
  for (const k of ["namedFn", "namedCauseFn", "nestedCauseFn", "selfCause"]) out["fetch_" + k] = await d(() => env.B.fetch("http://x/" + k));
  return Response.json(out); } };`, ENH, { serviceBindings: { B: "b" } }),
    dated("b", thrower(UNCLONABLE), LEGACY),
  ]),
  multi("svc21-sb-error-enhanced-unclonable-through-fetch", "service-bindings", "enhanced_error_serialization on both sides: a callee's fetch handler throws errors with properties that cannot be cloned", [
    dated("a", `export default { async fetch(req, env) { ${DESCR}
  const out = {};
  for (const k of ${JSON.stringify(Object.keys(UNCLONABLE))}) out[k] = await d(() => env.B.fetch("http://x/" + k));
  return Response.json(out); } };`, ENH, { serviceBindings: { B: "b" } }),
    dated("b", thrower(UNCLONABLE), ENH),
  ]),
];

const VALERR = `const show = (e) => e instanceof Error ? { name: e.name, ctor: e.constructor.name, message: e.message, keys: Object.keys(e), own: Object.getOwnPropertyNames(e).sort(), cause: e.cause instanceof Error ? "E:" + e.cause.name + ":" + e.cause.message + ":" + Object.keys(e.cause) : e.cause, code: e.code, remote: e.remote, errors: Array.isArray(e.errors) ? e.errors.map((x) => x instanceof Error ? x.name + ":" + x.message + ":" + JSON.stringify(Object.keys(x)) : x) : typeof e.errors, first: String(e.stack).split("\\n")[0] } : ["not error", typeof e, String(e)];
const MAKE = {
  props: () => Object.assign(new Error("p", { cause: new TypeError("c") }), { code: 5 }),
  custom: () => { const e = new Error("cn"); e.name = "MyErr"; return e; },
  aggregate: () => new AggregateError([new AggregateError([new Error("deep")], "mid"), new RangeError("r")], "top"),
  range: () => Object.assign(new RangeError("rg"), { extra: [1] }),
  renamed: () => { const e = new Error("rn"); e.name = "TypeError"; return e; },
  stack: () => { const e = new Error("st"); e.stack = "custom stack"; return e; },
  causeOnly: () => new Error("co", { cause: "why" }),
};`;
const valuesCase = (name, description, aDate, bDate) => multi(name, "rpc", description, [
  dated("a", `${VALERR}
export default { async fetch(req, env) { const out = {};
  for (const k of Object.keys(MAKE)) {
    out["ret_" + k] = await env.B.make(k).then((v) => show(v.e), (x) => ["threw", x.name, x.message]);
    out["arg_" + k] = await env.B.echo({ e: MAKE[k]() }).then((v) => v, (x) => ["threw", x.name, x.message]);
  }
  return Response.json(out); } };`, aDate, { serviceBindings: { B: "b" } }),
  dated("b", `import { WorkerEntrypoint } from "cloudflare:workers";
${VALERR}
export default class extends WorkerEntrypoint { make(k) { return { e: MAKE[k]() }; } echo(v) { return show(v.e); } };`, bDate),
]);
const part3 = [
  valuesCase("svc21-rpc-error-values-enhanced-to-legacy", "errors as values between a 2026-04-21 worker and a 2025-01-01 one: the older one returns them (ret_) and receives them as arguments (arg_)", ENH, LEGACY),
  valuesCase("svc21-rpc-error-values-legacy-to-enhanced", "errors as values between a 2025-01-01 worker and a 2026-04-21 one: the newer one returns them (ret_) and receives them as arguments (arg_)", LEGACY, ENH),
];


const MORE = ["causeError", "causeCustomStack", "causeUndefined", "protoName", "renamedAggregate", "stackNumber", "messageDeleted", "messageGetter", "causeGetter", "causeFunction", "causeSymbol", "emptyMessage", "stackless", "messageOverwritten", "customStack", "objectWithFn", "date", "array"];
const MORE_KINDS = Object.fromEntries(MORE.map((k) => [k, THROWS[k]]));
const part4 = [
  multi("svc21-rpc-error-enhanced-more-kinds", "rpc", "enhanced_error_serialization on both sides: thrown errors with an undefined or accessor cause, a cause that cannot be cloned, a name on the prototype, a deleted, overwritten or accessor message, a number or custom stack", [
    dated("a", caller(MORE), ENH, { serviceBindings: { B: "b" } }),
    dated("b", thrower(MORE_KINDS), ENH),
  ]),
  multi("svc21-rpc-error-legacy-more-kinds", "rpc", "the same thrown errors between two 2025-01-01 workers (legacy serialization)", [
    dated("a", caller(MORE), LEGACY, { serviceBindings: { B: "b" } }),
    dated("b", thrower(MORE_KINDS), LEGACY),
  ]),
];

const STACKS = `const mk = () => { const e = new Error("st", { cause: 1 }); e.stack = "custom stack"; e.code = 2; return e; };
const mkCause = () => { const c = new TypeError("inner"); c.stack = "inner stack"; return new Error("outer", { cause: c }); };
const first = (e) => [String(e.stack).split("\\n")[0], e.cause instanceof Error ? String(e.cause.stack).split("\\n")[0] : e.cause, Object.keys(e)];`;
const stackWorker = (date, other) => dated(other ? "a" : "b", `import { WorkerEntrypoint, DurableObject } from "cloudflare:workers";
${STACKS}
export class Obj extends DurableObject { async run() { await this.ctx.storage.put("e", mk()); await this.ctx.storage.put("c", mkCause()); return [first(await this.ctx.storage.get("e")), first(await this.ctx.storage.get("c"))]; } }
export default class extends WorkerEntrypoint {
  make() { return { e: mk(), c: mkCause() }; }
  echo(v) { return [first(v.e), first(v.c)]; }
  async fetch(req) { const out = {};
    out.clone = [first(structuredClone(mk())), first(structuredClone(mkCause()))];
    out.storage = await this.env.OBJ.get(this.env.OBJ.idFromName("s")).run();
    ${other ? `const r = await this.env.B.make(); out.ret = [first(r.e), first(r.c)];
    out.arg = await this.env.B.echo({ e: mk(), c: mkCause() });` : ""}
    return Response.json(out); }
};`, date, other ? { durableObjects: { OBJ: "Obj" }, serviceBindings: { B: "b" } } : { durableObjects: { OBJ: "Obj" } });
const part5 = [
  multi("svc21-rpc-error-values-stack-enhanced", "rpc", "the stack of an error value (and of its cause) with enhanced_error_serialization on both sides: through structuredClone, Durable Object storage, an RPC result and an RPC argument", [stackWorker(ENH, true), stackWorker(ENH, false)]),
  multi("svc21-rpc-error-values-stack-legacy", "rpc", "the same on 2025-01-01 (legacy serialization)", [stackWorker(LEGACY, true), stackWorker(LEGACY, false)]),
];

const UNCAUGHT = {
  customName: `class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } } throw new MyErr("mine");`,
  cause: `throw new Error("with cause", { cause: new TypeError("inner") });`,
  props: `throw Object.assign(new RangeError("props"), { code: 42 });`,
  object: `throw { a: 1 };`,
  aggregate: `throw new AggregateError([new Error("a1")], "agg");`,
  customStack: `const e = new Error("cs"); e.stack = "custom stack text"; throw e;`,
  renamedRange: `const e = new RangeError("rr"); e.name = "Custom"; throw e;`,
};
const uncaughtCallee = `import { WorkerEntrypoint } from "cloudflare:workers";
const KINDS = { ${Object.entries(UNCAUGHT).map(([k, v]) => `${JSON.stringify(k)}: () => { ${v} }`).join(", ")} };
export default class extends WorkerEntrypoint { boom(k) { return KINDS[k](); } async fetch(req) { KINDS[new URL(req.url).pathname.split("/")[2]](); } };`;
const uncaughtCaller = `export default { async fetch(req, env) { const [, how, k] = new URL(req.url).pathname.split("/"); if (how === "rpc") await env.B.boom(k); else await env.B.fetch("http://x/f/" + k); return new Response("none"); } };`;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const uncaughtSteps = (heads) => Object.entries(heads).flatMap(([k, h]) => ["rpc", "fetch"].map((how) => ({ ...get(`/${how}/${k}`), bodyMatches: "^" + esc(h) + "(\\n|$)" })));
const part6 = [
  multi("svc21-errors-uncaught-remote-enhanced", "errors", "a 2026-04-21 entry worker lets an error from a 2026-04-21 callee (RPC or fetch) go uncaught: the 500 body heads with the error as the caller holds it, an own custom name folded into the message", [
    dated("a", uncaughtCaller, ENH, { serviceBindings: { B: "b" } }), dated("b", uncaughtCallee, ENH)],
    uncaughtSteps({ customName: "Error: MyErr: mine", cause: "Error: with cause", props: "RangeError: props", object: "Error: #<Object>", aggregate: "AggregateError: agg", customStack: "Error: cs", renamedRange: "Error: Custom: rr" })),
  multi("svc21-errors-uncaught-remote-mixed", "errors", "a 2026-04-21 entry worker lets an error from a 2025-01-01 callee go uncaught: the error as V8 cloned it (a custom name or AggregateError is an Error with the message alone)", [
    dated("a", uncaughtCaller, ENH, { serviceBindings: { B: "b" } }), dated("b", uncaughtCallee, LEGACY)],
    uncaughtSteps({ customName: "Error: mine", cause: "Error: with cause", props: "RangeError: props", object: "Error: #<Object>", aggregate: "Error: agg", customStack: "Error: cs", renamedRange: "Error: rr" })),
];

const HOP_KINDS = {
  customName: `class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } } throw Object.assign(new MyErr("mine"), { code: 1 });`,
  cause: `throw new Error("with cause", { cause: new TypeError("inner") });`,
  object: `throw { a: 1 };`,
  aggregate: `throw new AggregateError([new Error("a1")], "agg");`,
  range: `throw Object.assign(new RangeError("r"), { extra: [1] });`,
};
const hopEnd = `import { WorkerEntrypoint } from "cloudflare:workers";
const KINDS = { ${Object.entries(HOP_KINDS).map(([k, v]) => `${JSON.stringify(k)}: () => { ${v} }`).join(", ")} };
export default class extends WorkerEntrypoint { boom(k) { return KINDS[k](); } };`;
const hopMiddle = `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint { async boom(k) { return await this.env.C.boom(k); } async seen(k) { try { await this.env.C.boom(k); } catch (e) { return [e instanceof Error ? e.constructor.name : typeof e, e?.name, e?.message, Object.keys(e), e?.cause === undefined ? "none" : String(e.cause)]; } } };`;
const hopStart = `export default { async fetch(req, env) { ${DESCR}
  const out = {};
  for (const k of ${JSON.stringify(Object.keys(HOP_KINDS))}) { out[k] = await d(() => env.B.boom(k)); out["middle_" + k] = await env.B.seen(k); }
  return Response.json(out); } };`;
const hops = (name, description, [aDate, bDate, cDate]) => multi(name, "rpc", description, [
  dated("a", hopStart, aDate, { serviceBindings: { B: "b" } }), dated("b", hopMiddle, bDate, { serviceBindings: { C: "c" } }), dated("c", hopEnd, cDate)]);
const part7 = [
  hops("svc21-rpc-error-three-hops-new-old-new", "an error thrown by a 2026-04-21 worker, rethrown by the 2025-01-01 worker that called it, to a 2026-04-21 caller: what each catcher holds", [ENH, LEGACY, ENH]),
  hops("svc21-rpc-error-three-hops-old-new-old", "an error thrown by a 2025-01-01 worker, rethrown by the 2026-04-21 worker that called it, to a 2025-01-01 caller", [LEGACY, ENH, LEGACY]),
  hops("svc21-rpc-error-three-hops-new", "an error thrown three workers deep, all on 2026-04-21, rethrown by the middle one", [ENH, ENH, ENH]),
];

const BODY_KINDS = {
  customName: `(() => { const e = new Error("mine"); e.name = "MyErr"; e.code = 1; return e; })()`,
  cause: `new Error("with cause", { cause: "why" })`,
  object: `({ a: 1 })`,
  type: `new TypeError("t")`,
};
const bodyCallee = `import { WorkerEntrypoint, DurableObject } from "cloudflare:workers";
const KINDS = { ${Object.entries(BODY_KINDS).map(([k, v]) => `${JSON.stringify(k)}: () => ${v}`).join(", ")} };
const failing = (k) => new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("x")); }, pull(c) { c.error(KINDS[k]()); } });
export class Obj extends DurableObject { async fetch(req) { return new Response(failing(new URL(req.url).pathname.slice(1))); } }
export default class extends WorkerEntrypoint {
  stream(k) { return failing(k); }
  response(k) { return new Response(failing(k)); }
};`;
const bodyCaller = `export default { async fetch(req, env) { ${DESCR}
  const out = {};
  for (const k of ${JSON.stringify(Object.keys(BODY_KINDS))}) {
    out["stream_" + k] = await d(async () => { const s = await env.B.stream(k); return new Response(s).text(); });
    out["response_" + k] = await d(async () => (await env.B.response(k)).text());
    out["dofetch_" + k] = await d(async () => (await env.OBJ.get(env.OBJ.idFromName("x")).fetch("http://x/" + k)).text());
  }
  return Response.json(out); } };`;
const bodies = (name, description, aDate, bDate) => multi(name, "rpc", description, [
  dated("a", bodyCaller, aDate, { serviceBindings: { B: "b" }, durableObjects: { OBJ: { className: "Obj", scriptName: "b" } } }),
  dated("b", bodyCallee, bDate, { durableObjects: { OBJ: "Obj" } })]);
const part8 = [
  bodies("svc21-rpc-error-failing-bodies-enhanced", "a stream failing part-way with errors of several kinds, returned by an RPC method (bare or as a Response body) or as a Durable Object's fetch() body, both workers on 2026-04-21: an RPC stream breaks with workerd's own error, a Durable Object's body with the thrower's error as enhanced_error_serialization keeps it", ENH, ENH),
  bodies("svc21-rpc-error-failing-bodies-mixed", "the same from a 2025-01-01 worker to a 2026-04-21 caller: a failing body's error carries nothing more from an older thrower", ENH, LEGACY),
];
export default [...part1, ...part2, ...part3, ...part4, ...part5, ...part6, ...part7, ...part8];
