import { WorkflowEntrypoint } from "cloudflare:workers";

export class SignupWorkflow extends WorkflowEntrypoint {
  async run(event, step) {
    const { email } = event.payload;
    const users = this.env.USERS;

    await step.do("create account", async () => users.put(email, "pending"));
    await step.do("send confirmation email", { retries: { limit: 3, delay: "1 minute", backoff: "exponential" } },
      async () => {
        await users.put(`outbox:${email}`, "Please confirm your address");
        return "sent";
      });

    let confirmation;
    try {
      confirmation = await step.waitForEvent("email confirmed", { type: "email-confirmed", timeout: "1 day" });
    } catch {
      // nobody clicked the link within a day
      await step.do("expire account", async () => users.put(email, "expired"));
      return { email, status: "expired" };
    }
    await step.do("mark confirmed", async () => users.put(email, "confirmed"));

    await step.sleep("grace period", "1 hour");
    await step.do("activate account", async () => users.put(email, "active"));
    await step.do("send welcome email", async () => users.put(`outbox:${email}`, "Welcome aboard"));
    return { email, status: "active", confirmedVia: confirmation.payload.via };
  }
}

/** Workflow instance ids allow letters, digits, '_' and '-'. */
const instanceId = (email) => email.replace(/[^a-zA-Z0-9_-]/g, "_");

export default {
  // POST /signup {email} starts a signup; POST /confirm?email=... confirms it;
  // GET /users/<email> reads the account's state, GET /outbox/<email> the last email sent
  async fetch(request, env) {
    const url = new URL(request.url);
    const email = url.searchParams.get("email");
    if (request.method === "POST" && url.pathname === "/signup") {
      const { email } = await request.json();
      const instance = await env.SIGNUP.create({ id: instanceId(email), params: { email } });
      return Response.json({ id: instance.id }, { status: 202 });
    }
    if (request.method === "POST" && url.pathname === "/confirm") {
      const instance = await env.SIGNUP.get(instanceId(email));
      await instance.sendEvent({ type: "email-confirmed", payload: { via: "link" } });
      return new Response(null, { status: 204 });
    }
    const [, collection, address] = url.pathname.split("/");
    const key = collection === "outbox" ? `outbox:${address}` : address;
    return new Response((await env.USERS.get(key)) ?? "unknown");
  },
};
