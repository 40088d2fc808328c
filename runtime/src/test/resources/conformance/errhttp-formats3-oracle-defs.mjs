import { CD, PRELUDE } from "./_h.mjs";
const g = (p) => ({ request: { url: "http://localhost" + p, method: "GET" } });
export default [
  {
    name: "formats-nodejs-compat-globals",
    area: "formats",
    description: "what nodejs_compat adds to the global scope of a modules worker at 2025-01-01: process and its env, Buffer, global, setImmediate, require, AsyncLocalStorage through node:async_hooks, navigator unchanged",
    options: { modules: true, compatibilityDate: CD, compatibilityFlags: ["nodejs_compat"], bindings: { SECRET: "s" }, script: `${PRELUDE}
import { AsyncLocalStorage } from "node:async_hooks";
import process2 from "node:process";
export default { async fetch(req, env) {
  const als = new AsyncLocalStorage();
  const stored = await als.run("ctx-value", async () => { await null; return als.getStore(); });
  return Response.json({
    types: Object.fromEntries(["process", "Buffer", "global", "setImmediate", "clearImmediate", "require", "module", "__dirname", "navigator", "EventEmitter"].map((n) => [n, typeof globalThis[n]])),
    globalIsGlobalThis: globalThis.global === globalThis,
    processEnvKeys: Object.keys(process.env), processSame: process === process2,
    platform: process.platform, versionType: typeof process.version, argv: process.argv, cwd: await t(() => process.cwd()),
    nextTick: await new Promise((r) => process.nextTick(() => r("ticked"))),
    immediate: await new Promise((r) => setImmediate(() => r("immediate"))),
    bufferGlobal: Buffer.from([104, 105]).toString(), isBuffer: Buffer.isBuffer(Buffer.alloc(1)),
    stored, outside: als.getStore() === undefined,
  });
} };` },
    steps: [g("/")],
  },
];
