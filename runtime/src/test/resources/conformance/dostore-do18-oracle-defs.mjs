// Re-record: cp this file and /work/wt/oracle/defs/_h.mjs to a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs dostore-   (first copy to D as dostore-do18.mjs)
import { CD, PRELUDE, get } from "./_h.mjs";
const script = `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async fetch(req) {
    const s = this.ctx.storage; const out = {};
    await s.put({ a: 1, b: 2, "[object Set]": "set", "1,2": "arr", "[object Object]": "obj" });
    const keysOf = async (p) => { const v = await p; return v instanceof Map ? ["map", [...v.entries()]] : v; };
    out.getSet = await t(() => keysOf(s.get(new Set(["a"]))));
    out.getMap = await t(() => keysOf(s.get(new Map([["a", 1]]))));
    out.getNestedArr = await t(() => keysOf(s.get([["1", "2"], "a"])));
    out.getArrObj = await t(() => keysOf(s.get([{}, "b"])));
    out.getArrUndef = await t(() => keysOf(s.get([undefined])));
    out.getArrayLike = await t(() => keysOf(s.get({ length: 1, 0: "a" })));
    out.getSparse = await t(() => keysOf(s.get(["a", , "b"])));
    out.getTyped = await t(() => keysOf(s.get(new Uint8Array([1]))));
    out.delSet = await t(() => s.delete(new Set(["a"])));
    out.delNested = await t(() => s.delete([["1", "2"]]));
    out.putMap = await t(async () => { await s.put(new Map([["m", 1]])); return [...(await s.list()).keys()]; });
    out.putArrEntries = await t(async () => { await s.put([["x", 1]]); return [...(await s.list()).keys()]; });
    out.putArrEntries2 = await t(async () => { await s.put(["q"], 5); return [...(await s.list()).keys()]; });
    out.putNumKey = await t(async () => { await s.put(12, "n"); return await s.get("12"); });
    out.putBoolKey = await t(async () => { await s.put(true, "b"); return await s.get("true"); });
    out.putEntriesSym = await t(async () => { await s.put({ [Symbol("s")]: 1, plain: 2 }); return (await s.get("plain")); });
    out.putEntriesProtoKeys = await t(async () => { const o = Object.create({ inherited: 1 }); o.own = 2; await s.put(o); return [(await s.get("inherited")) ?? null, await s.get("own")]; });
    out.putEntriesNonEnum = await t(async () => { const o = {}; Object.defineProperty(o, "hidden", { value: 1, enumerable: false }); o.vis = 3; await s.put(o); return [(await s.get("hidden")) ?? null, await s.get("vis")]; });
    out.putEntriesArray = await t(async () => { await s.put({ arr: [1, 2] }); return await s.get("arr"); });
    out.putEntriesThird = await t(() => s.put({ z: 1 }, { allowUnconfirmed: true }, "extra"));
    out.putEntriesOptsBad = await t(() => s.put({ z: 1 }, 5));
    out.getEmptyKey = await t(async () => { await s.put("", "empty"); return [await s.get(""), [...(await s.get([""])).entries()]]; });
    out.listAfter = await t(async () => [...(await s.list()).keys()]);
    return Response.json(out);
  }
}
export default { async fetch(req, env) { return env.OBJ.getByName("odd").fetch(req); } };`;
export default [
  { name: "dostore-odd-key-arguments", area: "durable-objects", description: "storage get/put/delete with Sets, Maps, nested arrays, array-likes, typed arrays, non-string keys and entries objects with symbols, inherited and hidden properties", options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: "Obj" }, script }, steps: [get("/")] },
  { name: "dostore-odd-key-arguments-sql", area: "durable-objects", description: "as dostore-odd-key-arguments, SQLite-backed", options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: { className: "Obj", useSQLite: true } }, script }, steps: [get("/")] },
];
