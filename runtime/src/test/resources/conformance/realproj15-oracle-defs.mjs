// Re-record: cd /work/wt/oracle && DEFS_DIR=<dir with _h.mjs and this file> RECORD_OUT=<out> node record.mjs realproj15
// Fetcher.queue() (service_binding_extra_handlers) with the attempts values Vitest suites pass (0, missing, fractions).
import { PRELUDE, get } from "./_h.mjs";
const script = (body) => `${PRELUDE}
let seen = [];
export default {
  async queue(batch, env, ctx) {
    seen.push(batch.messages.map((m) => ({ id: m.id, attempts: m.attempts, type: typeof m.attempts })));
    for (const m of batch.messages) m.ack();
  },
  async fetch(req, env, ctx) {
    const out = {};
    seen = [];
${body}
    out.seen = seen;
    return Response.json(out);
  },
};`;
const c = (name, description, body) => ({ name, area: "service-bindings", description,
  options: { modules: true, compatibilityDate: "2025-01-01", compatibilityFlags: ["enable_ctx_exports", "service_binding_extra_handlers"], script: script(body) }, steps: [get("/")] });
export default [
  c("realproj15-fetcher-queue-attempts-zero", "Fetcher.queue() with attempts 0 (a Vitest suite's createMessageBatch input)", `
    out.zero = await t(() => ctx.exports.default.queue("q", [{ id: "m0", timestamp: new Date(1000), body: "b", attempts: 0 }]));
`),
  c("realproj15-fetcher-queue-attempts-odd", "Fetcher.queue() with negative, fractional, string and missing attempts", `
    out.negative = await t(() => ctx.exports.default.queue("q", [{ id: "n", timestamp: new Date(1000), body: 1, attempts: -2 }]));
    out.fraction = await t(() => ctx.exports.default.queue("q", [{ id: "f", timestamp: new Date(1000), body: 1, attempts: 1.5 }]));
    out.string = await t(() => ctx.exports.default.queue("q", [{ id: "s", timestamp: new Date(1000), body: 1, attempts: "3" }]));
    out.missing = await t(() => ctx.exports.default.queue("q", [{ id: "x", timestamp: new Date(1000), body: 1 }]));
    out.big = await t(() => ctx.exports.default.queue("q", [{ id: "b", timestamp: new Date(1000), body: 1, attempts: 2 ** 40 }]));
`),
];
