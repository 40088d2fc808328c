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

// ---- process (nodejs_compat) shape
// process object shape under nodejs_compat (process v2 from 2025-09-15).

const probe = `
    const out = {};
    out.type = typeof process;
    out.versionsType = typeof process.versions;
    out.versionKeys = process.versions ? Object.keys(process.versions).sort() : null;
    out.nodeVersionShape = process.versions?.node ? /^\\d+\\.\\d+\\.\\d+$/.test(process.versions.node) : null;
    out.version = typeof process.version === "string" ? /^v\\d+\\.\\d+\\.\\d+$/.test(process.version) + ":" + (process.version === "v" + process.versions?.node) : typeof process.version;
    out.release = process.release === undefined ? "undefined" : JSON.stringify(process.release);
    out.platform = process.platform;
    out.arch = typeof process.arch;
    out.title = process.title;
    out.argv = process.argv;
    out.execArgv = process.execArgv;
    out.pid = typeof process.pid;
    out.ppid = typeof process.ppid;
    out.features = process.features === undefined ? "undefined" : typeof process.features;
    out.cwd = await t(() => process.cwd());
    out.uptime = typeof process.uptime;
    out.hrtime = typeof process.hrtime;
    out.hrtimeBigint = typeof process.hrtime?.bigint;
    out.memoryUsage = typeof process.memoryUsage;
    out.exitCode = String(process.exitCode);
    out.emitWarning = typeof process.emitWarning;
    out.nextTick = typeof process.nextTick;
    out.on = typeof process.on;
    out.stdout = typeof process.stdout;
    out.env = typeof process.env;
    out.getBuiltinModule = typeof process.getBuiltinModule;
    out.umask = typeof process.umask;
    out.toStringTag = Object.prototype.toString.call(process);
    out.versionsImport = await t(async () => { const m = await import("node:process"); return typeof m.default.versions; });
    return Response.json(out);`;
const c = (name, date, flags) => ({ name, area: "node", description: `process shape at ${date} ${flags.join(",")}`,
  options: { modules: true, compatibilityDate: date, compatibilityFlags: flags,
    script: `${PRELUDE}\nexport default { async fetch(req, env, ctx) {${probe}\n} };` }, steps: [get("/")] });
export const processShapeCases = [
  c("realproj6-process-shape-2026", "2026-04-26", ["nodejs_compat"]),
  c("realproj6-process-shape-2025", "2025-01-01", ["nodejs_compat"]),
];

// process v2 details (nodejs_compat at 2026-04-26): every member with its type, primitive values.

const probe = `
    const out = {};
    const describe = (v) => v === null ? "null" : typeof v === "object" ? (Array.isArray(v) ? "array:" + JSON.stringify(v) : "object") : typeof v === "function" ? "function/" + v.length : typeof v + ":" + String(v);
    const keys = new Set();
    for (let o = process; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) for (const k of Object.getOwnPropertyNames(o)) keys.add(k);
    out.initialEvents = Reflect.ownKeys(process._events).map(String);
    out.initialListener = typeof process._events[Reflect.ownKeys(process._events)[0]];
    out.own = Object.getOwnPropertyNames(process).sort();
    out.protoChain = []; for (let o = Object.getPrototypeOf(process); o; o = Object.getPrototypeOf(o)) out.protoChain.push(o.constructor?.name);
    out.members = {};
    for (const k of [...keys].sort()) { if (k === "env" || k === "versions") continue; try { out.members[k] = describe(process[k]); } catch (e) { out.members[k] = "throws:" + e.message; } }
    out.versions = { ...process.versions };
    out.hrtime = await t(() => { const h = process.hrtime(); return [Array.isArray(h), h.length, typeof h[0]]; });
    out.hrtimeBig = await t(() => typeof process.hrtime.bigint());
    out.uptime = await t(() => typeof process.uptime());
    out.mem = await t(() => Object.keys(process.memoryUsage()));
    out.memRss = await t(() => typeof process.memoryUsage.rss?.());
    out.cpu = await t(() => JSON.stringify(Object.keys(process.cpuUsage())));
    out.umask = await t(() => process.umask());
    out.umask2 = await t(() => process.umask(0o22));
    out.chdir = await t(() => process.chdir("/tmp"));
    out.cwdAfter = await t(() => process.cwd());
    out.stdout = await t(() => [typeof process.stdout.write, process.stdout.isTTY, process.stdout.fd, process.stderr.fd, typeof process.stdin]);
    out.emitWarning = await t(() => process.emitWarning("careful"));
    out.onRet = await t(() => process.on("foo", () => {}) === process);
    out.emit = await t(() => { let got; process.once("bar", (x) => { got = x; }); const r = process.emit("bar", 5); return [r, got]; });
    out.listenerCount = await t(() => process.listenerCount("foo"));
    out.exitCodeSet = await t(() => { process.exitCode = 3; return process.exitCode; });
    out.kill = await t(() => process.kill(1));
    out.abort = typeof process.abort;
    out.getuid = await t(() => process.getuid());
    out.getgid = await t(() => process.getgid());
    out.config = await t(() => JSON.stringify(process.config));
    out.title2 = await t(() => { process.title = "x"; return process.title; });
    out.mod = await t(async () => { const m = await import("node:process"); return [m.default === process, typeof m.default.cwd]; });
    return Response.json(out);`;
const modProbe = `
    const m = await import("node:process");
    return Response.json({ keys: Object.keys(m).sort(), version: m.version, cwd: typeof m.cwd });`;
export const processV2Cases = [
  { name: "realproj6-process-v2-module-exports", area: "node", description: "node:process named exports with process v2 (2026-04-26)",
    options: { modules: true, compatibilityDate: "2026-04-26", compatibilityFlags: ["nodejs_compat"],
      script: `export default { async fetch(req, env, ctx) {${modProbe}\n} };` }, steps: [get("/")] },
  { name: "realproj6-process-v2-members", area: "node", description: "process v2 members, types and primitive values (nodejs_compat, 2026-04-26)",
    options: { modules: true, compatibilityDate: "2026-04-26", compatibilityFlags: ["nodejs_compat"],
      script: `${PRELUDE}\nexport default { async fetch(req, env, ctx) {${probe}\n} };` }, steps: [get("/")] },
];
