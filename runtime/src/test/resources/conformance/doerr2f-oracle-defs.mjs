// Re-record: copy oracle/defs/_h.mjs and this file (as doerr2f.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs doerr2- (D holding only _h.mjs and this file)
import { CD, PRELUDE, get, req } from "./_h.mjs";
const CLS = `
  async alarmArgs(sql) {
    const s = this.ctx.storage; const out = {};
    const T = async (fn) => { try { const v = await fn(); return v === undefined ? "undefined" : v; } catch (e) { return [e.name, e.message]; } };
    const far = 4102444800000;
    out.nanDate = await T(() => s.setAlarm(new Date(NaN)));
    out.nan = await T(() => s.setAlarm(NaN));
    out.neg = await T(async () => { await s.setAlarm(-5); const a = await s.getAlarm(); await s.deleteAlarm(); return a === null ? "null" : typeof a; });
    out.zero = await T(async () => { await s.setAlarm(0); const a = await s.getAlarm(); await s.deleteAlarm(); return a === null ? "null" : typeof a; });
    out.frac = await T(async () => { await s.setAlarm(far + 0.7); return await s.getAlarm(); });
    out.date = await T(async () => { await s.setAlarm(new Date(far + 5)); return await s.getAlarm(); });
    out.numStr = await T(() => s.setAlarm(String(far)));
    out.bigint = await T(() => s.setAlarm(5n));
    out.none = await T(() => s.setAlarm());
    out.nullA = await T(() => s.setAlarm(null));
    out.huge = await T(async () => { await s.setAlarm(8.64e15); return await s.getAlarm(); });
    out.tooHuge = await T(() => s.setAlarm(8.64e15 + 1));
    out.inf = await T(() => s.setAlarm(Infinity));
    out.opts = await T(async () => { await s.setAlarm(far, { allowUnconfirmed: true }); return await s.getAlarm({ allowConcurrency: true }); });
    out.getAlarmBad = await T(() => s.getAlarm("x"));
    out.deleteAlarmTwice = await T(async () => [await s.deleteAlarm(), await s.deleteAlarm()].map(String));
    out.afterDelete = await T(() => s.getAlarm());
    out.deleteAllKeepsAlarm = await T(async () => { await s.setAlarm(far); await s.put("k", 1); await s.deleteAll(); return [await s.getAlarm(), (await s.list()).size]; });
    await s.deleteAlarm();
    return out;
  }
`;
const mk = (name, sql) => ({ name, area: "durable-objects",
  description: "setAlarm/getAlarm/deleteAlarm argument conversions, limits and options, and deleteAll's effect on the alarm" + (sql ? " (SQLite-backed)" : ""),
  options: { modules: true, compatibilityDate: CD, durableObjects: { DO: sql ? { className: "Obj", useSQLite: true } : "Obj" }, script: `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  alarm() {}
${CLS}
}
export default { async fetch(req, env, ctx) { return Response.json(await t(() => env.DO.getByName("a").alarmArgs())); } };` },
  steps: [get("/")] });
export default [mk("doerr2-alarm-argument-conversions", false), mk("doerr2-alarm-argument-conversions-sqlite", true)];
