import { PRELUDE, get, req, modWorker, kvCase } from "./_h.mjs";
const CD = "2025-01-01";
const mw = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
export default [
  { name: "kvsb-vars-cloudflare-workers-env-import", area: "vars", description: "import { env } from cloudflare:workers at module scope and in the handler, compared with the handler's env",
    options: mw("a", `import { env as importedEnv } from "cloudflare:workers";
      const atLoad = importedEnv ? Object.keys(importedEnv) : "none";
      export default { async fetch(req, env) { return Response.json({ atLoad, inHandler: Object.keys(importedEnv), same: importedEnv === env, val: importedEnv.GREETING, kv: typeof importedEnv.KV?.get, mutated: (env.X = 1, importedEnv.X) }); } }`,
      { bindings: { GREETING: "hi", N: 2 }, kvNamespaces: ["KV"] }),
    steps: [get("/")] },
  { name: "kvsb-vars-process-env-nodejs-compat", area: "vars", description: "process.env with nodejs_compat at 2025-01-01: whether vars appear there, in modules and via node:process",
    options: mw("a", `import process from "node:process";
      export default { async fetch(req, env) { return Response.json({ typeofProcess: typeof globalThis.process, keys: Object.keys(process.env), greeting: process.env.GREETING ?? null, num: process.env.N ?? null, same: globalThis.process === process }); } }`,
      { bindings: { GREETING: "hi", N: 2 }, compatibilityFlags: ["nodejs_compat"] }),
    steps: [get("/")] },
];
