let orders = 0;

export const CURRENCY = "EUR";

export function total(prices: number[]): number {
  return prices.reduce((sum, price) => sum + price, 0);
}

export async function placeOrder(env: { ORDERS: KVNamespace }, prices: number[]): Promise<string> {
  const id = `order-${++orders}`;
  await env.ORDERS.put(id, JSON.stringify(prices));
  return id;
}
