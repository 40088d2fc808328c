// Re-record: copy oracle/defs/_h.mjs and this file (as do18.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do18-
import { CD, PRELUDE, get } from "./_h.mjs";

const doCase = (name, description, cls, body, { sql = false, steps = [get("/")], extra = {}, head = "", area = "durable-objects", date = CD } = {}) => ({ name, area, description, options: {
  modules: true, compatibilityDate: date, durableObjects: { DO: sql ? { className: "Obj", useSQLite: true } : "Obj" }, ...extra,
  script: `${PRELUDE}
import { DurableObject, RpcTarget } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const until = async (f) => { for (let i = 0; i < 200 && !f(); i++) await scheduler.wait(5); };
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
${head}
export class Obj extends DurableObject {
${cls}
}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` }, steps });

const CURSOR_CLS = `
  run() {
    const sql = this.ctx.storage.sql; const r = {};
    sql.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    sql.exec("INSERT INTO t (v) VALUES ('a'), ('b'), ('c')");
    r.openInTxnReadAfter = T(() => { const c = this.ctx.storage.transactionSync(() => sql.exec("SELECT v FROM t WHERE id <= 2 ORDER BY id")); return { rows: c.toArray(), cols: c.columnNames }; });
    r.returningUnread = T(() => { const c = sql.exec("INSERT INTO t (v) VALUES ('x1'), ('x2') RETURNING id"); const n1 = sql.exec("SELECT count(*) AS n FROM t WHERE v LIKE 'x%'").one().n; c.next(); const n2 = sql.exec("SELECT count(*) AS n FROM t WHERE v LIKE 'x%'").one().n; const w = c.rowsWritten; c.toArray(); return [n1, n2, w, c.rowsWritten]; });
    r.twoCursors = T(() => { const a = sql.exec("SELECT v FROM t ORDER BY id"); const b = sql.exec("SELECT v FROM t ORDER BY id DESC"); return [a.next().value.v, b.next().value.v, a.next().value.v, b.next().value.v, a.toArray().length, b.toArray().length]; });
    r.cursorProps = T(() => { const c = sql.exec("SELECT v FROM t LIMIT 1"); c.toArray(); return [c.rowsRead, c.rowsWritten, c.columnNames, c.next()]; });
    r.rawThenObjects = T(() => { const c = sql.exec("SELECT id, v FROM t ORDER BY id LIMIT 3"); const raw = c.raw(); return [raw.next().value, c.next().value, [...raw]]; });
    return r;
  }

  async runDeleteAll() {
    const sql = this.ctx.storage.sql; const r = {};
    const setup = () => { sql.exec("CREATE TABLE IF NOT EXISTS w (id INTEGER PRIMARY KEY, v TEXT)"); sql.exec("INSERT INTO w (v) VALUES ('a'), ('b'), ('c')"); };
    setup();
    const fresh = sql.exec("SELECT v FROM w ORDER BY id");
    const part = sql.exec("SELECT v FROM w ORDER BY id"); part.next();
    const lastTaken = sql.exec("SELECT v FROM w ORDER BY id"); lastTaken.next(); lastTaken.next(); lastTaken.next();
    const done = sql.exec("SELECT v FROM w ORDER BY id"); done.toArray();
    const raw = sql.exec("SELECT v FROM w ORDER BY id").raw(); raw.next();
    const one = sql.exec("SELECT v FROM w WHERE id = 1");
    const ins = sql.exec("INSERT INTO w (v) VALUES ('z')");
    const cols = sql.exec("SELECT v, id FROM w");
    const empty = sql.exec("SELECT v FROM w WHERE id > 100");
    await this.ctx.storage.deleteAll();
    r.fresh = T(() => fresh.toArray());
    r.freshAgain = T(() => fresh.next());
    r.part = T(() => part.next());
    r.lastTaken = T(() => lastTaken.next());
    r.done = T(() => done.next());
    r.raw = T(() => raw.toArray());
    r.one = T(() => one.one());
    r.ins = T(() => [ins.toArray(), ins.rowsWritten]);
    r.cols = T(() => [cols.columnNames, cols.rowsRead]);
    r.iter = T(() => [...cols]);
    r.colsRead = T(() => cols.rowsRead);
    r.colsWritten = T(() => cols.rowsWritten);
    r.partRead = T(() => part.rowsRead);
    r.empty = T(() => empty.next());
    setup();
    r.afterSetup = T(() => sql.exec("SELECT count(*) AS n FROM w").one());
    r.oldAfterSetup = T(() => part.toArray());
    return r;
  }

  async runAsync() {
    const sql = this.ctx.storage.sql; const r = {};
    sql.exec("CREATE TABLE IF NOT EXISTS q (id INTEGER PRIMARY KEY, v TEXT)");
    sql.exec("INSERT INTO q (v) VALUES ('a'), ('b')");
    r.txn = await TA(() => this.ctx.storage.transaction(async (t) => { await t.put("k", 1); sql.exec("INSERT INTO q (v) VALUES ('c')"); return "done"; }));
    const c2 = sql.exec("SELECT v FROM q ORDER BY id"); c2.next();
    await this.ctx.storage.put("z", 1);
    r.afterPut = T(() => c2.toArray());
    const c3 = sql.exec("SELECT v FROM q ORDER BY id");
    await scheduler.wait(1);
    r.afterWait = T(() => c3.toArray());
    const c4 = sql.exec("SELECT v FROM q ORDER BY id"); c4.next();
    await this.ctx.storage.deleteAll();
    r.afterDeleteAll = T(() => c4.toArray());
    return r;
  }
`;

const WS_CTX_HEAD = `export class Helper extends DurableObject { hello(w) { return "hi " + w; } }`;

const WS_CTX_BODY = `
  const r = {};
  const step = url.pathname;
  if (step === "/one") {
    const [a, b] = Object.values(new WebSocketPair());
    a.accept(); b.accept();
    const got = [];
    a.addEventListener("message", (e) => got.push(e.data));
    const early = env.DO.getByName("early");
    b.addEventListener("message", async (e) => {
      try {
        globalThis.madeInListener = env.DO.getByName("inlistener");
        const x = await globalThis.madeInListener.hello("listener");
        const y = await early.hello("early");
        b.send(x + "|" + y);
      } catch (err) { b.send("err:" + err.message); }
    });
    a.send("go");
    await until(() => got.length > 0);
    r.got = got;
  } else {
    r.later = await TA(() => globalThis.madeInListener.hello("later"));
  }
  out.r = r;
`;


const WS_TIMER_BODY = `
  const r = {};
  if (url.pathname === "/one") {
    globalThis.log = [];
    const [a, b] = Object.values(new WebSocketPair());
    a.accept(); b.accept();
    const got = [];
    a.addEventListener("message", (e) => got.push(e.data));
    b.addEventListener("message", (e) => {
      setTimeout(() => globalThis.log.push("timer:" + e.data), 30);
      if (e.data === "wu") ctx.waitUntil(scheduler.wait(60).then(() => globalThis.log.push("waitUntil done")));
      b.send("ack:" + e.data);
    });
    a.send("t1");
    if (url.searchParams.has("wu")) a.send("wu");
    await until(() => got.length >= (url.searchParams.has("wu") ? 2 : 1));
    r.got = got;
  } else {
    await scheduler.wait(300);
    r.log = globalThis.log.sort();
  }
  out.r = r;
`;


const WS_OPEN_BODY = `
  const r = {};
  if (url.pathname === "/two") {
    await scheduler.wait(300);
    r.log = globalThis.log.sort();
  } else {
    globalThis.log = [];
    const [a, b] = Object.values(new WebSocketPair());
    const mode = url.pathname.slice(1);
    if (mode === "open" || mode === "closed") { a.accept(); b.accept(); }
    if (mode === "closed") {
      const closed = new Promise((res) => b.addEventListener("close", () => { b.close(1000, "bye"); res(); }));
      const closed2 = new Promise((res) => a.addEventListener("close", res));
      a.close(1000, "x"); await closed; await closed2;
      r.states = [a.readyState, b.readyState];
    }
    if (mode === "oneacc") a.accept();
    setTimeout(() => globalThis.log.push("handler timer " + mode), 30);
    r.mode = mode;
  }
  out.r = r;
`;


const WS_OPEN_IO_BODY = `
  const r = {};
  if (url.pathname === "/two") {
    await scheduler.wait(300);
    r.log = globalThis.log.sort();
  } else {
    globalThis.log = [];
    const mode = url.pathname.slice(1);
    if (mode === "open") { const [a, b] = Object.values(new WebSocketPair()); a.accept(); b.accept(); globalThis.keep = null; }
    env.DO.getByName("io").hello().then((v) => globalThis.log.push(mode + ":" + v), (e) => globalThis.log.push(mode + ":err"));
    r.mode = mode;
  }
  out.r = r;
`;


const WS_DO_HOLD_CLS = `
  async fetch(req) {
    const [c, s] = Object.values(new WebSocketPair());
    s.accept();
    s.addEventListener("message", (e) => { if (e.data === "close") s.close(1000, "asked"); else s.send("echo:" + e.data); });
    return new Response(null, { status: 101, webSocket: c });
  }
`;
const WS_DO_HOLD_BODY = `
  const r = {};
  if (url.pathname === "/two") {
    await scheduler.wait(300);
    r.log = globalThis.log.sort();
  } else {
    globalThis.log = [];
    const mode = url.pathname.slice(1);
    const res = await env.DO.getByName("h").fetch("http://x/", { headers: { Upgrade: "websocket" } });
    const ws = res.webSocket;
    ws.accept();
    ws.addEventListener("message", (e) => { globalThis.log.push("msg:" + e.data); setTimeout(() => globalThis.log.push("listener timer"), 30); });
    ws.addEventListener("close", (e) => globalThis.log.push("close:" + e.code));
    ws.send(mode);
    await until(() => globalThis.log.length > 0);
    setTimeout(() => globalThis.log.push("handler timer"), 30);
    r.mode = mode;
  }
  out.r = r;
`;

const CASES = [
  doCase("do18-sql-cursors-after-delete-all", "SQLite-backed object: cursors in every state (fresh, partly read, all rows taken, done, raw, one, an INSERT's) used after deleteAll()",
    CURSOR_CLS, `out.r = await env.DO.getByName("c").runDeleteAll();`, { sql: true }),
  doCase("do18-sql-cursors-across-writes", "SQLite-backed object: a cursor made inside transactionSync read after the commit, an INSERT ... RETURNING read later, two cursors interleaved, raw and object rows of one cursor",
    CURSOR_CLS, `out.r = await env.DO.getByName("a").run();`, { sql: true }),
  doCase("do18-sql-cursors-across-async-storage", "SQLite-backed object: a cursor left open across a put(), a timer and deleteAll()",
    CURSOR_CLS, `out.r = await env.DO.getByName("b").runAsync();`, { sql: true }),
  doCase("do18-ws-listener-request-context", "A WebSocketPair's listener runs in the request that accepted it: a stub it makes is refused to a later request, a stub the request made works in it",
    `hello(w) { return "hi " + w; }`, WS_CTX_BODY, { area: "websocket", steps: [get("/one"), get("/two")] }),
  doCase("do18-ws-listener-timers-and-waituntil", "A WebSocketPair's listener sets timers and calls ctx.waitUntil() while its request runs; what of them has happened when a later request looks",
    `hello() { return "hi"; }`, WS_TIMER_BODY, { area: "websocket", steps: [get("/one?wu"), get("/two")] }),
  doCase("do18-ws-listener-timers-after-request", "A WebSocketPair's listener sets a timer while its request runs, and the request ends before it is due",
    `hello() { return "hi"; }`, WS_TIMER_BODY, { area: "websocket", steps: [get("/one"), get("/two")] }),
  doCase("do18-ws-open-sockets-keep-request", "A request's own timer, due after it answered, with a WebSocketPair left open (both ends accepted), closed, never accepted, or only one end accepted",
    `hello() { return "hi"; }`, WS_OPEN_BODY, { area: "websocket", steps: ["/open", "/two", "/closed", "/two", "/none", "/two", "/oneacc", "/two"].map((p) => get(p)) }),
  doCase("do18-ws-open-sockets-keep-io", "A call to an object the request did not await: its result arrives after the answer while a WebSocketPair of the request is open, and is dropped without one",
    `hello() { return "hi"; }`, WS_OPEN_IO_BODY, { area: "websocket", steps: ["/open", "/two", "/plain", "/two"].map((p) => get(p)) }),
  doCase("do18-ws-object-socket-keeps-request", "A worker accepts the socket of an object's 101 and answers at once: its listeners and timers after the answer, with the socket left open or closed by the object",
    WS_DO_HOLD_CLS, WS_DO_HOLD_BODY, { area: "websocket", steps: ["/open", "/two", "/close", "/two"].map((p) => get(p)) }),
];

export default CASES;
