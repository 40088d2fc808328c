// do26 (session 26): SQLite-backed Durable Object SQL (features, errors, rowsRead/rowsWritten of
// application queries). Re-record: copy oracle/defs/_h.mjs and this file (as do26.mjs) into a folder D,
// then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do26-
// The ctx.facets probes (exported as facetProbes, not recorded as cases) describe what workerd does
// with facets, which miniflare4j does not emulate yet (README, Limitations).
import { CD, PRELUDE, get } from "./_h.mjs";
const HEAD = `
import { DurableObject } from "cloudflare:workers";
const E = (e) => [e?.constructor?.name, e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
`;
const doCase = (name, description, script, { date = CD, steps = [get("/")], sql = false, flags } = {}) => ({
  name, area: "durable-objects", description,
  options: { modules: true, compatibilityDate: date, ...(flags ? { compatibilityFlags: flags } : {}), durableObjects: { DO: sql ? { className: "Obj", useSQLite: true } : "Obj" }, script: `${PRELUDE}${HEAD}${script}` },
  steps,
});
const wsCase = (name, description, script, opts = {}) => ({ ...doCase(name, description, script, opts), area: "websocket" });
const FWD = `export default { async fetch(req, env) { return env.DO.get(env.DO.idFromName("a")).fetch(req); } };`;
const RUN = (body) => `
export class Obj extends DurableObject {
  async fetch(req) { const sql = this.ctx.storage.sql; const storage = this.ctx.storage; const out = {};
${body}
    return Response.json(out); }
}
${FWD}`;

const base = [
  doCase("do26-sql-schema-features", "SQL features of a SQLite-backed object: foreign keys, STRICT, generated columns, RETURNING, window and JSON functions, FTS5, temp tables, VACUUM", RUN(`
    const x = (q, ...b) => T(() => { const c = sql.exec(q, ...b); const rows = c.toArray(); return { rows, r: c.rowsRead, w: c.rowsWritten }; });
    out.fkPragma = x("PRAGMA foreign_keys");
    out.mk = x("CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (id INTEGER PRIMARY KEY, pid INTEGER REFERENCES p(id))");
    out.fkViolation = x("INSERT INTO c VALUES (1, 99)");
    out.strict = x("CREATE TABLE s (a INTEGER, b TEXT) STRICT");
    out.strictBad = x("INSERT INTO s VALUES ('x', 1)");
    out.gen = x("CREATE TABLE g (a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 2) STORED, c INTEGER AS (a + 1))");
    out.genIns = x("INSERT INTO g (a) VALUES (1), (2) RETURNING b, c");
    out.genUpdBad = x("UPDATE g SET b = 5");
    out.json = x("SELECT json_extract('{\\"a\\":[1,2]}', '$.a[1]') AS v, '{\\"a\\":3}' ->> 'a' AS w, json_group_array(a) AS arr FROM g");
    out.jsonb = x("SELECT json(jsonb('{\\"x\\":1}')) AS v");
    out.temp = x("CREATE TEMP TABLE t1 (a)");
    out.vacuum = x("VACUUM");
    out.math = x("SELECT pow(2, 10) AS p, floor(2.5) AS f, ln(1) AS l");
    out.upsert = x("CREATE TABLE u (k TEXT PRIMARY KEY, n INTEGER); INSERT INTO u VALUES ('a', 1) ON CONFLICT(k) DO UPDATE SET n = n + 1; INSERT INTO u VALUES ('a', 1) ON CONFLICT(k) DO UPDATE SET n = n + 1 RETURNING n");
    out.tableInfo = x("PRAGMA table_info(g)");
    out.tableXInfo = x("PRAGMA table_xinfo(g)");
    out.indexList = x("PRAGMA index_list(u)");
    out.attach = x("ATTACH DATABASE ':memory:' AS other");
    out.dateFns = x("SELECT date('2024-01-31', '+1 month') AS d, unixepoch('2024-01-01') AS u, strftime('%Y', '2024-05-05') AS y");
    out.printf = x("SELECT printf('%05.1f|%s', 3.14159, 'x') AS v, format('%d', 7) AS w");
    out.concat = x("SELECT concat('a', NULL, 'b') AS c, concat_ws('-', 'a', 'b') AS w, string_agg(a, ',') AS s FROM g");
    out.octet = x("SELECT octet_length('héllo') AS o, unhex('4142') AS u");
  `), { sql: true }),

  doCase("do26-sql-errors-and-limits", "SQL error texts of a SQLite-backed object: constraint kinds, syntax errors, unknown functions, too many bindings, a missing column", RUN(`
    const x = (q, ...b) => T(() => sql.exec(q, ...b).toArray());
    sql.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, u TEXT UNIQUE, n INTEGER NOT NULL, c INTEGER CHECK (c > 0))");
    sql.exec("INSERT INTO t VALUES (1, 'a', 1, 1)");
    out.pk = x("INSERT INTO t VALUES (1, 'b', 1, 1)");
    out.unique = x("INSERT INTO t VALUES (2, 'a', 1, 1)");
    out.notNull = x("INSERT INTO t VALUES (3, 'c', NULL, 1)");
    out.check = x("INSERT INTO t VALUES (4, 'd', 1, 0)");
    out.syntax = x("SELEC 1");
    out.incomplete = x("SELECT * FROM");
    out.noFn = x("SELECT nosuchfn(1)");
    out.wrongArgs = x("SELECT substr()");
    out.noCol = x("SELECT nocol FROM t");
    out.ambiguous = x("SELECT id FROM t, t AS t2");
    out.tooFewBindings = x("SELECT ?, ?", 1);
    out.tooManyBindings = x("SELECT ?", 1, 2);
    out.named = x("SELECT :a", 1);
    out.numbered = x("SELECT ?2, ?1", "a", "b");
    out.dollar = x("SELECT $x", 1);
    out.manyParams = x("SELECT " + Array.from({ length: 101 }, () => "?").join(","), ...Array.from({ length: 101 }, (_, i) => i));
    out.params100 = T(() => sql.exec("SELECT " + Array.from({ length: 100 }, () => "?").join(","), ...Array.from({ length: 100 }, (_, i) => i)).raw().toArray()[0].length);
    out.dropMissing = x("DROP TABLE nope");
    out.dropIfExists = x("DROP TABLE IF EXISTS nope");
    out.createExisting = x("CREATE TABLE t (a)");
    out.divZero = x("SELECT 1 / 0 AS v, 1 % 0 AS m");
    out.overflow = x("SELECT 9223372036854775807 + 1 AS v");
    out.abs = x("SELECT abs(-9223372036854775808) AS v");
  `), { sql: true }),

  doCase("do26-facets-basic", "ctx.facets: get a child facet of an exported class, call it, abort and delete it", `
export class Child extends DurableObject {
  n = 0;
  inc() { this.n++; return [this.n, this.ctx.id.toString().length, typeof this.ctx.storage.sql]; }
}
export class Obj extends DurableObject {
  async fetch(req) {
    const out = {};
    out.facetsType = typeof this.ctx.facets;
    out.exportsChild = T(() => typeof this.ctx.exports?.Child);
    out.get = await TA(async () => { const f = this.ctx.facets.get("kid", () => ({ class: this.ctx.exports.Child })); return [await f.inc(), await f.inc()]; });
    out.again = await TA(async () => { const f = this.ctx.facets.get("kid", () => ({ class: this.ctx.exports.Child })); return await f.inc(); });
    out.abort = await TA(() => this.ctx.facets.abort("kid", new Error("boom")));
    out.afterAbort = await TA(async () => { const f = this.ctx.facets.get("kid", () => ({ class: this.ctx.exports.Child })); return await f.inc(); });
    out.del = await TA(() => this.ctx.facets.delete("kid"));
    return Response.json(out);
  }
}
${FWD}`, { sql: true, flags: ["enable_ctx_exports", "experimental"] }),
];
const FACET_CHILD = `
export class Child extends DurableObject {
  constructor(ctx, env) { super(ctx, env); globalThis.built = (globalThis.built ?? 0) + 1; }
  put(k, v) { this.ctx.storage.kv.put(k, v); return [...this.ctx.storage.kv.list()]; }
  list() { return [...this.ctx.storage.kv.list()]; }
  info() { return { id: this.ctx.id.toString(), name: this.ctx.id.name ?? "none", facets: typeof this.ctx.facets, sql: typeof this.ctx.storage.sql, envKeys: Object.keys(this.env) }; }
  async fetch(req) { return new Response("child:" + new URL(req.url).pathname + ":" + req.method); }
  tables() { return this.ctx.storage.sql.exec("SELECT name FROM sqlite_master WHERE name NOT LIKE '_cf%'").toArray().map((r) => r.name); }
}
export class Plain { constructor(ctx) { this.ctx = ctx; } hi() { return "plain"; } }
`;
const facetCase = (name, description, body, { sql = true, flags = ["enable_ctx_exports", "experimental"] } = {}) => doCase(name, description, `${FACET_CHILD}
export class Obj extends DurableObject {
  async fetch(req) { const out = {}; const f = this.ctx.facets; const X = this.ctx.exports;
${body}
    return Response.json(out); }
}
${FWD}`, { sql, flags });

export const facetDefs = [
  facetCase("do26-facets-storage-and-identity", "facets: separate storage per facet name, the facet's id and name, its env, callback calls, delete wiping storage and abort keeping it", `
    let calls = 0;
    const get = (n) => f.get(n, () => { calls++; return { class: X.Child }; });
    out.putA = await TA(() => get("a").put("k", 1));
    out.putB = await TA(() => get("b").put("j", 2));
    out.listA = await TA(() => get("a").list());
    out.calls = calls;
    out.parentKv = [...this.ctx.storage.kv.list()];
    out.info = await TA(() => get("a").info());
    out.parentId = [this.ctx.id.toString(), this.ctx.id.name ?? "none"];
    out.fetch = await TA(async () => { const r = await get("a").fetch("http://x/p", { method: "POST" }); return [r.status, await r.text()]; });
    out.built = globalThis.built;
    out.abort = await TA(() => f.abort("a", new Error("stop")));
    out.afterAbort = await TA(() => get("a").list());
    out.callsAfterAbort = calls;
    out.builtAfterAbort = globalThis.built;
    out.del = await TA(() => f.delete("b"));
    out.afterDelete = await TA(() => get("b").list());
    out.callsAfterDelete = calls;
    out.delMissing = await TA(() => f.delete("never"));
    out.abortMissing = await TA(() => f.abort("never", "x"));
    out.parentTables = this.ctx.storage.sql.exec("SELECT name FROM sqlite_master").toArray().map((r) => r.name);
  `),
  facetCase("do26-facets-arguments", "facets.get argument validation: names, callbacks, startup options of odd shapes, async callbacks, an id option, a class that does not extend DurableObject", `
    const call = async (fn) => TA(async () => { const s = fn(); return await s.info(); });
    out.noArgs = await call(() => f.get());
    out.nameOnly = await call(() => f.get("x"));
    out.numName = await call(() => f.get(5, () => ({ class: X.Child })));
    out.emptyName = await call(() => f.get("", () => ({ class: X.Child })));
    out.asyncCb = await call(() => f.get("async", async () => ({ class: X.Child })));
    out.cbThrows = await call(() => f.get("throws", () => { throw new TypeError("nope"); }));
    out.cbNull = await call(() => f.get("null", () => null));
    out.cbNoClass = await call(() => f.get("noclass", () => ({})));
    out.cbRawClass = await call(() => f.get("raw", () => ({ class: Child })));
    out.cbPlain = await TA(async () => { const s = f.get("plain", () => ({ class: X.Plain })); return await s.hi(); });
    out.cbIdString = await call(() => f.get("ids", () => ({ class: X.Child, id: "custom" })));
    out.cbIdObj = await call(() => f.get("ido", () => ({ class: X.Child, id: this.ctx.id })));
    out.stubType = T(() => { const s = f.get("t", () => ({ class: X.Child })); return [typeof s, Object.prototype.toString.call(s)]; });
    out.facetsProto = Object.getOwnPropertyNames(Object.getPrototypeOf(f)).sort();
  `),
  facetCase("do26-facets-kv-backed-parent", "facets of a KV-backed (not SQLite) object", `
    out.type = typeof f;
    out.get = await TA(async () => await f.get("a", () => ({ class: X.Child })).info());
  `, { sql: false }),
  facetCase("do26-facets-without-experimental", "ctx.facets without the experimental flag", `
    out.type = typeof f;
    out.get = await TA(async () => await f.get("a", () => ({ class: X.Child })).info());
  `, { flags: ["enable_ctx_exports"] }),
];
const COUNTS = `const m = (q, ...b) => { try { const c = sql.exec(q, ...b); const n = c.toArray().length; return [n, c.rowsRead, c.rowsWritten]; } catch (e) { return e.message; } };`;
const SCHEMA = `
    sql.exec("CREATE TABLE msgs (id INTEGER PRIMARY KEY AUTOINCREMENT, room TEXT NOT NULL, author TEXT NOT NULL, body TEXT, at INTEGER NOT NULL)");
    sql.exec("CREATE INDEX msgs_room_at ON msgs (room, at)");
    sql.exec("CREATE TABLE users (name TEXT PRIMARY KEY, joined INTEGER, karma INTEGER DEFAULT 0) WITHOUT ROWID");
    sql.exec("CREATE TABLE schedules (id TEXT PRIMARY KEY, callback TEXT, time INTEGER, payload TEXT)");
    for (let i = 1; i <= 20; i++) sql.exec("INSERT INTO msgs (room, author, body, at) VALUES (?, ?, ?, ?)", "r" + (i % 3), "u" + (i % 4), "m" + i, 1000 + i);
    for (let i = 0; i < 4; i++) sql.exec("INSERT INTO users VALUES (?, ?, ?)", "u" + i, 500 + i, i * 2);
    for (let i = 0; i < 6; i++) sql.exec("INSERT INTO schedules VALUES (?, ?, ?, ?)", "s" + i, "cb", 2000 + i * 10, "{}");
`;
export const countDefs = [
  doCase("do26-sql-row-counts-app-reads", "rowsRead of an application's reads in a SQLite-backed object: indexed ranges with ORDER BY and LIMIT, counts, group by, joins, a WITHOUT ROWID primary key, min/max, IN lists, LIKE scans", RUN(`
    ${COUNTS}
    ${SCHEMA}
    const q = {};
    q.latestInRoom = m("SELECT * FROM msgs WHERE room = ? ORDER BY at DESC LIMIT 5", "r1");
    q.roomSince = m("SELECT id FROM msgs WHERE room = ? AND at > ?", "r2", 1010);
    q.countRoom = m("SELECT count(*) AS n FROM msgs WHERE room = ?", "r0");
    q.countAll = m("SELECT count(*) AS n FROM msgs");
    q.groupRoom = m("SELECT room, count(*) AS n FROM msgs GROUP BY room");
    q.byAuthor = m("SELECT id FROM msgs WHERE author = ?", "u1");
    q.userPk = m("SELECT * FROM users WHERE name = ?", "u2");
    q.userMissing = m("SELECT * FROM users WHERE name = ?", "zz");
    q.join = m("SELECT m.id, u.karma FROM msgs m JOIN users u ON u.name = m.author WHERE m.room = ?", "r1");
    q.maxAt = m("SELECT max(at) AS m FROM msgs WHERE room = ?", "r1");
    q.minId = m("SELECT min(id) AS m FROM msgs");
    q.inList = m("SELECT id FROM msgs WHERE id IN (1, 5, 50)");
    q.like = m("SELECT id FROM msgs WHERE body LIKE 'm1%'");
    q.nextSchedule = m("SELECT * FROM schedules WHERE time <= ? ORDER BY time ASC", 2030);
    q.firstSchedule = m("SELECT time FROM schedules ORDER BY time ASC LIMIT 1");
    q.scheduleById = m("SELECT * FROM schedules WHERE id = ?", "s3");
    q.offsetPage = m("SELECT id FROM msgs ORDER BY id LIMIT 5 OFFSET 10");
    q.distinct = m("SELECT DISTINCT room FROM msgs");
    q.exists = m("SELECT EXISTS (SELECT 1 FROM users WHERE name = ?) AS e", "u1");
    q.sumKarma = m("SELECT sum(karma) AS s FROM users");
    out.q = q;
  `), { sql: true }),
  doCase("do26-sql-row-counts-app-writes", "rowsRead and rowsWritten of an application's writes in a SQLite-backed object: updates through an index, deletes, upserts on a WITHOUT ROWID table, INSERT OR REPLACE, RETURNING, DELETE without WHERE", RUN(`
    ${COUNTS}
    ${SCHEMA}
    const q = {};
    q.updateOne = m("UPDATE msgs SET body = ? WHERE id = ?", "x", 3);
    q.updateRoom = m("UPDATE msgs SET body = 'y' WHERE room = ?", "r2");
    q.updateIndexed = m("UPDATE msgs SET at = at + 100 WHERE id = ?", 4);
    q.bumpKarma = m("UPDATE users SET karma = karma + 1 WHERE name = ?", "u1");
    q.replace = m("INSERT OR REPLACE INTO schedules VALUES (?, ?, ?, ?)", "s1", "cb2", 5000, "{}");
    q.ignore = m("INSERT OR IGNORE INTO schedules VALUES (?, ?, ?, ?)", "s2", "cb2", 5000, "{}");
    q.insertReturning = m("INSERT INTO msgs (room, author, body, at) VALUES (?, ?, ?, ?) RETURNING id", "r9", "u1", "new", 9999);
    q.deleteOne = m("DELETE FROM schedules WHERE id = ?", "s0");
    q.deleteDue = m("DELETE FROM schedules WHERE time <= ?", 2030);
    q.deleteRoom = m("DELETE FROM msgs WHERE room = ? RETURNING id", "r0");
    q.deleteAll = m("DELETE FROM users");
    q.insertSelect = m("INSERT INTO users (name, joined) SELECT DISTINCT author, 1 FROM msgs");
    q.createIndex = m("CREATE INDEX msgs_author ON msgs (author)");
    q.dropIndex = m("DROP INDEX msgs_author");
    out.q = q;
  `), { sql: true }),
];
const rc = (name, description, setup, body) => doCase(name, description, RUN(`
    ${COUNTS}
    ${setup}
    const q = {};
${body}
    out.q = q;
  `), { sql: true });
export const moreCounts = [
  rc("do26-sql-row-counts-job-queue", "rowsRead/rowsWritten of a job queue kept in a SQLite-backed object: enqueue, claim the oldest pending jobs, mark done, retry counters, purge", `
    sql.exec("CREATE TABLE jobs (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0, run_at INTEGER NOT NULL)");
    sql.exec("CREATE INDEX jobs_status_run ON jobs (status, run_at)");
    for (let i = 1; i <= 12; i++) sql.exec("INSERT INTO jobs (kind, run_at) VALUES (?, ?)", i % 2 ? "mail" : "sync", 100 + i);`, `
    q.enqueue = m("INSERT INTO jobs (kind, run_at) VALUES (?, ?)", "mail", 50);
    q.due = m("SELECT id, kind FROM jobs WHERE status = 'pending' AND run_at <= ? ORDER BY run_at LIMIT 3", 106);
    q.claim = m("UPDATE jobs SET status = 'running', attempts = attempts + 1 WHERE id = ?", 13);
    q.countPending = m("SELECT count(*) AS n FROM jobs WHERE status = 'pending'");
    q.byKind = m("SELECT kind, count(*) AS n FROM jobs GROUP BY kind");
    q.purge = m("DELETE FROM jobs WHERE status = 'done'");
    q.next = m("SELECT min(run_at) AS t FROM jobs WHERE status = 'pending'");
    q.all = m("SELECT * FROM jobs");`),
  rc("do26-sql-row-counts-key-value-table", "rowsRead/rowsWritten of a key-value table in a SQLite-backed object (as agent state stores use): get, put, overwrite, prefix scans, deletes", `
    sql.exec("CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT, updated INTEGER)");
    for (let i = 0; i < 10; i++) sql.exec("INSERT INTO state VALUES (?, ?, ?)", "k" + i, "v" + i, i);`, `
    q.get = m("SELECT value FROM state WHERE key = ?", "k3");
    q.getMissing = m("SELECT value FROM state WHERE key = ?", "zz");
    q.put = m("INSERT INTO state (key, value, updated) VALUES (?, ?, ?)", "k10", "v10", 10);
    q.putReplace = m("INSERT OR REPLACE INTO state (key, value, updated) VALUES (?, ?, ?)", "k1", "w", 11);
    q.prefix = m("SELECT key FROM state WHERE key >= ? AND key < ? ORDER BY key", "k1", "k2");
    q.like = m("SELECT key FROM state WHERE key LIKE 'k%'");
    q.newest = m("SELECT key FROM state ORDER BY updated DESC LIMIT 2");
    q.update = m("UPDATE state SET value = ? WHERE key = ?", "x", "k5");
    q.del = m("DELETE FROM state WHERE key = ?", "k6");
    q.delMissing = m("DELETE FROM state WHERE key = ?", "nope");
    q.count = m("SELECT count(*) AS n FROM state");`),
  rc("do26-sql-row-counts-returning-and-aggregates", "rowsRead/rowsWritten of RETURNING writes and aggregates in a SQLite-backed object: sums, averages, HAVING, totals per group", `
    sql.exec("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT NOT NULL, total REAL NOT NULL, placed INTEGER NOT NULL)");
    for (let i = 1; i <= 15; i++) sql.exec("INSERT INTO orders (customer, total, placed) VALUES (?, ?, ?)", "c" + (i % 4), i * 1.5, 200 + i);`, `
    q.insertRet = m("INSERT INTO orders (customer, total, placed) VALUES (?, ?, ?) RETURNING id, total", "c9", 99, 999);
    q.updateRet = m("UPDATE orders SET total = total * 2 WHERE customer = ? RETURNING id", "c1");
    q.deleteRet = m("DELETE FROM orders WHERE id = ? RETURNING *", 2);
    q.sum = m("SELECT sum(total) AS s, avg(total) AS a FROM orders");
    q.perCustomer = m("SELECT customer, sum(total) AS s FROM orders GROUP BY customer");
    q.having = m("SELECT customer, count(*) AS n FROM orders GROUP BY customer HAVING n > 3");
    q.orderByTotal = m("SELECT id FROM orders ORDER BY total DESC LIMIT 3");
    q.range = m("SELECT id FROM orders WHERE id BETWEEN ? AND ?", 3, 7);
    q.rowidGt = m("SELECT id FROM orders WHERE id > ?", 12);`),
  rc("do26-sql-row-counts-multi-statement-exec", "rowsRead/rowsWritten of sql.exec scripts of several statements in a SQLite-backed object: what the cursor reports is the last statement's", `
    sql.exec("CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT)");
    for (let i = 1; i <= 5; i++) sql.exec("INSERT INTO a (v) VALUES (?)", "v" + i);`, `
    q.insertsThenSelect = m("INSERT INTO a (v) VALUES ('x'); INSERT INTO a (v) VALUES ('y'); SELECT * FROM a");
    q.selectThenInsert = m("SELECT * FROM a; INSERT INTO a (v) VALUES ('z')");
    q.updateThenCount = m("UPDATE a SET v = 'u' WHERE id < 3; SELECT count(*) AS n FROM a");
    q.deleteThenSelectOne = m("DELETE FROM a WHERE id = 1; SELECT * FROM a WHERE id = ?", 2);
    q.twoSelects = m("SELECT * FROM a; SELECT v FROM a WHERE id = 3");`),
];

export const lateCounts = [
  rc("do26-sql-row-counts-chat-history", "rowsRead/rowsWritten of a chat room's history in a SQLite-backed object: keyset pagination backwards, edits and soft deletes", `
    sql.exec("CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT, user TEXT NOT NULL, text TEXT NOT NULL, sent INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0)");
    sql.exec("CREATE INDEX messages_sent ON messages (sent)");
    for (let i = 1; i <= 25; i++) sql.exec("INSERT INTO messages (user, text, sent) VALUES (?, ?, ?)", "u" + (i % 5), "hello " + i, 10 * i);`, `
    q.lastPage = m("SELECT id, text FROM messages WHERE deleted = 0 ORDER BY id DESC LIMIT 10");
    q.before = m("SELECT id FROM messages WHERE id < ? ORDER BY id DESC LIMIT 10", 12);
    q.window = m("SELECT id FROM messages WHERE sent BETWEEN ? AND ? ORDER BY sent", 50, 90);
    q.edit = m("UPDATE messages SET text = ? WHERE id = ? AND user = ?", "edited", 7, "u2");
    q.softDelete = m("UPDATE messages SET deleted = 1 WHERE id = ?", 8);
    q.byUser = m("SELECT count(*) AS n FROM messages WHERE user = ?", "u1");
    q.latestPerUser = m("SELECT user, max(sent) AS s FROM messages GROUP BY user");
    q.insert = m("INSERT INTO messages (user, text, sent) VALUES (?, ?, ?)", "u9", "new", 999);
    q.hardDelete = m("DELETE FROM messages WHERE deleted = 1");`),
  rc("do26-sql-row-counts-leaderboard", "rowsRead/rowsWritten of a leaderboard in a SQLite-backed object: score upserts on a rowid table, top N through an index", `
    sql.exec("CREATE TABLE scores (id INTEGER PRIMARY KEY, player TEXT NOT NULL UNIQUE, score INTEGER NOT NULL)");
    sql.exec("CREATE INDEX scores_score ON scores (score)");
    for (let i = 1; i <= 16; i++) sql.exec("INSERT INTO scores (player, score) VALUES (?, ?)", "p" + i, (i * 37) % 100);`, `
    q.top = m("SELECT player, score FROM scores ORDER BY score DESC LIMIT 5");
    q.one = m("SELECT score FROM scores WHERE player = ?", "p3");
    q.upsertNew = m("INSERT INTO scores (player, score) VALUES (?, ?) ON CONFLICT(player) DO UPDATE SET score = excluded.score", "p99", 42);
    q.upsertOld = m("INSERT INTO scores (player, score) VALUES (?, ?) ON CONFLICT(player) DO UPDATE SET score = excluded.score", "p1", 99);
    q.setById = m("UPDATE scores SET score = ? WHERE id = ?", 5, 2);
    q.minMax = m("SELECT min(score) AS lo, max(score) AS hi FROM scores");
    q.remove = m("DELETE FROM scores WHERE player = ?", "p4");`),
];
export const facetProbes = [...base.filter((c) => c.name.startsWith("do26-facets")), ...facetDefs];
export default [...base.filter((c) => !c.name.startsWith("do26-facets")), ...countDefs, ...moreCounts, ...lateCounts];
