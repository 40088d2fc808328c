// Re-record: cd /work/wt/oracle && DEFS_DIR=<dir with _h.mjs and this file> RECORD_OUT=<out> node record.mjs realproj16
// Behaviours real projects leaned on (davidbarratt/cache-tag, Cyb3r-Jak3/workers-serverless-api).
import { modWorker, get, req } from "./_h.mjs";
const c = (name, description, body, steps = [get("/")]) => ({ name, area: "web-api", description,
  options: modWorker(`    const out = {};\n${body}\n    return Response.json(out);`), steps });
export default [
  c("realproj16-request-spread-has-no-own-keys", "a Request, Response, Headers or URL spread or destructured gives no own properties (the watcher worker forwards `const { cf, ...init } = request`)", `
    const r = new Request("https://x/y", { method: "POST", body: "b", headers: { a: "1" } });
    const { cf, ...init } = req;
    out.reqKeys = Object.keys(init);
    out.ownReq = Object.getOwnPropertyNames(req);
    out.ownNew = Object.getOwnPropertyNames(r);
    out.spreadNew = Object.keys({ ...r });
    out.resp = Object.keys({ ...new Response("x") });
    out.headers = Object.keys({ ...new Headers({ a: "1" }) });
    out.url = Object.keys({ ...new URL("https://a/b") });
    out.json = JSON.stringify(r);
    out.jsonUrl = JSON.stringify(new URL("https://a/b?c=1"));
    out.forin = []; for (const k in r) out.forin.push(k);
    out.hasMethod = "method" in init;
    out.protoHas = Object.prototype.hasOwnProperty.call(Request.prototype, "method");
  `, [req("POST", "http://localhost/p", { "x-a": "1" }, "body")]),
  c("realproj16-formdata-without-content-type", "formData() of body-less requests throws TypeErrors; Response.redirect serializes its URL", `
    out.noBody = await t(async () => [...(await new Request("https://x/", { method: "POST" }).formData()).keys()]);
    out.incoming = await t(async () => [...(await req.formData()).keys()]);
    out.emptyCt = await t(async () => [...(await new Request("https://x/", { method: "POST", body: "" }).formData()).keys()]);
    out.redirect = Response.redirect("https://cyberjake.xyz", 302).headers.get("location");
    out.redirect2 = Response.redirect("https://a.b/c d?x=é", 301).headers.get("location");
  `, [req("POST", "http://localhost/p", {}, null)]),
];
