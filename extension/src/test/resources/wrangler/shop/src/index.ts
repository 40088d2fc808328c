import { placeOrder, total } from "./cart";

export default {
  async fetch(request: Request, env: { ORDERS: KVNamespace }): Promise<Response> {
    const prices = (await request.json()) as number[];
    return Response.json({ id: await placeOrder(env, prices), total: total(prices) });
  },
};
