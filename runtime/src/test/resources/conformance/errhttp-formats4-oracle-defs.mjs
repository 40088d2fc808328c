import { CD } from "./_h.mjs";
const mod = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, script, routes: [name + ".mf/*"], ...extra });
const g = (host, p = "/") => ({ request: { url: `http://${host}.mf${p}`, method: "GET" } });
const IE = { bodyMatches: "^Error: internal error; reference = [0-9a-v]{24}(\\n|$)" };
export default [
  {
    name: "formats-default-export-classes-kinds",
    area: "formats",
    description: "default-exported classes: a DurableObject subclass and a RpcTarget subclass are not entrypoints (internal error), a WorkerEntrypoint subclass with its own constructor, a subclass of a WorkerEntrypoint subclass, this.ctx's members",
    options: { workers: [
      mod("main", `export default { async fetch() { return new Response("main"); } };`),
      mod("dobj", `import { DurableObject } from "cloudflare:workers"; export default class extends DurableObject { async fetch() { return new Response("do as default"); } };`),
      mod("rpct", `import { RpcTarget } from "cloudflare:workers"; export default class extends RpcTarget { async fetch() { return new Response("rpc target"); } };`),
      mod("ctor", `import { WorkerEntrypoint } from "cloudflare:workers"; export default class extends WorkerEntrypoint { constructor(ctx, env) { super(ctx, env); this.tag = "built " + typeof ctx.waitUntil + " " + env.V; } async fetch() { return new Response(this.tag); } };`, { bindings: { V: "v" } }),
      mod("deep", `import { WorkerEntrypoint } from "cloudflare:workers"; class Base extends WorkerEntrypoint { hello() { return "base"; } } export default class extends Base { async fetch() { return Response.json({ hello: this.hello(), ctxKeys: Object.keys(this.ctx), props: this.ctx.props, envKeys: Object.keys(this.env) }); } };`),
    ] },
    steps: [g("main"), { ...g("dobj"), ...IE }, { ...g("rpct"), ...IE }, g("ctor"), g("deep")],
  },
];
