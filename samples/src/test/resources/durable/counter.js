// A Durable Object counter: one object per counter name, its value in ctx.storage.
// GET /<name> reads, POST /<name> increments; the object also offers RPC methods.
import { DurableObject } from "cloudflare:workers";

export class Counter extends DurableObject {
  async increment(by = 1) {
    const value = ((await this.ctx.storage.get("value")) ?? 0) + by;
    await this.ctx.storage.put("value", value);
    return value;
  }

  async value() {
    return (await this.ctx.storage.get("value")) ?? 0;
  }

  async fetch(request) {
    const value = request.method === "POST" ? await this.increment() : await this.value();
    return Response.json({ value });
  }
}

export default {
  async fetch(request, env) {
    const name = new URL(request.url).pathname.slice(1) || "default";
    return env.COUNTER.getByName(name).fetch(request);
  },
};
