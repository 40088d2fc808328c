// Re-record: copy oracle/defs/_h.mjs and this file (as realproj21.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs realproj21
import { PRELUDE, get } from "./_h.mjs";

const CD = "2026-04-26";

const TARGET = `import { WorkerEntrypoint, DurableObject } from "cloudflare:workers";
export class Target extends WorkerEntrypoint {
  constructor(ctx, env) { super(ctx, env); this.overridden = () => "instance"; }
  get getter() { return "getter"; }
  method() { return "method"; }
  overridden() { return "prototype"; }
  instanceProperty = "ghost";
  instanceMethod = () => "ghost";
  undefinedField = undefined;
}
export class Obj extends DurableObject {
  constructor(ctx, env) { super(ctx, env); this.overridden = () => "instance"; }
  get getter() { return "getter"; }
  method() { return "method"; }
  overridden() { return "prototype"; }
  instanceProperty = "ghost";
  instanceMethod = () => "ghost";
}
export default class extends WorkerEntrypoint {
  instanceProperty = "ghost";
  instanceMethod = () => "ghost";
  method() { return "method"; }
  async fetch() { return new Response("target"); }
}`;

const probes = (stub) => `
  out.getter = await t(async () => await ${stub}.getter);
  out.method = await t(async () => await ${stub}.method());
  out.overriddenCall = await t(async () => await ${stub}.overridden());
  out.overriddenGet = await t(async () => typeof (await ${stub}.overridden));
  out.instancePropertyGet = await t(async () => await ${stub}.instanceProperty);
  out.instancePropertyCall = await t(async () => await ${stub}.instanceProperty());
  out.instanceMethodCall = await t(async () => await ${stub}.instanceMethod());
  out.instanceMethodGet = await t(async () => await ${stub}.instanceMethod);
  out.missingGet = await t(async () => await ${stub}.nonExistentProperty);
  out.missingCall = await t(async () => await ${stub}.nonExistentMethod());
  out.missingNestedGet = await t(async () => await ${stub}.nested.deeper);
`;

const caller = (body) => ({ name: "caller", modules: true, compatibilityDate: CD, script: `${PRELUDE}
export default { async fetch(req, env, ctx) { const out = {};
${body}
  return Response.json(out); } };`,
  serviceBindings: { T: { name: "target", entrypoint: "Target" }, D: "target" },
  durableObjects: { OBJ: { className: "Obj", scriptName: "target" } } });
const target = { name: "target", modules: true, compatibilityDate: CD, script: TARGET };

export default [
  {
    name: "rpc-s26-missing-member-messages-entrypoint",
    area: "rpc",
    description: "a named WorkerEntrypoint over a service binding: reading or calling a class field, an instance-only override or a missing member fails with workerd's messages (property get vs method call)",
    options: { workers: [caller(probes("env.T")), target] },
    steps: [get("/")],
  },
  {
    name: "rpc-s26-missing-member-messages-default-entrypoint",
    area: "rpc",
    description: "the default WorkerEntrypoint over a service binding: class fields and missing members, read and called",
    options: { workers: [caller(probes("env.D")), target] },
    steps: [get("/")],
  },
  {
    name: "rpc-s26-missing-member-messages-durable-object",
    area: "rpc",
    description: "a Durable Object stub: reading or calling a class field, an instance-only override or a missing member fails with workerd's messages",
    options: { workers: [caller(`const stub = env.OBJ.get(env.OBJ.idFromName("x"));\n` + probes("stub")), target] },
    steps: [get("/")],
  },
];
