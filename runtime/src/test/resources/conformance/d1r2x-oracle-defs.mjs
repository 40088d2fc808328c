// d1r2x: D1 and R2 probes recorded against the real Miniflare. Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then `cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs d1r2x` (cases land in out/d1 and out/r2).
import { modWorker, get, req } from "./_h.mjs";

const D1P = `
const rw = async (sql, ...v) => { try { const r = await db.prepare(sql).bind(...v).all(); return [r.meta.rows_read, r.meta.rows_written, r.results.length, r.meta.changes]; } catch (e) { return "ERR " + String(e.message).split("\\n")[0]; } };
const val = async (sql, ...v) => { try { const r = await db.prepare(sql).bind(...v).raw(); return r[0]; } catch (e) { return "ERR " + String(e.message).split("\\n")[0]; } };
const errOf = async (fn) => { try { await fn(); return "no error"; } catch (e) { return { name: e.name, ctor: e.constructor.name, message: String(e.message).split("\\n")[0], cause: e.cause ? { name: e.cause.name, message: String(e.cause.message).split("\\n")[0] } : "none" }; } };
`;
const d1 = (name, description, body, { steps = [get("/")], d1Databases = ["DB"] } = {}) => ({
  name, area: "d1", description,
  options: modWorker(`${D1P}    const db = env.DB; const out = {};\n${body}\n    return Response.json(out);`, { d1Databases }),
  steps,
});

const APP = `
    await db.exec(\`CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT NULL UNIQUE, name TEXT, age INTEGER, created_at TEXT DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, title TEXT NOT NULL, published INTEGER DEFAULT 0, score REAL);
CREATE INDEX idx_posts_user ON posts(user_id);
CREATE TABLE tags (post_id INTEGER, tag TEXT, PRIMARY KEY (post_id, tag));
CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT);\`);
    for (let i = 1; i <= 8; i++) await db.prepare("INSERT INTO users (email, name, age) VALUES (?, ?, ?)").bind("u" + i + "@x", "user" + i, 20 + i).run();
    for (let i = 1; i <= 20; i++) await db.prepare("INSERT INTO posts (user_id, title, published, score) VALUES (?, ?, ?, ?)").bind((i % 8) + 1, "post" + i, i % 2, i / 4).run();
    for (let i = 1; i <= 10; i++) await db.prepare("INSERT INTO tags VALUES (?, ?)").bind(i, i % 3 ? "a" : "b").run();
    for (let i = 1; i <= 5; i++) await db.prepare("INSERT INTO kv VALUES (?, ?)").bind("k" + i, "v" + i).run();
`;

const D1_CASES = [
  d1("d1r2x-d1-app-reads", "rows_read/rows_written of the reads a typical app sends: lookups by key, unique and indexed columns, ORDER BY/LIMIT, GROUP BY, count, LIKE, joins, subqueries", `${APP}
    out.byId = await rw("SELECT * FROM users WHERE id = ?", 3);
    out.byEmail = await rw("SELECT * FROM users WHERE email = ?", "u3@x");
    out.byEmailMiss = await rw("SELECT * FROM users WHERE email = ?", "zz");
    out.byName = await rw("SELECT * FROM users WHERE name = ?", "user3");
    out.all = await rw("SELECT * FROM users");
    out.orderLimit = await rw("SELECT * FROM users ORDER BY id DESC LIMIT 3");
    out.orderNameLimit = await rw("SELECT * FROM users ORDER BY name LIMIT 3");
    out.orderNameLimitOffset = await rw("SELECT * FROM users ORDER BY name LIMIT 3 OFFSET 2");
    out.limitOnly = await rw("SELECT * FROM posts LIMIT 5");
    out.limitOffset = await rw("SELECT * FROM posts LIMIT 5 OFFSET 10");
    out.whereLimit = await rw("SELECT * FROM posts WHERE published = 1 LIMIT 2");
    out.countAll = await rw("SELECT count(*) AS c FROM posts");
    out.countWhere = await rw("SELECT count(*) AS c FROM posts WHERE published = 1");
    out.countIdx = await rw("SELECT count(*) AS c FROM posts WHERE user_id = ?", 2);
    out.postsOfUser = await rw("SELECT * FROM posts WHERE user_id = ? ORDER BY id DESC", 2);
    out.postsOfUserLimit = await rw("SELECT * FROM posts WHERE user_id = ? ORDER BY id DESC LIMIT 1", 2);
    out.groupBy = await rw("SELECT user_id, count(*) FROM posts GROUP BY user_id");
    out.groupByPub = await rw("SELECT published, count(*) FROM posts GROUP BY published");
    out.groupHaving = await rw("SELECT user_id, count(*) c FROM posts GROUP BY user_id HAVING c > 2");
    out.distinct = await rw("SELECT DISTINCT published FROM posts");
    out.like = await rw("SELECT * FROM users WHERE name LIKE ?", "user%");
    out.maxId = await rw("SELECT max(id) FROM posts");
    out.minScore = await rw("SELECT min(score) FROM posts");
    out.sumAvg = await rw("SELECT sum(score), avg(score) FROM posts");
    out.rangeId = await rw("SELECT * FROM posts WHERE id BETWEEN 3 AND 6");
    out.rangeIdGt = await rw("SELECT * FROM posts WHERE id > 15");
    out.inIds = await rw("SELECT * FROM posts WHERE id IN (1, 5, 99)");
    out.inParams = await rw("SELECT * FROM users WHERE id IN (?, ?, ?)", 1, 2, 50);
    out.inEmails = await rw("SELECT * FROM users WHERE email IN ('u1@x', 'u2@x')");
    out.joinInner = await rw("SELECT p.title, u.name FROM posts p JOIN users u ON u.id = p.user_id");
    out.cte = await rw("WITH pub AS (SELECT * FROM posts WHERE published = 1) SELECT count(*) FROM pub");
    out.union = await rw("SELECT id FROM users UNION SELECT id FROM posts");
    out.unionAll = await rw("SELECT id FROM users UNION ALL SELECT id FROM posts");
    out.tagsByPost = await rw("SELECT * FROM tags WHERE post_id = ?", 3);
    out.tagsByTag = await rw("SELECT * FROM tags WHERE tag = ?", "a");
    out.tagsPk = await rw("SELECT * FROM tags WHERE post_id = ? AND tag = ?", 3, "b");
    out.kvGet = await rw("SELECT v FROM kv WHERE k = ?", "k2");
    out.kvMiss = await rw("SELECT v FROM kv WHERE k = ?", "nope");
    out.kvPrefix = await rw("SELECT * FROM kv WHERE k >= ? AND k < ?", "k2", "k4");
    out.kvOrder = await rw("SELECT * FROM kv ORDER BY k DESC");
    out.caseExpr = await rw("SELECT CASE WHEN age > 25 THEN 'old' ELSE 'young' END FROM users");
    out.noTable = await rw("SELECT 1, 2, 3");
    out.values = await rw("VALUES (1), (2), (3)");`),

  d1("d1r2x-d1-app-writes", "rows_read/rows_written of the writes a typical app sends: inserts with defaults and unique indexes, updates by key and by index, deletes with cascades, upserts, RETURNING, INSERT ... SELECT", `${APP}
    out.insert = await rw("INSERT INTO users (email, name) VALUES (?, ?)", "new@x", "n");
    out.insertRet = await rw("INSERT INTO users (email, name) VALUES (?, ?) RETURNING id, created_at IS NOT NULL AS c", "new2@x", "n");
    out.insertMany = await rw("INSERT INTO kv VALUES ('a', '1'), ('b', '2'), ('c', '3')");
    out.insertDup = await rw("INSERT INTO users (email) VALUES ('u1@x')");
    out.insertIgnore = await rw("INSERT OR IGNORE INTO users (email) VALUES ('u1@x')");
    out.insertPost = await rw("INSERT INTO posts (user_id, title) VALUES (1, 'x')");
    out.insertPostFkBad = await rw("INSERT INTO posts (user_id, title) VALUES (999, 'x')");
    out.upsertKvNew = await rw("INSERT INTO kv (k, v) VALUES (?, ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v", "zz", "1");
    out.upsertKvOld = await rw("INSERT INTO kv (k, v) VALUES (?, ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v", "k1", "9");
    out.upsertUsers = await rw("INSERT INTO users (email, name) VALUES (?, ?) ON CONFLICT(email) DO UPDATE SET name = excluded.name", "u2@x", "renamed");
    out.upsertNothing = await rw("INSERT INTO users (email, name) VALUES (?, ?) ON CONFLICT DO NOTHING", "u2@x", "renamed");
    out.replaceKv = await rw("REPLACE INTO kv (k, v) VALUES ('k3', 'r')");
    out.updById = await rw("UPDATE users SET name = ? WHERE id = ?", "z", 2);
    out.updByIdMiss = await rw("UPDATE users SET name = ? WHERE id = ?", "z", 200);
    out.updByEmail = await rw("UPDATE users SET age = age + 1 WHERE email = ?", "u4@x");
    out.updUniqueCol = await rw("UPDATE users SET email = ? WHERE id = ?", "changed@x", 5);
    out.updIndexed = await rw("UPDATE posts SET user_id = 3 WHERE id = 1");
    out.updAll = await rw("UPDATE posts SET score = score * 2");
    out.updWhere = await rw("UPDATE posts SET published = 1 WHERE published = 0");
    out.updRet = await rw("UPDATE posts SET score = 0 WHERE user_id = ? RETURNING id", 3);
    out.delById = await rw("DELETE FROM posts WHERE id = ?", 20);
    out.delByIdx = await rw("DELETE FROM posts WHERE user_id = ?", 5);
    out.delRet = await rw("DELETE FROM kv WHERE k = ? RETURNING *", "k4");
    out.delTags = await rw("DELETE FROM tags WHERE post_id = ?", 2);
    out.insSelect = await rw("INSERT INTO kv SELECT 'p' || id, title FROM posts WHERE id < 4");
    out.delAllKv = await rw("DELETE FROM kv");
    out.delAllWhere1 = await rw("DELETE FROM tags WHERE 1");
    out.final = await val("SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM posts), (SELECT count(*) FROM kv), (SELECT count(*) FROM tags)");`),

  d1("d1r2x-d1-app-ddl", "rows_read/rows_written of schema changes on tables that hold rows: indexes, ALTER TABLE forms, DROP, views, triggers and their fired writes", `${APP}
    out.createIdx = await rw("CREATE INDEX idx_users_name ON users(name)");
    out.createIdxIfNot = await rw("CREATE INDEX IF NOT EXISTS idx_users_name ON users(name)");
    out.createUniqueIdx = await rw("CREATE UNIQUE INDEX idx_kv_v ON kv(v)");
    out.createView = await rw("CREATE VIEW pub AS SELECT * FROM posts WHERE published = 1");
    out.createTrigger = await rw("CREATE TRIGGER tr AFTER INSERT ON kv BEGIN UPDATE users SET age = age + 1 WHERE id = 1; END");
    out.createTable = await rw("CREATE TABLE IF NOT EXISTS users (id INTEGER)");
    out.createNew = await rw("CREATE TABLE logs (id INTEGER PRIMARY KEY, msg TEXT)");
    out.dropIdx = await rw("DROP INDEX idx_users_name");
    out.dropView = await rw("DROP VIEW pub");
    out.dropTrigger = await rw("DROP TRIGGER tr");
    out.dropTable = await rw("DROP TABLE post_tags");
    out.dropIfExists = await rw("DROP TABLE IF EXISTS nothing_here");
    out.dropUsers = await rw("DROP TABLE kv");`),

  d1("d1r2x-d1-meta-rules", "rows_read/rows_written rules on other data: LIMIT on filtered scans and index searches, min/max with and without indexes, key lists, AUTOINCREMENT with ignored and upserted rows, updates of foreign keys, deletes of parents and children, UNION, triggers", `${APP}
    await db.exec("CREATE INDEX idx_users_age ON users(age); CREATE TABLE seq (id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT UNIQUE, n INTEGER DEFAULT 0); INSERT INTO seq (code) VALUES ('a'), ('b'), ('c');");
    out.wl1 = await rw("SELECT * FROM posts WHERE published = 0 LIMIT 1");
    out.wl3 = await rw("SELECT id FROM posts WHERE score > 2 LIMIT 3");
    out.wlParam = await rw("SELECT id FROM posts WHERE score > ? LIMIT 2", 4);
    out.wlOffset = await rw("SELECT id FROM posts WHERE published = 1 LIMIT 2 OFFSET 3");
    out.wlTooMany = await rw("SELECT id FROM posts WHERE published = 1 LIMIT 50");
    out.wlNone = await rw("SELECT id FROM posts WHERE title = 'none' LIMIT 2");
    out.wlAlias = await rw("SELECT p.id FROM posts p WHERE p.score >= 1 LIMIT 4");
    out.wlLimitParam = await rw("SELECT id FROM posts WHERE published = 1 LIMIT ?", 2);
    out.wlFirst = await rw("SELECT * FROM users WHERE age > 24 LIMIT 1");
    out.idxLimit2 = await rw("SELECT * FROM posts WHERE user_id = ? LIMIT 2", 3);
    out.idxLimit5 = await rw("SELECT * FROM posts WHERE user_id = ? LIMIT 5", 3);
    out.idxLimitOrder = await rw("SELECT * FROM posts WHERE user_id = ? ORDER BY id LIMIT 1", 1);
    out.idxLimitMiss = await rw("SELECT * FROM posts WHERE user_id = ? LIMIT 1", 99);
    out.idxAgeLimit = await rw("SELECT * FROM users WHERE age = ? LIMIT 1", 23);
    out.minAge = await rw("SELECT min(age) FROM users");
    out.maxAge = await rw("SELECT max(age) FROM users");
    out.maxName = await rw("SELECT max(name) FROM users");
    out.minId = await rw("SELECT min(id) FROM users");
    out.maxRowid = await rw("SELECT max(rowid) FROM posts");
    out.maxTitle = await rw("SELECT max(title) FROM posts");
    out.inEmailsMiss = await rw("SELECT * FROM users WHERE email IN ('u1@x', 'nope', 'u5@x')");
    out.inEmailsParams = await rw("SELECT id FROM users WHERE email IN (?, ?)", "u2@x", "u3@x");
    out.inCodes = await rw("SELECT * FROM seq WHERE code IN ('a', 'c')");
    out.seqIgnore = await rw("INSERT OR IGNORE INTO seq (code) VALUES ('a')");
    out.seqIgnoreTwo = await rw("INSERT OR IGNORE INTO seq (code) VALUES ('b'), ('z')");
    out.seqUpsert = await rw("INSERT INTO seq (code) VALUES ('c') ON CONFLICT(code) DO UPDATE SET n = n + 1");
    out.seqUpsertRet = await rw("INSERT INTO seq (code) VALUES ('c') ON CONFLICT(code) DO UPDATE SET n = n + 1 RETURNING id, n");
    out.seqNothing = await rw("INSERT INTO seq (code) VALUES ('a') ON CONFLICT DO NOTHING");
    out.seqExplicitIgnore = await rw("INSERT OR IGNORE INTO seq (id, code) VALUES (1, 'q')");
    out.seqNew = await rw("INSERT INTO seq (code) VALUES ('new')");
    out.seqState = await val("SELECT seq FROM sqlite_sequence WHERE name = 'seq'");
    out.updFkOne = await rw("UPDATE posts SET user_id = ? WHERE id = ?", 2, 3);
    out.updFkMany = await rw("UPDATE posts SET user_id = 1 WHERE published = 1");
    out.updFkIdx = await rw("UPDATE posts SET user_id = 4 WHERE user_id = 2");
    out.updFkAndTitle = await rw("UPDATE posts SET title = 'x', user_id = 5 WHERE id = 4");
    out.updNotFk = await rw("UPDATE posts SET title = 'y' WHERE user_id = 3");
    out.delChildScan = await rw("DELETE FROM posts WHERE score > 4.5");
    out.delChildOne = await rw("DELETE FROM posts WHERE id = 2");
    out.delChildIn = await rw("DELETE FROM posts WHERE id IN (6, 7)");
    out.delPlainIdx = await rw("DELETE FROM tags WHERE tag = 'b'");
    out.delSeqScan = await rw("DELETE FROM seq WHERE n >= 0 AND code > 'a'");

    out.delParentNoKids = await rw("DELETE FROM users WHERE id = 8");
    out.delUsersScan = await rw("DELETE FROM users WHERE age > 27");
    out.delParentKidsFail = await rw("DELETE FROM users WHERE id = 1 AND name = ?", "nobody");
    out.joinLeft = await rw("SELECT u.name, p.title FROM users u LEFT JOIN posts p ON p.user_id = u.id");
    out.joinLeftCount = await rw("SELECT u.id, count(p.id) FROM users u LEFT JOIN posts p ON p.user_id = u.id GROUP BY u.id");
    out.subScalar = await rw("SELECT u.name, (SELECT count(*) FROM posts p WHERE p.user_id = u.id) AS n FROM users u");
    out.joinPlain = await rw("SELECT users.name, posts.title FROM users JOIN posts ON posts.user_id = users.id");
    out.joinReversed = await rw("SELECT * FROM users u LEFT JOIN posts p ON u.id = p.user_id");
    out.unionDup = await rw("SELECT user_id FROM posts UNION SELECT id FROM users");
    out.unionOrder = await rw("SELECT id FROM users UNION SELECT id FROM posts ORDER BY 1");
    out.unionLimit = await rw("SELECT id FROM users UNION SELECT id FROM kv LIMIT 3");
    out.unionThree = await rw("SELECT 1 UNION SELECT 2 UNION SELECT 1");
    out.trig1 = await rw("CREATE TRIGGER IF NOT EXISTS t1 AFTER DELETE ON kv BEGIN SELECT 1; END");
    out.trig1again = await rw("CREATE TRIGGER IF NOT EXISTS t1 AFTER DELETE ON kv BEGIN SELECT 1; END");
    out.trig2 = await rw("CREATE TRIGGER t2 BEFORE UPDATE OF v ON kv FOR EACH ROW WHEN new.v IS NULL BEGIN SELECT RAISE(ABORT, 'no'); END");
    out.view2 = await rw("CREATE VIEW IF NOT EXISTS v2 AS SELECT 1");`),

  d1("d1r2x-d1-error-offsets", "offsets of 'no such column' errors when the name occurs several times: compounds, subqueries, joins, aliases, SET and WHERE clauses", `
    await db.exec("CREATE TABLE a (id INTEGER PRIMARY KEY, x TEXT); CREATE TABLE b (k TEXT, v TEXT); INSERT INTO a VALUES (1, 'p'); INSERT INTO b VALUES ('k', 'v');");
    const q = async (sql) => { try { await db.prepare(sql).all(); return "ok"; } catch (e) { return String(e.message); } };
    out.union2nd = await q("SELECT id FROM a UNION SELECT id FROM b");
    out.union1st = await q("SELECT id FROM b UNION SELECT id FROM a");
    out.unionAll = await q("SELECT x, id FROM a UNION ALL SELECT v, id FROM b");
    out.sub = await q("SELECT id, (SELECT id FROM b) FROM a");
    out.whereOnly = await q("SELECT id FROM a WHERE id = (SELECT max(id) FROM b)");
    out.alias = await q("SELECT k AS id FROM b WHERE id > 0");
    out.aliasOrder = await q("SELECT k AS id FROM b ORDER BY id, v");
    out.both = await q("SELECT nope, nope FROM a");
    out.qualified = await q("SELECT a.id, b.id FROM a, b");
    out.updSet = await q("UPDATE b SET v = id WHERE k = 'k' AND id > 0");
    out.updWhere = await q("UPDATE a SET x = 'z' WHERE id IN (SELECT id FROM b)");
    out.cte = await q("WITH c AS (SELECT id FROM a) SELECT id FROM c UNION SELECT id FROM b");
    out.insSel = await q("INSERT INTO a (id, x) SELECT id, v FROM b");
    out.orderBy = await q("SELECT k FROM b ORDER BY k, missing, missing");
    out.caseless = await q("SELECT ID FROM a UNION SELECT Id FROM b");`),
];

const R2P = `
const desc = (o) => o === null || o === undefined ? o ?? "undefined" : ({
  cls: o.constructor.name, key: o.key, size: o.size, etag: o.etag, httpEtag: o.httpEtag,
  checksums: o.checksums.toJSON(), httpMetadata: o.httpMetadata, customMetadata: o.customMetadata, storageClass: o.storageClass,
  range: o.range === undefined ? "absent" : o.range, hasBody: "body" in o, ssecKeyMd5: o.ssecKeyMd5 === undefined ? "absent" : o.ssecKeyMd5,
});
const tr = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) r.ok = desc(r.ok); return r; };
const tb = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) { const d = desc(r.ok); if (r.ok.body && !r.ok.bodyUsed) d.text = await r.ok.text(); r.ok = d; } return r; };
const lst = (l) => ({ keys: l.objects.map((o) => o.key), prefixes: l.delimitedPrefixes, truncated: l.truncated, hasCursor: typeof l.cursor === "string", keysOf: Object.keys(l).sort() });
const hdrs = (h) => Object.fromEntries([...h]);
`;
const r2 = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2P}    const b = env.B; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});

const R2_CASES = [
  r2("d1r2x-r2-ssec", "server-side encryption keys: put/get/head/list/multipart with and without the key, wrong keys, key forms, ssecKeyMd5 values", `
    const K = "0123456789abcdef".repeat(4); const K2 = "f".repeat(64);
    out.put = await tr(() => b.put("e", "secret", { ssecKey: K }));
    out.putUpper = await tr(() => b.put("eu", "secret", { ssecKey: K.toUpperCase() }));
    out.putBuf = await tr(() => b.put("eb", "secret", { ssecKey: new Uint8Array(32).fill(7) }));
    out.putAB = await tr(() => b.put("ea", "secret", { ssecKey: new Uint8Array(32).fill(7).buffer }));
    out.putShortBuf = await tr(() => b.put("es", "secret", { ssecKey: new Uint8Array(16) }));
    out.putNum = await tr(() => b.put("en", "secret", { ssecKey: 5 }));
    out.putNonHex = await tr(() => b.put("eh", "secret", { ssecKey: "z".repeat(64) }));
    out.getNoKey = await tb(() => b.get("e"));
    out.getKey = await tb(() => b.get("e", { ssecKey: K }));
    out.getWrongKey = await tb(() => b.get("e", { ssecKey: K2 }));
    out.getKeyPlain = await tb(() => b.put("plain", "p").then(() => b.get("plain", { ssecKey: K })));
    out.headNoKey = await tr(() => b.head("e"));
    out.getRangeKey = await tb(() => b.get("e", { ssecKey: K, range: { offset: 1, length: 3 } }));
    out.getOnlyIfKey = await tb(() => b.get("e", { ssecKey: K, onlyIf: { etagMatches: "nope" } }));
    out.list = await t(async () => (await b.list()).objects.map((o) => [o.key, o.ssecKeyMd5 === undefined ? "absent" : o.ssecKeyMd5]));
    out.mpu = await t(async () => { const u = await b.createMultipartUpload("m", { ssecKey: K }); const p = await u.uploadPart(1, "abc", { ssecKey: K }); const o = await u.complete([p]); return desc(o); });
    out.mpuGet = await tb(() => b.get("m", { ssecKey: K }));
    out.mpuPartNoKey = await t(async () => { const u = await b.createMultipartUpload("m2", { ssecKey: K }); const p = await u.uploadPart(1, "abc"); return Object.keys(p).sort(); });
    out.mpuPartWrong = await t(async () => { const u = await b.createMultipartUpload("m3", { ssecKey: K }); const p = await u.uploadPart(1, "abc", { ssecKey: K2 }); return Object.keys(p).sort(); });
    out.mpuResume = await t(async () => { const u = await b.createMultipartUpload("m4", { ssecKey: K }); const r = b.resumeMultipartUpload("m4", u.uploadId); const p = await r.uploadPart(1, "zz", { ssecKey: K }); const o = await r.complete([p]); return desc(o); });`),

  r2("d1r2x-r2-body-twice", "reading an R2ObjectBody twice with every reader pair, body after a reader, bytes(), and a get result used as a Response body twice", `
    await b.put("k", "hello world", { httpMetadata: { contentType: "text/plain" } });
    const pair = async (a, c) => { const o = await b.get("k"); const r = {}; try { const v = await o[a](); r.first = v instanceof ArrayBuffer ? "AB" + v.byteLength : v instanceof Uint8Array ? "U8" + v.length : typeof v === "object" ? (v && v.constructor.name) : v; } catch (e) { r.first = e.name + ": " + e.message; } r.used = o.bodyUsed; try { const v = await o[c](); r.second = typeof v === "object" ? (v && v.constructor.name) : v; } catch (e) { r.second = e.name + ": " + e.message; } return r; };
    out.textText = await pair("text", "text");
    out.textJson = await pair("text", "json");
    out.abText = await pair("arrayBuffer", "text");
    out.blobAb = await pair("blob", "arrayBuffer");
    out.hasBytes = await t(async () => { const o = await b.get("k"); return typeof o.bytes; });
    out.bytesText = await pair("bytes", "text");
    out.streamThenText = await t(async () => { const o = await b.get("k"); const rd = o.body.getReader(); const c = await rd.read(); rd.releaseLock(); let s; try { s = await o.text(); } catch (e) { s = e.name + ": " + e.message; } return { len: c.value.length, used: o.bodyUsed, s }; });
    out.bodySame = await t(async () => { const o = await b.get("k"); return o.body === o.body; });
    out.respTwice = await t(async () => { const o = await b.get("k"); const r1 = new Response(o.body); let r2; try { r2 = new Response(o.body); await r2.text(); r2 = "ok"; } catch (e) { r2 = e.name + ": " + e.message; } return { r1: await r1.text(), r2 }; });
    out.textAfterResponse = await t(async () => { const o = await b.get("k"); const r1 = new Response(o.body); await r1.text(); try { return await o.text(); } catch (e) { return e.name + ": " + e.message; } });
    out.jsonBad = await t(async () => { const o = await b.get("k"); return await o.json(); });
    out.blobType = await t(async () => { const o = await b.get("k"); const bl = await o.blob(); return [bl.type, bl.size]; });
    out.headText = await t(async () => { const o = await b.head("k"); return [typeof o.text, typeof o.body, "bodyUsed" in o]; });
    out.rangeTwice = await pair("text", "arrayBuffer");`),
];

export default [...D1_CASES, ...R2_CASES];
