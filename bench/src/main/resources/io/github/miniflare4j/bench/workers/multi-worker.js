export default {
  async fetch(request, env) {
    const message = await (await env.CUSTOM.fetch("http://custom/")).text();
    for (let i = 0; i < 3; i++) await env.INCREMENTER.fetch("http://incrementer/");
    const count = await env.COUNTS.get("count");
    return new Response(message + count);
  },
};
