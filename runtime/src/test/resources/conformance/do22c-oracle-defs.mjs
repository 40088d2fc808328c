// Re-record: copy oracle/defs/_h.mjs and this file (as do22c.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do22-
import { CD, PRELUDE, get } from "./_h.mjs";
const HEAD = `
import { DurableObject } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const cps = (s) => typeof s === "string" ? [...s].map((c) => c.codePointAt(0).toString(16)).join(",") : s;
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
`;
const doCase = (name, description, script, { date = CD, sql = false, steps = [get("/")] } = {}) => ({
  name, area: "durable-objects", description,
  options: { modules: true, compatibilityDate: date, durableObjects: { DO: sql ? { className: "Obj", useSQLite: true } : "Obj" }, script: `${PRELUDE}${HEAD}${script}` },
  steps,
});
const SIZES = `
export class Obj extends DurableObject {
  async run() {
    const s = this.ctx.storage; const out = {};
    out.key2048 = await TA(async () => { await s.put("k".repeat(2048), 1); return (await s.get("k".repeat(2048))); });
    out.key2049 = await TA(async () => { await s.put("k".repeat(2049), 1); return "ok"; });
    out.key2049get = await TA(async () => (await s.get("k".repeat(2049))) ?? null);
    out.key2049del = await TA(async () => s.delete("k".repeat(2049)));
    out.keyMulti = await TA(async () => { await s.put("é".repeat(1025), 1); return "ok"; });
    out.keyMany = await TA(async () => { await s.put({ a: 1, ["z".repeat(3000)]: 2 }); return [...(await s.list()).keys()].length; });
    out.val2m = await TA(async () => { await s.put("v", "x".repeat(2 * 1024 * 1024)); return "ok"; });
    out.val2mPlus = await TA(async () => { await s.put("v", "x".repeat(2 * 1024 * 1024 + 100)); return "ok"; });
    out.valBuf = await TA(async () => { await s.put("v", new Uint8Array(2 * 1024 * 1024 + 100)); return "ok"; });
    out.list = await TA(async () => [...(await s.list({ prefix: "k" })).keys()].map((k) => k.length));
    return out;
  }
}
export default { async fetch(req, env) { return Response.json(await env.DO.getByName("z").run()); } };`;
const RPCU = `
export class Obj extends DurableObject {
  echo(x) { return { x: cps(x), back: x }; }
  ["m\\u00e9thode"]() { return "accent"; }
  ["s\\ud800"]() { return "lone"; }
  ["s\\ufffd\\ufffd\\ufffd"]() { return "triple"; }
}
export default { async fetch(req, env) {
  const stub = env.DO.getByName("r"); const out = {};
  const r = await stub.echo("a\\ud800b"); out.echo = [r.x, cps(r.back)];
  out.accent = await TA(() => stub["m\\u00e9thode"]());
  out.lone = await TA(() => stub["s\\ud800"]());
  out.nested = await TA(async () => cps((await stub.echo({ k: "\\udc00" })).back.k));
  out.missing = await TA(() => stub["n\\ud800"]());
  return Response.json(out);
} };`;

const PITR = `
export class Obj extends DurableObject {
  async run() {
    const s = this.ctx.storage; const out = {};
    const shape = (b) => typeof b === "string" ? b.replace(/[0-9a-f]/g, "h") : b;
    const b0 = await s.getCurrentBookmark();
    out.shape = shape(b0);
    out.same = (await s.getCurrentBookmark()) === b0;
    await s.put("a", 1);
    const b1 = await s.getCurrentBookmark();
    out.afterWrite = [b1 === b0, b1 > b0];
    s.sql.exec("CREATE TABLE t (x)"); s.sql.exec("INSERT INTO t VALUES (1), (2)");
    const b2 = await s.getCurrentBookmark();
    out.afterSql = [b2 > b1];
    out.forNow = await TA(async () => { const b = await s.getBookmarkForTime(Date.now() + 60000); return [shape(b), b >= b2]; });
    out.forOld = await TA(async () => { const b = await s.getBookmarkForTime(0); return [shape(b), b <= b0]; });
    out.forDate = await TA(async () => shape(await s.getBookmarkForTime(new Date())));
    out.restoreBad = await TA(() => s.onNextSessionRestoreBookmark("zz"));
    out.restoreBad2 = await TA(() => s.onNextSessionRestoreBookmark("0000000000000000-00000000-00000000-00000000000000000000000000000000"));
    out.restore = await TA(async () => shape(await s.onNextSessionRestoreBookmark(b1)));
    return out;
  }
}
export default { async fetch(req, env) { return Response.json(await env.DO.getByName("p").run()); } };`;

const ERRU = `
export class Obj extends DurableObject {
  boom() { throw new Error("x\\ud800y"); }
  boomRange() { const e = new RangeError("r\\udc00"); e.detail = "d\\ud800"; throw e; }
  async fetch(req) { throw new TypeError("f\\ud800"); }
}
export default { async fetch(req, env) {
  const stub = env.DO.getByName("e"); const out = {};
  out.rpc = await stub.boom().catch((e) => [e.name, cps(e.message), e.remote ?? null]);
  out.rpcProps = await stub.boomRange().catch((e) => [e.name, cps(e.message), cps(e.detail ?? null)]);
  out.fetch = await stub.fetch("http://x/").catch((e) => [e.name, cps(e.message)]);
  out.idFromString = T(() => env.DO.idFromString("\\ud800"));
  out.jurisdiction = T(() => env.DO.jurisdiction("\\ud800"));
  out.jurisdictionBad = T(() => env.DO.jurisdiction("mars"));
  return Response.json(out);
} };`;

const ORDERU = `
export class Obj extends DurableObject {
  async run() {
    const s = this.ctx.storage; const out = {};
    const keys = ["\\ue000", "\\ud800", "\\udbff\\udfff", "\\ud83d\\ude00", "\\uffff", "\\udc00", "\\ud7ff", "z"];
    for (const k of keys) await s.put(k, k.length);
    out.list = [...(await s.list()).keys()].map(cps);
    out.reverse = [...(await s.list({ reverse: true, limit: 4 })).keys()].map(cps);
    out.many = [...(await s.get(["\\udc00", "\\ue000", "\\ud800", "\\ud800", "\\ud83d\\ude00"])).keys()].map(cps);
    out.after = [...(await s.list({ startAfter: "\\ud800", end: "\\uffff" })).keys()].map(cps);
    out.deleted = await s.delete(["\\ud800", "\\udc00", "\\ufffd\\ufffd\\ufffd"]);
    out.left = (await s.list()).size;
    return out;
  }
}
export default { async fetch(req, env) { return Response.json(await env.DO.getByName("o").run()); } };`;

export default [
  doCase("do22-rpc-lone-surrogates", "RPC on a stub: arguments, results and method names holding lone surrogates", RPCU),
  doCase("do22-storage-bookmarks", "SQLite-backed storage: bookmark shapes and order, bookmarks for times, restore arguments", PITR, { sql: true }),
  doCase("do22-errors-lone-surrogates", "errors thrown by an object with lone surrogates in messages and properties, as callers see them; id and jurisdiction arguments holding them", ERRU),
  doCase("do22-storage-surrogate-key-order-kv", "KV-backed storage: keys with lone surrogates ordered among BMP and astral keys by their bytes", ORDERU),
  doCase("do22-storage-surrogate-key-order-sql", "SQLite-backed storage: keys with lone surrogates ordered among BMP and astral keys by their bytes", ORDERU, { sql: true }),
  doCase("do22-storage-size-limits-kv", "KV-backed storage: key and value size limits", SIZES),
  doCase("do22-storage-size-limits-sql", "SQLite-backed storage: key and value size limits", SIZES, { sql: true }),
];




