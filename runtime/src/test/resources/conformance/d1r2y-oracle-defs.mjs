// d1r2y: D1 and R2 probes recorded against the real Miniflare. Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then `cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs d1r2y` (cases land in out/d1 and out/r2).
import { modWorker, get, req } from "./_h.mjs";

const D1P = `
const val = async (sql, ...v) => { try { const r = await db.prepare(sql).bind(...v).raw(); return r.length === 1 && r[0].length === 1 ? r[0][0] : r; } catch (e) { return "ERR " + String(e.message).split("\\n")[0]; } };
const rows = async (sql, ...v) => { try { const r = await db.prepare(sql).bind(...v).all(); return r.results; } catch (e) { return "ERR " + String(e.message).split("\\n")[0]; } };
const errOf = async (fn) => { try { await fn(); return "no error"; } catch (e) { return { name: e.name, ctor: e.constructor.name, message: String(e.message).split("\\n")[0], cause: e.cause ? { name: e.cause.name, message: String(e.cause.message).split("\\n")[0] } : "none" }; } };
const each = async (list) => { const o = {}; for (const s of list) o[s] = await val("SELECT " + s); return o; };
`;
const d1 = (name, description, body, { steps = [get("/")], d1Databases = ["DB"] } = {}) => ({
  name, area: "d1", description,
  options: modWorker(`${D1P}    const db = env.DB; const out = {};\n${body}\n    return Response.json(out);`, { d1Databases }),
  steps,
});
const J = (a) => JSON.stringify(a);

const DATES = [
  "date('2024-01-31','+1 month')", "date('2024-02-29','+1 year')", "datetime(0,'unixepoch')",
  "datetime(1700000000.5,'unixepoch','subsec')", "strftime('%j %U %W %w %u %G %g %V', '2024-03-05 13:04:05.123')",
  "strftime('%e|%k|%l|%p|%P|%R|%T|%I|%H|%M|%S|%f|%s', '2024-03-05 13:04:05.123')", "julianday('2000-01-01')",
  "unixepoch('2024-01-01')", "timediff('2024-03-01','2024-01-01')", "timediff('2024-01-01','2024-03-01 10:00')",
  "date('2024-01-31','+1 month','floor')", "date('2024-01-31','+1 month','ceiling')", "datetime('2024-01-01 12:00','+1:30')",
  "date('2024-01-01','weekday 0')", "date('2024-13-01')", "datetime('2024-01-01T10:00:00Z')",
  "datetime('2024-01-01 10:00:00+05:00')", "time('12:00','-30 minutes')", "strftime('%s','1970-01-02')",
  "datetime('2024-01-01','start of month','+1 month','-1 day')", "datetime(2460000.5)", "datetime('2460000.5')",
  "unixepoch('2024-01-01 00:00:00.5','subsec')", "date('2024-01-01','utc')", "datetime(1e12,'auto')", "datetime(1700000000,'auto')",
  "datetime('2024-02-30')", "date('2023-02-29')", "strftime('%Y-%m-%d', 1700000000, 'unixepoch')", "strftime('%J','2024-01-01')",
  "datetime('2024-01-01', '+1 years', '+2 months', '+3 days', '+4 hours')", "datetime('2024-01-01','+0001-02-03 04:05:06')",
  "datetime('2024-01-01','-0001-00-00 00:00')", "date(NULL)", "date('')", "date('abc')", "strftime('%Q','2024-01-01')",
  "strftime('%','2024-01-01')", "datetime('2024-01-01 23:59:60')", "date('0000-01-01')", "date('9999-12-31','+1 day')",
  "julianday('2024-01-01 12:00:00.123456')", "datetime(-1,'unixepoch')",
  "unixepoch(1e20)", "date('2024-01-01','+1.5 days')", "datetime('2024-01-01','weekday 7')", "date('2024-01-01','start of year','-1 second')",
];
const STRINGS = [
  "format('%q', 'it''s')", "format('%Q', NULL)", "format('%w', 'a\"b')", "printf('%.3s','abcdef')", "printf('%5.2f', 3.14159)",
  "printf('%x %X %o', 255, 255, 8)", "printf('%c', 'hello')", "printf('%e', 12345.678)", "printf('%g', 0.0001)", "printf('%,d', 1234567)",
  "printf('%-5d|', 42)", "printf('%05d', -42)", "printf('%+d', 5)", "printf('%d', '12abc')", "printf('%d', 1.9)", "printf('%s %s', 'a')",
  "printf('%z', 1)", "printf('%%')", "printf('%.2f', 1e300)", "printf('%i', 9223372036854775807)", "printf('%!.3g', 1.5)", "printf('%#x', 255)",
  "concat('a',NULL,1)", "concat_ws(',', 'a', NULL, 'b')", "concat()", "substr('hello', -3)", "substr('hello', 0, 2)", "substr('hello', 2, -1)",
  "substring('hello', 2)", "instr('hello','l')", "instr(x'0102', x'02')", "replace('aaa','a','bb')", "replace('abc','','x')",
  "trim('xxaxx','x')", "ltrim('  a  ')", "rtrim('a  ')", "upper('ßéa')", "lower('ÄB')", "length('héllo')", "length(x'0001')",
  "octet_length('héllo')", "hex('é')", "unhex('4142')", "unhex('41 42',' ')", "unhex('4G')", "quote(1.5)", "quote(x'01ff')",
  "quote('a''b')", "char(72,105)", "char(128512)", "unicode('é')", "unicode('')", "'abc' LIKE 'A%'", "'abc' GLOB 'A*'",
  "like('a\\%', 'a%', '\\')", "'a_c' LIKE 'a\\_c' ESCAPE '\\'", "typeof(randomblob(4))", "length(randomblob(4))", "zeroblob(3)",
  "typeof('')", "length(char(0))", "'a' || NULL", "'a' || 1 || x'41'", "'é' < 'f'", "'a' = 'A' COLLATE NOCASE", "'a ' = 'a' COLLATE RTRIM",
  "soundex('Robert')", "group_concat('a')", "string_agg('a', ',')", "replace(NULL,'a','b')", "trim(NULL)", "ltrim('abc','')",
  "upper(123)", "length(123.5)", "length(NULL)", "substr(x'010203', 2, 1)", "hex(123)", "hex(-1.5)", "quote(-0.0)", "quote(1e100)",
];
const MATHS = [
  "abs(-9223372036854775808)", "9223372036854775807+1", "-9223372036854775808-1", "9223372036854775807*2", "round(2.5)", "round(-2.5)",
  "round(1.005,2)", "round(123.456,-1)", "sign(-3)", "sign('x')", "5/2", "5%3", "5.5%2", "-7%3", "7%-3", "1<<63", "1<<64", "~0", "-(-9223372036854775808)",
  "cast('12abc' as integer)", "cast('0x10' as integer)", "cast(' 12 ' as integer)", "cast('1e3' as integer)", "cast(1e20 as integer)",
  "cast(-1e20 as integer)", "cast('9223372036854775808' as integer)", "cast(x'3132' as integer)", "cast('1.9' as integer)", "cast('-0' as integer)",
  "cast('abc' as real)", "cast('1e400' as real)", "cast(9223372036854775807 as real)", "cast(1 as numeric)", "cast('1.0' as numeric)",
  "cast('12.5e1' as numeric)", "cast('0x1A' as numeric)", "cast(x'41' as text)", "cast('a' as blob)", "cast(1.5 as blob)",
  "sqrt(2)", "sqrt(-1)", "pi()", "exp(1)", "ln(0)", "ln(-1)", "log(100)", "log(2,8)", "log2(8)", "mod(7,3)", "mod(7.5,2)", "trunc(-2.5)", "floor(-2.5)", "ceil(2.1)",
  "degrees(pi())", "radians(180)", "atan2(1,1)", "acosh(1)", "pow(2,10)", "pow(2,0.5)", "pow(-8, 1.0/3)", "1e308*10", "-1e308*10", "0.0/0", "1/0", "1%0", "1.0/0",
  "0x7FFFFFFFFFFFFFFF", "0x8000000000000000", "0xFFFFFFFFFFFFFFFFF", "1_000", "9223372036854775808", "-9223372036854775808", "1e-400",
  "max(1,'a',x'00')", "min(1,NULL)", "max()", "abs('x')", "abs(x'01')", "random() BETWEEN -9223372036854775808 AND 9223372036854775807",
  "typeof(9223372036854775807+0)", "typeof(1e400)", "2147483647+1", "-2147483648-1", "total(1)", "10000000000000000000 = 1e19",
];
const JSONS = [
  "json('{\"a\":1, \"b\":[1,2]}')", "json_extract('{\"a\":{\"b\":[1,2]}}','$.a.b[#-1]')", "'{\"a\":1}' -> '$.a'", "'{\"a\":\"x\"}' ->> '$.a'",
  "'{\"a\":\"x\"}' -> 'a'", "'[1,2,3]' -> 1", "'[1,2,3]' ->> -1", "json_array_length('[1,2,3]')", "json_array_length('{}')", "json_type('{\"a\":[1]}','$.a')",
  "json_valid('{a:1}')", "json('{a:1}')", "json_valid('{a:1}', 1)", "json_valid('{a:1}', 2)", "json_valid(x'0c', 4)", "json_set('{\"a\":1}','$.b',2)",
  "json_insert('[1]','$[#]',2)", "json_replace('{\"a\":1}','$.a',json('[3]'))", "json_remove('[1,2,3]','$[1]')", "json_patch('{\"a\":1,\"b\":2}','{\"b\":null,\"c\":3}')",
  "json_object('a', 1, 'a', 2)", "json_quote('a\"b')", "json_quote(1)", "json_quote(NULL)", "typeof(jsonb('[1]'))", "json(jsonb('[1, 2]'))", "hex(jsonb('{\"a\":1}'))",
  "json('  [1]  ')", "json_extract('{\"a\":\"\\u00e9\"}', '$.a')", "json('{\"x\":1e400}')", "json_array(1.5, 'x', NULL, x'00')", "json_object('a', 0.5)",
  "json('{')", "json_extract('[1]', '$[')", "json_extract('{\"a\":1}', 'a')", "json_extract('{\"a\":1,\"b\":2}', '$.a', '$.b')", "json_array('a') -> '$'",
  "json_set('{}', '$.a.b', 1)", "json_object('a', json('{\"b\":1}'))", "json_object('a', '{\"b\":1}')", "json_extract('{\"a\":[]}', '$.a')",
  "json_extract('[1,[2,3]]','$[1][0]')", "json_extract('{\"a b\":1}', '$.\"a b\"')", "json('[\"\\ud83d\\ude00\"]')", "json('\"\\u0000\"')",
  "json_extract('9223372036854775807', '$')", "json_extract('18446744073709551616', '$')", "json_extract('1.0', '$')", "json('1.50')", "json('-0')",
  "json_type('9223372036854775808')", "json('[1,]')", "json('{\"a\":1,}')", "json('0x10')", "json('Infinity')", "json('''a''')", "json('/*c*/1')",
  "json_group_array(1)", "json_group_object('k', 2)", "json_error_position('{')",
];
const MISC = [
  "nullif(1,1)", "coalesce(NULL, NULL, 3)", "ifnull(NULL, 'x')", "iif(1, 'a', 'b')", "CASE WHEN 0 THEN 1 END", "likely(5)", "unlikely(6)",
  "typeof(NULL)", "1 IS NOT DISTINCT FROM 1", "NULL IS NULL", "1 IN (1, NULL)", "2 IN (1, NULL)", "2 NOT IN (1, NULL)", "'1' = 1", "x'01' > 'a'",
  "1 BETWEEN 0 AND 2", "(1,2) = (1,2)", "(1,2) < (1,3)", "EXISTS (SELECT 1)", "(SELECT 1 UNION SELECT 2)", "last_insert_rowid()", "changes()",
  "total_changes()", "sqlite_version()", "load_extension('x')", "printf()", "instr()", "zeroblob(-1)", "length(randomblob(0))", "zeroblob(2000000000)",
  "hex(zeroblob(2))", "'x' COLLATE BINARY", "'x' COLLATE FOO", "1 = 1.0", "'1.0' = 1", "TRUE + TRUE", "NOT 'abc'", "NOT '1abc'", "-'3x'",
  "+'abc'", "'5' + '5'", "'5a' * 2", "x'05' + 1", "3 / '2'", "3.0 / '2'", "7 / 2.0", "~'5'", "'10' > 9", "'10' > '9'",
];

const D1_CASES = [
  d1("d1r2y-d1-date-functions", "date and time functions of workerd's SQLite: modifiers, formats, subsec, auto, floor/ceiling, timediff, out-of-range dates",
    `    out.v = await each(${J(DATES)});`),
  d1("d1r2y-d1-string-functions", "string functions: format/printf conversions, concat, substr, trim, hex/unhex, quote, char/unicode, LIKE/GLOB, collations, blobs",
    `    out.v = await each(${J(STRINGS)});`),
  d1("d1r2y-d1-math-casts", "arithmetic, integer overflow, division by zero, casts between types, math functions, literals at the 64-bit edges",
    `    out.v = await each(${J(MATHS)});`),
  d1("d1r2y-d1-json-functions", "JSON functions: extraction, -> and ->>, JSON5 input, jsonb, edits, errors, numbers at the edges",
    `    out.v = await each(${J(JSONS)});`),
  d1("d1r2y-d1-misc-exprs", "NULL logic, row values, comparisons between types, affinity in arithmetic, unknown collations, misuse of functions",
    `    out.v = await each(${J(MISC)});`),
];


const SCHEMA = `
    await db.exec("CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, qty INTEGER CHECK (qty >= 0), price REAL DEFAULT 1.5, tag TEXT COLLATE NOCASE, total REAL GENERATED ALWAYS AS (qty * price) VIRTUAL)");
    await db.exec("CREATE TABLE c (id INTEGER PRIMARY KEY, pid INTEGER REFERENCES p(id) ON DELETE CASCADE, note TEXT)");
    await db.exec("CREATE TABLE s (k TEXT PRIMARY KEY, v ANY) STRICT");
    await db.exec("CREATE TABLE w (a INTEGER, b TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID");
    await db.exec("CREATE VIEW pv AS SELECT name, qty FROM p WHERE qty > 0");
    await db.exec("CREATE TRIGGER pt AFTER INSERT ON c BEGIN UPDATE p SET qty = qty + 1 WHERE id = NEW.pid; END");
    await db.prepare("INSERT INTO p (name, qty, price, tag) VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?)").bind("a", 1, 2, "X", "b", 0, 3.5, "y", "c", 5, null, "x").run();
`;
const q = (o) => Object.entries(o).map(([k, sql]) => `    out[${J(k)}] = await rows(${J(sql)});`).join("\n");
const SQLS = {
  gen: "SELECT id, total, typeof(total) AS t FROM p ORDER BY id",
  nocase: "SELECT name FROM p WHERE tag = 'x' ORDER BY name",
  view: "SELECT * FROM pv ORDER BY name",
  windowed: "SELECT name, row_number() OVER (ORDER BY qty DESC) AS rn, sum(qty) OVER () AS s, lag(name) OVER (ORDER BY id) AS prev, ntile(2) OVER (ORDER BY id) AS nt FROM p ORDER BY id",
  filter: "SELECT count(*) FILTER (WHERE qty > 0) AS pos, group_concat(name, '|') FILTER (WHERE tag = 'x') AS xs FROM p",
  aggOrder: "SELECT group_concat(name ORDER BY name DESC) AS g FROM p",
  cte: "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5) SELECT sum(x) AS s, count(*) AS c FROM n",
  updFrom: "UPDATE p SET qty = p.qty + t.d FROM (SELECT 'a' AS n, 10 AS d) AS t WHERE p.name = t.n RETURNING name, qty",
  upsert: "INSERT INTO p (name, qty) VALUES ('a', 3) ON CONFLICT (name) DO UPDATE SET qty = excluded.qty + p.qty RETURNING id, qty",
  upsertNothing: "INSERT INTO p (name, qty) VALUES ('b', 3) ON CONFLICT DO NOTHING RETURNING id",
  replace: "REPLACE INTO p (id, name, qty) VALUES (2, 'bb', 7) RETURNING *",
  retExpr: "INSERT INTO c (pid, note) VALUES (1, 'n1'), (3, 'n2') RETURNING id, pid * 10 AS p10, upper(note) AS u",
  afterTrigger: "SELECT id, qty FROM p ORDER BY id",
  strictBad: "INSERT INTO s VALUES (1, 2)",
  strictAny: "INSERT INTO s VALUES ('k', x'01') RETURNING typeof(v) AS t",
  strictBad2: "CREATE TABLE s2 (a FOO) STRICT",
  wr: "INSERT INTO w VALUES (1, 'a'), (1, 'b') RETURNING *",
  wrDup: "INSERT INTO w VALUES (1, 'a')",
  check: "UPDATE p SET qty = -1 WHERE id = 1",
  notNull: "INSERT INTO p (qty) VALUES (1)",
  genWrite: "INSERT INTO p (name, total) VALUES ('z', 1)",
  fkOff: "INSERT INTO c (pid) VALUES (99)",
  cascade: "DELETE FROM p WHERE id = 1 RETURNING id",
  afterCascade: "SELECT count(*) AS n FROM c",
  full: "SELECT a.x, b.y FROM (SELECT 1 AS x UNION ALL SELECT 2) a FULL JOIN (SELECT 2 AS y UNION ALL SELECT 3) b ON a.x = b.y ORDER BY a.x, b.y",
  right: "SELECT a.x, b.y FROM (SELECT 1 AS x) a RIGHT JOIN (SELECT 2 AS y) b ON a.x = b.y",
  values: "VALUES (1, 'a'), (2, 'b')",
  valuesCols: "SELECT * FROM (VALUES (1, 2))",
  natural: "SELECT * FROM (SELECT 1 AS k, 'l' AS l) NATURAL JOIN (SELECT 1 AS k, 'r' AS r)",
  using: "SELECT * FROM (SELECT 1 AS k, 'l' AS l) JOIN (SELECT 1 AS k, 'r' AS r) USING (k)",
  star2: "SELECT *, 1 AS k FROM (SELECT 1 AS k)",
  dupCols: "SELECT 1 AS a, 2 AS a, 3 AS A",
  alter: "ALTER TABLE c ADD COLUMN extra TEXT DEFAULT 'd'",
  alterCols: "SELECT * FROM c ORDER BY id",
  rename: "ALTER TABLE c RENAME COLUMN note TO memo",
  dropCol: "ALTER TABLE c DROP COLUMN memo",
  dropColPk: "ALTER TABLE c DROP COLUMN id",
  renameT: "ALTER TABLE w RENAME TO w2",
  idxExpr: "CREATE INDEX pi ON p (lower(name)) WHERE qty > 0",
  idxUse: "SELECT name FROM p INDEXED BY pi WHERE lower(name) = 'c' AND qty > 0",
  idxBad: "SELECT name FROM p INDEXED BY nope",
  temp: "CREATE TEMP TABLE tt (a)",
  tempView: "CREATE TEMP VIEW tv AS SELECT 1",
  attach: "ATTACH DATABASE ':memory:' AS other",
  vacuum: "VACUUM",
  reindex: "REINDEX",
  analyze: "ANALYZE",
  explain: "EXPLAIN QUERY PLAN SELECT * FROM p WHERE id = 1",
  explain2: "EXPLAIN SELECT 1",
  schema: "SELECT type, name, tbl_name FROM sqlite_schema WHERE name NOT LIKE '\\_cf%' ESCAPE '\\' ORDER BY type, name",
  seq: "SELECT * FROM sqlite_sequence",
  savepoint: "SAVEPOINT sp1",
  begin: "BEGIN",
  commit: "COMMIT",
  detach: "DETACH DATABASE other",
  dropView: "DROP VIEW pv",
  dropTrig: "DROP TRIGGER IF EXISTS nope",
  dropIdx: "DROP INDEX pi",
  dropTable: "DROP TABLE c",
  dropMissing: "DROP TABLE nope",
  createDup: "CREATE TABLE p (x)",
  createIfNot: "CREATE TABLE IF NOT EXISTS p (x)",
  nestedAgg: "SELECT max(count(*)) FROM p",
  badGroup: "SELECT name FROM p GROUP BY nope",
  orderNum: "SELECT name FROM p ORDER BY 5",
  limitNeg: "SELECT name FROM p ORDER BY id LIMIT -1 OFFSET 1",
  limitStr: "SELECT name FROM p LIMIT 'x'",
  compoundCols: "SELECT 1, 2 UNION SELECT 3",
  subqCols: "SELECT (SELECT 1, 2)",
  ambiguous: "SELECT id FROM p, p AS q",
  distinct: "SELECT DISTINCT tag FROM p ORDER BY tag",
  castInsert: "INSERT INTO p (name, qty) VALUES ('num', '42') RETURNING typeof(qty) AS t, qty",
  castInsert2: "INSERT INTO p (name, qty) VALUES ('num2', '4.0') RETURNING typeof(qty) AS t, qty",
  castInsert3: "INSERT INTO p (name, qty, price) VALUES ('num3', '1e2', '7') RETURNING typeof(qty) AS t, qty, typeof(price) AS tp, price",
};
const D1_SQL = [
  d1("d1r2y-d1-sql-features", "schema and SQL features on D1: generated columns, collations, views, windows, FILTER, upserts, RETURNING, STRICT and WITHOUT ROWID tables, constraints, ALTER TABLE, statements workerd refuses",
    `${SCHEMA}\n${q(SQLS)}`),
];


const R2P = `
const e2 = (e) => ({ name: e?.name, ctor: e?.constructor?.name, message: String(e?.message).split("\\n")[0] });
const tr = async (fn) => { try { const v = await fn(); return v === undefined ? "undefined" : v === null ? null : v; } catch (e) { return { err: e2(e) }; } };
const shape = (o) => o === null ? null : typeof o !== "object" ? typeof o : ({ ctor: o.constructor?.name, keys: Object.keys(o), own: Object.getOwnPropertyNames(o), json: JSON.parse(JSON.stringify(o, (k, v) => v instanceof ArrayBuffer ? "AB" + v.byteLength : k === "uploaded" ? typeof v : k === "version" ? typeof v + v.length : v)) });
const desc = (o) => o === null ? null : ({ key: o.key, size: o.size, etag: o.etag, httpEtag: o.httpEtag, hm: o.httpMetadata, cm: o.customMetadata, range: o.range, sc: o.storageClass, ck: o.checksums && Object.fromEntries(Object.entries(o.checksums.toJSON()).map(([k, v]) => [k, typeof v === "string" ? v : v && hex(v)])) , hasBody: "body" in o, vlen: typeof o.version === "string" ? o.version.length : typeof o.version });
`;
const r2 = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2P}    const b = env.B; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});
const R2_CASES = [
  r2("d1r2y-r2-object-shapes", "R2Object/R2ObjectBody/R2Objects/R2MultipartUpload: constructors, own and enumerable keys, JSON forms, Date and checksum types", `
    const put = await b.put("k", "hello", { httpMetadata: { contentType: "text/plain", cacheExpiry: new Date(0) }, customMetadata: { a: "1" } });
    out.put = shape(put);
    out.putTypes = { uploaded: put.uploaded instanceof Date, version: typeof put.version, ck: put.checksums.constructor?.name, md5: put.checksums.md5?.constructor?.name, sha1: put.checksums.sha1, hm: put.httpMetadata.constructor?.name, ce: put.httpMetadata.cacheExpiry instanceof Date };
    const g = await b.get("k");
    out.get = shape(g);
    out.getTypes = { body: g.body.constructor.name, bodyUsed: g.bodyUsed, proto: Object.getOwnPropertyNames(Object.getPrototypeOf(g)).sort(), proto2: Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(g))).sort() };
    const h = await b.head("k");
    out.head = shape(h);
    out.headProto = Object.getOwnPropertyNames(Object.getPrototypeOf(h)).sort();
    const l = await b.list();
    out.list = { ctor: l.constructor?.name, keys: Object.keys(l), first: shape(l.objects[0]) };
    const li = await b.list({ include: ["httpMetadata", "customMetadata"] });
    out.listInc = desc(li.objects[0]);
    const mp = await b.createMultipartUpload("m");
    out.mp = { ctor: mp.constructor?.name, keys: Object.keys(mp), own: Object.getOwnPropertyNames(mp), proto: Object.getOwnPropertyNames(Object.getPrototypeOf(mp)).sort(), json: JSON.parse(JSON.stringify(mp)) .key };
    const part = await mp.uploadPart(1, "x");
    out.part = { keys: Object.keys(part), ctor: part.constructor?.name, pn: part.partNumber, etagLen: part.etag.length };
    const done = await mp.complete([part]);
    out.done = desc(done);
    out.bucket = { ctor: b.constructor?.name, proto: Object.getOwnPropertyNames(Object.getPrototypeOf(b)).sort(), str: String(b), json: JSON.stringify(b) };
    out.nulls = { get: await b.get("none"), head: await b.head("none"), del: await b.delete("none") };
`),
  r2("d1r2y-r2-put-options", "put options: httpMetadata as Headers and objects with odd values, customMetadata values of other types, storage classes, checksums and onlyIf together", `
    const H = new Headers({ "content-type": "a/b", "content-language": "en", "content-disposition": "inline", "content-encoding": "gzip", "cache-control": "no-cache", "expires": "Wed, 21 Oct 2015 07:28:00 GMT", "x-other": "1" });
    out.headers = await tr(async () => desc(await b.put("h1", "x", { httpMetadata: H })).hm);
    out.headersExp = await tr(async () => (await b.head("h1")).httpMetadata.cacheExpiry?.toISOString());
    out.badExpires = await tr(async () => { const o = await b.put("h2", "x", { httpMetadata: new Headers({ expires: "not a date" }) }); return { hm: o.httpMetadata, ce: String(o.httpMetadata.cacheExpiry) }; });
    out.expiryStr = await tr(async () => desc(await b.put("h3", "x", { httpMetadata: { cacheExpiry: "2020-01-01" } })).hm);
    out.expiryNum = await tr(async () => desc(await b.put("h4", "x", { httpMetadata: { cacheExpiry: 0 } })).hm);
    out.ctNum = await tr(async () => desc(await b.put("h5", "x", { httpMetadata: { contentType: 123 } })).hm);
    out.ctNull = await tr(async () => desc(await b.put("h6", "x", { httpMetadata: { contentType: null } })).hm);
    out.unknownHm = await tr(async () => desc(await b.put("h7", "x", { httpMetadata: { foo: "bar", contentType: "t/t" } })).hm);
    out.hmArray = await tr(async () => desc(await b.put("h8", "x", { httpMetadata: [] })).hm);
    out.hmString = await tr(async () => desc(await b.put("h9", "x", { httpMetadata: "text/plain" })).hm);
    out.cmNum = await tr(async () => desc(await b.put("c1", "x", { customMetadata: { a: 1, b: true } })).cm);
    out.cmNull = await tr(async () => desc(await b.put("c2", "x", { customMetadata: { a: null } })).cm);
    out.cmUndef = await tr(async () => desc(await b.put("c3", "x", { customMetadata: { a: undefined } })).cm);
    out.cmNested = await tr(async () => desc(await b.put("c4", "x", { customMetadata: { a: { b: 1 } } })).cm);
    out.cmArray = await tr(async () => desc(await b.put("c5", "x", { customMetadata: ["x"] })).cm);
    out.cmMap = await tr(async () => desc(await b.put("c6", "x", { customMetadata: new Map([["a", "b"]]) })).cm);
    out.cmEmptyKey = await tr(async () => desc(await b.put("c7", "x", { customMetadata: { "": "v" } })).cm);
    out.cmUnicode = await tr(async () => desc(await b.put("c8", "x", { customMetadata: { "ключ": "значение" } })).cm);
    out.scIA = await tr(async () => desc(await b.put("s1", "x", { storageClass: "InfrequentAccess" })).sc);
    out.scBad = await tr(async () => desc(await b.put("s2", "x", { storageClass: "Glacier" })).sc);
    out.scLower = await tr(async () => desc(await b.put("s3", "x", { storageClass: "standard" })).sc);
    out.md5Hex = await tr(async () => desc(await b.put("m1", "hello", { md5: "5d41402abc4b2a76b9719d911017c592" })).ck);
    out.md5Upper = await tr(async () => desc(await b.put("m2", "hello", { md5: "5D41402ABC4B2A76B9719D911017C592" })).ck);
    out.md5Wrong = await tr(async () => desc(await b.put("m3", "hello", { md5: "00000000000000000000000000000000" })));
    out.md5Short = await tr(async () => desc(await b.put("m4", "hello", { md5: "abc" })));
    out.md5Bad = await tr(async () => desc(await b.put("m5", "hello", { md5: "zz41402abc4b2a76b9719d911017c592" })));
    out.md5Num = await tr(async () => desc(await b.put("m6", "hello", { md5: 5 })));
    out.sha1 = await tr(async () => desc(await b.put("m7", "hello", { sha1: "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d" })).ck);
    out.sha256Wrong = await tr(async () => desc(await b.put("m8", "hello", { sha256: "00".repeat(32) })));
    out.two = await tr(async () => desc(await b.put("m9", "hello", { md5: "5d41402abc4b2a76b9719d911017c592", sha1: "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d" })));
    out.onlyIfMiss = await tr(async () => desc(await b.put("h1", "y", { onlyIf: { etagMatches: "nope" } })));
    out.onlyIfNew = await tr(async () => desc(await b.put("new1", "y", { onlyIf: { etagMatches: "nope" } })));
    out.onlyIfNone = await tr(async () => desc(await b.put("new2", "y", { onlyIf: { etagDoesNotMatch: "*" } })));
    out.onlyIfNone2 = await tr(async () => desc(await b.put("h1", "y", { onlyIf: { etagDoesNotMatch: "*" } })));
    out.onlyIfHeaders = await tr(async () => desc(await b.put("h1", "y", { onlyIf: new Headers({ "if-none-match": "*" }) })));
    out.onlyIfDate = await tr(async () => desc(await b.put("h1", "y", { onlyIf: { uploadedAfter: new Date(Date.now() + 86400000) } })));
    out.unknownOpt = await tr(async () => desc(await b.put("u1", "y", { foo: 1 })).key);
    out.optsNull = await tr(async () => desc(await b.put("u2", "y", null)).key);
    out.optsStr = await tr(async () => desc(await b.put("u3", "y", "x")).key);
`),
  r2("d1r2y-r2-get-list-args", "get/head/list/delete argument handling: option types, ranges with odd values, list options out of range, delete lists", `
    await b.put("a/1", "0123456789"); await b.put("a/2", ""); await b.put("a/b/3", "x"); await b.put("b", "y"); await b.put("a/", "z");
    const rg = async (r) => tr(async () => { const o = await b.get("a/1", { range: r }); return o === null ? null : { range: o.range, text: await o.text() }; });
    out.r = {};
    for (const [k, r] of Object.entries({ o0: { offset: 0 }, o10: { offset: 10 }, o11: { offset: 11 }, l0: { length: 0 }, o2l0: { offset: 2, length: 0 }, l20: { length: 20 }, s0: { suffix: 0 }, s20: { suffix: 20 }, neg: { offset: -1 }, frac: { offset: 1.5 }, str: { offset: "2" }, both: { offset: 1, suffix: 2 }, all3: { offset: 1, length: 2, suffix: 3 }, empty: {}, hdr: new Headers({ range: "bytes=2-4" }), hdrSuffix: new Headers({ range: "bytes=-3" }), hdrOpen: new Headers({ range: "bytes=7-" }), hdrMulti: new Headers({ range: "bytes=0-1,3-4" }), hdrBad: new Headers({ range: "bytes=x" }), hdrOut: new Headers({ range: "bytes=20-30" }), hdrNone: new Headers(), strRange: "bytes=0-1", nul: null })) out.r[k] = await rg(r);
    out.emptyRange = await tr(async () => { const o = await b.get("a/2", { range: { offset: 0 } }); return { range: o.range, text: await o.text() }; });
    out.emptySuffix = await tr(async () => { const o = await b.get("a/2", { range: { suffix: 1 } }); return { range: o.range, text: await o.text() }; });
    const ls = async (o) => tr(async () => { const r = await b.list(o); return { keys: r.objects.map((x) => x.key), dp: r.delimitedPrefixes, tr: r.truncated, cur: typeof r.cursor }; });
    out.l = {};
    for (const [k, o] of Object.entries({ lim0: { limit: 0 }, lim1001: { limit: 1001 }, limNeg: { limit: -1 }, limFrac: { limit: 1.5 }, limStr: { limit: "2" }, del: { delimiter: "/" }, delPre: { prefix: "a/", delimiter: "/" }, delMulti: { delimiter: "/b" }, delEmpty: { delimiter: "" }, startAfter: { startAfter: "a/1" }, startPre: { startAfter: "a/", prefix: "a/" }, startBeyond: { startAfter: "z" }, badCursor: { cursor: "nope" }, incBad: { include: ["nope"] }, incStr: { include: "httpMetadata" }, prefixNum: { prefix: 1 }, unknown: { foo: 1 }, nul: null, lim1Del: { limit: 1, delimiter: "/" } })) out.l[k] = await ls(o);
    out.page = await tr(async () => { const r1 = await b.list({ limit: 2 }); const r2 = await b.list({ limit: 2, cursor: r1.cursor }); const r3 = await b.list({ limit: 2, cursor: r1.cursor, prefix: "b" }); return [r1.objects.map((x) => x.key), r2.objects.map((x) => x.key), r2.truncated, r3.objects.map((x) => x.key)]; });
    out.d = {};
    out.d.arr = await tr(() => b.delete(["a/1", "nope", "a/1"]));
    out.d.empty = await tr(() => b.delete([]));
    out.d.many = await tr(() => b.delete(Array.from({ length: 1001 }, (_, i) => "k" + i)));
    out.d.num = await tr(() => b.delete(5));
    out.d.nested = await tr(() => b.delete([["b"]]));
    out.d.after = (await b.list()).objects.map((x) => x.key);
    out.g = {};
    out.g.num = await tr(async () => (await b.get(5)));
    out.g.obj = await tr(async () => (await b.get({})));
    out.g.opts = await tr(async () => (await b.get("b", "x"))?.key);
    out.g.onlyIfStr = await tr(async () => (await b.get("b", { onlyIf: "x" }))?.key);
    out.g.hdrs = await tr(async () => (await b.head("b", { range: { offset: 0 } }))?.key);
`),
];


const RW = `
const rw = async (sql, ...v) => { try { const r = await db.prepare(sql).bind(...v).all(); return [r.meta.rows_read, r.meta.rows_written, r.results.length]; } catch (e) { return "ERR " + String(e.message).split("\\n")[0]; } };
    await db.exec(\`CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT UNIQUE, age INTEGER);
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, title TEXT, views INTEGER DEFAULT 0);
CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER, amount REAL, status TEXT);
CREATE INDEX idx_orders_user ON orders(user_id);\`);
    for (let i = 1; i <= 6; i++) await db.prepare("INSERT INTO users (name, email, age) VALUES (?, ?, ?)").bind("u" + i, "e" + i, 18 + i * 3).run();
    for (let i = 1; i <= 12; i++) await db.prepare("INSERT INTO posts (user_id, title, views) VALUES (?, ?, ?)").bind((i % 4) + 1, "t" + i, i * 7).run();
    for (let i = 1; i <= 9; i++) await db.prepare("INSERT INTO orders (user_id, amount, status) VALUES (?, ?, ?)").bind((i % 3) + 1, i * 2.5, i % 2 ? "paid" : "open").run();
`;
const JOINQ = {
  join: "SELECT u.name, p.title FROM users u JOIN posts p ON p.user_id = u.id",
  joinWhere: "SELECT u.name, p.title FROM users u JOIN posts p ON p.user_id = u.id WHERE u.id = 2",
  joinWhereP: "SELECT u.name, p.title FROM posts p JOIN users u ON u.id = p.user_id WHERE p.id = 5",
  joinIdx: "SELECT u.name, o.amount FROM users u JOIN orders o ON o.user_id = u.id",
  joinIdxWhere: "SELECT u.name, o.amount FROM users u JOIN orders o ON o.user_id = u.id WHERE u.id = 1",
  leftJoin: "SELECT u.name, p.title FROM users u LEFT JOIN posts p ON p.user_id = u.id",
  leftIdx: "SELECT u.name, o.amount FROM users u LEFT JOIN orders o ON o.user_id = u.id",
  groupJoin: "SELECT u.name, count(p.id) AS n FROM users u LEFT JOIN posts p ON p.user_id = u.id GROUP BY u.id",
  scalarSub: "SELECT name, (SELECT count(*) FROM posts p WHERE p.user_id = u.id) AS n FROM users u",
  scalarSubIdx: "SELECT name, (SELECT count(*) FROM orders o WHERE o.user_id = u.id) AS n FROM users u",
  cteJoin: "WITH top AS (SELECT user_id, sum(views) AS v FROM posts GROUP BY user_id) SELECT u.name, top.v FROM users u JOIN top ON top.user_id = u.id",
  countDistinct: "SELECT count(DISTINCT user_id) AS c FROM posts",
  havingQ: "SELECT user_id, count(*) AS c FROM posts GROUP BY user_id HAVING c > 2",
  unionAll: "SELECT name FROM users WHERE age > 30 UNION ALL SELECT title FROM posts WHERE views > 70",
  insSelect: "INSERT INTO orders (user_id, amount, status) SELECT id, 1.0, 'new' FROM users WHERE age < 25",
};
const JOINQ2 = {
  subSum: "SELECT name, (SELECT sum(views) FROM posts p WHERE p.user_id = u.id) AS v FROM users u",
  subMax: "SELECT u.id, (SELECT max(views) FROM posts WHERE posts.user_id = u.id) AS m FROM users AS u",
  subCountOrder: "SELECT name, (SELECT count(*) FROM posts p WHERE p.user_id = u.id) AS n FROM users u ORDER BY n DESC",
  subTwo: "SELECT name, (SELECT count(*) FROM posts p WHERE p.user_id = u.id AND p.views > 30) AS n FROM users u",
  subOuterPosts: "SELECT title, (SELECT count(*) FROM orders o WHERE o.amount > p.views) AS n FROM posts p",
  joinWhereParam: "SELECT u.name, o.amount FROM users u JOIN orders o ON o.user_id = u.id WHERE u.id = ?",
  joinWhereRowid: "SELECT p.title FROM users u JOIN posts p ON p.user_id = u.id WHERE u.id = 3 ORDER BY p.id",
  countDistinct2: "SELECT count(DISTINCT status) AS c, count(*) AS n FROM orders",
  sumDistinct: "SELECT sum(DISTINCT user_id) AS s FROM posts",
};
const D1_RW = [
  d1("d1r2y-d1-join-meta", "rows_read/rows_written of joins, subqueries, EXISTS, window functions and set operations a typical app sends",
    `${RW}\n` + Object.entries(JOINQ).map(([k, sql]) => `    out[${J(k)}] = await rw(${J(sql)});`).join("\n")),
  d1("d1r2y-d1-join-meta-rules", "rows_read of automatic indexes, correlated aggregate subqueries, an outer rowid seek and DISTINCT aggregates on other data",
    `${RW}\n` + Object.entries(JOINQ2).map(([k, sql]) => `    out[${J(k)}] = await rw(${J(sql)}${k === "joinWhereParam" ? ", 2" : ""});`).join("\n")),
];

export default [...D1_CASES, ...D1_SQL, ...R2_CASES, ...D1_RW];
