// Re-record: copy oracle/defs/_h.mjs and this file (as do16.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do16-
import { CD, PRELUDE, get } from "./_h.mjs";

const doCase = (name, description, cls, body, { sql = false, steps = [get("/")], extra = {}, head = "", area = "durable-objects" } = {}) => ({ name, area, description, options: {
  modules: true, compatibilityDate: CD, durableObjects: { DO: sql ? { className: "Obj", useSQLite: true } : "Obj" }, ...extra,
  script: `${PRELUDE}
import { DurableObject, RpcTarget } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
${head}
export class Obj extends DurableObject {
${cls}
}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` }, steps });

const STREAM_CLS = `
  log = [];
  async fetch(req) {
    const p = new URL(req.url).pathname.slice(1);
    const enc = new TextEncoder();
    if (p === "errstream") return new Response(new ReadableStream({ start(c) { c.enqueue(enc.encode("part")); c.error(new Error("stream broke")); } }));
    if (p === "errlater") return new Response(new ReadableStream({ async pull(c) { c.enqueue(enc.encode("p1")); await scheduler.wait(2); c.error(new TypeError("later broke")); } }));
    if (p === "errfirst") return new Response(new ReadableStream({ start(c) { c.error(new RangeError("at once")); } }));
    if (p === "errstring") return new Response(new ReadableStream({ start(c) { c.error("just text"); } }));
    if (p === "notbytes") return new Response(new ReadableStream({ start(c) { c.enqueue("a string chunk"); c.close(); } }));
    if (p === "slow") { let n = 0; return new Response(new ReadableStream({ async pull(c) { await scheduler.wait(1); if (n === 3) { c.close(); return; } c.enqueue(enc.encode("s" + n++)); } })); }
    if (p === "after") { const { readable, writable } = new TransformStream(); const w = writable.getWriter(); this.ctx.waitUntil((async () => { await scheduler.wait(2); await w.write(enc.encode("late1;")); await w.write(enc.encode("late2")); await w.close(); })()); return new Response(readable); }
    if (p === "abortw") { const { readable, writable } = new TransformStream(); const w = writable.getWriter(); (async () => { await w.write(enc.encode("x")); await w.abort(new Error("writer aborted")); })(); return new Response(readable); }
    if (p === "cancelme") return new Response(new ReadableStream({ pull(c) { c.enqueue(enc.encode("chunk")); }, cancel: (r) => { this.log.push("cancel:" + String(r)); } }, { highWaterMark: 0 }));
    if (p === "log") return Response.json(this.log);
    if (p === "reqbody") { try { const t = await req.text(); return new Response("got:" + t); } catch (e) { return new Response("reqerr:" + e.name + ":" + e.message); } }
    if (p === "errcustom") { class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } } return new Response(new ReadableStream({ start(c) { c.error(new MyErr("custom one")); } })); }
    if (p === "errdom") return new Response(new ReadableStream({ start(c) { c.error(new DOMException("dom one", "AbortError")); } }));
    if (p === "errobj") return new Response(new ReadableStream({ start(c) { c.error({ some: "object" }); } }));
    if (p === "errundef") return new Response(new ReadableStream({ start(c) { c.error(); } }));
    if (p === "cl") return new Response(new ReadableStream({ async pull(c) { c.enqueue(enc.encode("abc")); await scheduler.wait(1); c.error(new Error("cl broke")); } }), { headers: { "content-length": "10" } });
    if (p === "empty") return new Response(new ReadableStream({ start(c) { c.close(); } }));
    return new Response("?");
  }
`;

const sbCase = (name, description, cls, body) => ({ name, area: "service-bindings", description, options: { workers: [
  { name: "main", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, script: `${PRELUDE}
const E = (e) => [e?.name, e?.message];
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` },
  { name: "b", modules: true, compatibilityDate: CD, script: `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
${cls}
}` } ] }, steps: [get("/")] });


const wsCase = (name, description, cls, body, { steps = [get("/")] } = {}) => ({ name, area: "websocket", description, options: {
  modules: true, compatibilityDate: CD, durableObjects: { DO: "Obj" },
  script: `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const next = (ws, type = "message", ms = 1000) => new Promise((resolve) => {
  const timer = setTimeout(() => resolve({ timeout: type }), ms);
  ws.addEventListener(type, (e) => { clearTimeout(timer); resolve(type === "close" ? { code: e.code, reason: e.reason, wasClean: e.wasClean } : (typeof e.data === "string" ? e.data : { bin: [...new Uint8Array(e.data)], ctor: e.data?.constructor?.name })); }, { once: true });
});
export class Obj extends DurableObject {
${cls}
}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` }, steps });

const WS_CASES = [
  wsCase("do16-ws-hibernation-messages-and-errors", "Hibernatable WebSockets in an object: message types each way, attachment limits, accept errors, close handshakes",
  `
  log = [];
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/log") return Response.json(this.log);
    const [client, server] = Object.values(new WebSocketPair());
    const r = {};
    this.ctx.acceptWebSocket(server, ["t1", "t2"]);
    try { this.ctx.acceptWebSocket(server); r.twice = "ok"; } catch (e) { r.twice = E(e); }
    try { server.accept(); r.acceptAfter = "ok"; } catch (e) { r.acceptAfter = E(e); }
    try { server.serializeAttachment("x".repeat(16 * 1024)); r.att16k = "ok"; } catch (e) { r.att16k = E(e); }
    try { server.serializeAttachment("x".repeat(16 * 1024 + 1)); r.attOver = "ok"; } catch (e) { r.attOver = E(e); }
    try { server.serializeAttachment(() => 1); r.attFn = "ok"; } catch (e) { r.attFn = E(e); }
    r.attAfterFail = typeof server.deserializeAttachment();
    const [c2, s2] = Object.values(new WebSocketPair());
    s2.accept();
    try { this.ctx.acceptWebSocket(s2); r.hibAfterAccept = "ok"; } catch (e) { r.hibAfterAccept = E(e); }
    try { this.ctx.acceptWebSocket(c2); r.hibClient = "ok"; } catch (e) { r.hibClient = E(e); }
    this.log.push(r);
    return new Response(null, { status: 101, webSocket: client });
  }
  webSocketMessage(ws, m) {
    this.log.push({ type: typeof m, ctor: m?.constructor?.name, v: typeof m === "string" ? m : [...new Uint8Array(m)] });
    if (m === "view") { ws.send(new Uint8Array([1, 2, 3, 4, 5]).subarray(1, 3)); return; }
    if (m === "dv") { ws.send(new DataView(new Uint8Array([7, 8, 9]).buffer, 1)); return; }
    if (m === "num") { try { ws.send(42); } catch (e) { ws.send("err:" + e.name + ":" + e.message); } return; }
    if (m === "blob") { try { ws.send(new Blob(["b"])); ws.send("blob-sent"); } catch (e) { ws.send("err:" + e.name + ":" + e.message); } return; }
    if (m === "obj") { try { ws.send({ a: 1 }); } catch (e) { ws.send("err:" + e.name + ":" + e.message); } return; }
    if (m === "close") { ws.close(4001, "bye now"); try { ws.send("after"); } catch (e) { this.log.push({ sendAfterClose: E(e) }); } return; }
    ws.send(typeof m === "string" ? "echo:" + m : m);
  }
  webSocketClose(ws, code, reason, wasClean) { this.log.push({ close: [code, reason, wasClean], ready: ws.readyState }); }
  webSocketError(ws, e) { this.log.push({ error: E(e) }); }
  `, `
  const s = env.DO.getByName("ws");
  const res = await s.fetch("http://x/", { headers: { Upgrade: "websocket" } });
  const ws = res.webSocket; ws.accept();
  for (const m of ["hi", "view", "dv", "num", "blob", "obj"]) { ws.send(m); out[m] = await next(ws); if (m === "blob") out.blob2 = await next(ws); }
  ws.send(new Uint8Array([9, 9]).subarray(1)); out.binView = await next(ws);
  ws.send(new Uint8Array([5, 6]).buffer); out.binBuf = await next(ws);
  ws.send("close"); out.closeEvt = await next(ws, "close");
  out.clientReady = ws.readyState;
  await scheduler.wait(20);
  out.log = await (await s.fetch("http://x/log")).json();
  `),
  wsCase("do16-ws-client-close-variants", "A client closes hibernatable sockets in several ways; what the object's webSocketClose sees and what the client gets back",
  `
  log = [];
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/log") return Response.json(this.log);
    const [client, server] = Object.values(new WebSocketPair());
    this.ctx.acceptWebSocket(server, [p]);
    return new Response(null, { status: 101, webSocket: client });
  }
  webSocketMessage(ws, m) { ws.send("n=" + this.ctx.getWebSockets().length); }
  webSocketClose(ws, code, reason, wasClean) {
    this.log.push({ tag: this.ctx.getTags(ws)[0], close: [code, reason, wasClean], ready: ws.readyState, count: this.ctx.getWebSockets().length });
    if (this.ctx.getTags(ws)[0] === "/reply") ws.close(code, "server " + reason);
    if (this.ctx.getTags(ws)[0] === "/replyother") ws.close(3999, "other");
  }
  `, `
  const s = env.DO.getByName("cc");
  const open = async (tag) => { const r = await s.fetch("http://x" + tag, { headers: { Upgrade: "websocket" } }); r.webSocket.accept(); return r.webSocket; };
  const a = await open("/plain"); a.send("x"); out.n = await next(a);
  a.close(3000, "client reason"); out.plain = await next(a, "close", 300);
  const b = await open("/reply"); b.close(3001, "r"); out.reply = await next(b, "close");
  const c = await open("/replyother"); c.close(3002, "q"); out.replyother = await next(c, "close");
  const d = await open("/nocode"); d.close(); out.nocode = await next(d, "close", 300);
  const e = await open("/1000"); e.close(1000); out.c1000 = await next(e, "close", 300);
  await scheduler.wait(30);
  out.log = await (await s.fetch("http://x/log")).json();
  `),
];

const WAITUNTIL_CASES = [
  { name: "do16-waituntil-in-durable-object", area: "waituntil", description: "ctx.waitUntil inside a Durable Object argument checks, the work finishing after the response, visible in a later request",
    options: { modules: true, compatibilityDate: CD, durableObjects: { DO: "Obj" }, script: `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
let done = [];
export class Obj extends DurableObject {
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/read") return Response.json({ stored: (await this.ctx.storage.get("late")) ?? null });
    const r = {};
    try { r.none = this.ctx.waitUntil(); } catch (e) { r.none = E(e); }
    try { r.num = this.ctx.waitUntil(5) ?? "undefined"; } catch (e) { r.num = E(e); }
    try { r.thenable = this.ctx.waitUntil({ then(f) { f(1); } }) ?? "undefined"; } catch (e) { r.thenable = E(e); }
    r.rejected = this.ctx.waitUntil(Promise.reject(new Error("ignored"))) ?? "undefined";
    this.ctx.waitUntil((async () => { await scheduler.wait(5); await this.ctx.storage.put("late", "written"); })());
    return Response.json(r);
  }
}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const s = env.DO.getByName("w");
  if (url.pathname === "/1") return new Response(JSON.stringify(await (await s.fetch("http://x/")).json()));
  if (url.pathname === "/2") { await scheduler.wait(30); return s.fetch("http://x/read"); }
  if (url.pathname === "/3") {
    const { readable, writable } = new TransformStream();
    ctx.waitUntil((async () => { const w = writable.getWriter(); await w.write(new TextEncoder().encode("a")); await scheduler.wait(2); await w.write(new TextEncoder().encode("b")); await w.close(); done.push("stream"); })());
    ctx.waitUntil(scheduler.wait(10).then(() => done.push("timer")));
    return new Response(readable);
  }
  if (url.pathname === "/4") { await scheduler.wait(30); return Response.json(done); }
  return new Response("?");
} };` },
    steps: [get("/1"), get("/2")] },
];

const sqlDoCase = (name, description, cls, body, { sql = false, steps = [get("/")] } = {}) => ({ name, area: "durable-objects", description, options: {
  modules: true, compatibilityDate: CD, durableObjects: { DO: sql ? { className: "Obj", useSQLite: true } : "Obj" },
  script: `${PRELUDE}
import { DurableObject, RpcTarget } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return { error: E(e) }; } };
export class Obj extends DurableObject {
${cls}
}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` }, steps });

const SQL_CASES = [
  sqlDoCase("do16-sql-exec-odd-statements", "SQLite-backed storage: statements and bindings off the usual path, counters, cursor shapes", `
  probe() {
    const sql = this.ctx.storage.sql; const r = {};
    const rows = (c) => { const a = c.toArray(); return { rows: a, cols: c.columnNames, read: c.rowsRead, written: c.rowsWritten }; };
    r.named = T(() => rows(sql.exec("SELECT :a AS v", 1)));
    r.numbered = T(() => rows(sql.exec("SELECT ?2 AS b, ?1 AS a, ?2 AS c", "x", "y")));
    r.dollar = T(() => rows(sql.exec("SELECT $x AS v", 3)));
    r.undef = T(() => rows(sql.exec("SELECT ? AS v", undefined)));
    r.bool = T(() => rows(sql.exec("SELECT ? AS v", true)));
    r.obj = T(() => rows(sql.exec("SELECT ? AS v", {})));
    r.arr = T(() => rows(sql.exec("SELECT ? AS v", [1])));
    r.date = T(() => rows(sql.exec("SELECT ? AS v", new Date(0))));
    r.u8 = T(() => { const v = sql.exec("SELECT ? AS v", new Uint8Array([1, 2])).one().v; return [Object.prototype.toString.call(v), [...new Uint8Array(v)]]; });
    r.ab = T(() => { const v = sql.exec("SELECT ? AS v", new Uint8Array([3]).buffer).one().v; return [Object.prototype.toString.call(v), [...new Uint8Array(v)]]; });
    r.bigSmall = T(() => rows(sql.exec("SELECT ? AS v, typeof(?) AS t", 5n, 5n)));
    r.bigHuge = T(() => rows(sql.exec("SELECT ? AS v", 2n ** 70n)));
    r.nan = T(() => rows(sql.exec("SELECT ? AS v, typeof(?) AS t", NaN, NaN)));
    r.inf = T(() => rows(sql.exec("SELECT ? AS v", Infinity)));
    r.negZero = T(() => { const v = sql.exec("SELECT ? AS v", -0).one().v; return [v, Object.is(v, -0)]; });
    r.bigInt64 = T(() => rows(sql.exec("SELECT 9007199254740993 AS v")));
    r.maxInt = T(() => rows(sql.exec("SELECT 9223372036854775807 AS v")));
    r.tooFew = T(() => rows(sql.exec("SELECT ? AS a, ? AS b", 1)));
    r.tooMany = T(() => rows(sql.exec("SELECT ? AS a", 1, 2)));
    r.noParamsGiven = T(() => rows(sql.exec("SELECT 1 AS a", 1)));
    r.two = T(() => rows(sql.exec("SELECT 1 AS a; SELECT 2 AS b")));
    r.twoTrailing = T(() => rows(sql.exec("SELECT 1 AS a;;  ")));
    r.empty = T(() => rows(sql.exec("")));
    r.comment = T(() => rows(sql.exec("-- nothing")));
    r.dupCols = T(() => { const c = sql.exec("SELECT 1 AS a, 2 AS a"); return { cols: c.columnNames, raw: [...c.raw()] }; });
    r.dupColsObj = T(() => sql.exec("SELECT 1 AS a, 2 AS a").one());
    r.oneNone = T(() => sql.exec("SELECT 1 AS a WHERE 0").one());
    r.oneTwo = T(() => sql.exec("SELECT 1 AS a UNION ALL SELECT 2").one());
    r.nextAfter = T(() => { const c = sql.exec("SELECT 1 AS a"); return [c.next(), c.next(), c.next()]; });
    r.iterSelf = T(() => { const c = sql.exec("SELECT 1 AS a"); return c[Symbol.iterator]() === c; });
    r.rawThenArr = T(() => { const c = sql.exec("SELECT 1 AS a UNION ALL SELECT 2"); const first = c.raw().next().value; return [first, c.toArray()]; });
    r.create = T(() => rows(sql.exec("CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT)")));
    r.insertMulti = T(() => rows(sql.exec("INSERT INTO t(b) VALUES ('x'),('y'),('z')")));
    r.insertReturning = T(() => rows(sql.exec("INSERT INTO t(b) VALUES ('w') RETURNING a, b")));
    r.update = T(() => rows(sql.exec("UPDATE t SET b = b || '!' WHERE a > 1")));
    r.deleteSome = T(() => rows(sql.exec("DELETE FROM t WHERE a = 4")));
    r.selectWhere = T(() => rows(sql.exec("SELECT * FROM t WHERE a = 2")));
    r.dupTable = T(() => rows(sql.exec("CREATE TABLE t(a)")));
    r.noTable = T(() => rows(sql.exec("SELECT * FROM nope")));
    r.syntax = T(() => rows(sql.exec("SELEC 1")));
    r.constraint = T(() => rows(sql.exec("INSERT INTO t(a, b) VALUES (1, 'dup')")));
    r.notNull = T(() => { sql.exec("CREATE TABLE n(a NOT NULL)"); return rows(sql.exec("INSERT INTO n VALUES (NULL)")); });
    r.check = T(() => { sql.exec("CREATE TABLE c(a CHECK (a > 0))"); return rows(sql.exec("INSERT INTO c VALUES (0)")); });
    r.vacuum = T(() => rows(sql.exec("VACUUM")));
    r.attach = T(() => rows(sql.exec("ATTACH DATABASE 'x.db' AS x")));
    r.begin = T(() => rows(sql.exec("BEGIN")));
    r.savepoint = T(() => rows(sql.exec("SAVEPOINT s1")));
    r.pragmaTableInfo = T(() => rows(sql.exec("PRAGMA table_info(t)")));
    r.pragmaUserVersion = T(() => rows(sql.exec("PRAGMA user_version")));
    r.pragmaJournal = T(() => rows(sql.exec("PRAGMA journal_mode")));
    r.pragmaFk = T(() => rows(sql.exec("PRAGMA foreign_keys")));
    r.master = T(() => sql.exec("SELECT name, type FROM sqlite_master WHERE name NOT LIKE '\\\\_cf%' ESCAPE '\\\\' ORDER BY name").toArray());
    r.json = T(() => rows(sql.exec("SELECT json_extract('{\\"a\\":[1,2]}', '$.a[1]') AS v, json_array(1, 'x') AS arr")));
    r.randomblob = T(() => sql.exec("SELECT length(randomblob(8)) AS n").one());
    r.longSql = T(() => rows(sql.exec("SELECT '" + "x".repeat(100001) + "' AS v")).cols);
    r.manyParams = T(() => rows(sql.exec("SELECT " + Array(101).fill("?").join("+") + " AS v", ...Array(101).fill(1))));
    r.params100 = T(() => rows(sql.exec("SELECT " + Array(100).fill("?").join("+") + " AS v", ...Array(100).fill(1))));
    r.size = T(() => { const s = sql.databaseSize; return [typeof s, s % 4096 === 0, s > 0]; });
    r.execNonString = T(() => rows(sql.exec(123)));
    r.execNone = T(() => sql.exec());
    return r;
  }
  `, `
  out.probe = await env.DO.getByName("sq").probe();
  `, { sql: true }),
];

const SQL_SPLIT_CASES = [{ name: "do16-sql-statement-splitting-and-errors", area: "durable-objects", description: "SQLite-backed storage: empty statements before and after others, already-exists and other schema errors with their offsets, rows read by statements that read no table", options: { modules: true, compatibilityDate: CD, durableObjects: { DO: { className: "Obj", useSQLite: true } }, script: `
import { DurableObject } from "cloudflare:workers";
const T = (f) => { try { const c = f(); const rows = c.toArray(); return { rows, read: c.rowsRead, written: c.rowsWritten }; } catch (e) { return { error: [e.name, e.message] }; } };
export class Obj extends DurableObject {
  probe() { const sql = this.ctx.storage.sql; const r = {};
    for (const q of ["SELECT 1 AS a;", "SELECT 1 AS a; ", "SELECT 1 AS a;\\n", "SELECT 1 AS a;;", "SELECT 1 AS a; ;", "SELECT 1 AS a; -- c", "SELECT 1 AS a; /* c */", ";SELECT 1 AS a", " ; SELECT 1 AS a", "-- c\\nSELECT 1 AS a", "SELECT 1 AS a;\\n;\\n", ";", "SELECT 1 AS a; SELECT 2 AS b;", "CREATE TABLE t(a); ; INSERT INTO t VALUES (1)",
      "CREATE TABLE IF NOT EXISTS t(a)", "CREATE TABLE t(a)", "CREATE TABLE  \\"t\\" (a)", "CREATE INDEX i ON t(a)", "CREATE INDEX i ON t(a)", "CREATE VIEW v AS SELECT 1", "CREATE VIEW v AS SELECT 2", "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END", "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END", "ALTER TABLE t ADD COLUMN a", "DROP TABLE nope", "DROP INDEX nope", "SELECT nope FROM t", "INSERT INTO t(nope) VALUES (1)", "SELECT * FROM t", "SELECT count(*) AS n FROM t", "SELECT (SELECT 5) AS x", "VALUES (1),(2)", "SELECT 1 AS a WHERE 0", "PRAGMA table_info(t)", "SELECT json_array(1, 2) AS j", "-- lead\\nSELECT 2 AS b -- trail", "SELECT 'from' AS w"]) r[q] = T(() => sql.exec(q));
    return r; }
}
export default { async fetch(req, env) { return Response.json(await env.DO.getByName("a").probe()); } };` }, steps: [get("/")] }];

const RPC_STREAM_CASES = [{ name: "do16-rpc-stream-errors", area: "durable-objects", description: "Durable Object RPC with streams that fail: returned streams and Response bodies, streams sent as arguments", options: { modules: true, compatibilityDate: CD, durableObjects: { DO: "Obj" }, script: `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message, e?.constructor?.name, e?.remote ?? null];
const enc = new TextEncoder();
const failing = (err, first = "p1") => new ReadableStream({ async pull(c) { if (first !== null) { c.enqueue(enc.encode(first)); first = null; return; } await scheduler.wait(1); c.error(err); } });
const readAll = async (stream) => { const rd = stream.getReader(); const chunks = []; try { for (;;) { const { value, done } = await rd.read(); if (done) return { chunks }; chunks.push(new TextDecoder().decode(value)); } } catch (e) { return { chunks, error: E(e) }; } };
export class Obj extends DurableObject {
  stream() { return failing(new TypeError("rpc stream broke")); }
  streamAtOnce() { return new ReadableStream({ start(c) { c.error(new RangeError("at once")); } }); }
  response() { return new Response(failing(new Error("resp broke"))); }
  async consume(stream) { return readAll(stream); }
  async consumeText(stream) { try { return await new Response(stream).text(); } catch (e) { return { error: E(e) }; } }
  ok() { return new ReadableStream({ start(c) { c.enqueue(enc.encode("fine")); c.close(); } }); }
}
export default { async fetch(req, env, ctx) {
  const out = {}; const s = env.DO.getByName("r");
  out.stream = await t(async () => readAll(await s.stream()));
  out.streamAtOnce = await t(async () => readAll(await s.streamAtOnce()));
  out.response = await t(async () => { const r = await s.response(); return [r.status, await readAll(r.body)]; });
  out.responseText = await t(async () => (await s.response()).text());
  out.argStream = await t(() => s.consume(failing(new Error("arg broke"))));
  out.argStreamText = await t(() => s.consumeText(failing(new Error("arg broke 2"))));
  out.ok = await t(async () => readAll(await s.ok()));
  return Response.json(out);
} };` }, steps: [get("/")] }];

const ID_CASES = [{ name: "do16-ids-jurisdictions-and-namespaces", area: "durable-objects", description: "Ids and stubs: jurisdictions (not implemented in workerd), newUniqueId options, ids of another namespace, location hints, names recovered from ids, stub keys and JSON", options: { modules: true, compatibilityDate: CD, durableObjects: { DO: "Obj", OTHER: "Other" }, script: `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const T = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return { error: E(e) }; } };
export class Obj extends DurableObject { who() { return [this.ctx.id.toString().length, this.ctx.id.name ?? null, this.ctx.id.jurisdiction ?? null]; } }
export class Other extends DurableObject { who() { return "other"; } }
export default { async fetch(req, env, ctx) {
  const out = {}; const ns = env.DO;
  out.juEu = await T(() => { const j = ns.jurisdiction("eu"); return [typeof j, Object.prototype.toString.call(j), typeof j.idFromName]; });
  out.juBad = await T(() => ns.jurisdiction("mars"));
  out.juNone = await T(() => ns.jurisdiction());
  out.juFed = await T(() => typeof ns.jurisdiction("fedramp"));
  out.juIdEq = await T(() => { const a = ns.jurisdiction("eu").idFromName("x"); const b = ns.idFromName("x"); return [a.equals(b), a.toString() === b.toString(), a.name, a.jurisdiction ?? null, b.jurisdiction ?? null]; });
  out.uniqueEu = await T(() => { const id = ns.newUniqueId({ jurisdiction: "eu" }); return [id.toString().length, id.jurisdiction ?? null, id.name ?? null]; });
  out.uniqueBad = await T(() => ns.newUniqueId({ jurisdiction: "xx" }));
  out.uniqueOpts = await T(() => ns.newUniqueId({}).toString().length);
  out.uniqueNull = await T(() => ns.newUniqueId(null).toString().length);
  out.uniqueStr = await T(() => ns.newUniqueId("eu").toString().length);
  out.fromOtherNs = await T(() => env.OTHER.idFromString(ns.idFromName("x").toString()).toString().length);
  out.getOtherNsId = await T(() => { const st = env.OTHER.get(ns.idFromName("x")); return typeof st; });
  out.callOtherNsId = await T(async () => env.OTHER.get(ns.idFromName("x")).who());
  out.upper = await T(() => ns.idFromString(ns.idFromName("x").toString().toUpperCase()).toString() === ns.idFromName("x").toString());
  out.whoName = await T(() => ns.getByName("nm").who());
  out.whoUnique = await T(() => ns.get(ns.newUniqueId()).who());
  out.whoFromString = await T(() => ns.get(ns.idFromString(ns.idFromName("nm").toString())).who());
  out.whoEu = await T(() => ns.jurisdiction("eu").getByName("nm").who());
  out.locHintBad = await T(() => typeof ns.get(ns.idFromName("a"), { locationHint: "mars" }));
  out.locHintOk = await T(() => typeof ns.get(ns.idFromName("a"), { locationHint: "weur" }));
  out.getByNameOpts = await T(() => ns.getByName("a", { locationHint: "enam" }).name);
  out.nameLong = await T(() => ns.idFromName("x".repeat(10000)).toString().length);
  out.nameUnicode = await T(() => ns.idFromName("é🙂").toString());
  out.stubKeys = await T(() => { const st = ns.getByName("k"); return [Object.keys(st), st.name, String(st.id) === ns.idFromName("k").toString(), st.id.name]; });
  out.stubJson = await T(() => JSON.stringify(ns.getByName("k")));
  return Response.json(out);
} };` }, steps: [get("/")] }];

const REQUEST_CASES = [{ name: "do16-stub-fetch-request-inside", area: "durable-objects", description: "What an object's fetch() sees of the request a stub sent: cf, signal, headers guard, method and body, url forms, redirect mode", options: { modules: true, compatibilityDate: CD, durableObjects: { DO: "Obj" }, script: `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
export class Obj extends DurableObject {
  async fetch(req) {
    const r = { url: req.url, method: req.method, cf: req.cf ?? null, redirect: req.redirect, signalType: typeof req.signal, aborted: req.signal?.aborted ?? null,
      headers: [...req.headers], bodyUsed: req.bodyUsed, hasBody: req.body !== null, keepalive: req.keepalive ?? null, integrity: req.integrity ?? null };
    try { req.headers.set("x-new", "1"); r.setHeader = req.headers.get("x-new"); } catch (e) { r.setHeader = E(e); }
    r.text = await req.text();
    return Response.json(r);
  }
}
export default { async fetch(req, env, ctx) {
  const out = {}; const s = env.DO.getByName("q");
  const J = async (...a) => { try { return await (await s.fetch(...a)).json(); } catch (e) { return { error: E(e) }; } };
  out.plain = await J("http://example.com/a/b?c=d#frag");
  out.withCf = await J("http://x/", { cf: { cacheTtl: 5, custom: "v" } });
  out.post = await J("http://x/p", { method: "POST", body: "hello", headers: { "content-type": "text/plain" } });
  out.put = await J(new Request("http://x/r", { method: "PUT", body: new Uint8Array([104, 105]) }));
  out.manual = await J("http://x/", { redirect: "manual" });
  out.signal = await J("http://x/", { signal: new AbortController().signal });
  out.lower = await J("http://x/", { method: "patch" });
  out.custom = await J("http://x/", { method: "PROPFIND" });
  out.relative = await J("/rel");
  out.https = await J("https://user:pw@x.test:8443/p");
  out.ws = await J("ws://x/");
  return Response.json(out);
} };` }, steps: [{ request: { url: "http://localhost/in?x=1", method: "GET" } }] }];

const URL_CASES = [{ name: "do16-sb-url-credentials-dropped", area: "service-bindings", description: "A service binding's target sees the URL without user name and password (given as a string or a Request)", options: { workers: [
 { name: "main", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, script: `export default { async fetch(req, env) { const out = {};
   for (const u of ["https://user:pw@x.test:8443/p", "http://u@x/", "http://:p@x/q?a=@b", "http://x/@at"]) { out[u] = await (await env.B.fetch(u)).text(); }
   out.req = await (await env.B.fetch(new Request("http://a:b@x/r"))).text();
   return Response.json(out); } };` },
 { name: "b", modules: true, compatibilityDate: CD, script: `export default { fetch(req) { return new Response(req.url); } };` } ] }, steps: [get("/")] }];

export default [
  doCase("do16-stub-fetch-stream-errors", "stub.fetch() of responses whose body stream errors: the caller's read fails with the object's stream error; other streamed bodies",
    STREAM_CLS, `
  const s = env.DO.getByName("st");
  const R = async (path, read = "text") => { try { const r = await s.fetch("http://x/" + path); out[path + "Status"] = r.status;
      if (read === "text") return { text: await r.text() };
      const rd = r.body.getReader(); const chunks = [];
      try { for (;;) { const { value, done } = await rd.read(); if (done) break; chunks.push(new TextDecoder().decode(value)); } return { chunks }; }
      catch (e) { return { chunks, readError: E(e), ctor: e?.constructor?.name, remote: e?.remote ?? null }; } }
    catch (e) { return { error: E(e) }; } };
  out.errstream = await R("errstream");
  out.errstreamReader = await R("errstream", "reader");
  out.errlater = await R("errlater", "reader");
  out.errlaterText = await R("errlater");
  out.errfirst = await R("errfirst", "reader");
  out.errstring = await R("errstring", "reader");
  out.notbytes = await R("notbytes");
  out.slow = await R("slow");
  out.after = await R("after");
  out.abortw = await R("abortw", "reader");
  out.empty = await R("empty", "reader");
  out.errcustom = await R("errcustom", "reader");
  out.errdom = await R("errdom", "reader");
  out.errobj = await R("errobj", "reader");
  out.errundef = await R("errundef", "reader");
  out.cl = await R("cl", "reader");
  out.clone = await t(async () => { const r = await s.fetch("http://x/errlater"); const c = r.clone(); const a = await Promise.allSettled([r.text(), c.text()]); return a.map((x) => x.status + ":" + (x.value ?? x.reason?.message)); });
  out.pipe = await t(async () => { const r = await s.fetch("http://x/errlater"); const ts = new TransformStream(); const p = r.body.pipeTo(ts.writable).then(() => "piped", (e) => "pipeerr:" + e.message); const txt = await new Response(ts.readable).text().catch((e) => "readerr:" + e.message); return [await p, txt]; });
  out.errJson = await t(async () => (await s.fetch("http://x/errstream")).json());
  out.errArrayBuffer = await t(async () => (await s.fetch("http://x/errstream")).arrayBuffer());
  out.reqBodyErr = await t(async () => (await s.fetch("http://x/reqbody", { method: "POST", body: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("q")); c.error(new Error("request broke")); } }) })).text());
  out.reqBodyOk = await t(async () => (await s.fetch("http://x/reqbody", { method: "POST", body: "plain" })).text());
  out.afterAll = await R("slow");
`),
  ...WS_CASES,
  ...WAITUNTIL_CASES,
  ...SQL_CASES,
  ...SQL_SPLIT_CASES,
  ...RPC_STREAM_CASES,
  ...ID_CASES,
  ...REQUEST_CASES,
  ...URL_CASES,
];
