// An order API on hono, the npm web framework: its contextStorage() middleware keeps each
// request's context in node:async_hooks' AsyncLocalStorage, and audit.js signs records with
// node:crypto. Built into ../worker.mjs by build.sh; runs with the nodejs_compat flag.
import { Hono } from "hono";
import { contextStorage } from "hono/context-storage";
import { randomUUID } from "node:crypto";
import { auditRecord } from "./audit.js";

const app = new Hono();
app.use(contextStorage());
app.use(async (c, next) => {
  c.set("requestId", c.req.header("x-request-id") ?? randomUUID());
  await next();
});
app.post("/orders/:id/cancel", async (c) => c.json(await auditRecord("cancel order " + c.req.param("id"))));

export default app;
