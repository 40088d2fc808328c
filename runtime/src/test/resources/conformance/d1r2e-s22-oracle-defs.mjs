// d1r2e (session 22): D1 and R2 probes recorded against the real Miniflare. Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then `cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs s22` (cases land in out/d1 and out/r2).
import { CD, PRELUDE, modWorker, get, req } from "./_h.mjs";

const D1P = `
const fl = (m) => String(m).split("\\n")[0];
const rows = async (sql, ...v) => { const r = await t(() => db.prepare(sql).bind(...v).raw()); if (r.error) r.error.message = fl(r.error.message); return r; };
const errOf = async (fn) => { try { const r = await fn(); return { ok: r === undefined ? "undefined" : typeof r }; } catch (e) { return { name: e.name, ctor: e.constructor.name, message: fl(e.message), cause: e.cause ? fl(e.cause.message) : "none" }; } };
const enc = (v) => typeof v === "number" ? (Number.isNaN(v) ? "NaN" : Object.is(v, -0) ? "-0" : !Number.isFinite(v) ? String(v) : v) : typeof v === "bigint" ? "big:" + v : v instanceof ArrayBuffer ? "ab:" + v.byteLength : Array.isArray(v) ? v.map(enc) : v;
const bound = async (...v) => { const r = await t(async () => (await db.prepare("SELECT " + v.map(() => "?, typeof(?)").join(", ").replace(/\\?/g, () => "?")).bind(...v.flatMap((x) => [x, x])).raw())[0].map(enc)); if (r.error) r.error.message = fl(r.error.message); return r; };
`;
const d1 = (name, description, body, { steps = [get("/")], d1Databases = ["DB"] } = {}) => ({
  name, area: "d1", description,
  options: modWorker(`${D1P}    const db = env.DB; const out = {};\n${body}\n    return Response.json(out);`, { d1Databases }),
  steps,
});
const R2P = `
const fl = (m) => String(m).split("\\n")[0];
const desc = (o) => o === null || o === undefined ? o ?? "undefined" : ({
  cls: o.constructor.name, key: o.key, size: o.size, etag: o.etag, httpEtag: o.httpEtag,
  checksums: o.checksums.toJSON(), httpMetadata: o.httpMetadata, customMetadata: o.customMetadata, storageClass: o.storageClass,
  range: o.range === undefined ? "absent" : o.range, hasBody: "body" in o,
});
const tr = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) r.ok = desc(r.ok); return r; };
const tb = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) { const d = desc(r.ok); if (r.ok.body && !r.ok.bodyUsed) d.text = await r.ok.text(); r.ok = d; } return r; };
const lst = (l) => ({ keys: l.objects.map((o) => o.key), prefixes: l.delimitedPrefixes, truncated: l.truncated, hasCursor: typeof l.cursor === "string" });
const hdrs = (h) => Object.fromEntries([...h]);
`;
const r2 = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2P}    const b = env.B; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});

export const r2cases = [
  r2("r2-s22-request-bodies", "put of request bodies sent by dispatchFetch: without Content-Length a stream of unknown length (refused, body unused), an empty string body gets Content-Length 0; with one a known length; new Request(req), req.clone() and uploadPart", `
    if (req.method !== "GET") {
      const m = url.searchParams.get("m");
      out.cl = req.headers.get("content-length");
      out.te = req.headers.get("transfer-encoding");
      if (m === "body") {
        out.put = await tb(async () => { await b.put("rb", req.body); return b.get("rb"); });
        out.used = req.bodyUsed;
        out.again = await tr(() => b.put("rb2", req.body));
        out.text = await t(() => req.text());
      } else if (m === "clone") {
        out.put = await tr(() => b.put("cl", req.clone().body));
        out.used = req.bodyUsed;
        out.text = await t(() => req.text());
      } else if (m === "copy") {
        out.put = await tr(() => b.put("cp", new Request(req).body));
        out.used = req.bodyUsed;
        out.text = await t(() => req.text());
      } else if (m === "copyInit") {
        out.put = await tr(() => b.put("ci", new Request("http://x/", { method: "POST", body: req.body }).body));
      } else if (m === "response") {
        out.put = await tr(() => b.put("rs", new Response(req.body).body));
      } else if (m === "part") {
        out.part = await t(async () => { const u = await b.createMultipartUpload("mp"); const p = await u.uploadPart(1, req.body); return p.partNumber; });
        out.used = req.bodyUsed;
      } else if (m === "tee") {
        out.put = await tr(() => b.put("te", req.body.tee()[0]));
      } else if (m === "value") {
        out.put = await tr(() => b.put("rq", req));
      }
    }
  `, { steps: ["body", "clone", "copy", "copyInit", "response", "part", "tee", "value"].flatMap((m) => [
      req("POST", "http://localhost/?m=" + m, { "content-type": "text/plain" }, "posted body"),
      req("PUT", "http://localhost/?m=" + m, { "content-length": "11" }, "posted body"),
      req("POST", "http://localhost/?m=" + m, {}, "")]) }),
];

const B_PUT = `${PRELUDE}
export default { async fetch(req, env) {
  const out = { cl: req.headers.get("content-length"), te: req.headers.get("transfer-encoding") };
  out.put = await t(async () => { const o = await env.B.put("k", req.body); return o.size; });
  out.used = req.bodyUsed;
  if (!out.used) out.text = await t(() => req.text());
  return Response.json(out);
} };`;
const fwd = (name, description, aBody, steps) => ({
  name, area: "r2", description,
  options: { workers: [
    { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { S: "b" }, script: `${PRELUDE}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const m = url.searchParams.get("m"); const te = new TextEncoder();
${aBody}
} };` },
    { name: "b", modules: true, compatibilityDate: CD, r2Buckets: ["B"], script: B_PUT },
  ] },
  steps,
});
export const fwdcases = [
  fwd("r2-s22-forwarded-bodies", "a request forwarded through a service binding keeps its framing: put of its body in the target worker is refused without a known length; bodies made by the sender (string, bytes, Blob, streams, FixedLengthStream, another Response's body)", `
    if (m === "fwd") return env.S.fetch(req);
    if (m === "fwdCopy") return env.S.fetch(new Request("http://b/", req));
    if (m === "fwdBody") return env.S.fetch("http://b/", { method: "POST", body: req.body });
    if (m === "str") return env.S.fetch("http://b/", { method: "POST", body: "a string" });
    if (m === "empty") return env.S.fetch("http://b/", { method: "POST", body: "" });
    if (m === "none") return env.S.fetch("http://b/", { method: "POST" });
    if (m === "bytes") return env.S.fetch("http://b/", { method: "PUT", body: te.encode("bytes!") });
    if (m === "blob") return env.S.fetch("http://b/", { method: "PUT", body: new Blob(["blob"]) });
    if (m === "stream") return env.S.fetch("http://b/", { method: "PUT", body: new ReadableStream({ start(c) { c.enqueue(te.encode("st")); c.close(); } }) });
    if (m === "fixed") { const f = new FixedLengthStream(3); const w = f.writable.getWriter(); w.write(te.encode("fix")); w.close(); return env.S.fetch("http://b/", { method: "PUT", body: f.readable }); }
    if (m === "resp") return env.S.fetch("http://b/", { method: "PUT", body: new Response("response body").body });
    if (m === "form") { const f = new FormData(); f.set("a", "1"); return env.S.fetch("http://b/", { method: "POST", body: f }); }
    if (m === "params") return env.S.fetch("http://b/", { method: "POST", body: new URLSearchParams("a=1&b=2") });
    return new Response("?");
  `, [
    req("POST", "http://localhost/?m=fwd", {}, "incoming"), req("POST", "http://localhost/?m=fwd", { "content-length": "8" }, "incoming"),
    req("POST", "http://localhost/?m=fwdCopy", {}, "incoming"), req("POST", "http://localhost/?m=fwdCopy", { "content-length": "8" }, "incoming"),
    req("POST", "http://localhost/?m=fwdBody", {}, "incoming"), req("POST", "http://localhost/?m=fwdBody", { "content-length": "8" }, "incoming"),
    ...["str", "empty", "none", "bytes", "blob", "stream", "fixed", "resp", "form", "params"].map((m) => get("/?m=" + m)),
  ]),
];

export const d1cases = [
];

export default [...d1cases, ...r2cases, ...fwdcases];
