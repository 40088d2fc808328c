// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs stream23
// The twenty-third session's probes: response (and request) bodies that stream between workers
// through a service binding and a Durable Object stub: SSE released by another request, cancel
// from the caller, tee, pass-through to the client, long poll, errors mid-stream, waitUntil writes.
import { get } from "./_h.mjs";

const D = "2025-01-01";
const dated = (name, script, extra = {}, date = D) => ({ name, modules: true, compatibilityDate: date, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });

// shared helpers for both sides
const H = `
const enc = (s) => new TextEncoder().encode(s);
const dec = (v) => new TextDecoder().decode(v);
const desc = (e) => e instanceof Error ? [e.constructor?.name, e.name, e.message, e.remote ?? null] : ["thrown", typeof e, String(e)];
const guard = (p, ms = 300) => Promise.race([p, scheduler.wait(ms).then(() => "timeout")]);
const gates = new Map();
const gate = (id) => { let g = gates.get(id); if (!g) { let release; const promise = new Promise((r) => { release = r; }); g = { promise, release, open: false }; gates.set(id, g); } return g; };
const release = (id) => { const g = gate(id); g.open = true; g.release(); };
`;
// a stateless worker's request that waits only on a promise another request settles is cancelled as
// hung by workerd (recorded): there the wait polls the gate on a timer
const POLLED = `const hold = async (id) => { while (!gate(id).open) await scheduler.wait(1); };`;
const PROMISED = `const hold = (id) => gate(id).promise;`;

// the streaming side: routes by path; /go/<id> releases gate <id>; /seen/<id> answers what the stream's cancel saw
const CALLEE_BODY = `
  const log = [];
  const progress = new Map();
  const cancelled = new Map();
  const cancels = new Map();
  const seen = (id) => { let s = cancels.get(id); if (!s) { let resolve; const p = new Promise((r) => { resolve = r; }); s = { p, resolve }; cancels.set(id, s); } return s; };
  function streamed(path, ctx) {
    const [, kind, id] = path.split("/");
    if (kind === "sse") {
      let n = 0;
      const s = new ReadableStream({
        start(c) { c.enqueue(enc("data: 1\\n\\n")); log.push("start"); },
        async pull(c) {
          n++;
          if (n === 1) { await hold(id); log.push("released"); c.enqueue(enc("data: 2\\n\\n")); }
          else { c.close(); log.push("closed"); }
        },
        cancel(reason) { log.push("cancel"); seen(id).resolve(desc(reason)); },
      });
      log.push("returned");
      return new Response(s, { headers: { "content-type": "text/event-stream", "cache-control": "no-cache" } });
    }
    if (kind === "poll") {
      const s = new ReadableStream({
        async pull(c) { await hold(id); c.enqueue(enc("message")); c.close(); },
        cancel(reason) { seen(id).resolve(desc(reason)); },
      });
      return new Response(s);
    }
    if (kind === "ticker") {
      let n = 0;
      const s = new ReadableStream({
        async pull(c) { n++; progress.set(id, n); await scheduler.wait(n === 1 ? 1 : 50); c.enqueue(enc("tick" + n + ";")); },
        cancel(reason) { cancelled.set(id, desc(reason)); },
      });
      return new Response(s);
    }
    if (kind === "slow") {
      const s = new ReadableStream({
        async pull(c) { await scheduler.wait(50); c.enqueue(enc("slow;")); },
        cancel(reason) { cancelled.set(id, desc(reason)); },
      });
      return new Response(s);
    }
    if (kind === "writer") {
      const { readable, writable } = new TransformStream();
      const w = writable.getWriter();
      (async () => { for (let n = 1; ; n++) { try { await w.write(enc("w" + n + ";")); } catch (e) { cancelled.set(id, ["write failed", desc(e)]); break; } await scheduler.wait(50); } })();
      return new Response(readable);
    }
    if (kind === "late") {
      return hold(id).then(() => new Response("late answer"));
    }
    if (kind === "error") {
      const s = new ReadableStream({
        start(c) { c.enqueue(enc("a")); },
        async pull(c) { await hold(id); c.enqueue(enc("b")); c.error(new TypeError("boom")); },
      });
      return new Response(s);
    }
    if (kind === "abort") {
      const { readable, writable } = new TransformStream();
      const w = writable.getWriter();
      (async () => { await w.write(enc("a")); await hold(id); await w.abort(new RangeError("cut")); })().catch(() => {});
      return new Response(readable);
    }
    if (kind === "timed") {
      const { readable, writable } = new TransformStream();
      const w = writable.getWriter();
      (async () => { await w.write(enc("one;")); await scheduler.wait(5); await w.write(enc("two;")); await scheduler.wait(5); await w.write(enc("three;")); await w.close(); })();
      return new Response(readable, { headers: { "content-type": "text/event-stream", "x-from": "callee" } });
    }
    if (kind === "waituntil") {
      const { readable, writable } = new TransformStream();
      const w = writable.getWriter();
      ctx.waitUntil((async () => { await scheduler.wait(1); await w.write(enc("after;")); await scheduler.wait(1); await w.write(enc("later;")); await w.close(); })());
      return new Response(readable);
    }
    if (kind === "echo") {
      return (async () => new Response(null))();
    }
    return null;
  }
  async function control(path, req) {
    const [, kind, id] = path.split("/");
    if (kind === "go") { release(id); return new Response("go " + id); }
    if (kind === "state") { await scheduler.wait(30); const before = progress.get(id); await scheduler.wait(50); return Response.json({ cancelled: cancelled.get(id) ?? "no", moved: progress.get(id) !== before }); }
    if (kind === "seen") return Response.json(await guard(seen(id).p));
    if (kind === "log") return Response.json(log);
    if (kind === "first") {
      // reads one chunk of the request body and answers with it; the rest stays unread
      const r = req.body.getReader();
      const c = await r.read();
      return new Response("first=" + dec(c.value));
    }
    if (kind === "all") return new Response("all=" + await req.text());
    return null;
  }
`;

const calleeWorker = `import { WorkerEntrypoint } from "cloudflare:workers";
${H}
${POLLED}
${CALLEE_BODY}
export default class extends WorkerEntrypoint {
  async fetch(req) {
    const path = new URL(req.url).pathname;
    return (await control(path, req)) ?? streamed(path, this.ctx) ?? new Response("?", { status: 404 });
  }
}`;

const readAll = `async function readRest(r, out) { for (;;) { const c = await r.read(); if (c.done) { out.push("done"); break; } out.push(dec(c.value)); } }`;

// ---- service bindings -------------------------------------------------------------------------

const sse = `export default { async fetch(req, env) {
  ${readAll}
  const B = env.B; const out = [];
  const res = await B.fetch("http://x/sse/1");
  out.push("headers", res.status, res.headers.get("content-type"), res.headers.get("content-length"));
  const r = res.body.getReader();
  out.push(dec((await r.read()).value));
  out.push(await (await B.fetch("http://x/log")).json());
  out.push(await (await B.fetch("http://x/go/1")).text());
  await readRest(r, out);
  out.push(await (await B.fetch("http://x/log")).json());
  return Response.json(out);
} };`;

const poll = `export default { async fetch(req, env) {
  const B = env.B; const out = {};
  const res = await B.fetch("http://x/poll/1");
  out.head = [res.status, res.headers.get("content-length")];
  const text = res.text();
  out.go = await (await B.fetch("http://x/go/1")).text();
  out.text = await text;
  // the callee's handler itself waits: the caller's fetch resolves after the other request released it
  const late = B.fetch("http://x/late/2");
  out.go2 = await (await B.fetch("http://x/go/2")).text();
  out.late = await (await late).text();
  return Response.json(out);
} };`;

// settle: for a Durable Object (same isolate as the caller) the caller waits until the object's stream
// noted the cancel before asking /state, so a loaded machine cannot outrun /state's fixed waits
const cancels = (afterRead, settle = "") => `
  for (const kind of ${afterRead ? '["ticker", "writer"]' : '["slow", "writer"]'}) {
    if (${afterRead}) {
      const res = await B.fetch("http://x/" + kind + "/a" + kind);
      const r = res.body.getReader();
      const first = dec((await r.read()).value);
      const cancel = String(await r.cancel(new Error("stop")));
      out[kind + "AfterRead"] = [first, cancel, await (await B.fetch("http://x/state/a" + kind)).json()];
    }
    {
      const res = await B.fetch("http://x/" + kind + "/b" + kind);
      const cancel = String(await res.body.cancel("why"));${settle}
      out[kind + "Unread"] = [cancel, await (await B.fetch("http://x/state/b" + kind)).json()];
    }
  }`;
const cancel = `export default { async fetch(req, env) {
  const B = env.B; const out = {};
  ${cancels(false)}
  return Response.json(out);
} };`;

const tee = `export default { async fetch(req, env) {
  ${readAll}
  const B = env.B; const out = [];
  const res = await B.fetch("http://x/sse/t1");
  const [x, y] = res.body.tee();
  const rx = x.getReader(); const ry = y.getReader();
  out.push(dec((await rx.read()).value), dec((await ry.read()).value));
  out.push(await (await B.fetch("http://x/go/t1")).text());
  await readRest(rx, out); await readRest(ry, out);
  return Response.json(out);
} };`;

const errors = `export default { async fetch(req, env) {
  const B = env.B; const out = {};
  for (const kind of ["error", "abort"]) {
    const res = await B.fetch("http://x/" + kind + "/" + kind);
    const r = res.body.getReader();
    const got = [res.status, dec((await r.read()).value)];
    got.push(await (await B.fetch("http://x/go/" + kind)).text());
    try { for (;;) { const c = await r.read(); if (c.done) { got.push("done"); break; } got.push(dec(c.value)); } } catch (e) { got.push(desc(e)); }
    out[kind] = got;
  }
  return Response.json(out);
} };`;

const waitUntil = `export default { async fetch(req, env) {
  const res = await env.B.fetch("http://x/waituntil/1");
  return Response.json([res.status, await res.text()]);
} };`;

const pass = `export default { async fetch(req, env) { return env.B.fetch("http://x" + new URL(req.url).pathname); } };`;

const requestBody = `export default { async fetch(req, env) {
  const B = env.B; const out = {};
  let cancelled; const cancelSeen = new Promise((r) => { cancelled = r; });
  let pulls = 0; let release; const more = new Promise((r) => { release = r; });
  const body = new ReadableStream({
    start(c) { c.enqueue(enc("first;")); },
    async pull(c) { pulls++; await more; c.enqueue(enc("second;")); c.close(); },
    cancel(reason) { cancelled(desc(reason)); },
  });
  // the callee answers after one chunk: the caller's fetch resolves while its body is still open
  // (no timer guard: a caller that waited for the whole body would deadlock, which fails the case
  // without racing a timer against a slow first dispatch on a loaded machine)
  const res = await B.fetch("http://x/first", { method: "POST", body });
  out.answer = await res.text();
  release();
  // a body the callee reads whole, written after the fetch began
  const { readable, writable } = new TransformStream();
  const w = writable.getWriter();
  const sent = B.fetch("http://x/all", { method: "POST", body: readable });
  await w.write(enc("x;")); await scheduler.wait(1); await w.write(enc("y;")); await w.close();
  out.all = await (await sent).text();
  out.pulls = pulls;
  return Response.json(out);
} };`;

const sb = (name, description, callerScript, steps) => multi(name, "service-bindings", description, [
  dated("a", `${H}\n${POLLED}\n${callerScript}`, { serviceBindings: { B: "b" } }),
  dated("b", calleeWorker)], steps);

const sbCases = [
  sb("stream23-sb-sse-released-by-another-request", "a service binding's SSE body: the caller's fetch() resolves with the head, reads the first event, a second request releases the next one", sse),
  sb("stream23-sb-long-poll", "a long poll through a service binding: a body whose only chunk waits for another request, and a handler that waits before answering", poll),
  sb("stream23-sb-cancel-reaches-callee", "a caller cancels a service binding's streamed body: whether the callee stream's cancel() runs and with what reason", cancel),
  sb("stream23-sb-tee-streamed-body", "a caller tees a service binding's streamed body and reads both branches around a release", tee),
  sb("stream23-sb-error-mid-stream", "a service binding's streamed body fails after a chunk and a release (controller.error, writer.abort)", errors),
  sb("stream23-sb-waituntil-writes-body", "a callee writes its body from ctx.waitUntil after returning the response", waitUntil),
  sb("stream23-sb-streamed-body-passed-to-client", "an entry worker returns a callee's streamed response as is: the client gets the head and every chunk", pass,
    [get("/timed/1"), get("/waituntil/2")]),
  sb("stream23-sb-request-body-streams", "a request body sent through a service binding: the callee answers after the first chunk while the caller's stream is still open; a body written after fetch() began", requestBody),
];

// ---- Durable Objects: the object and the caller share one isolate, so one log orders both -----

const doWorker = (callerBody) => `import { DurableObject } from "cloudflare:workers";
${H}
${PROMISED}
${CALLEE_BODY}
export class Obj extends DurableObject {
  async fetch(req) {
    const path = new URL(req.url).pathname;
    return (await control(path, req)) ?? streamed(path, this.ctx) ?? new Response("?", { status: 404 });
  }
}
${readAll}
export default { async fetch(req, env) {
  const stub = env.DO.getByName("s");
  const B = { fetch: (u, i) => stub.fetch(u, i) };
  const out = ${callerBody === doCancel ? "{}" : "[]"};
  ${callerBody}
  return Response.json(out);
} };`;

const doSse = `
  const res = await B.fetch("http://x/sse/1");
  log.push("caller: head");
  const r = res.body.getReader();
  const first = dec((await r.read()).value);
  log.push("caller: " + first.trim());
  out.push(await (await B.fetch("http://x/go/1")).text());
  log.push("caller: went");
  for (;;) { const c = await r.read(); if (c.done) { log.push("caller: done"); break; } log.push("caller: " + dec(c.value).trim()); }
  out.push(log);`;

// the object's stream notes the cancel in the module's map; the caller polls it (bounded) first
const doCancel = cancels(false, `
      for (const until = Date.now() + 3000; !cancelled.has("b" + kind) && Date.now() < until;) await scheduler.wait(1);`);

const doMisc = `
  {
    const res = await B.fetch("http://x/error/e");
    const r = res.body.getReader();
    out.push(dec((await r.read()).value));
    out.push(await (await B.fetch("http://x/go/e")).text());
    try { for (;;) { const c = await r.read(); if (c.done) { out.push("done"); break; } out.push(dec(c.value)); } } catch (e) { out.push(desc(e)); }
  }
  {
    const res = await B.fetch("http://x/poll/p");
    const text = res.text();
    out.push(await (await B.fetch("http://x/go/p")).text());
    out.push(await text);
  }
  {
    const res = await B.fetch("http://x/waituntil/w");
    out.push(await res.text());
  }
  {
    const res = await B.fetch("http://x/sse/t");
    const [x, y] = res.body.tee();
    const rx = x.getReader();
    out.push(dec((await rx.read()).value));
    out.push(await (await B.fetch("http://x/go/t")).text());
    await readRest(rx, out);
    out.push(await new Response(y).text());
  }`;

const doPass = `import { DurableObject } from "cloudflare:workers";
${H}
${PROMISED}
${CALLEE_BODY}
export class Obj extends DurableObject {
  async fetch(req) {
    const path = new URL(req.url).pathname;
    return (await control(path, req)) ?? streamed(path, this.ctx) ?? new Response("?", { status: 404 });
  }
}
export default { fetch(req, env) { return env.DO.getByName("p").fetch("http://x" + new URL(req.url).pathname); } };`;

const doCase = (name, description, script, steps = [get("/")]) => ({
  name, area: "durable-objects", description,
  options: { modules: true, compatibilityDate: D, durableObjects: { DO: "Obj" }, script },
  steps,
});

const doCases = [
  doCase("stream23-do-sse-released-by-another-request", "a Durable Object's SSE body through stub.fetch(): one log of the object's and the caller's steps", doWorker(doSse)),
  doCase("stream23-do-cancel-reaches-object", "a caller cancels a Durable Object's streamed body: whether the object stream's cancel() runs and with what reason", doWorker(doCancel)),
  doCase("stream23-do-streamed-body-error-poll-waituntil-tee", "a Durable Object's streamed body: an error after a release, a long poll, writes from waitUntil, tee", doWorker(doMisc)),
  doCase("stream23-do-streamed-body-passed-to-client", "an entry worker returns a Durable Object's streamed response as is", doPass, [get("/timed/1"), get("/waituntil/2")]),
];

export default [...sbCases, ...doCases];
