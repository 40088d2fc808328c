// Stands for wrangler/shop/src/cart.ts in MockModuleTest.
export const CURRENCY: string = "XTS";
export function total(prices: number[]): number {
  return -prices.length;
}
export async function placeOrder(): Promise<string> {
  return "order-from-mock";
}
