// Re-record: copy oracle/defs/_h.mjs and this file (as doerr2c.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs doerr2- (D holding only _h.mjs and this file), then python3 httperr-post-record.py out
import { CD, PRELUDE, get, req } from "./_h.mjs";
const SCRIPT = `
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname.slice(1);
  if (p === "type") throw new TypeError("type boom");
  if (p === "str") throw "string boom";
  if (p === "custom") { const e = new Error("custom boom"); e.name = "CustomError"; throw e; }
  if (p === "undef") return undefined;
  if (p === "ok") return new Response("fine");
  throw new Error("plain boom");
} };`;
const H = { "MF-Experimental-Error-Stack": "true" };
const step = (p, headers) => ({ request: { url: "http://localhost/" + p, method: "GET", headers } });
export default [
  { name: "doerr2-errors-experimental-error-stack-header", area: "errors",
    description: "requests carrying MF-Experimental-Error-Stack: how an uncaught error (Error, TypeError, renamed, string, non-Response) is answered",
    options: { modules: true, compatibilityDate: CD, script: SCRIPT },
    steps: [step("type", H), step("str", H), step("custom", H), step("undef", H), step("ok", H), step("plain", { "mf-experimental-error-stack": "1", accept: "text/html" })] },
];
