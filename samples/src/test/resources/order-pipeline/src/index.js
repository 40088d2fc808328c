export default {
  // POST /orders {id, amount} queues an order; GET /orders/<id> reads its status
  async fetch(request, env) {
    const { pathname } = new URL(request.url);
    if (request.method === "POST") {
      const order = await request.json();
      await env.ORDERS_DB.put(order.id, "queued");
      await env.ORDERS.send(order);
      return new Response(null, { status: 202 });
    }
    return new Response((await env.ORDERS_DB.get(pathname.split("/")[2])) ?? "unknown");
  },

  async queue(batch, env) {
    for (const message of batch.messages) {
      const order = message.body;
      if (batch.queue === "orders-failed") {
        await env.ORDERS_DB.put(order.id, "needs-attention");
        message.ack();
      } else if (order.amount > 0) {
        await env.ORDERS_DB.put(order.id, "charged");
        message.ack();
      } else {
        // the payment provider refuses it: try again later (the consumer's retry_delay)
        message.retry();
      }
    }
  },
};
