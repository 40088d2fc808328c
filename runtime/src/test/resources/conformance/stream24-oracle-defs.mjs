// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs stream24
// The twenty-fourth session's probes: request bodies that stream through a Durable Object stub,
// streamed request bodies redirected (307/308/303) through a service binding and a stub, and a
// caller's cancel of a service binding's streamed body (what of the callee's request goes on), and a
// stateless callee whose streamed body hangs.
import { get } from "./_h.mjs";

const D = "2025-01-01";
const H = `
const enc = (s) => new TextEncoder().encode(s);
const dec = (v) => new TextDecoder().decode(v);
const desc = (e) => e instanceof Error ? [e.constructor?.name, e.name, e.message, e.remote ?? null] : ["thrown", typeof e, String(e)];
const guard = (p, ms = 300) => Promise.race([p, scheduler.wait(ms).then(() => "timeout")]);
`;

// the target: redirects by path, echoes what arrives
const TARGET = `
  async function target(req) {
    const url = new URL(req.url);
    const p = url.pathname;
    const m = /^\\/r(\\d+)(read)?$/.exec(p);
    if (m) {
      if (m[2]) await req.text();
      return new Response("redirect " + m[1], { status: Number(m[1]), headers: { location: "/echo" } });
    }
    if (p === "/echo") return Response.json({ m: req.method, len: req.headers.get("content-length"), te: req.headers.get("transfer-encoding"), b: await req.text() });
    if (p === "/first") { const r = req.body.getReader(); const c = await r.read(); return new Response("first=" + dec(c.value)); }
    return new Response("?", { status: 404 });
  }
`;

const bodies = `
  const kinds = {
    stream: () => new ReadableStream({ start(c) { c.enqueue(enc("s1;")); c.enqueue(enc("s2;")); c.close(); } }),
    blob: () => new Blob(["blob"]).stream(),
    fixed: () => { const f = new FixedLengthStream(3); const w = f.writable.getWriter(); w.write(enc("fix")); w.close(); return f.readable; },
    text: () => "text",
  };
`;

const redirects = `
  ${bodies}
  const out = {};
  for (const [kind, make] of Object.entries(kinds)) {
    for (const path of ["r307", "r308", "r307read", "r303", "r302", "r301"]) {
      try {
        const res = await B.fetch("http://x/" + path, { method: "POST", body: make() });
        out[kind + " " + path] = [res.status, res.redirected, res.status === 200 ? await res.json() : await res.text()];
      } catch (e) { out[kind + " " + path] = desc(e); }
    }
  }
  {
    const res = await B.fetch("http://x/r307", { method: "POST", body: kinds.stream(), redirect: "manual" });
    out.manual = [res.status, res.headers.get("location"), await res.text()];
  }
  {
    const req = new Request("http://x/r307", { method: "POST", body: kinds.stream() });
    try { await B.fetch(req); out.requestObject = "resolved"; } catch (e) { out.requestObject = desc(e); }
    out.requestUsed = req.bodyUsed;
  }
`;

const shapes = `
  ${bodies}
  const out = {};
  for (const [kind, make] of Object.entries(kinds)) {
    const res = await B.fetch("http://x/echo", { method: "POST", body: make() });
    out[kind] = await res.json();
  }
  {
    let pulls = 0; let release; const more = new Promise((r) => { release = r; });
    const body = new ReadableStream({
      start(c) { c.enqueue(enc("first;")); },
      async pull(c) { pulls++; await more; c.enqueue(enc("second;")); c.close(); },
    });
    const res = await guard(B.fetch("http://x/first", { method: "POST", body }));
    out.answer = typeof res === "string" ? res : await res.text();
    release();
    const { readable, writable } = new TransformStream();
    const w = writable.getWriter();
    const sent = B.fetch("http://x/echo", { method: "POST", body: readable });
    await w.write(enc("x;")); await scheduler.wait(1); await w.write(enc("y;")); await w.close();
    out.written = await (await sent).json();
    out.pulls = pulls;
  }
`;

const sbCase = (name, description, callerBody) => ({
  name, area: "service-bindings", description,
  options: { workers: [
    { name: "a", modules: true, compatibilityDate: D, serviceBindings: { B: "b" }, script: `${H}
export default { async fetch(req, env) { const B = env.B; ${callerBody} return Response.json(out); } };` },
    { name: "b", modules: true, compatibilityDate: D, script: `${H}${TARGET}
export default { fetch(req) { return target(req); } };` },
  ] },
  steps: [get("/")],
});

const doCase = (name, description, callerBody) => ({
  name, area: "durable-objects", description,
  options: { modules: true, compatibilityDate: D, durableObjects: { DO: "Obj" }, script: `import { DurableObject } from "cloudflare:workers";
${H}${TARGET}
export class Obj extends DurableObject { fetch(req) { return target(req); } }
export default { async fetch(req, env) { const B = env.DO.getByName("o"); ${callerBody} return Response.json(out); } };` },
  steps: [get("/")],
});



// ---- a caller's cancel through a service binding; a stateless callee whose stream hangs --------

const CANCEL_CALLEE = `${H}
const gates = new Map();
const gate = (id) => { let g = gates.get(id); if (!g) { let release; const promise = new Promise((r) => { release = r; }); g = { promise, release, open: false }; gates.set(id, g); } return g; };
const release = (id) => { const g = gate(id); g.open = true; g.release(); };
// polled on a 1 ms timer: a stateless worker's request that waits only on a promise another request settles is hung
const hold = async (id) => { while (!gate(id).open) await scheduler.wait(1); };
const log = [];
export default { async fetch(req, env, ctx) {
  const [, kind, id] = new URL(req.url).pathname.split("/");
  if (kind === "go") { release(id); release("wu" + id); release("t" + id); return new Response("go " + id); }
  // sorted: the order of steps that poll on timers of the same period is not fixed
  if (kind === "log") { await scheduler.wait(50); return Response.json(log.filter((l) => l.startsWith(id + " ")).sort()); }
  if (kind === "work" || kind === "plain") {
    // "work": a waitUntil keeps the request alive after its body was cancelled; "plain": nothing does
    // the timer's work ends before the waitUntil's (which awaits it): the order of the two is fixed
    let timerDone; const timer = new Promise((r) => { timerDone = r; });
    setTimeout(async () => { await hold("t" + id); log.push(id + " timer released"); timerDone(); }, 0);
    if (kind === "work") ctx.waitUntil((async () => { await hold("wu" + id); await timer; log.push(id + " waitUntil released"); })());
    let n = 0;
    const s = new ReadableStream({
      async pull(c) {
        n++;
        if (n === 1) { c.enqueue(enc("first")); return; }
        await hold(id);
        log.push(id + " released");
        try { c.enqueue(enc("more")); c.close(); } catch (e) { log.push(id + " enqueue " + JSON.stringify(desc(e))); }
      },
      cancel(r) { log.push(id + " cancel " + JSON.stringify(desc(r))); },
    });
    return new Response(s);
  }
  if (kind === "hang") {
    let n = 0;
    const s = new ReadableStream({
      async pull(c) {
        n++;
        if (n === 1) { c.enqueue(enc("first")); return; }
        await gate(id).promise;
        log.push(id + " released");
        try { c.enqueue(enc("more")); c.close(); } catch (e) { log.push(id + " enqueue " + JSON.stringify(desc(e))); }
      },
      cancel(r) { log.push(id + " cancel " + JSON.stringify(desc(r))); },
    });
    return new Response(s);
  }
  if (kind === "hangtimer") {
    // the stream waits on another request's promise, but a timer of the request is pending meanwhile
    const timer = setTimeout(() => log.push(id + " timer fired"), 10000);
    let n = 0;
    const s = new ReadableStream({
      async pull(c) {
        n++;
        if (n === 1) { c.enqueue(enc("first")); return; }
        await gate(id).promise;
        log.push(id + " released");
        clearTimeout(timer);
        c.enqueue(enc("more")); c.close();
      },
    });
    return new Response(s);
  }
  return new Response("?", { status: 404 });
} };`;

const cancelCaller = `
  const out = {};
  {
    const res = await B.fetch("http://x/work/u");
    out.unread = [String(await res.body.cancel("why")), await (await B.fetch("http://x/go/u")).text(), await (await B.fetch("http://x/log/u")).json()];
  }
  {
    const res = await B.fetch("http://x/plain/p");
    out.plainUnread = [String(await res.body.cancel("why")), await (await B.fetch("http://x/go/p")).text(), await (await B.fetch("http://x/log/p")).json()];
  }
  {
    const res = await B.fetch("http://x/plain/q");
    const r = res.body.getReader();
    const first = dec((await r.read()).value);
    out.plainAfterRead = [first, String(await r.cancel(new Error("stop"))), await (await B.fetch("http://x/go/q")).text(), await (await B.fetch("http://x/log/q")).json()];
  }
  {
    const res = await B.fetch("http://x/work/c");
    const text = res.text();
    out.read = [await (await B.fetch("http://x/go/c")).text(), await text, await (await B.fetch("http://x/log/c")).json()];
  }
`;

const hangCaller = `
  const out = {};
  for (const kind of ["hang", "hangtimer"]) {
    const id = kind[4] ?? "h";
    const res = await B.fetch("http://x/" + kind + "/" + kind);
    const r = res.body.getReader();
    const got = [dec((await r.read()).value)];
    const rest = r.read().then((c) => c.done ? "done" : dec(c.value), (e) => desc(e));
    // hung: the read fails before the release; with a timer pending it waits for the release
    if (kind === "hang") got.push(await guard(rest));
    got.push(await (await B.fetch("http://x/go/" + kind)).text());
    if (kind === "hangtimer") got.push(await guard(rest), await (await B.fetch("http://x/log/" + kind)).json());
    out[kind] = got;
  }
`;

const sbPair = (name, description, callerBody, callee) => ({
  name, area: "service-bindings", description,
  options: { workers: [
    { name: "a", modules: true, compatibilityDate: D, serviceBindings: { B: "b" }, script: `${H}
export default { async fetch(req, env) { const B = env.B; ${callerBody} return Response.json(out); } };` },
    { name: "b", modules: true, compatibilityDate: D, script: callee },
  ] },
  steps: [get("/")],
});

const more = [
  sbPair("stream24-sb-cancel-ends-callee-request", "a caller cancels a service binding's streamed body: unread with a waitUntil pending (the stream is cancelled), unread and after a read with nothing else pending (the callee's request is dropped: timers, the pending pull); a body read whole for comparison", cancelCaller, CANCEL_CALLEE),
  sbPair("stream24-sb-hung-streamed-body", "a stateless callee's stream waits on a promise only another request settles (with and without a pending timer): what the caller's read gets", hangCaller, CANCEL_CALLEE),
];

export default [
  ...more,
  sbCase("stream24-sb-redirect-streamed-body", "a streamed request body through a service binding redirected with 307/308 (kept body), 303/302/301 (dropped), manual, a Request object", redirects),
  doCase("stream24-do-redirect-streamed-body", "a streamed request body through a Durable Object stub redirected with 307/308 (kept body), 303/302/301 (dropped), manual, a Request object", redirects),
  doCase("stream24-do-request-body-streams", "request bodies through a Durable Object stub: stream, Blob stream, FixedLengthStream, text (length headers); the object answers after the first chunk; a body written after fetch() began", shapes),
];
