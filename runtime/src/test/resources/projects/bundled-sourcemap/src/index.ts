import { WorkerEntrypoint } from "cloudflare:workers";
import { checkedDivide } from "./math";

interface Env {
  LABEL: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/log") {
      console.log(new Error("logged from TypeScript"));
      return new Response("logged");
    }
    const quotient: number = checkedDivide(10, Number(url.searchParams.get("by") ?? "0"));
    return new Response(`${env.LABEL}: ${quotient}`);
  },
};

export class Calculator extends WorkerEntrypoint {
  divide(a: number, b: number): number {
    return checkedDivide(a, b);
  }
}
