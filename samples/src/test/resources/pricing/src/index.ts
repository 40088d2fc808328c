import { type Env, type Line, formatCents, quote } from "./pricing";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (request.method !== "POST" || url.pathname !== "/quote") {
      return new Response("POST /quote", { status: 404 });
    }
    const lines = (await request.json()) as Line[];
    const result = await quote(env, lines, url.searchParams.get("coupon") ?? undefined);
    return Response.json({ ...result, display: formatCents(result.total) });
  },
};
