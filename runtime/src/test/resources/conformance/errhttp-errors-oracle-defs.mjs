import { CD, PRELUDE, get, req } from "./_h.mjs";
const E = (name, message) => "^" + (name + (message === undefined ? "" : ": " + message)).replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "(\\n|$)";
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script, ...extra });
const sw = (script, extra = {}) => ({ compatibilityDate: CD, script, ...extra });
const g = (p, bodyMatches) => ({ ...get(p), ...(bodyMatches ? { bodyMatches } : {}) });

export default [
  {
    name: "errors-uncaught-throw-kinds-modules",
    area: "errors",
    description: "uncaught throws of many kinds from a modules fetch handler: subclasses with and without names, undefined, symbols, arrays, functions, objects with message/name/toString, frozen errors, DOMException defaults, unicode and empty messages",
    options: mod(`
class NoName extends Error {}
class Named extends TypeError { constructor(m) { super(m); this.name = "NamedType"; } }
class ProtoName extends Error {}
ProtoName.prototype.name = "ProtoName";
class StaticName extends Error { get name() { return "Getter"; } }
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/noName") throw new NoName("plain sub");
  if (p === "/named") throw new Named("typed sub");
  if (p === "/protoName") throw new ProtoName("proto");
  if (p === "/getterName") throw new StaticName("getter");
  if (p === "/undef") throw undefined;
  if (p === "/bool") throw false;
  if (p === "/arr") throw [1, 2];
  if (p === "/fn") throw function foo() {};
  if (p === "/objMsg") throw { name: "Custom", message: "with name" };
  if (p === "/objToString") throw { toString() { return "stringified"; } };
  if (p === "/emptyStr") throw "";
  if (p === "/emptyMsg") throw new TypeError("");
  if (p === "/unicode") throw new Error("héllo ☃ 😀");
  if (p === "/domDefault") throw new DOMException("dd");
  if (p === "/domNamed") throw new DOMException("nf", "NotFoundError");
  if (p === "/domNoArgs") throw new DOMException();
  if (p === "/nameChanged") { const e = new Error("changed"); e.name = "Changed"; throw e; }
  if (p === "/nameEmpty") { const e = new Error("nameless"); e.name = ""; throw e; }
  if (p === "/msgNonString") { const e = new Error("x"); e.message = 42; throw e; }
  if (p === "/bigint") throw 10n;
  if (p === "/date") throw new Date(0);
  if (p === "/evalErr") throw new EvalError("ev");
  if (p === "/stack") { const e = new Error("s"); e.stack = "Custom stack text"; throw e; }
  if (p === "/syncInAsync") { await 1; [].reduce((a, b) => a); }
  if (p === "/recursion") { const f = () => f(); f(); }
  if (p === "/notFn") { const x = {}; x.nope(); }
  if (p === "/newNotCtor") { new (() => 1)(); }
  if (p === "/jsonBig") JSON.stringify(1n);
  if (p === "/arrayLen") new Array(-1);
  if (p === "/symbolConv") "" + Symbol("s");
  if (p === "/tdz") { x; let x = 1; }
  if (p === "/nullCall") { const n = null; n(); }
  if (p === "/undefProp") { const o = {}; o.a.b.c; }
  return new Response("ok");
} };`),
    steps: [
      g("/noName"),
      g("/named"),
      g("/protoName"),
      g("/getterName"),
      g("/undef"),
      g("/bool"),
      g("/arr"),
      g("/fn"),
      g("/objMsg"),
      g("/objToString"),
      g("/emptyStr"),
      g("/emptyMsg"),
      g("/unicode"),
      g("/domDefault"),
      g("/domNamed"),
      g("/domNoArgs"),
      g("/nameChanged"),
      g("/nameEmpty"),
      g("/msgNonString"),
      g("/bigint"),
      g("/date"),
      g("/evalErr"),
      g("/stack"),
      g("/syncInAsync"),
      g("/recursion"),
      g("/notFn"),
      g("/jsonBig"),
      g("/arrayLen"),
      g("/symbolConv"),
      g("/nullCall"),
      g("/undefProp"),
    ],
  },
  {
    name: "errors-non-response-results-modules",
    area: "errors",
    description: "what dispatchFetch sees when a modules fetch handler answers something other than a Response: strings, numbers, null, Response-like objects, nested promises, thenables, a used body, a sync handler returning a Response",
    options: mod(`
export default { fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/syncString") return "str";
  if (p === "/syncNull") return null;
  if (p === "/syncUndef") return undefined;
  if (p === "/syncNumber") return 42;
  if (p === "/syncObject") return { status: 200 };
  if (p === "/syncResponse") return new Response("sync ok");
  if (p === "/asyncString") return Promise.resolve("str");
  if (p === "/asyncNull") return Promise.resolve(null);
  if (p === "/asyncNumber") return Promise.resolve(7);
  if (p === "/responseLike") return Promise.resolve({ status: 200, headers: new Headers(), body: null, ok: true });
  if (p === "/nestedPromise") return Promise.resolve(Promise.resolve(new Response("nested")));
  if (p === "/thenable") return { then(r) { r(new Response("thenable")); } };
  if (p === "/asyncThenable") return Promise.resolve({ then(r) { r(new Response("async thenable")); } });
  if (p === "/request") return Promise.resolve(new Request("http://x/"));
  if (p === "/usedBody") return (async () => { const r = new Response("once"); await r.text(); return r; })();
  if (p === "/lockedBody") return (async () => { const r = new Response("locked"); r.body.getReader(); return r; })();
  if (p === "/blob") return Promise.resolve(new Blob(["b"]));
  if (p === "/responseSubclass") { class R extends Response {} return Promise.resolve(new R("sub")); }
  if (p === "/clone") return Promise.resolve(new Response("cloned").clone());
  if (p === "/error") return Promise.resolve(new Error("returned not thrown"));
  return new Response("x");
} };`),
    steps: ["/syncString", "/syncNull", "/syncUndef", "/syncNumber", "/syncObject", "/syncResponse", "/asyncString", "/asyncNull", "/asyncNumber",
      "/responseLike", "/nestedPromise", "/thenable", "/asyncThenable", "/request", "/usedBody", "/lockedBody", "/blob", "/responseSubclass", "/clone", "/error"].map((p) => g(p)),
  },
  {
    name: "errors-service-worker-throw-kinds",
    area: "errors",
    description: "service-worker listeners: async throws through respondWith, respondWith of null/undefined/numbers/resolved non-Responses, respondWith after an await, throw after respondWith, passThroughOnException, errors in a second listener",
    options: sw(`
addEventListener("fetch", (e) => {
  const p = new URL(e.request.url).pathname;
  if (p === "/asyncThrow") return e.respondWith((async () => { await null; throw new SyntaxError("async sw"); })());
  if (p === "/rwNull") return e.respondWith(null);
  if (p === "/rwUndef") return e.respondWith(undefined);
  if (p === "/rwNumber") return e.respondWith(5);
  if (p === "/rwResolvedString") return e.respondWith(Promise.resolve("s"));
  if (p === "/rwResolvedUndef") return e.respondWith(Promise.resolve(undefined));
  if (p === "/rwResolvedObj") return e.respondWith(Promise.resolve({}));
  if (p === "/rwLate") { setTimeout(() => { try { e.respondWith(new Response("late")); } catch (err) { console.log(err); } }, 1); return; }
  if (p === "/throwAfter") { e.respondWith(new Response("responded")); throw new Error("after respondWith"); }
  if (p === "/throwNonError") throw 7;
  if (p === "/ptoe") { e.passThroughOnException(); throw new Error("pt"); }
  if (p === "/ptoeAsync") { e.passThroughOnException(); return e.respondWith(Promise.reject(new Error("pt async"))); }
  if (p === "/rwThenable") return e.respondWith({ then(r) { r(new Response("thenable")); } });
  if (p === "/waitUntilReject") { e.waitUntil(Promise.reject(new Error("wu"))); return e.respondWith(new Response("wu ok")); }
  if (p === "/second") return;
  e.respondWith(new Response("default"));
});
addEventListener("fetch", (e) => {
  const p = new URL(e.request.url).pathname;
  if (p === "/second") throw new TypeError("second listener");
});`),
    steps: ["/asyncThrow", "/rwNull", "/rwUndef", "/rwNumber", "/rwResolvedString", "/rwResolvedUndef", "/rwResolvedObj", "/rwLate", "/throwAfter", "/throwNonError",
      "/ptoe", "/ptoeAsync", "/rwThenable", "/waitUntilReject", "/second"].map((p) => g(p)),
  },
  {
    name: "errors-late-failures-waituntil-streams",
    area: "errors",
    description: "failures that happen after the handler answered: waitUntil rejections, a throwing stream start/pull/cancel, a TransformStream writer aborting, a stream enqueueing non-bytes, an unhandled rejection before responding; then the instance keeps serving",
    options: mod(`
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  const enc = new TextEncoder();
  if (p === "/waitUntilThrow") { ctx.waitUntil(Promise.reject(new Error("bg"))); return new Response("answered"); }
  if (p === "/waitUntilSyncThrow") { ctx.waitUntil((async () => { throw new Error("bg2"); })()); return new Response("answered2"); }
  if (p === "/waitUntilNonPromise") { ctx.waitUntil(5); return new Response("non-promise"); }
  if (p === "/startThrows") return new Response(new ReadableStream({ start() { throw new Error("start broke"); } }));
  if (p === "/pullThrows") return new Response(new ReadableStream({ pull() { throw new Error("pull broke"); } }));
  if (p === "/pullThrowsAfter") { let n = 0; return new Response(new ReadableStream({ pull(c) { if (n++ < 2) c.enqueue(enc.encode("chunk" + n)); else throw new Error("pull later"); } })); }
  if (p === "/strings") return new Response(new ReadableStream({ start(c) { c.enqueue("not bytes"); c.close(); } }));
  if (p === "/abortWriter") { const { readable, writable } = new TransformStream(); const w = writable.getWriter(); w.write(enc.encode("x")); w.abort(new Error("aborted")); return new Response(readable); }
  if (p === "/closeEmpty") return new Response(new ReadableStream({ start(c) { c.close(); } }));
  if (p === "/asyncIter") return new Response(new ReadableStream({ async pull(c) { await scheduler.wait(1); c.enqueue(enc.encode("slow")); c.close(); } }));
  if (p === "/rejectBeforeAnswer") { Promise.reject(new Error("unhandled")); await null; return new Response("still fine"); }
  return new Response("alive");
} };`),
    steps: ["/waitUntilThrow", "/waitUntilSyncThrow", "/waitUntilNonPromise", "/startThrows", "/pullThrows", "/pullThrowsAfter", "/strings", "/abortWriter", "/closeEmpty", "/asyncIter", "/rejectBeforeAnswer", "/"].map((p) => g(p)),
  },
  {
    name: "errors-response-construction-invalid",
    area: "errors",
    description: "errors constructing responses and headers inside the worker, caught and uncaught: bad header values, forbidden statuses, statusText, body types, Response.json options, Response.redirect urls",
    options: mod(`${PRELUDE}
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/caught") return Response.json({
    newlineValue: await t(() => new Headers({ "x": "a\\nb" })),
    crValue: await t(() => new Headers({ "x": "a\\rb" })),
    nulValue: await t(() => new Headers({ "x": "a\\0b" })),
    emptyName: await t(() => new Headers({ "": "v" })),
    colonName: await t(() => new Headers({ "a:b": "v" })),
    unicodeName: await t(() => new Headers({ "é": "v" })),
    unicodeValue: await t(() => new Headers({ "x": "é" }).get("x")),
    trimmed: await t(() => new Headers({ "x": "  padded\\t " }).get("x")),
    badStatusText: await t(() => new Response("x", { statusText: "bad\\n" })),
    unicodeStatusText: await t(() => new Response("x", { statusText: "é" }).statusText),
    status0: await t(() => new Response("x", { status: 0 })),
    status101: await t(() => new Response(null, { status: 101 })),
    status100: await t(() => new Response(null, { status: 100 })),
    status600: await t(() => new Response(null, { status: 600 })),
    statusFloat: await t(() => new Response(null, { status: 200.5 }).status),
    statusString: await t(() => new Response(null, { status: "404" }).status),
    statusNaN: await t(() => new Response(null, { status: "abc" })),
    body304: await t(() => new Response("x", { status: 304 })),
    body205: await t(() => new Response("", { status: 205 })),
    nullBody204: await t(() => new Response(null, { status: 204 }).status),
    jsonStatus: await t(() => Response.json({ a: 1 }, { status: 201, headers: { "x-y": "z" } }).headers.get("content-type")),
    jsonCt: await t(() => Response.json(1, { headers: { "content-type": "text/plain" } }).headers.get("content-type")),
    jsonUndefined: await t(() => Response.json(undefined)),
    jsonFn: await t(() => Response.json(() => 1)),
    redirectBadUrl: await t(() => Response.redirect("http://[bad", 302)),
    redirect307: await t(() => Response.redirect("http://x/y", 307).status),
    redirectDefault: await t(() => Response.redirect("http://x/y").status),
    headersAppendBad: await t(() => new Headers().append("bad name", "v")),
    headersSetNull: await t(() => { const h = new Headers(); h.set("x", null); return h.get("x"); }),
    headersArray: await t(() => new Headers([["a"]])),
    headersArray3: await t(() => new Headers([["a", "b", "c"]])),
    headersGetSetCookie: await t(() => { const h = new Headers(); h.append("Set-Cookie", "a=1"); h.append("set-cookie", "b=2"); return [h.get("set-cookie"), h.getSetCookie(), [...h]]; }),
    responseOk: await t(() => [new Response(null, { status: 299 }).ok, new Response(null, { status: 300 }).ok]),
    responseType: await t(() => [new Response("x").type, Response.error().type, Response.error().status]),
  });
  if (p === "/uncaughtHeader") return new Response("x", { headers: { "x": "a\\nb" } });
  if (p === "/uncaughtStatus") return new Response("x", { status: 1000 });
  if (p === "/uncaughtBody304") return new Response("x", { status: 304 });
  return new Response("x");
} };`),
    steps: [g("/caught"), g("/uncaughtHeader"), g("/uncaughtStatus"), g("/uncaughtBody304")],
  },
  {
    name: "errors-uncaught-headers-accept-variants",
    area: "errors",
    description: "the uncaught-error response does not depend on the request: Accept html/json, HEAD, POST with a body, a custom header on the request; the error response carries no extra headers set before the throw",
    options: mod(`
export default { async fetch(req) {
  if (req.method === "POST") await req.text();
  throw new Error("uniform " + req.method);
} };`),
    steps: [
      { ...req("GET", "http://localhost/", { accept: "text/html" }) },
      { ...req("GET", "http://localhost/", { accept: "application/json" }) },
      { ...req("POST", "http://localhost/", { "content-type": "application/json" }, "{\"a\":1}") },
      { ...req("HEAD", "http://localhost/", {}) },
      { ...req("PUT", "http://localhost/x?y=1", { "x-custom": "1" }, "b") },
      { ...req("DELETE", "http://localhost/", { "user-agent": "Mozilla/5.0" }) },
    ],
  },
];
