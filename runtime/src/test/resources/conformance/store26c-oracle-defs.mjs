// store26 (session 26): KV, D1 and R2 probes recorded against the real Miniflare. Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then `cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs s26`. d1-s26-like-ranges-more is defined here but not recorded under recorded/: it fails on `$.last` (README Limitations: a LIKE prefix range ending at the index's last entry).
import { modWorker, get, req, kvCase } from "./_h.mjs";

const D1P = `
const fl = (m) => String(m).split("\\n")[0];
const rows = async (sql, ...v) => { const r = await t(() => db.prepare(sql).bind(...v).raw()); if (r.error) r.error.message = fl(r.error.message); return r; };
const all = async (sql, ...v) => { const r = await t(async () => { const x = await db.prepare(sql).bind(...v).all(); return { results: x.results, success: x.success, changes: x.meta.changes, rows_read: x.meta.rows_read, rows_written: x.meta.rows_written, last_row_id: x.meta.last_row_id, changed_db: x.meta.changed_db }; }); if (r.error) r.error.message = fl(r.error.message); return r; };
const errOf = async (fn) => { try { const r = await fn(); return { ok: r === undefined ? "undefined" : r }; } catch (e) { return { name: e.name, ctor: e.constructor.name, message: fl(e.message), cause: e.cause ? fl(e.cause.message) : "none" }; } };
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
`;
const r2 = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2P}    const b = env.B; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});

export default [
  d1("d1-s26-conflict-reads", "rows_read and rows_written of conflicting inserts: ON CONFLICT DO NOTHING of several rows (some new), INSERT OR IGNORE into a rowid table with a UNIQUE column, OR IGNORE of a duplicate rowid, DO NOTHING on a WITHOUT ROWID table", `
    await db.exec("CREATE TABLE a (id INTEGER PRIMARY KEY, u TEXT UNIQUE, v INTEGER)");
    await db.exec("CREATE TABLE w (k TEXT PRIMARY KEY, v INTEGER) WITHOUT ROWID");
    await db.prepare("INSERT INTO a (id, u, v) VALUES (1, 'x', 1), (2, 'y', 2)").run();
    await db.prepare("INSERT INTO w (k, v) VALUES ('x', 1), ('y', 2)").run();
    out.nothingMany = await all("INSERT INTO a (u, v) VALUES ('x', 9), ('z', 3), ('y', 9) ON CONFLICT DO NOTHING");
    out.nothingTarget = await all("INSERT INTO a (u, v) VALUES ('x', 9) ON CONFLICT (u) DO NOTHING");
    out.ignoreUnique = await all("INSERT OR IGNORE INTO a (u, v) VALUES ('y', 9)");
    out.ignoreRowid = await all("INSERT OR IGNORE INTO a (id, u, v) VALUES (1, 'q', 9)");
    out.wNothing = await all("INSERT INTO w (k, v) VALUES ('x', 9) ON CONFLICT DO NOTHING");
    out.wIgnore = await all("INSERT OR IGNORE INTO w (k, v) VALUES ('y', 9), ('n', 1)");
    out.nothingNew = await all("INSERT INTO a (u, v) VALUES ('new', 1) ON CONFLICT DO NOTHING");
  `),
  d1("d1-s26-like-ranges-more", "rows_read of LIKE-optimized ranges: a range that reaches the table's last entry, a prefix matching nothing, LIKE with ESCAPE, NOT LIKE, a LIKE with a leading wildcard, and a DELETE and UPDATE through a LIKE prefix", `
    await db.exec("CREATE TABLE s (id INTEGER PRIMARY KEY, name TEXT COLLATE NOCASE)");
    await db.exec("CREATE INDEX s_name ON s (name)");
    const st = []; for (const n of ["alpha", "Alps", "beta", "Bet", "gamma", "zeta", "Zed", "zoo"]) st.push(db.prepare("INSERT INTO s (name) VALUES (?)").bind(n)); await db.batch(st);
    out.last = await all("SELECT name FROM s WHERE name LIKE 'z%'");
    out.none = await all("SELECT name FROM s WHERE name LIKE 'q%'");
    out.mid = await all("SELECT name FROM s WHERE name LIKE 'be%'");
    out.lead = await all("SELECT name FROM s WHERE name LIKE '%a'");
    out.not = await all("SELECT name FROM s WHERE name NOT LIKE 'a%'");
    out.star = await all("SELECT * FROM s WHERE name LIKE 'al%'");
    out.count = await all("SELECT count(*) AS n FROM s WHERE name LIKE 'a%'");
    out.upd = await all("UPDATE s SET id = id WHERE name LIKE 'g%'");
    out.del = await all("DELETE FROM s WHERE name LIKE 'be%'");
  `),
];
