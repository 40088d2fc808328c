// Re-record: mkdir d && cp /work/wt/oracle/defs/_h.mjs d/ && cp this file d/ && DEFS_DIR=d RECORD_OUT=<out> node /work/wt/oracle/record.mjs kv22-
import { CD, PRELUDE } from "./_h.mjs";
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const G = (p = "/", host = "http://localhost") => r("GET", host + p);
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
export default [
  {
    name: "kv22-cache-expires-date-forms", area: "cache",
    description: "Cache API: Expires in IMF, RFC 850 (two-digit years), asctime, ISO, lower-case, numeric-offset, zone-less, weekday-less and wrong-weekday forms, and a Date header in the past or the future beside Expires or max-age: which puts are matched afterwards",
    options: mod(`export default { async fetch(req, env, ctx) { const out = {}; const c = caches.default;
const forms = { imf: "Thu, 01 Jan 2099 00:00:00 GMT", rfc850: "Thursday, 01-Jan-99 00:00:00 GMT", rfc850far: "Thursday, 01-Jan-2099 00:00:00 GMT", asctime: "Thu Jan  1 00:00:00 2099", iso: "2099-01-01T00:00:00Z", isoDate: "2099-01-01", loose: "Jan 1 2099", lower: "thu, 01 jan 2099 00:00:00 gmt", offset: "Thu, 01 Jan 2099 00:00:00 +0100", noZone: "Thu, 01 Jan 2099 00:00:00", noWeekday: "01 Jan 2099 00:00:00 GMT", wrongWeekday: "Fri, 01 Jan 2099 00:00:00 GMT", oneDigitDay: "Thu, 1 Jan 2099 00:00:00 GMT", numeric: "4102444800", pst: "Thu, 01 Jan 2099 00:00:00 PST", twoDigit: "Thu, 01 Jan 99 00:00:00 GMT", utc: "Thu, 01 Jan 2099 00:00:00 UTC", spaces: "  Thu, 01 Jan 2099 00:00:00 GMT  ", minusOne: "-1", past: "Thu, 01 Jan 1998 00:00:00 GMT" };
for (const [k, v] of Object.entries(forms)) {
  const u = "http://cache.test/e/" + k;
  out[k] = await t(async () => { await c.put(u, new Response(k, { headers: { expires: v } })); const m = await c.match(u); return m === undefined ? "miss" : [m.headers.get("expires"), m.headers.get("cache-control")]; });
}
const past = "Thu, 01 Jan 1998 00:00:00 GMT", future = "Thu, 01 Jan 2099 00:00:00 GMT";
const combos = { datePastMaxAge: { date: past, "cache-control": "max-age=60" }, dateFutureMaxAge: { date: future, "cache-control": "max-age=60" }, datePastExpiresSoon: { date: past, expires: "Thu, 01 Jan 1998 01:00:00 GMT" }, dateGarbageMaxAge: { date: "garbage", "cache-control": "max-age=60" }, ageHuge: { age: "100000", "cache-control": "max-age=60" }, ageEqual: { age: "60", "cache-control": "max-age=60" }, ageBelow: { age: "59", "cache-control": "max-age=60" }, ageGarbage: { age: "x", "cache-control": "max-age=60" }, smaxAgeZero: { "cache-control": "max-age=60, s-maxage=0" }, smaxAgeOnly: { "cache-control": "s-maxage=60" }, expiresAndMaxAgeZero: { expires: future, "cache-control": "max-age=0" } };
for (const [k, h] of Object.entries(combos)) {
  const u = "http://cache.test/c/" + k;
  out[k] = await t(async () => { await c.put(u, new Response(k, { headers: h })); const m = await c.match(u); return m === undefined ? "miss" : [m.headers.get("age"), m.headers.get("date") === null ? "nodate" : "date"]; });
}
return Response.json(out); } };`),
    steps: [G()],
  },
];
