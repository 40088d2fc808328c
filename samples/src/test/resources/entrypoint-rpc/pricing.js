// A pricing service other workers call over RPC through a service binding: no HTTP, no JSON
// parsing, just methods. The default export is the public API; Admin is a named entrypoint.
import { WorkerEntrypoint } from "cloudflare:workers";

export default class Pricing extends WorkerEntrypoint {
  async quote(order) {
    if (!Array.isArray(order.items) || order.items.length === 0) {
      throw new RangeError("an order needs at least one item");
    }
    let total = 0;
    for (const item of order.items) {
      const price = Number(await this.env.PRICES.get(item.sku));
      if (!price) throw new TypeError(`unknown sku ${item.sku}`);
      total += price * item.quantity;
    }
    const discount = order.coupon === "WELCOME10" ? Math.round(total * 0.1) : 0;
    return { total: total - discount, discount, currency: this.env.CURRENCY };
  }

  // fetch stays available for plain HTTP callers
  fetch() {
    return new Response("use RPC", { status: 400 });
  }
}

export class Admin extends WorkerEntrypoint {
  async setPrice(sku, cents) {
    await this.env.PRICES.put(sku, String(cents));
  }
}
