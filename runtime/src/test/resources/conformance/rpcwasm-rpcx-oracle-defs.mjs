import { CD, PRELUDE, get } from "./_h.mjs";
const rpcCase = (name, description, aBody, bScript, { aFlags, bFlags, aExtra = {}, bExtra = {} } = {}) => ({
  name, area: "rpc", description,
  options: { workers: [
    { name: "a", modules: true, compatibilityDate: CD, ...(aFlags ? { compatibilityFlags: aFlags } : {}), serviceBindings: { B: "b" }, ...aExtra,
      script: `${PRELUDE}
import { RpcTarget, RpcStub } from "cloudflare:workers";
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${aBody}
  return Response.json(out);
} };` },
    { name: "b", modules: true, compatibilityDate: CD, ...(bFlags ? { compatibilityFlags: bFlags } : {}), ...bExtra, script: bScript },
  ] },
  steps: [get("/")],
});
const B_ECHO = `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class Box extends RpcTarget { constructor(v) { super(); this.v = v; } get() { return this.v; } }
export default class extends WorkerEntrypoint {
  echo(v) { return v; }
  describe(v) {
    const d = (x) => x === null ? "null" : Array.isArray(x) ? "array" : typeof x === "object" ? Object.prototype.toString.call(x) + ":" + (x.constructor?.name ?? "none") : typeof x;
    return d(v);
  }
  box(v) { return new Box(v); }
  throwIt(kind) {
    switch (kind) {
      case "string": throw "plain string";
      case "number": throw 42;
      case "null": throw null;
      case "undefined": throw undefined;
      case "object": throw { a: 1 };
      case "range": throw new RangeError("out of range");
      case "syntax": throw new SyntaxError("bad syntax");
      case "eval": throw new EvalError("bad eval");
      case "uri": throw new URIError("bad uri");
      case "reference": return undefinedVariable;
      case "dom": throw new DOMException("dom msg", "NotFoundError");
      case "domAbort": throw new DOMException("aborted!", "AbortError");
      case "aggregate": throw new AggregateError([new Error("x")], "many");
      case "custom": { class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } } throw new MyErr("mine"); }
      case "customNoName": { class Other extends Error {} throw new Other("other"); }
      case "cause": throw new Error("with cause", { cause: new Error("inner") });
      case "props": { const e = new TypeError("props"); e.code = 7; e.detail = { a: 1 }; throw e; }
      case "async": return Promise.reject(new TypeError("async reject"));
      case "emptyMessage": throw new Error();
      case "nameChanged": { const e = new Error("renamed"); e.name = "TypeError"; throw e; }
      case "nameCustom": { const e = new Error("renamed2"); e.name = "Whatever"; throw e; }
    }
    return "no throw";
  }
}`;
const kinds = ["string","number","null","undefined","object","range","syntax","eval","uri","reference","dom","domAbort","aggregate","custom","customNoName","cause","props","async","emptyMessage","nameChanged","nameCustom"];

export default [
  rpcCase("rpcx-thrown-values", "what the caller sees for each kind of thrown value", `
  for (const k of ${JSON.stringify(kinds)}) {
    try { await env.B.throwIt(k); out[k] = "resolved"; }
    catch (e) {
      out[k] = { type: typeof e, name: e?.name, ctor: e?.constructor?.name, message: e?.message, isError: e instanceof Error, str: String(e),
        remote: e?.remote ?? null, code: e?.code ?? null, detail: e?.detail ?? null, cause: e?.cause === undefined ? "none" : String(e.cause),
        keys: e && typeof e === "object" ? Object.keys(e) : null, errors: Array.isArray(e?.errors) ? e.errors.length : null,
        stackHead: typeof e?.stack === "string" ? e.stack.split("\\n")[0] : null };
    }
  }`, B_ECHO),

  rpcCase("rpcx-value-types", "round trips of structured-clone values over RPC", `
  const rt = async (v) => { try { return await env.B.echo(v); } catch (e) { return { threw: e.name + ": " + e.message }; } };
  const show = (v) => {
    if (v === undefined) return "undefined";
    if (typeof v === "bigint") return "bigint:" + v;
    if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
    if (v instanceof Date) return "date:" + (isNaN(v) ? "invalid" : v.toISOString());
    if (v instanceof RegExp) return "regexp:" + v.source + "/" + v.flags + ":" + v.lastIndex;
    if (v instanceof Map) return { map: [...v].map(([k, x]) => [show(k), show(x)]) };
    if (v instanceof Set) return { set: [...v].map(show) };
    if (v instanceof ArrayBuffer) return "ab:" + hex(v);
    if (ArrayBuffer.isView(v)) return v.constructor.name + ":" + hex(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength)) + ":" + v.byteOffset + ":" + v.buffer.byteLength;
    if (v instanceof Error) return "error:" + v.name + ":" + v.message;
    if (typeof v === "object" && v !== null && v.threw) return v;
    if (v instanceof String || v instanceof Number || v instanceof Boolean) return "boxed:" + typeof v + ":" + v.valueOf();
    return v;
  };
  out.undef = show(await rt(undefined));
  out.nul = await rt(null);
  out.nan = show(await rt(NaN));
  out.negZero = show(await rt(-0));
  out.inf = show(await rt(-Infinity));
  out.bigint = show(await rt(12345678901234567890n));
  out.date = show(await rt(new Date(86400000)));
  out.invalidDate = show(await rt(new Date(NaN)));
  out.regexp = show(await rt(/a+b/gi));
  out.map = show(await rt(new Map([[1, "one"], [{ k: 1 }, new Set([1])]])));
  out.set = show(await rt(new Set(["a", 1, null])));
  out.ab = show(await rt(new Uint8Array([1, 2, 3]).buffer));
  out.u8sub = show(await rt(new Uint8Array([9, 8, 7, 6]).subarray(1, 3)));
  out.i32 = show(await rt(new Int32Array([-1, 2])));
  out.f64 = show(await rt(new Float64Array([1.5])));
  out.big64 = show(await rt(new BigInt64Array([-1n])));
  out.dataview = show(await rt(new DataView(new Uint8Array([1, 2, 3]).buffer, 1)));
  out.boxed = [show(await rt(new String("s"))), show(await rt(new Number(3))), show(await rt(Object(false)))];
  const shared = { x: 1 }; const r1 = await rt({ a: shared, b: shared });
  out.sharedIdentity = r1.a === r1.b;
  const circ = { name: "c" }; circ.self = circ; const r2 = await rt(circ);
  out.circular = r2.threw ?? (r2.self === r2);
  const sparse = [1, , 3]; sparse.extra = "x";
  const r3 = await rt(sparse);
  out.sparse = [r3.length, 1 in r3, r3.extra ?? "dropped"];
  out.nullProto = await rt(Object.assign(Object.create(null), { a: 1 }));
  const withSym = { a: 1, [Symbol("s")]: 2 }; Object.defineProperty(withSym, "hidden", { value: 3, enumerable: false });
  out.symbolKeysAndNonEnumerable = Object.keys(await rt(withSym));
  out.getterObj = await rt({ get g() { return "got"; } });
  out.weakMap = await rt(new WeakMap());
  out.symbolValue = await rt({ s: Symbol("x") });
  out.promise = await rt(Promise.resolve(1));
  out.nestedPromise = await rt({ p: Promise.resolve(2) });
  out.errorObj = show(await rt(new RangeError("as value")));
  const e2 = new Error("with prop"); e2.extra = 5; const r4 = await rt(e2);
  out.errorWithProp = [r4.name, r4.message, r4.extra ?? "dropped", Object.keys(r4)];
  out.domException = await (async () => { const d = await rt(new DOMException("m", "DataError")); return [d.constructor?.name, d.name, d.message, d.code]; })();
  out.describeDate = await env.B.describe(new Date(0));
  out.describeMap = await env.B.describe(new Map());
  out.describeU8 = await env.B.describe(new Uint8Array(1));
  out.describeFn = await env.B.describe(() => 1);
  out.describeTarget = await env.B.describe(new (class T extends RpcTarget {})());
  out.describeHeaders = await env.B.describe(new Headers());
  out.describeRequest = await env.B.describe(new Request("http://x/"));
  out.describeBlob = await t(() => env.B.describe(new Blob(["x"])));
  out.describeUrl = await t(() => env.B.describe(new URL("http://x/")));
  out.describeStream = await env.B.describe(new ReadableStream());
  out.describeFormData = await t(() => env.B.describe(new FormData()));
  out.describeAbort = await t(() => env.B.describe(new AbortController().signal));`, B_ECHO),
];
