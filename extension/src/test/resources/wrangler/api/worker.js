export default {
  async fetch(request, env) {
    return new Response(env.GREETING + (env.EXTRA ? " + " + env.EXTRA : ""));
  }
};
