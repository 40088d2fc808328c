// Re-record: copy oracle/defs/_h.mjs and this file (as rpcws-r4.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs rpcws
import { CD, PRELUDE, get } from "./_h.mjs";
const OBJECTS = `
const objects = (env) => ({
  textEncoder: () => new TextEncoder(),
  textDecoder: () => new TextDecoder(),
  abortController: () => new AbortController(),
  event: () => new Event("x"),
  eventTarget: () => new EventTarget(),
  headers: () => new Headers({ a: "1" }),
  urlSearchParams: () => new URLSearchParams("a=1"),
  urlPattern: () => new URLPattern({ pathname: "/a" }),
  request: () => new Request("http://x/"),
  response: () => new Response("r"),
  readable: () => new ReadableStream(),
  writable: () => new WritableStream(),
  transform: () => new TransformStream(),
  htmlRewriter: () => new HTMLRewriter(),
  wsPair: () => new WebSocketPair(),
  websocket: () => new WebSocketPair()[0],
  formData: () => new FormData(),
  subtle: () => crypto.subtle,
  digestStream: () => new crypto.DigestStream("SHA-256"),
  kv: () => env.KV,
  r2: () => env.R2,
  d1: () => env.DB,
  queue: () => env.Q,
  doNamespace: () => env.OBJ,
  doId: () => env.OBJ.idFromName("a"),
  doStub: () => env.OBJ.getByName("a"),
  envItself: () => env,
  messageEvent: () => new MessageEvent("message", { data: 1 }),
  closeEvent: () => new CloseEvent("close"),
  textEncoderStream: () => new TextEncoderStream(),
  compression: () => new CompressionStream("gzip"),
  blob: () => new Blob(["x"]),
  domException: () => new DOMException("m", "AbortError"),
});`;
export default [
  {
    name: "rpcws-api-objects-clone", area: "rpc",
    description: "runtime API objects and bindings through structuredClone and as RPC arguments",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, kvNamespaces: ["KV"], r2Buckets: ["R2"], d1Databases: ["DB"], queueProducers: { Q: "q" }, durableObjects: { OBJ: { className: "Obj" } }, script: `${PRELUDE}${OBJECTS}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject { }
export default { async fetch(req, env, ctx) { const out = { clone: {}, rpc: {} };
  const show = (v) => v === null || typeof v !== "object" ? typeof v : [Object.prototype.toString.call(v), v.constructor?.name ?? "none", Object.keys(v).slice(0, 5)];
  for (const [k, make] of Object.entries(objects(env))) {
    // Miniflare's D1 binding is a script object holding a service stub: structuredClone names that (not emulated)
    if (k !== "d1") out.clone[k] = await t(() => show(structuredClone(make())));
    out.rpc[k] = await t(() => env.B.describe(make()));
  }
  return Response.json(out); } };` },
      { name: "b", modules: true, compatibilityDate: CD, script: `
import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  describe(v) { return v === null || typeof v !== "object" ? typeof v : [Object.prototype.toString.call(v), v.constructor?.name ?? "none", Object.keys(v).slice(0, 5)]; }
}` },
    ] },
    steps: [get("/")],
  },
];
