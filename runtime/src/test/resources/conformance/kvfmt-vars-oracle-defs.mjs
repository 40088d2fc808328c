// Re-record: cd /work/wt/oracle && DEFS_DIR=<a folder with defs/_h.mjs and this file> RECORD_OUT=<out> node record.mjs kvfmt
import { PRELUDE, CD, get, req, modWorker, kvCase } from "./_h.mjs";
const mw = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const sw = (script, extra = {}) => ({ compatibilityDate: CD, script: PRELUDE + script, ...extra });
const SHOW = `Response.json({ keys: Object.keys(env), own: Object.getOwnPropertyNames(env), json: JSON.stringify(env), proto: Object.getPrototypeOf(env) === Object.prototype, vals: Object.entries(env).map(([k, v]) => [k, typeof v, v]) })`;
const named = (suffix, obj) => ({ name: "kvfmt-vars-names-" + suffix, area: "vars", description: "vars whose names are " + suffix + ": how env shows them", options: mw(`export default { fetch(req, env) { return ${SHOW}; } };`, { bindings: JSON.parse(obj) }), steps: [get("/")] });
export default [
  named("object-prototype-members", '{"constructor": "c", "toString": "t", "hasOwnProperty": 1, "valueOf": null, "isPrototypeOf": [1]}'),
  named("proto", '{"__proto__": {"polluted": true}, "after": 1}'),
  named("then", '{"then": "not a function", "x": 1}'),
  named("dotted-and-numeric", '{"a.b": 1, "01": "lead", "1": "one", "-1": "neg", "0": "zero", "4294967295": "big", "1.5": "float", "b": 2}'),
  { name: "kvfmt-vars-number-and-string-values", area: "vars", description: "vars values: large and small numbers, precision, exponent forms, strings with line separators and escapes, JSON-looking strings, empty containers",
    options: mw(`export default { fetch(req, env) { return Response.json({ all: env, types: Object.fromEntries(Object.entries(env).map(([k, v]) => [k, [typeof v, Array.isArray(v), String(v).length]])), exact: [env.PREC === 9007199254740992, env.TINY * 1e7, env.NEGEXP, Object.is(env.NEGZERO, -0), env.LS.charCodeAt(1), env.JSONSTR.length, env.EMPTYO && Object.keys(env.EMPTYO).length, env.EMPTYA.length] }); } };`,
      { bindings: { PREC: 9007199254740993, BIG: 1e21, HUGE: 1.7976931348623157e308, TINY: 1e-7, NEGEXP: -2.5e-10, NEGZERO: -0, FRAC: 0.1, INT32: 2147483648, LS: "a\u2028b\u2029c", JSONSTR: "{\"a\":1}", TRUESTR: "true", NUMSTR: "123", EMPTYO: {}, EMPTYA: [], NESTEDEMPTY: { a: [], b: {}, c: [[]] }, ESC: "tab\tcr\rbs\\q\"", EMOJI: "\ud83d\ude00\u00e9\u4e2d" } }),
    steps: [get("/")] },
  { name: "kvfmt-vars-across-entrypoints-and-workers", area: "vars", description: "vars seen by a WorkerEntrypoint's this.env, by a service-bound worker with its own vars of the same names, and env identity between the handler and this.env",
    options: { workers: [
      { name: "main", modules: true, compatibilityDate: CD, bindings: { SAME: "main", ONLY_MAIN: [1] }, serviceBindings: { OTHER: "other" },
        script: PRELUDE + `import { WorkerEntrypoint } from "cloudflare:workers";
let firstEnv;
export default class extends WorkerEntrypoint { async fetch(req) { const env = this.env; firstEnv ??= env; env.COUNT = (env.COUNT ?? 0) + 1;
  return Response.json({ keys: Object.keys(env), same: env.SAME, sameAsFirst: firstEnv === env, count: env.COUNT, other: await (await env.OTHER.fetch("http://o/")).json(), rpc: await env.OTHER.vars() }); } }` },
      { name: "other", modules: true, compatibilityDate: CD, bindings: { SAME: "other", ONLY_OTHER: { o: true } },
        script: `import { WorkerEntrypoint } from "cloudflare:workers"; export default class extends WorkerEntrypoint { fetch() { return Response.json({ keys: Object.keys(this.env), same: this.env.SAME, count: this.env.COUNT ?? null }); } vars() { return this.env; } }` },
    ] },
    steps: [get("/"), get("/")] },
  { name: "kvfmt-vars-service-worker-edge-values", area: "vars", description: "service-worker globals for vars of every JSON kind and odd names: typeof, identity across requests, globalThis keys, var named like a global function",
    options: sw(`let firstObj; addEventListener("fetch", (e) => { firstObj ??= OBJ; OBJ.n = (OBJ.n ?? 0) + 1;
  e.respondWith(Response.json({ types: [typeof STR, typeof NUM, typeof NUL, typeof ARR, typeof OBJ, typeof EMPTY, typeof atob], NUL, EMPTY, ARR, OBJ, same: firstObj === OBJ, selfHas: ["STR", "NUM", "NUL", "OBJ", "atob"].map((k) => Object.prototype.hasOwnProperty.call(globalThis, k)), desc: Object.getOwnPropertyDescriptor(globalThis, "STR"), atob: atob, keys: Object.keys(globalThis) })); });`,
      { bindings: { STR: "s", NUM: -3.5, NUL: null, ARR: [null, [1]], OBJ: { k: "v" }, EMPTY: "", atob: "shadowed" } }),
    steps: [get("/"), get("/")] },
];
