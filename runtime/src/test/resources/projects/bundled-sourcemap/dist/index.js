// src/index.ts
import { WorkerEntrypoint } from "cloudflare:workers";

// src/math.ts
function checkedDivide(dividend, divisor) {
  if (divisor === 0) {
    throw new RangeError("division by zero");
  }
  return dividend / divisor;
}

// src/index.ts
var index_default = {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === "/log") {
      console.log(new Error("logged from TypeScript"));
      return new Response("logged");
    }
    const quotient = checkedDivide(10, Number(url.searchParams.get("by") ?? "0"));
    return new Response(`${env.LABEL}: ${quotient}`);
  }
};
var Calculator = class extends WorkerEntrypoint {
  divide(a, b) {
    return checkedDivide(a, b);
  }
};
export {
  Calculator,
  index_default as default
};
//# sourceMappingURL=index.js.map
