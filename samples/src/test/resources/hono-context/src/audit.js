// Signs an audit record of the current request. It takes no request argument: hono's
// getContext() finds the request through AsyncLocalStorage, across awaits and timers.
import { getContext } from "hono/context-storage";
import { createHmac } from "node:crypto";

export async function auditRecord(action) {
  await new Promise((resolve) => setTimeout(resolve, 5));
  const c = getContext();
  const record = `${c.var.requestId} ${c.req.method} ${c.req.path} ${action}`;
  const signature = createHmac("sha256", c.env.AUDIT_KEY).update(record).digest("hex");
  return { record, signature };
}
