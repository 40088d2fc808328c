// store25 (session 25): KV, D1, R2 and Hyperdrive probes recorded against the real Miniflare. Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then `cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs s25` (cases land in out/d1, out/r2, out/kv and out/hyperdrive).
import { modWorker, get } from "./_h.mjs";

const fl = `const fl = (m) => String(m).split("\\n")[0];`;
const D1P = `
${fl}
const errOf = async (fn) => { try { const r = await fn(); return { ok: r === undefined ? "undefined" : r }; } catch (e) { return { name: e.name, ctor: e.constructor.name, message: fl(e.message), cause: e.cause ? fl(e.cause.message) : "none" }; } };
const m = async (sql, ...v) => { try { const r = await db.prepare(sql).bind(...v).all(); return [r.results.length, r.meta.rows_read, r.meta.rows_written, r.meta.changes]; } catch (e) { return fl(e.message); } };
`;
const d1 = (name, description, body, { steps = [get("/")], d1Databases = ["DB"] } = {}) => ({
  name, area: "d1", description,
  options: modWorker(`    const db = env.DB; const out = {};\n${D1P}\n${body}\n    return Response.json(out);`, { d1Databases }),
  steps,
});
const blog = `
    await db.batch([
      db.prepare("CREATE TABLE authors (id INTEGER PRIMARY KEY, handle TEXT NOT NULL UNIQUE, name TEXT)"),
      db.prepare("CREATE TABLE posts (id INTEGER PRIMARY KEY AUTOINCREMENT, slug TEXT NOT NULL UNIQUE, author_id INTEGER NOT NULL REFERENCES authors(id), created_at INTEGER NOT NULL, views INTEGER NOT NULL DEFAULT 0, title TEXT NOT NULL, published INTEGER NOT NULL DEFAULT 0)"),
      db.prepare("CREATE INDEX posts_author_created ON posts (author_id, created_at)"),
      db.prepare("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
      db.prepare("CREATE TABLE post_tags (post_id INTEGER NOT NULL, tag_id INTEGER NOT NULL, PRIMARY KEY (post_id, tag_id)) WITHOUT ROWID"),
    ]);
    const st = [];
    for (let a = 1; a <= 3; a++) st.push(db.prepare("INSERT INTO authors (id, handle, name) VALUES (?, ?, ?)").bind(a, "h" + a, "Author " + a));
    for (let p = 1; p <= 12; p++) st.push(db.prepare("INSERT INTO posts (slug, author_id, created_at, title, published) VALUES (?, ?, ?, ?, ?)").bind("post-" + p, 1 + (p % 3), 1000 + p, "Title " + p, p % 4 === 0 ? 0 : 1));
    for (let t = 1; t <= 4; t++) st.push(db.prepare("INSERT INTO tags (id, name) VALUES (?, ?)").bind(t, "tag" + t));
    for (let p = 1; p <= 12; p++) st.push(db.prepare("INSERT INTO post_tags (post_id, tag_id) VALUES (?, ?)").bind(p, 1 + (p % 4)));
    for (let p = 1; p <= 6; p++) st.push(db.prepare("INSERT INTO post_tags (post_id, tag_id) VALUES (?, ?)").bind(p, 1 + ((p + 1) % 4)));
    await db.batch(st);
`;
export default [
  d1("d1-s25-blog-reads-meta", "rows_read of a blog's read queries: index range with ORDER BY and LIMIT, a composite index prefix, counts, group by, a WITHOUT ROWID join table", `
${blog}
    const q = {};
    q.byAuthorLatest = await m("SELECT id, title FROM posts WHERE author_id = ? ORDER BY created_at DESC LIMIT 2", 2);
    q.byAuthorPage2 = await m("SELECT id, title FROM posts WHERE author_id = ? ORDER BY created_at DESC LIMIT 2 OFFSET 2", 2);
    q.byAuthorSince = await m("SELECT id FROM posts WHERE author_id = ? AND created_at > ?", 1, 1005);
    q.countByAuthor = await m("SELECT count(*) AS n FROM posts WHERE author_id = ?", 3);
    q.groupByAuthor = await m("SELECT author_id, count(*) AS n FROM posts GROUP BY author_id");
    q.publishedLatest = await m("SELECT id FROM posts WHERE published = 1 ORDER BY created_at DESC LIMIT 3");
    q.bySlug = await m("SELECT * FROM posts WHERE slug = ?", "post-7");
    q.bySlugMissing = await m("SELECT * FROM posts WHERE slug = ?", "nope");
    q.tagsOfPost = await m("SELECT t.name FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = ?", 3);
    q.postsOfTag = await m("SELECT post_id FROM post_tags WHERE tag_id = ?", 2);
    q.inList = await m("SELECT id FROM posts WHERE id IN (?, ?, ?)", 2, 5, 99);
    q.slugIn = await m("SELECT id FROM posts WHERE slug IN ('post-1', 'post-2')");
    q.maxCreated = await m("SELECT max(created_at) AS m FROM posts WHERE author_id = ?", 1);
    q.orderByViewsLimit = await m("SELECT id FROM posts ORDER BY views DESC, id LIMIT 5");
    q.distinctAuthors = await m("SELECT DISTINCT author_id FROM posts");
    q.authorJoinPosts = await m("SELECT a.handle, p.slug FROM authors a JOIN posts p ON p.author_id = a.id WHERE a.handle = ?", "h1");
    q.leftJoinCounts = await m("SELECT a.id, count(p.id) AS n FROM authors a LEFT JOIN posts p ON p.author_id = a.id GROUP BY a.id");
    out.q = q;
`),
  d1("d1-s25-blog-writes-meta", "rows_read, rows_written and changes of a blog's writes: counters, upserts on a WITHOUT ROWID table, INSERT OR IGNORE, REPLACE, deletes through an index, INSERT ... SELECT", `
${blog}
    const q = {};
    q.bumpViews = await m("UPDATE posts SET views = views + 1 WHERE slug = ?", "post-3");
    q.bumpViewsMissing = await m("UPDATE posts SET views = views + 1 WHERE slug = ?", "nope");
    q.publishAuthor = await m("UPDATE posts SET published = 1 WHERE author_id = ? AND published = 0", 1);
    q.tagIgnoreDup = await m("INSERT OR IGNORE INTO post_tags (post_id, tag_id) VALUES (?, ?)", 1, 2);
    q.tagIgnoreNew = await m("INSERT OR IGNORE INTO post_tags (post_id, tag_id) VALUES (?, ?)", 1, 4);
    q.tagUpsertNothing = await m("INSERT INTO post_tags (post_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING", 2, 3);
    q.tagReplace = await m("REPLACE INTO tags (id, name) VALUES (?, ?)", 2, "tag2b");
    q.tagReplaceNew = await m("REPLACE INTO tags (id, name) VALUES (?, ?)", 9, "tag9");
    q.untagPost = await m("DELETE FROM post_tags WHERE post_id = ?", 5);
    q.deleteByAuthor = await m("DELETE FROM posts WHERE author_id = ? AND created_at < ?", 3, 1007);
    q.copyTitles = await m("INSERT INTO tags (name) SELECT 'from-' || slug FROM posts WHERE author_id = ?", 2);
    q.upsertAuthor = await m("INSERT INTO authors (id, handle, name) VALUES (?, ?, ?) ON CONFLICT(handle) DO UPDATE SET name = excluded.name", 7, "h2", "Renamed");
    q.returningIds = await m("UPDATE posts SET views = 5 WHERE author_id = ? RETURNING id", 1);
    q.touchAll = await m("UPDATE posts SET views = 0");
    out.q = q;
`),
  d1("d1-s25-result-quirks", "duplicate column names in results, raw and first; expressions as column names; integers past 2^53; booleans and NaN bound", `
    await db.exec("CREATE TABLE t (a INTEGER, b TEXT)");
    await db.prepare("INSERT INTO t VALUES (1, 'x'), (2, 'y')").run();
    out.dupAll = (await db.prepare("SELECT a, b AS a FROM t ORDER BY rowid").all()).results;
    out.dupRaw = await db.prepare("SELECT a, b AS a FROM t ORDER BY rowid").raw({ columnNames: true });
    out.dupFirst = await db.prepare("SELECT a, b AS a FROM t ORDER BY rowid").first();
    out.dupFirstCol = await errOf(() => db.prepare("SELECT a, b AS a FROM t ORDER BY rowid").first("a"));
    out.exprNames = (await db.prepare("SELECT 1+1, 'x' || b, count(*), a IS NULL FROM t").all()).results;
    out.big = await db.prepare("SELECT 9007199254740993 AS v, typeof(9007199254740993) AS t, -9223372036854775808 AS lo").first();
    out.bigText = await db.prepare("SELECT CAST(9007199254740993 AS TEXT) AS v").first();
    out.boolBind = await errOf(() => db.prepare("SELECT ? AS t, ? AS f, typeof(?) AS ty").bind(true, false, true).first());
    out.nanBind = await errOf(() => db.prepare("SELECT ? AS v, typeof(?) AS ty").bind(NaN, NaN).first());
    out.infBind = await errOf(() => db.prepare("SELECT ? AS v").bind(Infinity).first());
    out.negZero = await errOf(() => db.prepare("SELECT ? AS v, typeof(?) AS ty").bind(-0, -0).first());
    out.floatInt = await db.prepare("SELECT 2.0 AS v, typeof(2.0) AS t, 1e20 AS e, 0.1 + 0.2 AS s").first();
`),
  { name: "r2-s25-cross-binding-bodies", area: "r2", description: "bodies passed between bindings: an R2 put of a KV stream, of an R2 object's body, of a D1 blob; KV puts of R2 bodies; sizes and checksums kept",
    options: modWorker(`
    const out = {}; const r2 = env.R2; const kv = env.KV; const db = env.DB;
    const step = async (fn) => { try { return await fn(); } catch (e) { return { error: e.constructor.name + ": " + String(e.message).split("\\n")[0] }; } };
    await kv.put("k", "hello from kv");
    out.kvStreamToR2 = await step(async () => { const o = await r2.put("a", await kv.get("k", "stream")); return o.size; });
    out.kvBufferToR2 = await step(async () => { const o = await r2.put("b", await kv.get("k", "arrayBuffer")); return [o.size, o.etag]; });
    out.r2BodyToR2 = await step(async () => { const src = await r2.get("b"); const o = await r2.put("c", src.body); return [o.size, o.etag]; });
    out.r2BodyToKv = await step(async () => { const src = await r2.get("b"); await kv.put("fromR2", src.body); return await kv.get("fromR2"); });
    out.r2ObjectToKvMeta = await step(async () => { const h = await r2.head("b"); await kv.put("meta", "x", { metadata: { etag: h.etag, size: h.size, uploaded: h.uploaded } }); const m = (await kv.getWithMetadata("meta")).metadata; return [m.size, m.etag === h.etag, typeof m.uploaded]; });
    out.r2ObjectItselfToKvMeta = await step(async () => { const h = await r2.head("b"); await kv.put("meta2", "x", { metadata: h }); return Object.keys((await kv.getWithMetadata("meta2")).metadata).sort(); });
    await db.exec("CREATE TABLE files (k TEXT PRIMARY KEY, data BLOB)");
    out.r2ToD1 = await step(async () => { const buf = await (await r2.get("b")).arrayBuffer(); await db.prepare("INSERT INTO files VALUES (?, ?)").bind("b", buf).run(); const r = await db.prepare("SELECT length(data) AS n, typeof(data) AS t FROM files").first(); return r; });
    out.d1ToR2 = await step(async () => { const r = await db.prepare("SELECT data FROM files WHERE k = ?").bind("b").first(); const o = await r2.put("d", new Uint8Array(r.data)); return [Array.isArray(r.data), o.size, await (await r2.get("d")).text()]; });
    out.d1ArrayToR2 = await step(async () => { const r = await db.prepare("SELECT data FROM files WHERE k = ?").bind("b").first(); const o = await r2.put("e", r.data); return o.size; });
    out.jsonToR2 = await step(async () => { const o = await r2.put("f", JSON.stringify(await kv.get("k", "json").catch(() => "bad json"))); return (await r2.get("f")).text(); });
    out.teeToBoth = await step(async () => { const src = await r2.get("b"); const [x, y] = src.body.tee(); await kv.put("tee", x); const o = await r2.put("g", y); return o.size; });
    out.list = (await r2.list()).objects.map((o) => [o.key, o.size]);
    return Response.json(out);`, { r2Buckets: ["R2"], kvNamespaces: ["KV"], d1Databases: ["DB"] }),
    steps: [get("/")] },
  d1("d1-s25-index-range-more-meta", "rows_read of index ranges under equalities in more shapes: a non-index filter, >=, two equalities before a range, ORDER BY with LIMIT, and writes through such ranges", `
${blog}
    await db.exec("CREATE INDEX posts_author_pub_created ON posts (author_id, published, created_at)");
    const q = {};
    for (const a of [1, 3]) {
      q["filtered" + a] = await m("SELECT id FROM posts WHERE author_id = ? AND created_at > ? AND views = 0", a, 1005);
      q["ge" + a] = await m("SELECT id FROM posts WHERE author_id = ? AND created_at >= ?", a, 1006);
      q["twoEq" + a] = await m("SELECT id FROM posts WHERE author_id = ? AND published = 1 AND created_at > ?", a, 1004);
      q["orderLimit" + a] = await m("SELECT id FROM posts WHERE author_id = ? AND created_at > ? ORDER BY created_at LIMIT 1", a, 1004);
      q["countRange" + a] = await m("SELECT count(*) FROM posts WHERE author_id = ? AND created_at > ?", a, 1004);
    }
    q.update = await m("UPDATE posts SET views = views + 1 WHERE author_id = ? AND created_at > ?", 1, 1005);
    q.del = await m("DELETE FROM posts WHERE author_id = ? AND created_at < ?", 2, 1005);
    q.plan = (await db.prepare("EXPLAIN QUERY PLAN SELECT id FROM posts WHERE author_id = ? AND published = 1 AND created_at > ?").bind(1, 1004).all()).results.map((r) => r.detail);
    out.q = q;
`),
  { name: "hyperdrive-s25-own-descriptors", area: "hyperdrive", description: "a Hyperdrive binding's own properties: descriptors, delete, defineProperty, Object.freeze state",
    options: modWorker(`
    const h = env.HD; const out = {};
    out.own = Object.fromEntries(Object.getOwnPropertyNames(h).map((k) => { const d = Object.getOwnPropertyDescriptor(h, k); return [k, { value: typeof d.value, get: typeof d.get, enumerable: d.enumerable, configurable: d.configurable, writable: d.writable }]; }));
    out.extensible = Object.isExtensible(h); out.frozen = Object.isFrozen(h);
    out.del = (() => { try { const r = delete h.port; return [r, typeof h.port]; } catch (e) { return e.constructor.name + ": " + e.message; } })();
    out.addProp = (() => { try { h.extra = 1; return h.extra; } catch (e) { return e.constructor.name + ": " + e.message; } })();
    out.assignHost = (() => { try { h.host = "x"; return h.host; } catch (e) { return [e.constructor.name, /read only property 'host'/.test(e.message), h.host === "x"]; } })();
    return Response.json(out);`, { hyperdrives: { HD: "postgres://user:pass@localhost:5432/db" } }),
    steps: [get("/")] },
  d1("d1-s25-index-range-ends-meta", "rows_read of equality and range searches on a composite index, for the first, middle and last key (the entry after a range), and min/max over an index prefix", `
${blog}
    const q = {};
    for (const a of [1, 2, 3]) {
      q["eq" + a] = await m("SELECT id FROM posts WHERE author_id = ?", a);
      q["count" + a] = await m("SELECT count(*) FROM posts WHERE author_id = ?", a);
      q["gt" + a] = await m("SELECT id FROM posts WHERE author_id = ? AND created_at > ?", a, 1005);
      q["lt" + a] = await m("SELECT id FROM posts WHERE author_id = ? AND created_at < ?", a, 1005);
      q["between" + a] = await m("SELECT id FROM posts WHERE author_id = ? AND created_at BETWEEN ? AND ?", a, 1003, 1009);
      q["gtNone" + a] = await m("SELECT id FROM posts WHERE author_id = ? AND created_at > ?", a, 2000);
      q["max" + a] = await m("SELECT max(created_at) FROM posts WHERE author_id = ?", a);
      q["min" + a] = await m("SELECT min(created_at) FROM posts WHERE author_id = ?", a);
      q["maxId" + a] = await m("SELECT max(id) FROM posts WHERE author_id = ?", a);
    }
    q.maxAll = await m("SELECT max(created_at) FROM posts");
    q.minSlug = await m("SELECT min(slug) FROM posts");
    q.maxRowid = await m("SELECT max(id) FROM posts");
    q.maxMissing = await m("SELECT max(created_at) FROM posts WHERE author_id = ?", 9);
    q.maxGt = await m("SELECT max(created_at) FROM posts WHERE author_id = ? AND created_at < ?", 2, 1008);
    q.slugGt = await m("SELECT id FROM posts WHERE slug > ?", "post-5");
    q.slugRange = await m("SELECT id FROM posts WHERE slug >= ? AND slug < ?", "post-2", "post-4");
    q.idRange = await m("SELECT id FROM posts WHERE id > ? AND id <= ?", 3, 7);
    out.q = q;
`),
  { name: "hyperdrive-s25-binding-more", area: "hyperdrive", description: "two Hyperdrive bindings: property descriptors, prototype getters, assignment, enumeration and the host of each",
    options: modWorker(`
    const h = env.HD, g = env.HD2; const out = {};
    const proto = Object.getPrototypeOf(h);
    out.protoCtor = proto.constructor.name;
    out.descs = Object.fromEntries(Object.getOwnPropertyNames(proto).sort().map((k) => { const d = Object.getOwnPropertyDescriptor(proto, k); return [k, { get: typeof d.get, set: typeof d.set, value: typeof d.value, enumerable: d.enumerable, configurable: d.configurable, writable: d.writable }]; }));
    out.ownNames = Object.getOwnPropertyNames(h).sort();
    out.forIn = []; for (const k in h) out.forIn.push(k); out.forIn.sort();
    out.inHost = "host" in h; out.hasOwnHost = Object.prototype.hasOwnProperty.call(h, "host");
    out.toStringTag = Object.prototype.toString.call(h);
    out.sameProto = Object.getPrototypeOf(g) === proto;
    out.sameHost = h.host === g.host;
    out.gShape = /^[0-9a-f]{32}\\.hyperdrive\\.local$/.test(g.host);
    out.g = { user: g.user, password: g.password, database: g.database, port: g.port, typeofPort: typeof g.port };
    out.assign = (() => { try { "use strict"; h.user = "changed"; return h.user; } catch (e) { return [e.constructor.name, /read only property 'user'/.test(e.message), h.user]; } })();
    out.connectLength = h.connect.length;
    out.keysOrder = Object.keys(JSON.parse(JSON.stringify(g)));
    return Response.json(out);`, { hyperdrives: { HD: "postgres://user:pass@localhost:5432/db", HD2: "mysql://root:secret@127.0.0.1:3307/shop" } }),
    steps: [get("/")] },
];
