// Explicit resource management: `using` declarations on RPC stubs, lowered by esbuild (GraalJS
// does not parse `using`); the lowered code calls Symbol.dispose when each block exits.
import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";

class Counter extends RpcTarget {
  #n = 0;
  increment() { return ++this.#n; }
}

export class Counters extends WorkerEntrypoint {
  newCounter() { return new Counter(); }
}

export default {
  async fetch(request, env) {
    const log = [];
    let escaped;
    {
      using counter = await env.SELF.newCounter();
      log.push(await counter.increment(), await counter.increment());
      escaped = counter;
    }
    try { await escaped.increment(); log.push("still usable"); } catch (e) { log.push(e.message); }
    {
      await using stack = new AsyncDisposableStack();
      stack.defer(async () => { log.push("deferred ran"); });
    }
    return Response.json(log);
  },
};
