// Re-record: cp /work/wt/oracle/defs/_h.mjs DIR/ && cp this file to DIR/realproj5.mjs, then cd /work/wt/oracle && DEFS_DIR=DIR RECORD_OUT=OUT node record.mjs realproj5
// WebSocket close handshake with web_socket_auto_reply_to_close (workerd from 2026-04-07).
import { PRELUDE, get } from "./_h.mjs";
const WS_HELPERS = `
const next = (ws, type = "message") => new Promise((resolve) => {
  const timer = setTimeout(() => resolve({ timeout: type }), 1500);
  ws.addEventListener(type, (e) => { clearTimeout(timer); resolve(type === "message" ? { data: e.data } : { code: e.code, reason: e.reason, wasClean: e.wasClean }); }, { once: true });
});
`;
const ws = (name, description, body, date, flags = []) => ({ name, area: "websocket", description,
  options: { modules: true, compatibilityDate: date, compatibilityFlags: flags,
    script: `${PRELUDE}${WS_HELPERS}
export default { async fetch(req, env, ctx) { const out = {};
${body}
  return Response.json(out);
} };` }, steps: [get("/")] });

const PAIR_CLOSE = `
    const [a, b] = Object.values(new WebSocketPair());
    a.accept(); b.accept();
    const seenAtB = [];
    b.addEventListener("close", (e) => { seenAtB.push({ state: b.readyState, code: e.code, reason: e.reason, wasClean: e.wasClean, closeInHandler: String((() => { try { b.close(1000, "late"); return "ok"; } catch (x) { return x.name + ": " + x.message; } })()), stateAfter: b.readyState }); });
    const errorsAtA = []; a.addEventListener("error", (e) => errorsAtA.push(e.message));
    const closedA = next(a, "close");
    a.close(4000, "bye");
    out.stateAfterClose = a.readyState;
    out.closeAtA = await closedA;
    await new Promise((r) => setTimeout(r, 50));
    out.seenAtB = seenAtB;
    out.errorsAtA = errorsAtA;
    out.states = [a.readyState, b.readyState];
    out.sendAtB = await t(() => b.send("x"));`;

export default [
  ws("realproj5-ws-auto-reply-close-date", "from 2026-04-07 a WebSocket replies to a Close frame by itself: CLOSED before the close event, the peer gets the echo, close() in the handler is ignored", PAIR_CLOSE, "2026-04-20"),
  ws("realproj5-ws-auto-reply-close-flag", "web_socket_auto_reply_to_close on an older date", PAIR_CLOSE, "2025-01-01", ["web_socket_auto_reply_to_close"]),
  ws("realproj5-ws-manual-reply-close", "before 2026-04-07 the close event fires with the socket CLOSING and no reply until close() is called", PAIR_CLOSE, "2026-04-01"),
  ws("realproj5-ws-manual-reply-close-flag", "web_socket_manual_reply_to_close turns the reply off on a later date", PAIR_CLOSE, "2026-04-20", ["web_socket_manual_reply_to_close"]),
  ws("realproj5-ws-auto-reply-half-open", "accept({ allowHalfOpen: true }) keeps the manual handshake on a later date", `
    const [a, b] = Object.values(new WebSocketPair());
    a.accept(); b.accept({ allowHalfOpen: true });
    const seenAtB = [];
    b.addEventListener("close", (e) => { seenAtB.push({ state: b.readyState, code: e.code }); });
    const closedA = next(a, "close");
    a.close(1000, "x");
    await new Promise((r) => setTimeout(r, 50));
    out.beforeReply = { seenAtB: [...seenAtB], a: a.readyState, b: b.readyState };
    b.close(1001, "reply");
    out.closeAtA = await closedA;
    out.states = [a.readyState, b.readyState];
    out.acceptArg = await t(() => { const [c, d] = Object.values(new WebSocketPair()); d.accept({}); c.accept(undefined); return "ok"; });`, "2026-04-20"),
  ws("realproj5-ws-auto-reply-code-1005", "a close without a code is echoed as 1005 with an empty reason", `
    const [a, b] = Object.values(new WebSocketPair());
    a.accept(); b.accept();
    const closedB = next(b, "close"); const closedA = next(a, "close");
    a.close();
    out.closeAtB = await closedB;
    out.closeAtA = await closedA;
    out.states = [a.readyState, b.readyState];`, "2026-04-20"),
];
