// Re-record: cp /work/wt/oracle/defs/_h.mjs <dir>/ && cd /work/wt/oracle && DEFS_DIR=<dir> RECORD_OUT=<out> node record.mjs globals-clock
import { modWorker, get } from "./_h.mjs";

// The first case is left unrecorded: Miniflare itself answered it differently in its two runs
// (a TTL of 59 when more than a millisecond passed between the two reads); TaskClockTest checks
// the still clock instead.
export default [
  {
    name: "globals-clock-ttl-from-a-date-made-just-before",
    area: "globals",
    description: "a TTL computed from a Date made moments earlier in the same synchronous run (as openauth's KV storage does) is whole, and KV accepts it",
    options: modWorker(`
    const record = { items: Array.from({ length: 50 }, (_, i) => ({ i, name: "item " + i, tags: ["a", "b"] })) };
    const exp = new Date(Date.now() + 60 * 1000);
    const value = JSON.stringify(record);
    const ttl = Math.floor((exp.getTime() - Date.now()) / 1000);
    const t0 = Date.now(); const d = new Date(); const p = performance.now();
    await env.KV.put("code", value, { expirationTtl: ttl });
    return Response.json({ ttl, sameMs: d.getTime() === t0 && p === t0, stored: (await env.KV.get("code")).length });`, { kvNamespaces: ["KV"] }),
    steps: [get("/")],
  },
  {
    name: "globals-clock-moves-for-code-polling-it",
    area: "globals",
    description: "code that polls Date.now() in a loop sees it move; a timer's callback sees the time it fired",
    options: modWorker(`
    const a = Date.now();
    const end = a + 30; let n = 0; while (Date.now() < end) n++;
    const b = Date.now();
    await new Promise((r) => setTimeout(r, 30));
    const c = Date.now();
    return Response.json({ polled: b - a >= 30, loops: n > 0, afterTimer: c - b >= 30 });`),
    steps: [get("/")],
  },
];
