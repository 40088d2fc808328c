// The API. Routes: example.com/api/* (more specific than the site's example.com/*, so it wins
// for those paths) and api.example.com/* (a host of its own).
export default {
  async fetch(request) {
    const url = new URL(request.url);
    return Response.json({ worker: "api", host: url.host, path: url.pathname }, { headers: { "x-worker": "api" } });
  },
};
