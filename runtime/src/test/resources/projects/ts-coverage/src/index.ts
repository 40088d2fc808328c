import { classify } from "./classify";

interface Env {
  GREETING: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const n: number = Number(url.searchParams.get("n") ?? "0");
    if (url.pathname === "/classify") {
      return new Response(classify(n));
    }
    return new Response(env.GREETING);
  },
};
