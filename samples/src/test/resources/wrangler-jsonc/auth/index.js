// "Authorization: User <name>" identifies the caller (a stand-in for real authentication).
export default {
  fetch(request, env) {
    const header = request.headers.get("authorization") ?? "";
    if (!header.startsWith("User ")) return new Response("no user", { status: 401 });
    return Response.json({ user: header.slice(5), stage: env.STAGE });
  },
};
