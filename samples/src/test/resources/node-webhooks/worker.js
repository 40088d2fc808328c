// A webhook receiver using Node.js modules under nodejs_compat: signatures with node:crypto and
// Buffer, a request id carried by AsyncLocalStorage through the asynchronous processing.
import { withRequestContext, currentRequestId, log } from "./lib/request-context.js";
import { verify, contentId } from "./lib/signatures.js";

async function process(event) {
  // simulated asynchronous work: the request id is still there after the timer and the await
  await new Promise((resolve) => setTimeout(resolve, 5));
  await scheduler.wait(1);
  log(`processed ${event.type}`);
  return { requestId: currentRequestId(), type: event.type };
}

export default {
  async fetch(request, env) {
    return withRequestContext(request, async () => {
      const url = new URL(request.url);
      if (request.method !== "POST" || url.pathname !== "/webhooks") {
        return Response.json({ error: "not found", requestId: currentRequestId() }, { status: 404 });
      }
      const body = await request.text();
      if (!verify(env.WEBHOOK_SECRET, body, request.headers.get("x-signature"))) {
        log("rejected: bad signature");
        return Response.json({ error: "invalid signature", requestId: currentRequestId() }, { status: 401 });
      }
      const result = await process(JSON.parse(body));
      return Response.json({ ...result, contentId: contentId(body), sameRequest: result.requestId === currentRequestId() });
    });
  },
};
