// d1r2e (session 22): D1 and R2 probes recorded against the real Miniflare. Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then `cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs s22` (cases land in out/d1 and out/r2).
import { CD, PRELUDE, modWorker, get, req } from "./_h.mjs";

const D1P = `
const fl = (m) => String(m).split("\\n")[0];
const rows = async (sql, ...v) => { const r = await t(() => db.prepare(sql).bind(...v).raw()); if (r.error) r.error.message = fl(r.error.message); return r; };
const errOf = async (fn) => { try { const r = await fn(); return { ok: r === undefined ? "undefined" : typeof r }; } catch (e) { return { name: e.name, ctor: e.constructor.name, message: fl(e.message), cause: e.cause ? fl(e.cause.message) : "none" }; } };
const enc = (v) => typeof v === "number" ? (Number.isNaN(v) ? "NaN" : Object.is(v, -0) ? "-0" : !Number.isFinite(v) ? String(v) : v) : typeof v === "bigint" ? "big:" + v : v instanceof ArrayBuffer ? "ab:" + v.byteLength : Array.isArray(v) ? v.map(enc) : v;
const bound = async (...v) => { const r = await t(async () => (await db.prepare("SELECT " + v.map(() => "?, typeof(?)").join(", ").replace(/\\?/g, () => "?")).bind(...v.flatMap((x) => [x, x])).raw())[0].map(enc)); if (r.error) r.error.message = fl(r.error.message); return r; };
`;
const d1 = (name, description, body, { steps = [get("/")], d1Databases = ["DB"] } = {}) => ({
  name, area: "d1", description,
  options: modWorker(`${D1P}    const db = env.DB; const out = {};\n${body}\n    return Response.json(out);`, { d1Databases }),
  steps,
});
const R2P = `
const fl = (m) => String(m).split("\\n")[0];
const desc = (o) => o === null || o === undefined ? o ?? "undefined" : ({
  cls: o.constructor.name, key: o.key, size: o.size, etag: o.etag, httpEtag: o.httpEtag,
  checksums: o.checksums.toJSON(), httpMetadata: o.httpMetadata, customMetadata: o.customMetadata, storageClass: o.storageClass,
  range: o.range === undefined ? "absent" : o.range, hasBody: "body" in o,
});
const tr = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) r.ok = desc(r.ok); return r; };
const tb = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) { const d = desc(r.ok); if (r.ok.body && !r.ok.bodyUsed) d.text = await r.ok.text(); r.ok = d; } return r; };
const lst = (l) => ({ keys: l.objects.map((o) => o.key), prefixes: l.delimitedPrefixes, truncated: l.truncated, hasCursor: typeof l.cursor === "string" });
const hdrs = (h) => Object.fromEntries([...h]);
`;
const r2 = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2P}    const b = env.B; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});

export const r2cases = [
  r2("r2-s22-request-bodies", "put of request bodies sent by dispatchFetch: without Content-Length a stream of unknown length (refused, body unused), an empty string body gets Content-Length 0; with one a known length; new Request(req), req.clone() and uploadPart", `
    if (req.method !== "GET") {
      const m = url.searchParams.get("m");
      out.cl = req.headers.get("content-length");
      out.te = req.headers.get("transfer-encoding");
      if (m === "body") {
        out.put = await tb(async () => { await b.put("rb", req.body); return b.get("rb"); });
        out.used = req.bodyUsed;
        out.again = await tr(() => b.put("rb2", req.body));
        out.text = await t(() => req.text());
      } else if (m === "clone") {
        out.put = await tr(() => b.put("cl", req.clone().body));
        out.used = req.bodyUsed;
        out.text = await t(() => req.text());
      } else if (m === "copy") {
        out.put = await tr(() => b.put("cp", new Request(req).body));
        out.used = req.bodyUsed;
        out.text = await t(() => req.text());
      } else if (m === "copyInit") {
        out.put = await tr(() => b.put("ci", new Request("http://x/", { method: "POST", body: req.body }).body));
      } else if (m === "response") {
        out.put = await tr(() => b.put("rs", new Response(req.body).body));
      } else if (m === "part") {
        out.part = await t(async () => { const u = await b.createMultipartUpload("mp"); const p = await u.uploadPart(1, req.body); return p.partNumber; });
        out.used = req.bodyUsed;
      } else if (m === "tee") {
        out.put = await tr(() => b.put("te", req.body.tee()[0]));
      } else if (m === "value") {
        out.put = await tr(() => b.put("rq", req));
      }
    }
  `, { steps: ["body", "clone", "copy", "copyInit", "response", "part", "tee", "value"].flatMap((m) => [
      req("POST", "http://localhost/?m=" + m, { "content-type": "text/plain" }, "posted body"),
      req("PUT", "http://localhost/?m=" + m, { "content-length": "11" }, "posted body"),
      req("POST", "http://localhost/?m=" + m, {}, "")]) }),
];

const B_PUT = `${PRELUDE}
export default { async fetch(req, env) {
  const out = { cl: req.headers.get("content-length"), te: req.headers.get("transfer-encoding") };
  out.put = await t(async () => { const o = await env.B.put("k", req.body); return o.size; });
  out.used = req.bodyUsed;
  if (!out.used) out.text = await t(() => req.text());
  return Response.json(out);
} };`;
const fwd = (name, description, aBody, steps) => ({
  name, area: "r2", description,
  options: { workers: [
    { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { S: "b" }, script: `${PRELUDE}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const m = url.searchParams.get("m"); const te = new TextEncoder();
${aBody}
} };` },
    { name: "b", modules: true, compatibilityDate: CD, r2Buckets: ["B"], script: B_PUT },
  ] },
  steps,
});
export const fwdcases = [
  fwd("r2-s22-forwarded-bodies", "a request forwarded through a service binding keeps its framing: put of its body in the target worker is refused without a known length; bodies made by the sender (string, bytes, Blob, streams, FixedLengthStream, another Response's body)", `
    if (m === "fwd") return env.S.fetch(req);
    if (m === "fwdCopy") return env.S.fetch(new Request("http://b/", req));
    if (m === "fwdBody") return env.S.fetch("http://b/", { method: "POST", body: req.body });
    if (m === "str") return env.S.fetch("http://b/", { method: "POST", body: "a string" });
    if (m === "empty") return env.S.fetch("http://b/", { method: "POST", body: "" });
    if (m === "none") return env.S.fetch("http://b/", { method: "POST" });
    if (m === "bytes") return env.S.fetch("http://b/", { method: "PUT", body: te.encode("bytes!") });
    if (m === "blob") return env.S.fetch("http://b/", { method: "PUT", body: new Blob(["blob"]) });
    if (m === "stream") return env.S.fetch("http://b/", { method: "PUT", body: new ReadableStream({ start(c) { c.enqueue(te.encode("st")); c.close(); } }) });
    if (m === "fixed") { const f = new FixedLengthStream(3); const w = f.writable.getWriter(); w.write(te.encode("fix")); w.close(); return env.S.fetch("http://b/", { method: "PUT", body: f.readable }); }
    if (m === "resp") return env.S.fetch("http://b/", { method: "PUT", body: new Response("response body").body });
    if (m === "form") { const f = new FormData(); f.set("a", "1"); return env.S.fetch("http://b/", { method: "POST", body: f }); }
    if (m === "params") return env.S.fetch("http://b/", { method: "POST", body: new URLSearchParams("a=1&b=2") });
    return new Response("?");
  `, [
    req("POST", "http://localhost/?m=fwd", {}, "incoming"), req("POST", "http://localhost/?m=fwd", { "content-length": "8" }, "incoming"),
    req("POST", "http://localhost/?m=fwdCopy", {}, "incoming"), req("POST", "http://localhost/?m=fwdCopy", { "content-length": "8" }, "incoming"),
    req("POST", "http://localhost/?m=fwdBody", {}, "incoming"), req("POST", "http://localhost/?m=fwdBody", { "content-length": "8" }, "incoming"),
    ...["str", "empty", "none", "bytes", "blob", "stream", "fixed", "resp", "form", "params"].map((m) => get("/?m=" + m)),
  ]),
];

export const d1cases = [
  d1("d1-s22-sorter-reads", "rows_read of sorters: ORDER BY and GROUP BY over full scans with and without filters and limits, over index and rowid searches, over joins; two sorters", `
    const m = async (sql, ...v) => { const r = await t(() => db.prepare(sql).bind(...v).all()); if (r.error) return { error: fl(r.error.message) }; return [r.ok.results.length, r.ok.meta.rows_read]; };
    await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, c TEXT)");
    await db.exec("CREATE INDEX t_a ON t(a)");
    await db.exec("CREATE TABLE u (id INTEGER PRIMARY KEY, t_id INTEGER, v INTEGER)");
    await db.exec("CREATE INDEX u_t ON u(t_id)");
    for (let i = 1; i <= 10; i++) await db.prepare("INSERT INTO t (a, b, c) VALUES (?, ?, ?)").bind(i % 4, 10 - i, "c" + (i % 3)).run();
    for (let i = 1; i <= 8; i++) await db.prepare("INSERT INTO u (t_id, v) VALUES (?, ?)").bind(1 + (i % 5), i).run();
    const q = {};
    q.orderAll = await m("SELECT * FROM t ORDER BY b");
    q.orderFiltered = await m("SELECT * FROM t WHERE b < 4 ORDER BY c");
    q.orderFilteredNone = await m("SELECT * FROM t WHERE b > 100 ORDER BY c");
    q.orderLimit = await m("SELECT * FROM t ORDER BY b LIMIT 2");
    q.orderFilteredLimit = await m("SELECT * FROM t WHERE b < 6 ORDER BY c LIMIT 2");
    q.orderLimitOffset = await m("SELECT * FROM t ORDER BY c LIMIT 2 OFFSET 3");
    q.groupAll = await m("SELECT c, count(*) FROM t GROUP BY c");
    q.groupFiltered = await m("SELECT c, count(*) FROM t WHERE b < 4 GROUP BY c");
    q.groupOrder = await m("SELECT c, count(*) AS n FROM t GROUP BY c ORDER BY n DESC, c");
    q.indexEqOrder = await m("SELECT * FROM t WHERE a = 1 ORDER BY b");
    q.indexEqOrderLimit = await m("SELECT * FROM t WHERE a = 1 ORDER BY b LIMIT 1");
    q.indexRangeOrder = await m("SELECT * FROM t WHERE a > 1 ORDER BY b");
    q.rowidRangeOrder = await m("SELECT * FROM t WHERE id > 6 ORDER BY b");
    q.rowidInOrder = await m("SELECT * FROM t WHERE id IN (2, 4, 6) ORDER BY c, b");
    q.joinOrder = await m("SELECT t.id, u.v FROM t JOIN u ON u.t_id = t.id ORDER BY u.v DESC");
    q.leftJoinGroupOrder = await m("SELECT t.id, count(u.id) AS n FROM t LEFT JOIN u ON u.t_id = t.id GROUP BY t.id ORDER BY n DESC, t.id");
    q.leftJoinOrder = await m("SELECT t.id, u.v FROM t LEFT JOIN u ON u.t_id = t.id ORDER BY t.c, u.v");
    q.uEqOrder = await m("SELECT * FROM u WHERE t_id = 2 ORDER BY v DESC");
    q.orderByIndexFilteredAll = await m("SELECT * FROM t WHERE b > 100 ORDER BY a LIMIT 3");
    q.rowidRangeDescLimit = await m("SELECT * FROM t WHERE id < 8 ORDER BY id DESC LIMIT 3");
    q.rowidRangeAscLimit = await m("SELECT * FROM t WHERE id > 2 ORDER BY id LIMIT 3");
    q.rowidRangeLimitShort = await m("SELECT * FROM t WHERE id > 8 ORDER BY id LIMIT 3");
    q.rowidBetweenLimit = await m("SELECT * FROM t WHERE id BETWEEN 2 AND 9 LIMIT 2");
    out.q = q;
  `),
  d1("d1-s22-app-meta", "meta of a blog app's queries: unique email index, posts with a foreign key index, comments, tags many-to-many; pagination, joins, group by counts, upserts, returning, deletes", `
    const m = async (sql, ...v) => { const r = await t(() => db.prepare(sql).bind(...v).all()); if (r.error) return { error: fl(r.error.message) }; const x = r.ok.meta; return { n: r.ok.results.length, first: r.ok.results[0] ?? null, read: x.rows_read, written: x.rows_written, changes: x.changes, last: x.last_row_id, changed: x.changed_db }; };
    await db.exec("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT, created_at INTEGER NOT NULL DEFAULT 0)");
    await db.exec("CREATE TABLE posts (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, title TEXT NOT NULL, body TEXT, published INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)");
    await db.exec("CREATE INDEX posts_user ON posts(user_id)");
    await db.exec("CREATE INDEX posts_created ON posts(created_at)");
    await db.exec("CREATE TABLE comments (id INTEGER PRIMARY KEY, post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE, author TEXT, text TEXT)");
    await db.exec("CREATE INDEX comments_post ON comments(post_id)");
    await db.exec("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT UNIQUE)");
    await db.exec("CREATE TABLE post_tags (post_id INTEGER NOT NULL, tag_id INTEGER NOT NULL, PRIMARY KEY (post_id, tag_id)) WITHOUT ROWID");
    const q = {};
    q.u1 = await m("INSERT INTO users (email, name, created_at) VALUES (?, ?, ?) RETURNING id", "a@x", "Ann", 1);
    q.u2 = await m("INSERT INTO users (email, name, created_at) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)", "b@x", "Bob", 2, "c@x", "Cy", 3, "d@x", "Di", 4);
    q.dupEmail = await m("INSERT INTO users (email, name, created_at) VALUES (?, ?, ?)", "a@x", "Again", 5);
    q.upsert = await m("INSERT INTO users (email, name, created_at) VALUES (?, ?, ?) ON CONFLICT(email) DO UPDATE SET name = excluded.name", "b@x", "Bobby", 6);
    q.upsertNew = await m("INSERT INTO users (email, name, created_at) VALUES (?, ?, ?) ON CONFLICT(email) DO UPDATE SET name = excluded.name RETURNING *", "e@x", "Eve", 7);
    q.ignore = await m("INSERT OR IGNORE INTO users (email, name) VALUES (?, ?)", "c@x", "dup");
    for (let i = 1; i <= 12; i++) q["p" + i] = await m("INSERT INTO posts (user_id, title, body, published, created_at) VALUES (?, ?, ?, ?, ?)", 1 + (i % 4), "Post " + i, "Body " + i, i % 3 === 0 ? 0 : 1, 100 + i);
    q.comments = await m("INSERT INTO comments (post_id, author, text) SELECT id, 'bot', 'first!' FROM posts WHERE published = 1");
    q.moreComments = await m("INSERT INTO comments (post_id, author, text) VALUES (1, 'ann', 'x'), (1, 'bob', 'y'), (2, 'cy', 'z')");
    q.tags = await m("INSERT INTO tags (name) VALUES ('js'), ('sql'), ('java')");
    q.postTags = await m("INSERT INTO post_tags VALUES (1, 1), (1, 2), (2, 2), (3, 3), (4, 1)");
    q.byEmail = await m("SELECT * FROM users WHERE email = ?", "c@x");
    q.byEmailMissing = await m("SELECT * FROM users WHERE email = ?", "zz@x");
    q.byId = await m("SELECT id, name FROM users WHERE id = ?", 2);
    q.page2 = await m("SELECT * FROM posts WHERE published = 1 ORDER BY created_at DESC LIMIT 5 OFFSET 5");
    q.pageById = await m("SELECT * FROM posts ORDER BY id DESC LIMIT 3");
    q.cursor = await m("SELECT * FROM posts WHERE id < ? ORDER BY id DESC LIMIT 3", 8);
    q.byUser = await m("SELECT * FROM posts WHERE user_id = ? ORDER BY created_at DESC", 2);
    q.countPublished = await m("SELECT count(*) AS n FROM posts WHERE published = 1");
    q.countByUser = await m("SELECT count(*) AS n FROM posts WHERE user_id = ?", 3);
    q.join = await m("SELECT p.id, p.title, u.name FROM posts p JOIN users u ON u.id = p.user_id WHERE p.published = 1 ORDER BY p.id");
    q.joinOne = await m("SELECT p.*, u.email FROM posts p JOIN users u ON u.id = p.user_id WHERE p.id = ?", 5);
    q.leftJoinCount = await m("SELECT p.id, count(c.id) AS comments FROM posts p LEFT JOIN comments c ON c.post_id = p.id GROUP BY p.id ORDER BY p.id");
    q.userPostCounts = await m("SELECT u.id, u.name, count(p.id) AS posts FROM users u LEFT JOIN posts p ON p.user_id = u.id GROUP BY u.id ORDER BY posts DESC, u.id");
    q.postsOfTag = await m("SELECT p.title FROM posts p WHERE p.id IN (SELECT post_id FROM post_tags WHERE tag_id = ?)", 2);
    q.exists = await m("SELECT EXISTS (SELECT 1 FROM users WHERE email = ?) AS taken", "a@x");
    q.like = await m("SELECT id FROM posts WHERE title LIKE ?", "%1%");
    q.maxCreated = await m("SELECT max(created_at) AS m FROM posts");
    q.sumGroup = await m("SELECT user_id, sum(published) AS s FROM posts GROUP BY user_id");
    q.distinct = await m("SELECT DISTINCT user_id FROM posts ORDER BY user_id");
    q.subSelect = await m("SELECT u.name, (SELECT count(*) FROM posts p WHERE p.user_id = u.id) AS n FROM users u ORDER BY u.id");
    q.update = await m("UPDATE posts SET title = ? WHERE id = ?", "Renamed", 3);
    q.updateMany = await m("UPDATE posts SET published = 1 WHERE published = 0");
    q.updateIndexed = await m("UPDATE posts SET created_at = created_at + 1000 WHERE user_id = ?", 1);
    q.updateReturning = await m("UPDATE users SET name = upper(name) WHERE id IN (1, 2) RETURNING id, name");
    q.deleteComment = await m("DELETE FROM comments WHERE id = ?", 1);
    q.deleteByPost = await m("DELETE FROM comments WHERE post_id = ?", 2);
    q.deleteTag = await m("DELETE FROM post_tags WHERE post_id = ? AND tag_id = ?", 1, 2);
    q.deleteReturning = await m("DELETE FROM users WHERE email = ? RETURNING id", "e@x");
    q.final = await m("SELECT (SELECT count(*) FROM users) AS u, (SELECT count(*) FROM posts) AS p, (SELECT count(*) FROM comments) AS c");
    out.q = q;
  `),
];

export default [...d1cases, ...r2cases, ...fwdcases];
