import { CD, PRELUDE } from "./_h.mjs";
const inputs = ["not json", "{bad", "[1,]", "{\"a\":1,}", "", "   ", "nul", "tru", "{\"a\" 1}", "\"unterminated", "1 2", "{'a':1}", "[1 2]", "01", "NaN", "undefined", "{\"a\":\"\\x\"}", "{\"k\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40 x]}", "{\"é\": ü}", "[\n  1,\n  2,\n  oops\n]", "}", "\"\\u12\"", "-", "1e", "[\"a\"\"b\"]", "{\"a\":1}}"];
export default [
  {
    name: "errors-json-parse-messages",
    area: "errors",
    description: "V8's SyntaxError messages for bad JSON as request.json() and JSON.parse report them (token, position, line and column, snippet truncation), caught and uncaught",
    options: { modules: true, compatibilityDate: CD, script: `${PRELUDE}
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  const body = await req.text();
  if (p === "/uncaught") return Response.json(JSON.parse(body));
  if (p === "/uncaughtReqJson") return Response.json(await new Request("http://x/", { method: "POST", body }).json());
  const inputs = ${JSON.stringify(inputs)};
  const out = [];
  for (const s of inputs) out.push([s, (await t(() => JSON.parse(s))).error?.message ?? "parsed", (await t(() => new Response(s).json())).error?.message ?? "parsed"]);
  return Response.json(out);
} };` },
    steps: [
      { request: { url: "http://localhost/caught", method: "POST", body: "x" } },
      { request: { url: "http://localhost/uncaught", method: "POST", body: "{\"a\": tru}" } },
      { request: { url: "http://localhost/uncaughtReqJson", method: "POST", body: "" } },
      { request: { url: "http://localhost/uncaught", method: "POST", body: "[1,2" } },
    ],
  },
];
