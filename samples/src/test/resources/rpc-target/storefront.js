// The storefront: uses the cart service's RpcTarget through its service binding, with promise
// pipelining (no await between openCart() and add()) and a callback for prices.
const PRICES = { pen: 250, pad: 400 };

export default {
  async fetch(request, env) {
    const cart = await env.CARTS.openCart("web");
    await cart.add("pen", 2);
    await cart.add("pad");
    const count = await cart.count;
    const receipt = await cart.checkout((sku) => PRICES[sku]);
    // pipelining: one expression, no await in between
    const quick = await env.CARTS.openCart("quick").add("pen");
    return Response.json({ count, receipt, quick });
  },
};
