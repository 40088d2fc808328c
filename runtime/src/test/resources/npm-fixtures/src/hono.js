// hono: routing, path parameters, middleware, JSON and errors; a route using node:crypto and
// node:buffer (nodejs_compat) and hono's runtime detection.
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { getRuntimeKey } from "hono/adapter";
import { createHash } from "node:crypto";
import { Buffer } from "node:buffer";

const app = new Hono();
app.use("*", async (c, next) => {
  await next();
  c.header("x-powered-by", "hono");
});
app.get("/", (c) => c.text("home"));
app.get("/users/:id{[0-9]+}", (c) => c.json({ id: Number(c.req.param("id")), q: c.req.query("q") ?? null }));
app.post("/echo", async (c) => c.json(await c.req.json(), 201));
app.get("/digest/:text", (c) => c.json({
  sha1: createHash("sha1").update(c.req.param("text")).digest("hex"),
  base64: Buffer.from(c.req.param("text")).toString("base64"),
}));
app.get("/runtime", (c) => c.text(getRuntimeKey()));
app.get("/teapot", () => { throw new HTTPException(418, { message: "short and stout" }); });
app.notFound((c) => c.json({ error: "no route", path: c.req.path }, 404));
app.onError((err, c) => (err instanceof HTTPException ? err.getResponse() : c.text("error: " + err.message, 500)));

export default app;
