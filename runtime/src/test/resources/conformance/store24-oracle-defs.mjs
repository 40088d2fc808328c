// store24 (session 24): KV, D1 and R2 probes recorded against the real Miniflare. Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then `cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs 24` (cases land in out/kv, out/d1 and out/r2).
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
const schema = `
    await db.batch([
      db.prepare('CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" text NOT NULL, "email" text NOT NULL, "created_at" integer DEFAULT (unixepoch()) NOT NULL)'),
      db.prepare('CREATE UNIQUE INDEX "users_email_unique" ON "users" ("email")'),
      db.prepare('CREATE TABLE "todos" ("id" integer PRIMARY KEY NOT NULL, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE cascade, "title" text NOT NULL, "done" integer DEFAULT false NOT NULL)'),
      db.prepare('CREATE INDEX "todos_user_idx" ON "todos" ("user_id")'),
    ]);
    for (let u = 1; u <= 3; u++) await db.prepare('insert into "users" ("id", "name", "email", "created_at") values (null, ?, ?, ?)').bind("U" + u, "u" + u + "@x.io", 1000 + u).run();
    for (let t = 1; t <= 9; t++) await db.prepare('insert into "todos" ("id", "user_id", "title", "done") values (null, ?, ?, ?)').bind(1 + (t % 3), "T" + t, t % 2).run();
`;
export default [
  d1("d1-s24-orm-shaped-queries-meta", "rows_read, rows_written and changes of the SQL that ORMs generate (quoted identifiers, LIMIT as a parameter, returning, schema-qualified names)", `
${schema}
    const q = {};
    q.byIdLimitParam = await m('select "id", "name", "email", "created_at" from "users" where "users"."id" = ? limit ?', 2, 1);
    q.byEmailLimitParam = await m('select "id", "name" from "users" where "users"."email" = ? limit ?', "u3@x.io", 1);
    q.allOrdered = await m('select "id", "title" from "todos" order by "todos"."id" desc');
    q.byUserLimitOffset = await m('select "id" from "todos" where "todos"."user_id" = ? limit ? offset ?', 2, 2, 1);
    q.mainQualified = await m('SELECT "main"."todos"."id" FROM "main"."todos" WHERE "main"."todos"."done" = ? LIMIT ? OFFSET ?', 1, 10, 0);
    q.countWhere = await m('select count(*) from "todos" where "todos"."user_id" = ?', 1);
    q.insertReturning = await m('insert into "todos" ("id", "user_id", "title", "done") values (null, ?, ?, ?) returning "id", "title"', 1, "new", 0);
    q.updateReturning = await m('update "todos" set "done" = ? where "todos"."id" = ? returning "id", "done"', 1, 2);
    q.updateWhereAnd = await m('update "todos" set "title" = ? where ("todos"."user_id" = ? and "todos"."done" = ?)', "x", 3, 0);
    q.deleteReturning = await m('delete from "todos" where "todos"."id" = ? returning "id"', 3);
    q.leftJoin = await m('select "users"."id", "todos"."id" from "users" left join "todos" on "users"."id" = "todos"."user_id" where "users"."id" = ?', 1);
    q.inList = await m('select "id" from "users" where "users"."id" in (?, ?)', 1, 3);
    q.likeScan = await m('select "id" from "users" where "users"."name" like ?', "U%");
    q.upsert = await m('insert into "users" ("id", "name", "email", "created_at") values (?, ?, ?, ?) on conflict ("users"."email") do update set "name" = ?', 2, "dup", "u2@x.io", 5, "renamed");
    q.deleteCascade = await m('delete from "users" where "users"."id" = ?', 3);
    q.countAfter = await m('select (select count(*) from "users") as u, (select count(*) from "todos") as t');
    out.q = q;
  `),
  d1("d1-s24-app-queries-meta-more", "rows_read and rows_written of more application queries: keyset pagination by rowid and by an index, index equality with a filter, EXISTS of a unique key, INSERT OR IGNORE, INSERT ... SELECT, updates and deletes through an index", `
    await db.batch([
      db.prepare("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT)"),
      db.prepare("CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, title TEXT NOT NULL, published INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)"),
      db.prepare("CREATE INDEX posts_user ON posts(user_id)"),
      db.prepare("CREATE INDEX posts_created ON posts(created_at)"),
    ]);
    for (let u = 1; u <= 4; u++) await db.prepare("INSERT INTO users (email, name) VALUES (?, ?)").bind("u" + u + "@x.io", "User " + u).run();
    for (let p = 1; p <= 12; p++) await db.prepare("INSERT INTO posts (user_id, title, published, created_at) VALUES (?, ?, ?, ?)").bind(1 + (p % 3), "Post " + p, p % 2, 2000 + p).run();
    const q = {};
    q.keysetRowid = await m("SELECT id FROM posts WHERE id > ? ORDER BY id LIMIT 4", 3);
    q.keysetRowidEnd = await m("SELECT id FROM posts WHERE id > ? ORDER BY id LIMIT 4", 10);
    q.keysetIndexDesc = await m("SELECT id FROM posts WHERE created_at < ? ORDER BY created_at DESC LIMIT 3", 2008);
    q.keysetIndexAsc = await m("SELECT id FROM posts WHERE created_at > ? ORDER BY created_at LIMIT 3", 2004);
    q.indexEqFilter = await m("SELECT id FROM posts WHERE user_id = ? AND published = 1", 2);
    q.indexEqOrderLimit = await m("SELECT id FROM posts WHERE user_id = ? ORDER BY created_at DESC LIMIT 2", 1);
    q.existsUnique = await m("SELECT EXISTS (SELECT 1 FROM users WHERE email = ?) AS e", "u2@x.io");
    q.existsUniqueMissing = await m("SELECT EXISTS (SELECT 1 FROM users WHERE email = ?) AS e", "zz");
    q.rowidAndFilter = await m("SELECT * FROM posts WHERE id = ? AND user_id = ?", 5, 3);
    q.countJoin = await m("SELECT count(*) FROM posts p JOIN users u ON u.id = p.user_id WHERE u.name = ?", "User 2");
    q.insertIgnoreDup = await m("INSERT OR IGNORE INTO users (email, name) VALUES (?, ?)", "u1@x.io", "dup");
    q.insertIgnoreNew = await m("INSERT OR IGNORE INTO users (email, name) VALUES (?, ?)", "u9@x.io", "new");
    q.insertSelect = await m("INSERT INTO posts (user_id, title, created_at) SELECT id, 'welcome', 3000 FROM users WHERE id <= 2");
    q.updateByIndex = await m("UPDATE posts SET published = 1 WHERE user_id = ?", 3);
    q.updateIndexedCol = await m("UPDATE posts SET created_at = created_at + 1 WHERE id = ?", 4);
    q.deleteByIndexRange = await m("DELETE FROM posts WHERE created_at < ?", 2003);
    q.deleteByIndexEq = await m("DELETE FROM posts WHERE user_id = ?", 4);
    q.countAfter = await m("SELECT count(*) FROM posts");
    q.minMax = await m("SELECT min(created_at), max(created_at) FROM posts");
    q.sumGroupHaving = await m("SELECT user_id, count(*) AS n FROM posts GROUP BY user_id HAVING n > 3");
    q.orderRandomish = await m("SELECT id FROM posts ORDER BY title LIMIT 2");
    q.offsetPage = await m("SELECT id FROM posts ORDER BY id LIMIT 3 OFFSET 6");
    out.q = q;
  `),
  d1("d1-s24-join-and-subquery-meta", "rows_read of joins whose outer table is filtered, EXISTS and IN subqueries of unique and plain indexes, joins with aggregates", `
${schema}
    await db.prepare('insert into "todos" ("user_id", "title", "done") values (1, ?, 0), (1, ?, 1)').bind("extra1", "extra2").run();
    const q = {};
    q.joinOuterFilterParam = await m('select "users"."name", "todos"."title" from "users" inner join "todos" on "todos"."user_id" = "users"."id" where "users"."name" = ?', "U2");
    q.joinOuterFilterLiteral = await m("SELECT u.name, t.title FROM users u JOIN todos t ON t.user_id = u.id WHERE u.created_at > 1001");
    q.joinOuterFilterMiss = await m("SELECT u.name, t.title FROM users u JOIN todos t ON t.user_id = u.id WHERE u.name = ?", "nobody");
    q.joinCountOuterFilter = await m("SELECT count(*) FROM users u JOIN todos t ON t.user_id = u.id WHERE u.name <> ?", "U3");
    q.joinInnerFilter = await m("SELECT u.name, t.title FROM users u JOIN todos t ON t.user_id = u.id WHERE t.done = 1");
    q.joinBothFilter = await m("SELECT u.name, t.title FROM users u JOIN todos t ON t.user_id = u.id WHERE u.name = ? AND t.done = ?", "U1", 1);
    q.leftJoinOuterFilter = await m("SELECT u.id, t.id FROM users u LEFT JOIN todos t ON t.user_id = u.id WHERE u.id > 1");
    q.leftJoinOuterRangeBoth = await m("SELECT u.id, t.id FROM users u LEFT JOIN todos t ON t.user_id = u.id WHERE u.id BETWEEN 1 AND 2");
    q.joinRowidInnerOuterFilter = await m("SELECT t.title, u.name FROM todos t JOIN users u ON u.id = t.user_id WHERE t.done = ?", 0);
    q.joinGroupCount = await m("SELECT u.id, count(t.id) FROM users u LEFT JOIN todos t ON t.user_id = u.id GROUP BY u.id");
    q.existsUniqueFound = await m('SELECT EXISTS (SELECT 1 FROM "users" WHERE "email" = ?) AS e', "u1@x.io");
    q.existsUniqueMiss = await m('SELECT EXISTS (SELECT 1 FROM "users" WHERE "email" = ?) AS e', "none@x.io");
    q.scalarUniqueMiss = await m("SELECT (SELECT id FROM users WHERE email = ?) AS id", "none@x.io");
    q.scalarUniqueFound = await m("SELECT (SELECT name FROM users WHERE email = ?) AS n", "u2@x.io");
    q.uniqueMissTop = await m("SELECT id FROM users WHERE email = ?", "none@x.io");
    out.q = q;
  `),
  d1("d1-s24-cascade-deletes-meta", "rows_read and rows_written of deletes of parents with ON DELETE CASCADE and SET NULL children, with and without an index on the child's key, with 0, 1 and 3 children", `
    const q = {};
    for (const [tag, idx, action] of [["idx", true, "CASCADE"], ["noidx", false, "CASCADE"], ["setnull", true, "SET NULL"]]) {
      await db.prepare("CREATE TABLE p_" + tag + " (id INTEGER PRIMARY KEY, name TEXT)").run();
      await db.prepare("CREATE TABLE c_" + tag + " (id INTEGER PRIMARY KEY, pid INTEGER REFERENCES p_" + tag + "(id) ON DELETE " + action + ", v TEXT)").run();
      if (idx) await db.prepare("CREATE INDEX c_" + tag + "_pid ON c_" + tag + " (pid)").run();
      for (let i = 1; i <= 4; i++) await db.prepare("INSERT INTO p_" + tag + " (id, name) VALUES (?, ?)").bind(i, "p" + i).run();
      // parent 1: no child, 2: one, 3: three, 4: two
      for (const pid of [2, 3, 3, 4, 3, 4]) await db.prepare("INSERT INTO c_" + tag + " (pid, v) VALUES (?, 'x')").bind(pid).run();
      q[tag + "0"] = await m("DELETE FROM p_" + tag + " WHERE id = ?", 1);
      q[tag + "1"] = await m("DELETE FROM p_" + tag + " WHERE id = ?", 2);
      q[tag + "3"] = await m("DELETE FROM p_" + tag + " WHERE id = ?", 3);
      q[tag + "last2"] = await m("DELETE FROM p_" + tag + " WHERE id = ?", 4);
      q[tag + "left"] = await m("SELECT count(*) AS n, count(pid) AS k FROM c_" + tag);
    }
    out.q = q;
  `),
];
