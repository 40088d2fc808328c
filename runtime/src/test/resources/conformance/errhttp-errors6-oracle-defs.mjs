import { CD } from "./_h.mjs";
const g = (p, method = "GET") => ({ request: { url: "http://localhost" + p, method } });
export default [
  {
    name: "errors-pass-through-on-exception-variants",
    area: "errors",
    description: "passThroughOnException in modules format with no origin behind: async throws, non-Response results, a later successful response, a HEAD request, an error after a detached call, a Response.error() answer",
    options: { modules: true, compatibilityDate: CD, script: `
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  ctx.passThroughOnException();
  if (p === "/asyncThrow") { await new Promise((r) => setTimeout(r, 1)); throw new TypeError("late"); }
  if (p === "/undefined") return undefined;
  if (p === "/string") return "str";
  if (p === "/ok") return new Response("fine", { headers: { "x-ok": "1" } });
  if (p === "/head") throw new Error("head");
  if (p === "/responseError") return Response.error();
  if (p === "/streamFails") return new Response(new ReadableStream({ pull() { throw new Error("pull"); } }));
  if (p === "/waitUntilFails") { ctx.waitUntil(Promise.reject(new Error("bg"))); return new Response("bg ok"); }
  throw new Error("default");
} };` },
    steps: [g("/asyncThrow"), g("/undefined"), g("/string"), g("/ok"), g("/head", "HEAD"), g("/responseError"), g("/streamFails"), g("/waitUntilFails"), g("/", "POST")],
  },
];
