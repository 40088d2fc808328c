// toucan-js: an error thrown by the handler is captured and sent to the Sentry DSN from env
// (the event goes out through fetch, in ctx.waitUntil).
import { Toucan } from "toucan-js";

export default {
  async fetch(request, env, ctx) {
    const sentry = new Toucan({ dsn: env.SENTRY_DSN, context: ctx, request, release: "fixture@1.0.0" });
    sentry.setTag("route", new URL(request.url).pathname);
    try {
      throw new Error("checkout failed for order 42");
    } catch (error) {
      const eventId = sentry.captureException(error);
      return Response.json({ captured: eventId }, { status: 500 });
    }
  },
};
