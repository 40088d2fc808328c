import { CD, PRELUDE, get, modWorker } from "./_h.mjs";
const body = `
    const mode = url.pathname.slice(1);
    if (mode === "ws-no-upgrade" || mode === "ws-upgrade") {
      const [c, s] = Object.values(new WebSocketPair());
      s.accept();
      s.addEventListener("message", (e) => s.send("echo:" + e.data));
      return new Response(null, { status: 101, webSocket: c, headers: { "x-ws": "1" } });
    }
    if (mode === "plain-on-upgrade") return new Response("not a socket", { status: 200, headers: { "x-plain": "1" } });
    if (mode === "status426") return new Response("upgrade required", { status: 426, headers: { upgrade: "websocket" } });
    if (mode === "header-view") return Response.json({ upgrade: req.headers.get("upgrade"), connection: req.headers.get("connection"), key: req.headers.get("sec-websocket-key") !== null, version: req.headers.get("sec-websocket-version"), method: req.method });
    if (mode === "ws-protocol") {
      const [c, s] = Object.values(new WebSocketPair());
      s.accept();
      return new Response(null, { status: 101, webSocket: c, headers: { "sec-websocket-protocol": "chat" } });
    }
    return new Response("?");
`;
const up = { upgrade: "websocket" };
export default [
  { name: "dos-websocket-upgrade-responses", area: "websocket", description: "dispatchFetch with and without an Upgrade header against workers answering 101 + webSocket, or 426",
    options: modWorker(body),
    steps: [
      { request: { url: "http://localhost/ws-upgrade", method: "GET", headers: up } , skipHeaders: ["sec-websocket-accept"] },
      { request: { url: "http://localhost/ws-no-upgrade", method: "GET" }, bodyMatches: '^TypeError: Worker tried to return a WebSocket in a response to a request which did not contain the header "Upgrade: websocket"\\.(\\n|$)' },
      { request: { url: "http://localhost/status426", method: "GET" } },
    ] },
];
