// Re-record: mkdir -p d && cp /work/wt/oracle/defs/_h.mjs d/ && cp this file d/ && cd /work/wt/oracle && DEFS_DIR=d RECORD_OUT=<out> node record.mjs kvfmt16-formats-commonjs-import
import { PRELUDE } from "./_h.mjs";
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const G = (p) => r("GET", "http://localhost" + p);
const cjsCase = (date, flags) => ({
  name: `kvfmt16-formats-commonjs-import-${date}${flags.length ? "-" + flags.join("-").replaceAll("_", "-") : ""}`, area: "formats",
  description: `importing a CommonJS module from an ES module at compatibility date ${date}${flags.length ? " with " + flags.join(", ") : ""} (export_commonjs_default from 2022-10-31): default import, namespace, named exports, require of an ES module`,
  options: { compatibilityDate: date, compatibilityFlags: flags, modules: [
    { type: "ESModule", path: "index.mjs", contents: PRELUDE + `
import def, * as ns from "./lib.cjs"; import fnDef from "./fn.cjs";
export default { async fetch() { const dyn = await import("./lib.cjs");
  return Response.json({ defType: typeof def, def, nsKeys: Object.keys(ns).sort(), nsDefault: ns.default, named: ns.a ?? null,
    fnType: typeof fnDef, fnCall: typeof fnDef === "function" ? fnDef() : null, dynKeys: Object.keys(dyn).sort(), dynSame: dyn === ns,
    esm: await t(async () => (await import("./req.cjs")).default) }); } };` },
    { type: "CommonJS", path: "lib.cjs", contents: `module.exports = { a: 1, b: "two" };` },
    { type: "CommonJS", path: "fn.cjs", contents: `module.exports = function () { return "called"; }; module.exports.extra = 1;` },
    { type: "CommonJS", path: "req.cjs", contents: `const m = require("./e.mjs"); module.exports = { keys: Object.keys(m).sort(), d: m.default, x: m.x };` },
    { type: "ESModule", path: "e.mjs", contents: `export default "ed"; export const x = 1;` } ] },
  steps: [G("/")],
});
export default [
  cjsCase("2022-10-30", []), cjsCase("2022-10-31", []), cjsCase("2025-01-01", ["export_commonjs_namespace"]), cjsCase("2021-01-01", ["export_commonjs_default"]),
];
