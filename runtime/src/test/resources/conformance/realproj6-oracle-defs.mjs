// Re-record: cd /work/wt/oracle && DEFS_DIR=<dir with _h.mjs and this file> RECORD_OUT=<out> node record.mjs realproj6
// Loopback bindings (ctx.exports) with service_binding_extra_handlers: scheduled() and queue().
import { PRELUDE, get } from "./_h.mjs";
const script = (body) => `${PRELUDE}
import { WorkerEntrypoint } from "cloudflare:workers";
let seen = [];
export class Named extends WorkerEntrypoint {
  async scheduled(controller) { seen.push({ named: true, cron: controller.cron, time: controller.scheduledTime }); }
  async queue(batch) { seen.push({ named: true, queue: batch.queue, n: batch.messages.length }); batch.retryAll({ delaySeconds: 7 }); }
  ping() { return "pong"; }
}
export default {
  async scheduled(controller, env, ctx) {
    seen.push({ cron: controller.cron, time: controller.scheduledTime > 1e12 ? "now" : controller.scheduledTime, type: typeof controller.noRetry });
    if (controller.cron === "fail") throw new Error("boom");
  },
  async queue(batch, env, ctx) {
    seen.push({ queue: batch.queue, ids: batch.messages.map((m) => m.id), bodies: batch.messages.map((m) => m.body),
      attempts: batch.messages.map((m) => m.attempts), ts: batch.messages.map((m) => m.timestamp instanceof Date ? m.timestamp.getTime() : String(m.timestamp)) });
    batch.messages[0].ack();
    if (batch.messages[1]) batch.messages[1].retry({ delaySeconds: 3 });
    if (batch.queue === "bad") throw new Error("queue boom");
  },
  async fetch(req, env, ctx) {
    const out = {};
    seen = [];
${body}
    out.seen = seen;
    return Response.json(out);
  },
};`;
const msgs = `[{ id: "m1", timestamp: new Date(1000), body: { a: 1 }, attempts: 1 }, { id: "m2", timestamp: new Date(2000), body: "two", attempts: 2 }]`;
const c = (name, description, flags, body) => ({ name, area: "service-bindings", description,
  options: { modules: true, compatibilityDate: "2025-01-01", compatibilityFlags: flags, script: script(body) }, steps: [get("/")] });
export default [
  c("realproj6-loopback-extra-handlers", "ctx.exports.default / named entrypoint scheduled() and queue() with service_binding_extra_handlers",
    ["enable_ctx_exports", "service_binding_extra_handlers"], `
    out.types = { s: typeof ctx.exports.default.scheduled, q: typeof ctx.exports.default.queue };
    out.sched = await t(() => ctx.exports.default.scheduled({ cron: "30 * * * *", scheduledTime: new Date(1000) }));
    out.schedDefault = await t(async () => { const r = await ctx.exports.default.scheduled(); return Object.keys(r).sort(); });
    out.schedFail = await t(() => ctx.exports.default.scheduled({ cron: "fail" }));
    out.queue = await t(() => ctx.exports.default.queue("q1", ${msgs}));
    out.queueBad = await t(() => ctx.exports.default.queue("bad", ${msgs}));
    out.namedSched = await t(() => ctx.exports.Named.scheduled({ cron: "5 5 * * *", scheduledTime: 7000 }));
    out.namedQueue = await t(() => ctx.exports.Named.queue("q2", ${msgs}));
    out.namedPing = await t(() => ctx.exports.Named.ping());
    out.badArgs = await t(() => ctx.exports.default.queue("q3", "x"));
`),
  c("realproj6-loopback-no-extra-handlers", "ctx.exports.default scheduled()/queue() without service_binding_extra_handlers are RPC calls",
    ["enable_ctx_exports"], `
    out.sched = await t(() => ctx.exports.default.scheduled({ cron: "30 * * * *" }));
    out.namedSched = await t(() => ctx.exports.Named.scheduled({ cron: "30 * * * *", scheduledTime: 1 }));
    out.namedQueue = await t(() => ctx.exports.Named.queue("q2", ${msgs}));
`),
];
