// Counts visits per user in KV and asks the auth worker who the caller is.
export default {
  async fetch(request, env) {
    const who = await env.AUTH.fetch("http://auth/whoami", { headers: request.headers });
    if (!who.ok) return new Response("forbidden", { status: 403 });
    const { user, stage: authStage } = await who.json();
    const visits = Number((await env.VISITS.get(user)) ?? 0) + 1;
    await env.VISITS.put(user, String(visits));
    return Response.json({ message: `${env.GREETING}, ${user}`, visits, stage: env.STAGE, authStage });
  },
};
