// Re-record: cd runtime && mkdir -p d && cp /work/wt/oracle/defs/_h.mjs d/ && cp src/test/resources/conformance/kvfmt16-oracle-defs.mjs d/ && DEFS_DIR=d RECORD_OUT=<out> node /work/wt/oracle/record.mjs kvfmt16-kv
import { CD, PRELUDE } from "./_h.mjs";

const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const kvCase = (name, description, body, extra = {}) => ({
  name, area: "kv", description,
  options: mod(`export default { async fetch(req, env, ctx) { const KV = env.KV; const out = {};
${body}
return Response.json(out); } };`, { kvNamespaces: ["KV"], ...extra }),
  steps: [r("GET", "http://localhost/")],
});
const each = (label, list) => `for (const [k, f] of Object.entries(${list})) out[${JSON.stringify(label)} + ":" + k] = await t(f);`;

export default [
  kvCase("kvfmt16-kv-put-value-sources", "put with Blob, File, FormData, URLSearchParams, Request/Response bodies, streams of odd chunks, typed array kinds, boxed and exotic values",
`const rd = async (k) => { const v = await KV.get(k, "arrayBuffer"); return v === null ? null : hex(v); };
${each("put", `{
  blob: async () => { await KV.put("blob", new Blob(["ab"])); return rd("blob"); },
  file: async () => { await KV.put("file", new File(["cd"], "f.txt")); return rd("file"); },
  formData: async () => { const f = new FormData(); f.set("a", "1"); await KV.put("fd", f); return rd("fd"); },
  usp: async () => { await KV.put("usp", new URLSearchParams("a=1")); return rd("usp"); },
  reqBody: async () => { await KV.put("rq", new Request("http://x/", { method: "POST", body: "rq" }).body); return rd("rq"); },
  respBody: async () => { await KV.put("rs", new Response("rs").body); return rd("rs"); },
  respObj: async () => { await KV.put("ro", new Response("ro")); return rd("ro"); },
  streamStrings: async () => { const s = new ReadableStream({ start(c) { c.enqueue("str"); c.close(); } }); await KV.put("ss", s); return rd("ss"); },
  streamArrayBuffer: async () => { const s = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1, 2]).buffer); c.close(); } }); await KV.put("sab", s); return rd("sab"); },
  streamNumbers: async () => { const s = new ReadableStream({ start(c) { c.enqueue(42); c.close(); } }); await KV.put("sn", s); return rd("sn"); },
  streamEmpty: async () => { const s = new ReadableStream({ start(c) { c.close(); } }); await KV.put("se", s); return rd("se"); },
  streamErrors: async () => { const s = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.error(new RangeError("boom")); } }); await KV.put("serr", s); return rd("serr"); },
  streamLocked: async () => { const s = new ReadableStream({ start(c) { c.close(); } }); s.getReader(); await KV.put("sl", s); return rd("sl"); },
  streamDisturbed: async () => { const b = new Response("xy").body; await b.getReader().read(); await KV.put("sd", b); return rd("sd"); },
  identity: async () => { const { readable, writable } = new IdentityTransformStream(); const w = writable.getWriter(); w.write(new Uint8Array([9])); w.close(); await KV.put("its", readable); return rd("its"); },
  fixed: async () => { const { readable, writable } = new FixedLengthStream(2); const w = writable.getWriter(); w.write(new Uint8Array([7, 8])); w.close(); await KV.put("fls", readable); return rd("fls"); },
  f64: async () => { await KV.put("f64", new Float64Array([1])); return rd("f64"); },
  i16sub: async () => { await KV.put("i16", new Int16Array([1, 2, 3]).subarray(1, 2)); return rd("i16"); },
  big64: async () => { await KV.put("b64", new BigInt64Array([1n])); return rd("b64"); },
  dataView: async () => { await KV.put("dv", new DataView(new Uint8Array([5, 6, 7]).buffer, 1, 1)); return rd("dv"); },
  stringObj: async () => { await KV.put("so", new String("boxed")); return KV.get("so"); },
  numberObj: async () => { await KV.put("no", new Number(5)); return KV.get("no"); },
  date: async () => { await KV.put("date", new Date(0)); return KV.get("date"); },
  regexp: async () => { await KV.put("re", /x/g); return KV.get("re"); },
  array: async () => { await KV.put("arr", [1, 2]); return KV.get("arr"); },
  fn: async () => { await KV.put("fn", function f() {}); return KV.get("fn"); },
  symbol: async () => { await KV.put("sym", Symbol("s")); return KV.get("sym"); },
  bigint: async () => { await KV.put("bi", 10n); return KV.get("bi"); },
  nan: async () => { await KV.put("nan", NaN); return KV.get("nan"); },
  negZero: async () => { await KV.put("nz", -0); return KV.get("nz"); },
  promise: async () => { await KV.put("pr", Promise.resolve("p")); return KV.get("pr"); },
  toStringObj: async () => { await KV.put("ts", { toString() { return "custom"; } }); return KV.get("ts"); },
  map: async () => { await KV.put("map", new Map()); return KV.get("map"); },
}`)}`),

  kvCase("kvfmt16-kv-binding-introspection", "the KV binding object: clone, JSON, keys, method names and lengths, unbound calls, identity",
`const proto = Object.getPrototypeOf(KV);
out.typeof = typeof KV; out.json = JSON.stringify(KV); out.keys = Object.keys(KV); out.own = Object.getOwnPropertyNames(KV);
out.protoNames = Object.getOwnPropertyNames(proto).sort(); out.str = String(KV); out.tag = Object.prototype.toString.call(KV);
out.same = env.KV === KV; out.ctor = KV.constructor.name; out.protoProtoIsObject = Object.getPrototypeOf(proto) === Object.prototype;
out.lengths = Object.fromEntries(["get", "getWithMetadata", "put", "list", "delete"].map((m) => [m, [typeof KV[m], KV[m].length, KV[m].name]]));
out.clone = await t(() => structuredClone(KV));
out.unbound = await t(() => { const g = KV.get; return g("k"); });
out.otherThis = await t(() => KV.get.call({}, "k"));
out.newCtor = await t(() => new KV.constructor());
out.frozen = Object.isFrozen(KV); out.extensible = Object.isExtensible(KV);
out.assign = await t(() => { KV.extra = 1; return KV.extra; });
out.overrideGet = await t(() => { const o = KV.get; KV.get = () => "mine"; const v = KV.get("x"); KV.get = o; return [v, KV.hasOwnProperty("get")]; });
out.inOps = ["get" in KV, "put" in KV, "fetch" in KV, "connect" in KV];
out.descr = await t(() => { const d = Object.getOwnPropertyDescriptor(proto, "get"); return d && { w: d.writable, e: d.enumerable, c: d.configurable }; });`),

  kvCase("kvfmt16-kv-metadata-serialization", "metadata values JSON-serialised: Date, Map, undefined members, toJSON, nested arrays, BigInt, circular, symbols, functions, getters",
`const m = async (k, meta) => { await KV.put(k, "v", { metadata: meta }); return (await KV.getWithMetadata(k)).metadata; };
${each("meta", `{
  date: () => m("d", new Date(0)), map: () => m("map", new Map([[1, 2]])), undefMember: () => m("u", { a: undefined, b: 1 }),
  toJSON: () => m("tj", { toJSON() { return { x: 1 }; } }), nested: () => m("n", [[1, [2]], { a: [null] }]),
  arrUndef: () => m("au", [undefined, function () {}, Symbol("s")]), bigint: () => m("bi", { a: 1n }),
  circular: () => { const o = {}; o.self = o; return m("c", o); }, symKey: () => m("sk", { [Symbol("s")]: 1, a: 2 }),
  fn: () => m("fn", () => 1), getter: () => m("g", { get x() { return 7; } }), nan: () => m("nan", { n: NaN, i: -Infinity }),
  string: () => m("s", "plain"), emptyStr: () => m("es", ""), zero: () => m("z", 0), fals: () => m("f", false), nul: () => m("nl", null),
  undef: async () => { await KV.put("ud", "v", { metadata: undefined }); const r = await KV.getWithMetadata("ud"); return [r.metadata, (await KV.list({ prefix: "ud" })).keys[0]]; },
  typed: () => m("ty", new Uint8Array([1, 2])), boxed: () => m("bx", new String("s")), err: () => m("er", new Error("e")),
  unicode: () => m("uni", { "é": "\\u{1F600}", "\\u0000": "nul" }), proto: () => m("pr", JSON.parse('{"__proto__": {"x": 1}}')),
  exact1024: () => m("e1024", "x".repeat(1022)), over1024: () => m("o1024", "x".repeat(1023)),
  unicodeLimit: () => m("ul", "é".repeat(511)), unicodeOver: () => m("uo", "é".repeat(512)),
}`)}
out.listed = (await KV.list()).keys.map((k) => [k.name, "metadata" in k ? k.metadata : "absent"]);`),

  kvCase("kvfmt16-kv-stream-reads", "get as stream: partial reads, cancel, tee, Response from it, twice, missing, getWithMetadata stream, large value chunking",
`await KV.put("s", "hello world"); await KV.put("big", "z".repeat(200000));
${each("s", `{
  read: async () => { const s = await KV.get("s", "stream"); const r = s.getReader(); const a = await r.read(); return [typeof a.value, a.value?.constructor?.name, a.done]; },
  text: async () => new Response(await KV.get("s", "stream")).text(),
  cancel: async () => { const s = await KV.get("s", "stream"); await s.cancel("why"); return [s.locked]; },
  tee: async () => { const [a, b] = (await KV.get("s", "stream")).tee(); return [await new Response(a).text(), await new Response(b).text()]; },
  missing: () => KV.get("nope", "stream"),
  withMeta: async () => { const r = await KV.getWithMetadata("s", { type: "stream" }); return [Object.keys(r), r.value instanceof ReadableStream, await new Response(r.value).text()]; },
  byob: async () => { const s = await KV.get("s", "stream"); const r = s.getReader({ mode: "byob" }); const x = await r.read(new Uint8Array(4)); return [x.value.byteLength, x.done]; },
  bigChunks: async () => { const s = await KV.get("big", "stream"); let n = 0, total = 0; for await (const c of s) { n++; total += c.byteLength; } return [n > 0, total]; },
  pipe: async () => { const s = await KV.get("s", "stream"); const { readable, writable } = new TransformStream(); s.pipeTo(writable); return new Response(readable).text(); },
  putFromGet: async () => { await KV.put("copy", await KV.get("s", "stream")); return KV.get("copy"); },
  bulkStream: () => KV.get(["s"], "stream"),
  arrayBufferBulk: () => KV.get(["s"], "arrayBuffer"),
  instance: async () => { const s = await KV.get("s", "stream"); return [s instanceof ReadableStream, s.constructor.name, Object.prototype.toString.call(s)]; },
}`)}`),

  kvCase("kvfmt16-kv-error-shapes", "KV errors: stack first line, instanceof, cause, own keys, thrown synchronously or as rejection",
`const shape = async (f) => { let sync = false, e; try { const p = f(); sync = false; await p; return "no error"; } catch (x) { e = x; }
  return { name: e.name, ctor: e.constructor.name, msg: e.message, isError: e instanceof Error, isTypeError: e instanceof TypeError, stack0: String(e.stack).split("\\n")[0], keys: Object.keys(e), cause: "cause" in e, code: e.code ?? null }; };
const sync = (f) => { try { const p = f(); return p instanceof Promise ? "promise" : typeof p; } catch (e) { return "threw " + e.name; } };
${each("e", `{
  emptyKey: () => shape(() => KV.get("")), dotKey: () => shape(() => KV.put(".", "v")), longKey: () => shape(() => KV.get("k".repeat(513))),
  ttl: () => shape(() => KV.put("k", "v", { expirationTtl: 1 })), exp: () => shape(() => KV.put("k", "v", { expiration: 1 })),
  bigValue: () => shape(() => KV.put("k", "v".repeat(26214401))), meta: () => shape(() => KV.put("k", "v", { metadata: "x".repeat(2000) })),
  badType: () => shape(() => KV.get("k", "blob")), badValue: () => shape(() => KV.put("k", {})), listLimit: () => shape(() => KV.list({ limit: 1001 })),
  bulk101: () => shape(() => KV.get(Array.from({ length: 101 }, (_, i) => "k" + i))), bulkEmpty: () => shape(() => KV.get([])),
  noArgs: () => shape(() => KV.get()), putNoValue: () => shape(() => KV.put("k")), delNoArgs: () => shape(() => KV.delete()),
  deleteEmpty: () => shape(() => KV.delete("")), deleteLong: () => shape(() => KV.delete("x".repeat(600))),
}`)}
${each("sync", `{
  emptyKey: () => sync(() => KV.get("")), badType: () => sync(() => KV.get("k", "blob")), badValue: () => sync(() => KV.put("k", {})),
  ttl: () => sync(() => KV.put("k", "v", { expirationTtl: 1 })), bulk101: () => sync(() => KV.get(Array.from({ length: 101 }, (_, i) => "k" + i))),
  listLimit: () => sync(() => KV.list({ limit: 1001 })), noArgs: () => sync(() => KV.get()), okGet: () => sync(() => KV.get("k")),
}`)}`),

  kvCase("kvfmt16-kv-list-prefix-cursor-cross", "list: prefix equal to a key, unicode prefixes, cursor reused with another prefix or limit, deletes between pages, key shape",
`for (const k of ["a", "ab", "abc", "abd", "b", "é", "éa", "\\u{1F600}", "\\u{1F600}x", "z"]) await KV.put(k, "v", k === "abc" ? { metadata: { m: 1 } } : undefined);
const names = (l) => ({ n: l.keys.map((k) => k.name), c: l.list_complete, cur: typeof l.cursor, cs: l.cacheStatus, keys: Object.keys(l) });
out.exact = names(await KV.list({ prefix: "abc" }));
out.ab = names(await KV.list({ prefix: "ab" }));
out.eAcute = names(await KV.list({ prefix: "é" }));
out.emoji = names(await KV.list({ prefix: "\\u{1F600}" }));
out.highSurrogate = await t(async () => names(await KV.list({ prefix: "\\uD83D" })));
const p1 = await KV.list({ limit: 3 });
out.p1 = names(p1);
out.otherPrefix = await t(async () => names(await KV.list({ cursor: p1.cursor, prefix: "é" })));
out.biggerLimit = await t(async () => names(await KV.list({ cursor: p1.cursor, limit: 100 })));
await KV.delete("abd"); await KV.delete("b");
out.afterDelete = await t(async () => names(await KV.list({ cursor: p1.cursor, limit: 3 })));
await KV.put("aa", "v");
out.afterInsertBefore = await t(async () => names(await KV.list({ cursor: p1.cursor, limit: 3 })));
out.keyShape = (await KV.list({ prefix: "abc" })).keys.map((k) => Object.keys(k));
out.limit1 = [];
let cur; do { const l = await KV.list({ limit: 4, cursor: cur }); out.limit1.push(l.keys.length); cur = l.list_complete ? undefined : l.cursor; } while (cur);`),

  kvCase("kvfmt16-kv-concurrent-writes", "concurrent puts/deletes of one key settle in call order; get during put; list during writes",
`const ps = []; for (let i = 0; i < 20; i++) ps.push(KV.put("same", "v" + i));
await Promise.all(ps); out.last = await KV.get("same");
const mix = [KV.put("m", "1"), KV.delete("m"), KV.put("m", "2"), KV.get("m")]; out.mix = (await Promise.all(mix)).map((x) => x === undefined ? "u" : x); out.mixAfter = await KV.get("m");
const [g, , g2] = await Promise.all([KV.get("n"), KV.put("n", "x"), KV.get("n")]); out.getAround = [g, g2];
const puts = Array.from({ length: 50 }, (_, i) => KV.put("p" + String(i).padStart(2, "0"), String(i), { metadata: i }));
const l = KV.list({ prefix: "p" }); await Promise.all(puts); const lr = await l; out.listDuring = lr.keys.length >= 0;
out.listAfter = (await KV.list({ prefix: "p" })).keys.length;
out.bulk = [...(await KV.get(["p00", "p49", "nope"])).entries()];
out.bulkMeta = [...(await KV.getWithMetadata(["p01", "nope"], "json")).entries()];`),
];
