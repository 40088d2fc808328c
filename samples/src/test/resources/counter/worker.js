// The entry worker of Miniflare's "multiple workers" example (modules format).
// env.CUSTOM is answered by Java, env.INCREMENTER is the other worker, env.COUNTS is KV.
export default {
  async fetch(request, env) {
    const message = await (await env.CUSTOM.fetch("http://custom/")).text();
    for (let i = 0; i < 3; i++) {
      await env.INCREMENTER.fetch("http://incrementer/");
    }
    const count = await env.COUNTS.get("count");
    return new Response(message + count);
  },
};
