// createRequire() of node:module and process.getBuiltinModule(): synchronous loads of built-in modules and of the worker's own modules.
import { CD, PRELUDE, get } from "./_h.mjs";
const nodeCase = (name, description, imports, body, { date = CD, flags = ["nodejs_compat"] } = {}) => ({
  name, area: "node", description,
  options: {
    modules: true, compatibilityDate: date, compatibilityFlags: flags,
    script: `${imports}
${PRELUDE}
const e = (f) => { try { const v = f(); return { ok: v === undefined ? "undefined" : typeof v }; } catch (x) { return { error: [x.name, x.constructor.name, x.code ?? null, x.message] }; } };
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };`,
  },
  steps: [get("/")],
});

const PROVIDED = ["assert", "assert/strict", "async_hooks", "buffer", "constants", "crypto", "diagnostics_channel", "dns", "dns/promises", "events",
  "module", "net", "path", "path/posix", "path/win32", "querystring", "stream", "stream/consumers", "stream/promises", "stream/web", "string_decoder",
  "timers", "timers/promises", "url", "util", "util/types", "zlib", "_stream_duplex", "_stream_passthrough", "_stream_readable", "_stream_transform", "_stream_writable"];
const MISSING = ["fs", "http", "https", "os", "child_process", "perf_hooks", "tty", "worker_threads", "punycode", "readline", "vm", "v8", "cluster", "dgram", "domain", "repl", "http2", "inspector", "wasi", "trace_events", "console", "_http_agent", "_stream_wrap"];

export default [
  nodeCase("nodereq-require-builtins", "createRequire()'s require loads the built-in modules by node: and bare name, as the same namespace objects import gives; unknown and unprovided ones fail with No such module",
    `import { createRequire } from "node:module";
import * as bufferNs from "node:buffer";
import * as eventsNs from "node:events";
import * as pathNs from "node:path";`, `
  const require = createRequire("/worker.js");
  const provided = ${JSON.stringify(PROVIDED)};
  out.provided = {};
  for (const n of provided) {
    const a = e(() => require("node:" + n)), b = e(() => require(n));
    out.provided[n] = a.ok && b.ok && require("node:" + n) === require(n) && Object.prototype.toString.call(require(n)) === "[object Module]" ? "namespace" : [a, b];
  }
  out.same = [require("node:buffer") === bufferNs, require("buffer") === bufferNs, require("events") === eventsNs, require("node:path") === pathNs, require("node:path").default === pathNs.default];
  out.dynamicSame = (await import("node:util")) === require("util");
  out.bufferClass = require("buffer").Buffer === globalThis.Buffer;
  out.missing = {};
  for (const n of ${JSON.stringify(MISSING)}) out.missing[n] = [e(() => require("node:" + n)), e(() => require(n))];
  out.process = [e(() => require("node:process")), e(() => require("process"))];
  out.unknown = [e(() => require("node:nope")), e(() => require("nope")), e(() => require("BUFFER")), e(() => require("Node:path")), e(() => require("path/")), e(() => require("node:path//"))];
  out.cloudflare = [Object.keys(require("cloudflare:workers")).includes("DurableObject"), e(() => require("cloudflare:nope")), e(() => require("workerd:nope"))];`),

  nodeCase("nodereq-require-without-v2", "before nodejs_compat_v2 (2024-09-01) require only knows node: names; a bare name is a path of the worker",
    `import { createRequire } from "node:module";
import * as bufferNs from "node:buffer";`, `
  const require = createRequire("/worker.js");
  out.prefixed = [require("node:buffer") === bufferNs, typeof require("node:events").default, e(() => require("node:fs"))];
  out.bare = [e(() => require("buffer")), e(() => require("events")), e(() => require("fs")), e(() => require("process"))];`,
    { date: "2024-09-01" }),

  nodeCase("nodereq-require-shape-and-errors", "createRequire argument checks (ERR_INVALID_ARG_VALUE with inspect-quoted value), the require function's shape, specifier coercion and path naming in errors",
    `import { createRequire } from "node:module";
import Module from "node:module";`, `
  out.args = [e(() => createRequire()), e(() => createRequire(42)), e(() => createRequire({})), e(() => createRequire("rel/x.js")), e(() => createRequire("http://x/a.js")),
    e(() => createRequire("it's")), e(() => createRequire("it's \\"x\\"")), e(() => createRequire("a\\nb")), e(() => createRequire("file:///a.js")), e(() => createRequire(new URL("file:///a.js"))), e(() => createRequire("/a.js"))];
  const require = createRequire("/worker.js");
  out.shape = [typeof require, require.name, require.length, typeof require.resolve, typeof require.cache, typeof require.main, Object.getOwnPropertyNames(require).sort(), Object.getPrototypeOf(require) === Function.prototype];
  out.viaDefault = [Module.createRequire === createRequire, typeof Module.createRequire("/x.js")("node:path").join];
  const msg = (f) => { try { f(); return "ok"; } catch (x) { return x.constructor.name + ": " + x.message; } };
  out.names = [msg(() => require()), msg(() => require(42)), msg(() => require(null)), msg(() => require("")), msg(() => require(".")), msg(() => require(new String("node:path"))), msg(() => require({ toString() { return "node:path"; } })),
    msg(() => require("./x.js")), msg(() => require("/abs.js")), msg(() => require("../../x.js")), msg(() => require("./y.js?x")), msg(() => require("./y.js#x")), msg(() => require("node:path?x"))];
  const sub = createRequire("/sub/dir/w.js");
  out.sub = [msg(() => sub("./x.js")), msg(() => sub("../y")), msg(() => sub("nope")), msg(() => sub("..")), msg(() => sub("../../../x.js"))];
  out.dirs = [msg(() => createRequire("/a/b/")("./y.js")), msg(() => createRequire("/")("./y.js")), msg(() => createRequire("file:///sub/w.js")("./z.mjs")), msg(() => createRequire("file://host/a/b.js")("./y.js")),
    msg(() => createRequire("file:///a%20b/c.js")("./y.js")), msg(() => createRequire("file:x.js")("./y.js"))];
  out.query = [msg(() => createRequire("/a/b.js?x=1")("./y.js")), msg(() => createRequire("file:///w.js#x")("node:path")), msg(() => createRequire("/w.js?x"))];`),

  nodeCase("nodereq-get-builtin-module", "process.getBuiltinModule gives a built-in module's default export (the namespace when it has none), the process global for process, undefined for anything else",
    `import * as bufferNs from "node:buffer";
import * as pathNs from "node:path";
import EventEmitter from "node:events";
import * as workers from "cloudflare:workers";`, `
  const g = (id) => { const m = process.getBuiltinModule(id); return m === undefined ? "undefined" : typeof m; };
  out.identity = [process.getBuiltinModule("node:buffer") === bufferNs.default, process.getBuiltinModule("buffer") === bufferNs.default, process.getBuiltinModule("path") === pathNs.default,
    process.getBuiltinModule("events") === EventEmitter, process.getBuiltinModule("process") === process, process.getBuiltinModule("node:process") === process, process.getBuiltinModule("cloudflare:workers") === workers];
  out.types = Object.fromEntries(["node:assert", "assert/strict", "node:async_hooks", "node:crypto", "util", "node:util/types", "zlib", "node:stream", "stream/web", "node:module", "node:url", "string_decoder", "node:diagnostics_channel", "timers/promises", "node:querystring", "node:net", "node:dns"].map((n) => [n, g(n)]));
  out.none = [g("node:fs"), g("fs"), g("node:http"), g("nope"), g("node:nope"), g("./x.js"), g("cloudflare:nope"), g(42), g(), g({})];
  out.fn = [process.getBuiltinModule.name, process.getBuiltinModule.length];`),

  {
    name: "nodereq-require-worker-modules", area: "node",
    description: "createRequire()'s require loads the worker's own modules: an ES module as its namespace (the same object import gives), CommonJS as module.exports, Text as the string, Data as an ArrayBuffer; missing and escaping paths fail",
    options: {
      compatibilityDate: CD, compatibilityFlags: ["nodejs_compat"],
      modules: [
        { type: "ESModule", path: "src/index.js", contents: `import { createRequire } from "node:module";
import * as libNs from "./lib.js";
${PRELUDE}
export default { async fetch() {
  const out = {};
  const require = createRequire("/src/index.js");
  out.lib = await t(() => { const m = require("./lib.js"); return [Object.keys(m), m === libNs, m.default]; });
  out.libAbs = await t(() => require("/src/lib.js") === libNs);
  out.libBare = await t(() => require("lib.js") === libNs);
  out.lazy = await t(() => { const m = require("./lazy.js"); return [Object.keys(m), m.lz, m === require("./lazy.js")]; });
  out.lazyImport = await t(async () => (await import("./lazy.js")) === require("./lazy.js"));
  out.cjs = await t(() => { const m = require("./c.cjs"); return [typeof m, JSON.stringify(m), m === require("./c.cjs")]; });
  out.txt = await t(() => require("./t.txt"));
  out.bin = await t(() => { const b = require("./d.bin"); return [Object.prototype.toString.call(b), b.byteLength]; });
  out.missing = await t(() => require("./missing.js"));
  out.up = await t(() => require("../top.js"));
  out.escape = await t(() => require("../../x.js"));
  out.self = await t(() => Object.keys(require("./index.js")));
  out.after = await t(() => typeof require("node:path").join);
  return Response.json(out);
} };` },
        { type: "ESModule", path: "src/lib.js", contents: `export const a = 1; export default 2;` },
        { type: "ESModule", path: "src/lazy.js", contents: `export const lz = "lazy";` },
        { type: "ESModule", path: "top.js", contents: `export const top = 1;` },
        { type: "CommonJS", path: "src/c.cjs", contents: `module.exports = { c: 1, buf: typeof require("node:buffer").Buffer };` },
        { type: "Text", path: "src/t.txt", contents: `hello` },
        { type: "Data", path: "src/d.bin", contents: "abc" },
      ],
    },
    steps: [get("/")],
  },
];
