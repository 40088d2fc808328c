// zod: schemas parse request bodies; failures report zod's issues.
import { z } from "zod";

const Order = z.object({
  id: z.string().uuid(),
  quantity: z.number().int().positive(),
  email: z.string().email(),
  tags: z.array(z.string()).max(3).default([]),
  placedAt: z.coerce.date(),
});

export default {
  async fetch(request) {
    const result = Order.safeParse(await request.json());
    if (!result.success) {
      return Response.json({ ok: false, issues: result.error.issues.map((i) => ({ path: i.path.join("."), code: i.code })) }, { status: 400 });
    }
    return Response.json({ ok: true, order: { ...result.data, placedAt: result.data.placedAt.toISOString() } });
  },
};
