import { CD, PRELUDE, get } from "./_h.mjs";
const script = (body) => `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async fetch(req) {
    const url = new URL(req.url); const op = url.pathname.split("/")[2] ?? "";
    const ctx = this.ctx;
    switch (op) {
      case "throw": throw new TypeError("do threw");
      case "throwProps": { const e = new Error("with props"); e.code = 42; e.retryable = true; throw e; }
      case "abort": ctx.abort("aborted!");
      case "status": return new Response("teapot body", { status: 418, statusText: "I'm a teapot", headers: { "x-do": "1", "set-cookie": "a=1" } });
      case "echo": return Response.json({ method: req.method, url: req.url, body: await req.text(), ct: req.headers.get("content-type"), x: req.headers.get("x-h"), cf: typeof req.cf, host: req.headers.get("host") === null ? null : "set" });
      case "redirect": return Response.redirect("https://example.com/there", 302);
      case "stream": { const { readable, writable } = new TransformStream(); const w = writable.getWriter(); (async () => { await w.write(new TextEncoder().encode("a")); await w.write(new TextEncoder().encode("b")); await w.close(); })(); return new Response(readable); }
      case "ws": {
        const pair = new WebSocketPair();
        const tags = url.searchParams.getAll("tag");
        const r = {};
        try { ctx.acceptWebSocket(pair[1], tags.length ? tags : undefined); r.ok = true; } catch (e) { r.err = [e.name, e.message]; }
        r.all = ctx.getWebSockets().length;
        r.tagged = ctx.getWebSockets("t1").length;
        r.unknown = ctx.getWebSockets("nope").length;
        r.tagsOf = (() => { try { return ctx.getTags(pair[1]); } catch (e) { return [e.name, e.message]; } })();
        r.tagsOfOther = (() => { try { return ctx.getTags(pair[0]); } catch (e) { return [e.name, e.message]; } })();
        r.tsNone = (() => { try { return ctx.getWebSocketAutoResponseTimestamp(pair[1]); } catch (e) { return [e.name, e.message]; } })();
        r.timeout = (() => { try { const a = ctx.getHibernatableWebSocketEventTimeout(); ctx.setHibernatableWebSocketEventTimeout(5000); const b = ctx.getHibernatableWebSocketEventTimeout(); ctx.setHibernatableWebSocketEventTimeout(); return [a, b, ctx.getHibernatableWebSocketEventTimeout()]; } catch (e) { return [e.name, e.message]; } })();
        r.timeoutBig = (() => { try { ctx.setHibernatableWebSocketEventTimeout(7 * 24 * 3600 * 1000 + 1); return ctx.getHibernatableWebSocketEventTimeout(); } catch (e) { return [e.name, e.message]; } })();
        r.attachNone = pair[1].deserializeAttachment();
        r.attach = (() => { pair[1].serializeAttachment({ m: new Map([[1, 2]]), d: new Date(5) }); const a = pair[1].deserializeAttachment(); return [a.m.get(1), a.d.getTime()]; })();
        r.attachOther = (() => { try { pair[0].serializeAttachment(1); return pair[0].deserializeAttachment(); } catch (e) { return [e.name, e.message]; } })();
        r.readyState = pair[1].readyState;
        r.sendOk = (() => { try { pair[1].send("x"); return true; } catch (e) { return [e.name, e.message]; } })();
        r.autoGet = ctx.getWebSocketAutoResponse();
        r.autoSet = (() => { ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("p", "q")); const p = ctx.getWebSocketAutoResponse(); const out = [Object.prototype.toString.call(p), p.request, p.response]; ctx.setWebSocketAutoResponse(); out.push(ctx.getWebSocketAutoResponse()); return out; })();
        r.pairLong = (() => { try { new WebSocketRequestResponsePair("x".repeat(2049), "y"); return "ok"; } catch (e) { return [e.name, e.message]; } })();
        r.pairNoArgs = (() => { try { new WebSocketRequestResponsePair(); return "ok"; } catch (e) { return [e.name, e.message]; } })();
        r.pairCall = (() => { try { WebSocketRequestResponsePair("a", "b"); return "ok"; } catch (e) { return [e.name, e.message]; } })();
        return Response.json(r);
      }
    }
    return new Response("unknown op " + op, { status: 404 });
  }
  webSocketMessage() {}
}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
  const stub = env.OBJ.getByName("x");
${body}
  return Response.json(out);
} };`;
const c = (name, description, body) => ({ name, area: "durable-objects", description,
  options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: "Obj" }, script: script(body) }, steps: [get("/")] });
const desc = `(e) => ({ name: e.name, ctor: e.constructor.name, message: e.message, remote: e.remote ?? null, retryable: e.retryable ?? null, overloaded: e.overloaded ?? null, reset: e.durableObjectReset ?? null, code: e.code ?? null, keys: Object.keys(e).sort() })`;
export default [
  c("dos-caller-sees-errors", "errors of a Durable Object's fetch as its caller sees them: remote, retryable, durableObjectReset flags and own properties", `
  const d = ${desc};
  const call = async (p) => { try { const r = await stub.fetch("http://do/x/" + p); return { status: r.status, body: await r.text() }; } catch (e) { return d(e); } };
  out.throw = await call("throw");
  out.throwProps = await call("throwProps");
  out.abort = await call("abort");
  out.afterAbort = await call("status");
`),
  c("dos-stub-fetch-shapes", "stub.fetch inputs (string, URL, Request, relative, init) and the Durable Object's responses (status text, headers, redirects, streams)", `
  const d = ${desc};
  const tryFetch = async (...a) => { try { const r = await stub.fetch(...a); return { status: r.status, statusText: r.statusText, headers: [...r.headers].filter(([k]) => !k.startsWith("cf-")), body: await r.text(), redirected: r.redirected, url: r.url }; } catch (e) { return d(e); } };
  out.status = await tryFetch("http://do/x/status");
  out.redirect = await tryFetch("http://do/x/redirect");
  out.stream = await tryFetch("http://do/x/stream");
  out.url = await tryFetch(new URL("http://do/x/echo?q=1"));
  out.request = await tryFetch(new Request("http://do/x/echo", { method: "POST", body: "hello", headers: { "x-h": "v" } }));
  out.init = await tryFetch("http://do/x/echo", { method: "PUT", body: JSON.stringify({ a: 1 }), headers: { "content-type": "application/json" } });
  out.relative = await tryFetch("/x/echo");
  out.noArg = await tryFetch();
  out.badScheme = await tryFetch("ftp://do/x/echo");
  out.getBody = await tryFetch("http://do/x/echo", { method: "GET", body: "nope" });
  out.incoming = await tryFetch(req);
`),
  c("dos-hibernation-api-edges", "hibernation API edges: tags lookups, getTags and attachments of non-hibernated ends, event timeout, auto-response pair get/set/reset and its validation", `
  const r = await stub.fetch("http://do/x/ws?tag=t1&tag=t2");
  out.first = await r.json();
  const r2 = await stub.fetch("http://do/x/ws?tag=t1");
  out.second = await r2.json();
  const r3 = await stub.fetch("http://do/x/ws?tag=" + encodeURIComponent(""));
  out.emptyTag = await r3.json();
`),
];
