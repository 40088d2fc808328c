// Re-record (from runtime/, file paths are relative to it): mkdir -p d && cp /work/wt/oracle/defs/_h.mjs d/ && cp src/test/resources/conformance/kvfmt16-vars-oracle-defs.mjs d/ && DEFS_DIR=d RECORD_OUT=<out> node /work/wt/oracle/record.mjs kvfmt16-vars
import { CD, PRELUDE } from "./_h.mjs";

const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const F = "src/test/resources/conformance/kvfmt16-files";
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const blobs = {
  textBlobBindings: { GREETING: `${F}/blobs/greeting.txt`, EMPTY: `${F}/blobs/empty.txt`, JSONTXT: `${F}/blobs/data.json` },
  dataBlobBindings: { BYTES: `${F}/blobs/bytes.bin`, DATA_JSON: `${F}/blobs/data.json` },
  wasmBindings: { ADD: `${F}/blobs/add.wasm` },
};
const describe = `const d = (v) => ({ type: typeof v, tag: Object.prototype.toString.call(v), ctor: v?.constructor?.name ?? null,
  len: typeof v === "string" ? v.length : v?.byteLength ?? null, text: typeof v === "string" ? v : v instanceof ArrayBuffer ? hex(v) : null });`;

export default [
  {
    name: "kvfmt16-vars-blob-bindings-modules", area: "vars",
    description: "textBlobBindings and dataBlobBindings in a modules worker: kinds, contents, env order with vars and KV, identity and mutability across requests",
    options: mod(`${describe}
export default { async fetch(req, env) { const out = {}; const url = new URL(req.url);
  if (url.pathname === "/mutate") { new Uint8Array(env.BYTES)[0] = 99; env.GREETING = "changed"; return Response.json({ done: true }); }
  out.keys = Object.keys(env);
  for (const k of ["GREETING", "EMPTY", "JSONTXT", "BYTES", "DATA_JSON", "ADD", "V"]) out[k] = d(env[k]);
  out.dataSame = env.BYTES === env.BYTES; out.resizable = env.BYTES.resizable ?? null; out.frozenBuf = Object.isFrozen(env.BYTES);
  out.descr = Object.fromEntries(["GREETING", "BYTES"].map((k) => { const x = Object.getOwnPropertyDescriptor(env, k); return [k, [x.writable, x.enumerable, x.configurable]]; }));
  out.first = new Uint8Array(env.BYTES)[0];
  out.json = JSON.stringify(env);
  return Response.json(out); } };`, { bindings: { V: "var" }, kvNamespaces: ["KV"], textBlobBindings: blobs.textBlobBindings, dataBlobBindings: blobs.dataBlobBindings }),
    steps: [r("GET", "http://localhost/"), r("GET", "http://localhost/mutate"), r("GET", "http://localhost/")],
  },
  {
    name: "kvfmt16-vars-blob-bindings-service-worker", area: "vars",
    description: "textBlobBindings, dataBlobBindings and wasmBindings as service-worker globals: kinds, contents, Object.keys(globalThis) order",
    options: { compatibilityDate: CD, script: PRELUDE + `${describe}
addEventListener("fetch", (e) => e.respondWith((async () => { const out = {};
  for (const k of ["GREETING", "EMPTY", "JSONTXT", "BYTES", "DATA_JSON", "ADD", "V"]) out[k] = d(globalThis[k]);
  out.globalKeys = Object.keys(globalThis).filter((k) => /^[A-Z_]+$/.test(k));
  out.wasm = await t(async () => new WebAssembly.Instance(ADD).exports.add(1, 2));
  out.wasmMore = await t(async () => { const i = await WebAssembly.instantiate(ADD); return [i instanceof WebAssembly.Instance, Object.keys(i), WebAssembly.Module.exports(ADD), WebAssembly.Module.imports(ADD), ADD === globalThis.ADD, ADD instanceof WebAssembly.Module]; });
  out.dataMutable = await t(() => { new Uint8Array(BYTES)[1] = 7; return [hex(BYTES), BYTES === self.BYTES]; });
  out.typeofs = [typeof GREETING, typeof BYTES, typeof ADD, typeof V];
  out.selfHas = [typeof self.GREETING, "BYTES" in self];
  return Response.json(out); })()));`, bindings: { V: "var" }, kvNamespaces: ["KV"], ...blobs },
    steps: [r("GET", "http://localhost/")],
  },
  {
    name: "kvfmt16-vars-wrangler-like-values", area: "vars",
    description: "vars of wrangler-like shapes: strings with newlines and NUL, numbers as strings, booleans, deep objects, arrays of objects, keys with dashes and spaces",
    options: mod(`export default { async fetch(req, env) { const out = {};
  out.keys = Object.keys(env);
  out.vals = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, [typeof v, Array.isArray(v), v]]));
  out.dash = env["API-KEY"]; out.space = env["WITH SPACE"]; out.emptyName = env[""] ?? "absent";
  out.nested = env.CONF.servers[1].host; out.frozen = [Object.isFrozen(env.CONF), Object.isFrozen(env.CONF.servers)];
  out.proto = [Object.getPrototypeOf(env) === Object.prototype, Object.getPrototypeOf(env.CONF) === Object.prototype, Array.isArray(env.LIST)];
  out.nul = env.NUL.length; out.str = JSON.stringify(env.NUMSTR);
  return Response.json(out); } };`, { bindings: {
      "API-KEY": "secret-123", "WITH SPACE": "sp", NUMSTR: "0042", BOOL_STR: "true", T: true, F: false, ZERO: 0, NEG: -1.5,
      NL: "line1\nline2\r\n", NUL: "a\u0000b", CONF: { servers: [{ host: "a", port: 1 }, { host: "b", port: 2 }], enabled: true }, LIST: [1, "two", null, { three: 3 }],
      EMPTY_OBJ: {}, EMPTY_ARR: [], BIG: 12345678901234567890, SMALL: 1e-7 } }),
    steps: [r("GET", "http://localhost/")],
  },
  // modules read from disk with modulesRules (kvfmt16-files/mods) were probed too: miniflare4j
  // gives a .json file a Text rule names its JSON value, and a CommonJS require() of a Text file
  // the module namespace (workerd: the string); not recorded as cases yet
];
