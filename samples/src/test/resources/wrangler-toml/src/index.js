// POST /links {"url": "..."} with "Authorization: Bearer <ADMIN_TOKEN>" stores a short code;
// GET /<code> redirects to the stored URL.
import { newCode } from "./codes.js";

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (request.method === "POST" && url.pathname === "/links") {
      if (request.headers.get("authorization") !== `Bearer ${env.ADMIN_TOKEN}`) {
        return new Response("unauthorized", { status: 401 });
      }
      const { url: target } = await request.json();
      const code = newCode(env.CODE_LENGTH);
      await env.LINKS.put(code, target);
      return Response.json({ code, short: `${env.BASE_URL}/${code}` }, { status: 201 });
    }
    const target = await env.LINKS.get(url.pathname.slice(1));
    return target === null ? new Response("no such link", { status: 404 }) : Response.redirect(target, 302);
  },
};
