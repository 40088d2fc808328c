// GET /quote/<SYMBOL>: asks an upstream quote stream for one price over a WebSocket
// (new WebSocket(url)), then closes it. An upstream that refuses the WebSocket gives a 502 with
// the reason the runtime reported.
const UPSTREAM = "wss://quotes.example/stream";

function firstQuote(symbol) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(UPSTREAM, ["quotes.v1"]);
    ws.addEventListener("open", () => ws.send(JSON.stringify({ subscribe: symbol })));
    ws.addEventListener("message", (event) => {
      resolve({ ...JSON.parse(event.data), protocol: ws.protocol });
      ws.close(1000, "got it");
    });
    ws.addEventListener("error", (event) => reject(new Error(event.message)));
  });
}

export default {
  async fetch(request) {
    const match = new URL(request.url).pathname.match(/^\/quote\/([A-Z]+)$/);
    if (!match) return new Response("not found", { status: 404 });
    try {
      return Response.json(await firstQuote(match[1]));
    } catch (error) {
      return Response.json({ error: error.message }, { status: 502 });
    }
  },
};
