// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi13h`.
import { PRELUDE, get, req, CD } from "./_h.mjs";
const worker = (fn, extra = {}, hang = 300) => ({
  modules: true, compatibilityDate: CD,
  script: `${PRELUDE}
const probes = (${fn.toString()});
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const P = async (k, f) => { out[k] = await Promise.race([t(f), new Promise((r) => setTimeout(() => r("hang"), ${hang}))]); };
    await probes(P, out, req, env);
    return Response.json(out);
  }
};`,
  ...extra,
});
const c = (name, description, fn, steps = [get("/")], area = "web-api", extra = {}, hang = 300) => ({ name, area, description, options: worker(fn, extra, hang), steps });
export default [
c("webapi13h-subclassing-web-classes", "user classes extending EventTarget, Event, Headers, Request, Response, URL, URLSearchParams, Blob, TransformStream, AbortController and DOMException: constructors, overridden members, instanceof, toString tags, what the base methods see", async (P) => {
  await P("eventTargetSub", () => { class Bus extends EventTarget { emit(n, d) { return this.dispatchEvent(new CustomEvent(n, { detail: d })); } } const b = new Bus(); const seen = []; b.addEventListener("x", (e) => seen.push([e.detail, e.target === b, e instanceof CustomEvent])); return [b.emit("x", 5), seen, Object.prototype.toString.call(b), b instanceof EventTarget]; });
  await P("eventSub", () => { class MyEvent extends Event { constructor(v) { super("my", { cancelable: true }); this.v = v; } get extra() { return "e"; } } const t = new EventTarget(); let got; t.addEventListener("my", (e) => { got = [e.v, e.extra, e.constructor.name, e.cancelable, e.type]; e.preventDefault(); }); return [t.dispatchEvent(new MyEvent(3)), got, Object.prototype.toString.call(new MyEvent(1))]; });
  await P("headersSub", () => { class H extends Headers { get(n) { return "over:" + super.get(n); } } const h = new H({ a: "1" }); const r = new Response("x", { headers: h }); return [h.get("a"), r.headers.get("a"), r.headers instanceof H, Object.prototype.toString.call(h)]; });
  await P("requestSub", async () => { class R extends Request { constructor(u, i) { super(u, i); this.tag = "t"; } } const r = new R("http://a/x", { method: "POST", body: "b" }); const c = r.clone(); return [r.tag, r.url, await r.text(), c instanceof R, c.tag, Object.prototype.toString.call(r)]; });
  await P("responseSub", async () => { class J extends Response { constructor(o) { super(JSON.stringify(o), { headers: { "content-type": "application/json" } }); } } const r = new J({ a: 1 }); return [await r.json(), r instanceof Response, r.constructor.name, J.json === Response.json, (J.json({ b: 1 })) instanceof J]; });
  await P("responseSubRedirect", () => { class S extends Response {} const r = S.redirect("http://a/"); return [r instanceof S, r.constructor.name]; });
  await P("urlSub", () => { class U extends URL { get shortPath() { return this.pathname.slice(1); } } const u = new U("http://h/abc?q"); return [u.shortPath, u.href, String(u), JSON.stringify(u), u instanceof URL, U.canParse("x", "http://h")]; });
  await P("uspSub", () => { class S extends URLSearchParams { toString() { return "custom"; } } const s = new S("a=1"); const u = new URL("http://h/"); u.search = s; return [s.get("a"), String(s), u.search, [...s]]; });
  await P("blobSub", async () => { class B extends Blob { constructor(t) { super([t], { type: "text/x" }); } } const b = new B("hey"); const sl = b.slice(1); return [await b.text(), b.type, sl instanceof B, sl.constructor.name, await new Response(b).text()]; });
  await P("tsSub", async () => { class Upper extends TransformStream { constructor() { super({ transform(c, ctl) { ctl.enqueue(c.toUpperCase()); } }); } } const u = new Upper(); const w = u.writable.getWriter(); w.write("ab"); w.close(); const out = []; for await (const x of u.readable) out.push(x); return [out, u instanceof TransformStream]; });
  await P("rsSub", async () => { class Counter extends ReadableStream { constructor(n) { let i = 0; super({ pull(c) { if (i < n) c.enqueue(i++); else c.close(); } }); } } const s = new Counter(3); const out = []; for await (const x of s) out.push(x); const [a] = new Counter(1).tee(); return [out, a instanceof Counter, a.constructor.name]; });
  await P("acSub", () => { class AC extends AbortController { abort(r) { super.abort("wrapped:" + r); } } const a = new AC(); a.abort("x"); return [a.signal.reason, a.signal.aborted]; });
  await P("domexSub", () => { class E extends DOMException { constructor(m) { super(m, "NotFoundError"); } } const e = new E("nf"); return [e.name, e.code, e.message, e instanceof DOMException, e instanceof Error, Object.prototype.toString.call(e), e.constructor.name]; });
  await P("errorSubStack", () => { class AppError extends Error { constructor(m) { super(m); this.name = "AppError"; } } const e = new AppError("m"); return [String(e), e.stack.split("\n")[0], Object.prototype.toString.call(e)]; });
  await P("textDecoderSub", () => { class D extends TextDecoder { decode(b) { return "[" + super.decode(b) + "]"; } } return new D().decode(new Uint8Array([104, 105])); });
  await P("formDataSub", async () => { class F extends FormData { constructor() { super(); this.append("fixed", "1"); } } const f = new F(); const r = new Response(f); const back = await r.formData(); return [[...back], back instanceof F]; });
  await P("writableSub", async () => { const seen = []; class Sink extends WritableStream { constructor() { super({ write(c) { seen.push(c); } }); } } const s = new Sink(); const w = s.getWriter(); await w.write(1); await w.close(); return seen; });
  await P("callBaseOnPlain", () => { try { return Headers.prototype.get.call({}, "a"); } catch (e) { return [e.name, e.message]; } });
  await P("protoSwap", () => { const h = new Headers({ a: "1" }); Object.setPrototypeOf(h, URLSearchParams.prototype); try { return h.get("a"); } catch (e) { return [e.name, e.message]; } });
}),
];
