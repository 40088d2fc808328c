// The checkout worker: calls the pricing worker's RPC method through its service binding.
export default {
  async fetch(request, env) {
    const order = await request.json();
    try {
      const quote = await env.PRICING.quote(order);
      return Response.json(quote);
    } catch (error) {
      return Response.json({ error: error.name, message: error.message }, { status: 422 });
    }
  },
};
