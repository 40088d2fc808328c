// A tiny "npm package" for request-scoped context, written the way Node libraries are:
// AsyncLocalStorage keeps the current request's id reachable from any function called while
// the request is served, across awaits and timers, without passing it around.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

const storage = new AsyncLocalStorage();

/** Runs `fn` with a request context; the id comes from `x-request-id` or is generated. */
export function withRequestContext(request, fn) {
  const requestId = request.headers.get("x-request-id") ?? randomUUID();
  return storage.run({ requestId, startedAt: Date.now() }, fn);
}

/** The id of the request being served, or null outside of one. */
export function currentRequestId() {
  return storage.getStore()?.requestId ?? null;
}

/** console.log with the current request id in front. */
export function log(message) {
  console.log(`[${currentRequestId()}] ${message}`);
}
