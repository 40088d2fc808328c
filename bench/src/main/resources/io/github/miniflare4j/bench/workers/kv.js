export default {
  async fetch(request, env) {
    const count = Number((await env.KV.get("count")) ?? "0") + 1;
    await env.KV.put("count", String(count));
    return new Response(String(count));
  },
};
