import { get } from "./_h.mjs";
const CD = "2025-01-01";
export default [
  {
    name: "sb-fetch-follows-redirects", area: "service-bindings",
    description: "a service binding's fetch follows redirects through the binding (303 and 302 of a POST become GETs, 307 keeps the body) unless redirect is manual",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, script: `export default { async fetch(req, env) {
        const show = async (r) => ({ status: r.status, url: r.url, redirected: r.redirected, body: await r.text() });
        return Response.json({
          follow: await show(await env.B.fetch("http://b/start")),
          manual: await show(await env.B.fetch("http://b/start", { redirect: "manual" })),
          post302: await show(await env.B.fetch("http://b/post302", { method: "POST", body: "data" })),
          post307: await show(await env.B.fetch("http://b/post307", { method: "POST", body: "data" })),
          chain: await show(await env.B.fetch("http://b/chain/3")),
          loop: await env.B.fetch("http://b/loop").then((r) => r.status, (e) => e.name + ": " + e.message.slice(0, 40)),
          plain: await show(await env.B.fetch("http://b/end")),
        });
      } }` },
      { name: "b", modules: true, compatibilityDate: CD, script: `export default { async fetch(req) {
        const u = new URL(req.url);
        if (u.pathname === "/start") return Response.redirect("http://b/end?from=start", 302);
        if (u.pathname === "/post302") return Response.redirect("http://b/end?from=post302", 302);
        if (u.pathname === "/post307") return Response.redirect("http://b/end?from=post307", 307);
        if (u.pathname === "/loop") return Response.redirect("http://b/loop", 302);
        const chain = u.pathname.match(/^\\/chain\\/(\\d+)$/);
        if (chain) return Response.redirect(Number(chain[1]) > 0 ? "http://b/chain/" + (Number(chain[1]) - 1) : "http://b/end?from=chain", 301);
        return new Response(req.method + " " + u.pathname + u.search + " body=" + (await req.text()));
      } }` },
    ] },
    steps: [get("/")],
  },
];
