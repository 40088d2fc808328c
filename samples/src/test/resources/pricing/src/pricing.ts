export interface Line {
  sku: string;
  unitCents: number;
  quantity: number;
}

export interface Env {
  VAT_RATE: string;
  COUPONS: KVNamespace;
}

/** Sum of the lines, with 10% off every line of 10 or more items. */
export function subtotalCents(lines: Line[]): number {
  return lines.reduce((sum, line) => {
    const gross = line.unitCents * line.quantity;
    return sum + (line.quantity >= 10 ? Math.round(gross * 0.9) : gross);
  }, 0);
}

/** "12.50 EUR"-style amounts, as the receipts print them. */
export function formatCents(cents: number, currency = "EUR"): string {
  if (!Number.isInteger(cents)) {
    throw new TypeError(`cents must be an integer, got ${cents}`);
  }
  return `${(cents / 100).toFixed(2)} ${currency}`;
}

/** The total with VAT and an optional coupon (a percentage stored in KV under "coupon:<code>"). */
export async function quote(env: Env, lines: Line[], coupon?: string): Promise<{ subtotal: number; discount: number; vat: number; total: number }> {
  const subtotal = subtotalCents(lines);
  const percent = coupon ? Number((await env.COUPONS.get(`coupon:${coupon}`)) ?? 0) : 0;
  const discount = Math.round((subtotal * percent) / 100);
  const vat = Math.round((subtotal - discount) * Number(env.VAT_RATE));
  return { subtotal, discount, vat, total: subtotal - discount + vat };
}
