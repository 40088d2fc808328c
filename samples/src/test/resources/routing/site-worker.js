// The web site: the first worker, so it also answers every URL no route matches.
// Route: example.com/*
export default {
  async fetch(request) {
    const url = new URL(request.url);
    return new Response("site: " + url.host + url.pathname, { headers: { "x-worker": "site" } });
  },
};
