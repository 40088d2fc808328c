// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs svc25-dispatch
import { PRELUDE, CD, get } from "./_h.mjs";
export default [{
  name: "svc25-dispatch-namespace-argument-checks", area: "dispatch",
  description: "a dispatch namespace's get(): argument conversion and checks, stub members, fetch() argument checks before the remote error",
  options: { modules: true, compatibilityDate: CD, dispatchNamespaces: { DISPATCHER: { namespace: "ns" } }, script: `${PRELUDE}
export default { async fetch(req, env) {
  const d = env.DISPATCHER; const out = {};
  out.getSym = await t(() => typeof d.get(Symbol("s")));
  out.getNum = await t(() => typeof d.get(1));
  out.getObj = await t(() => typeof d.get({}));
  out.getBadArgs = await t(() => typeof d.get("w", 5));
  out.getBadOpts = await t(() => typeof d.get("w", {}, 5));
  out.getBadLimits = await t(() => typeof d.get("w", {}, { limits: 5 }));
  out.detached = await t(() => { const g = d.get; return typeof g("w"); });
  out.tag = Object.prototype.toString.call(d.get("w"));
  out.fetchNoArgs = await t(() => d.get("w").fetch());
  out.fetchBadUrl = await t(() => d.get("w").fetch("/rel"));
  out.connect = await t(() => typeof d.get("w").connect("a:1"));
  out.prop = await t(() => typeof d.get("w").someProp);
  return Response.json(out);
} };` },
  steps: [get("/")],
}];
