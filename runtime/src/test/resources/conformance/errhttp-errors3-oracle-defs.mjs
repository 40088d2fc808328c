import { CD } from "./_h.mjs";
const g = (p) => ({ request: { url: "http://localhost" + p, method: "GET" } });
export default [
  {
    name: "errors-service-worker-listener-throw-order",
    area: "errors",
    description: "service-worker listeners that throw before or after a response: the same listener responding then throwing, a later listener throwing, a later listener calling respondWith again, an earlier listener throwing before a later one responds, an async listener",
    options: { compatibilityDate: CD, script: `
let log = [];
addEventListener("fetch", (e) => {
  const p = new URL(e.request.url).pathname;
  log.push("one " + p);
  if (p === "/log") return e.respondWith(Response.json(log.splice(0)));
  if (p === "/sameThrows") { e.respondWith(new Response("same")); throw new Error("same listener"); }
  if (p === "/laterThrows" || p === "/laterRespondsAgain") return e.respondWith(new Response("first responded"));
  if (p === "/earlierThrows") throw new RangeError("earlier listener");
  if (p === "/asyncListener") return;
});
addEventListener("fetch", (e) => {
  const p = new URL(e.request.url).pathname;
  log.push("two " + p);
  if (p === "/laterThrows") throw new Error("later listener");
  if (p === "/laterRespondsAgain") e.respondWith(new Response("again"));
  if (p === "/earlierThrows") e.respondWith(new Response("later responded"));
});
addEventListener("fetch", async (e) => {
  const p = new URL(e.request.url).pathname;
  log.push("three " + p);
  if (p === "/asyncListener") e.respondWith(new Response("async listener"));
});` },
    steps: [g("/sameThrows"), g("/log"), g("/laterThrows"), g("/log"), g("/laterRespondsAgain"), g("/log"), g("/earlierThrows"), g("/log"), g("/asyncListener"), g("/log")],
  },
];
