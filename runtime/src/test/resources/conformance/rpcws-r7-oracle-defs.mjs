// Re-record: copy oracle/defs/_h.mjs and this file (as rpcws-r7.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs rpcws
import { CD, PRELUDE, get } from "./_h.mjs";
export default [
  {
    name: "rpcws-ws-constructor-arguments", area: "websocket",
    description: "new WebSocket(url, protocols) argument checks: fragments, protocol lists, duplicates, invalid tokens, and the new socket's properties",
    options: { modules: true, compatibilityDate: CD, script: `${PRELUDE}
export default { async fetch(req, env, ctx) { const out = {};
  const make = (...args) => t(() => { const ws = new WebSocket(...args); const r = { readyState: ws.readyState, url: ws.url, protocol: ws.protocol, extensions: ws.extensions, binaryType: ws.binaryType }; try { ws.close(); } catch (e) { r.closeError = e.message; } return r; });
  out.fragment = await make("ws://127.0.0.1:1/path#frag");
  out.wssUpper = await make("WSS://127.0.0.1:1/");
  out.protoString = await make("ws://127.0.0.1:1/", "chat");
  out.protoList = await make("ws://127.0.0.1:1/", ["a", "b"]);
  out.protoDup = await make("ws://127.0.0.1:1/", ["a", "a"]);
  out.protoDupCase = await make("ws://127.0.0.1:1/", ["a", "A"]);
  out.protoSpace = await make("ws://127.0.0.1:1/", "a b");
  out.protoEmpty = await make("ws://127.0.0.1:1/", "");
  out.protoEmptyList = await make("ws://127.0.0.1:1/", []);
  out.protoComma = await make("ws://127.0.0.1:1/", "a,b");
  out.protoNonAscii = await make("ws://127.0.0.1:1/", "é");
  out.protoNumber = await make("ws://127.0.0.1:1/", 5);
  out.relative = await make("/relative");
  out.sendConnecting = await t(() => { const ws = new WebSocket("ws://127.0.0.1:1/"); try { ws.send("x"); return "sent"; } finally { try { ws.close(); } catch {} } });
  out.acceptClient = await t(() => { const ws = new WebSocket("ws://127.0.0.1:1/"); try { ws.accept(); return "accepted"; } finally { try { ws.close(); } catch {} } });
  return Response.json(out); } };` },
    steps: [get("/")],
  },
];
