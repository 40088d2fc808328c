// The benchmark scenarios of miniflare4j's Bench harness, run on the real Miniflare.
// Prints one TSV line per figure: key, median, min, max, unit (same keys as the Java harness).
//
//   node bench.mjs                 every group, each in a fresh node process
//   node bench.mjs <group>...      the named groups in this process
//   node bench.mjs cold-child      (internal) one cold start, used by the "cold" group
//
// Groups: cold warm dispatch-hello dispatch-kv dispatch-multi reset-1000 reset-100000 http d1 r2 html-rewriter websocket
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import http from "node:http";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const workersDir = path.join(here, "../src/main/resources/io/github/miniflare4j/bench/workers");
const worker = (name) => readFileSync(path.join(workersDir, name), "utf8");

const GROUPS = ["cold", "warm", "dispatch-hello", "dispatch-kv", "dispatch-multi", "reset-1000", "reset-100000", "http",
  "d1", "r2", "html-rewriter", "websocket"];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 10);
// scales the request counts of the dispatch groups (1000 / 500 / 200 per round at 1)
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const scaled = (count) => Math.max(10, Math.round(count * SCALE));
// the warm-up before measured rounds, as the Java side's WarmUp: at least `atLeast` rounds, and
// more until BENCH_WARMUP_SECONDS (5) have passed since the first began
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
async function warmUp(atLeast, round) {
  const until = performance.now() + WARMUP_SECONDS * 1000;
  for (let i = 0; i < atLeast || performance.now() < until; i++) await round();
}

// ---- workers -------------------------------------------------------------------------

const hello = () => ({ modules: true, script: worker("hello.js") });
const kv = () => ({ modules: true, script: worker("kv.js"), kvNamespaces: { KV: "kv" } });
const multi = () => ({
  workers: [
    {
      name: "worker",
      modules: true,
      script: worker("multi-worker.js"),
      kvNamespaces: { COUNTS: "counts" },
      serviceBindings: {
        INCREMENTER: "incrementer",
        CUSTOM() {
          return new Response("The count is ");
        },
      },
    },
    { name: "incrementer", script: worker("multi-incrementer.js"), kvNamespaces: { NUMBERS: "counts" } },
  ],
});
const seed = () => ({ modules: true, script: worker("seed.js"), kvNamespaces: { KV: "kv" } });
const d1 = () => ({ modules: true, script: worker("d1.js"), d1Databases: { DB: "bench-db" } });
const r2 = (extra = {}) => ({ modules: true, script: worker("r2.js"), r2Buckets: { B: "bench" }, ...extra });

// ---- figures ---------------------------------------------------------------------------

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), min: sorted[0], max: sorted[sorted.length - 1], p50: at(0.5), p99: at(0.99) };
}
function emit(key, median, min, max, unit) {
  const f = (v) => (v === undefined ? "-" : Number(v).toFixed(3));
  process.stdout.write(`${key}\t${f(median)}\t${f(min)}\t${f(max)}\t${unit}\n`);
}
function emitTimes(key, values) {
  const s = stats(values);
  emit(key, s.median, s.min, s.max, "ms");
}
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Peak RSS of this process and its descendants (workerd), sampled every 5 ms from /proc. */
function rssSampler() {
  const pageKiB = 4;
  const treeRssKiB = (pid) => {
    let total = 0;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * pageKiB;
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
        if (children) for (const child of children.split(" ")) total += treeRssKiB(child);
      }
    } catch {
      // the process went away between listing and reading
    }
    return total;
  };
  let peak = 0;
  const sample = () => { peak = Math.max(peak, treeRssKiB(process.pid)); };
  sample();
  const timer = setInterval(sample, 5);
  timer.unref();
  return { stop() { sample(); clearInterval(timer); return peak / 1024; } };
}

// ---- scenarios -------------------------------------------------------------------------

async function cold() {
  const run = () => new Promise((resolve, reject) => {
    const start = now();
    let first;
    let out = "";
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "cold-child"], { stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (first === undefined && out.includes("FIRST\n")) first = now() - start;
    });
    child.on("exit", (code) => {
      if (code !== 0 || first === undefined) return reject(new Error(`cold child exited ${code}: ${out}`));
      const peak = Number(/PEAK (\S+)/.exec(out)[1]);
      resolve({ first, exit: now() - start, peak });
    });
  });
  await run(); // warm-up: file system caches
  const runs = [];
  for (let i = 0; i < COLD_RUNS; i++) runs.push(await run());
  emitTimes("cold.first_response", runs.map((r) => r.first));
  emitTimes("cold.process_exit", runs.map((r) => r.exit));
  emit("cold.peak_rss", stats(runs.map((r) => r.peak)).median, undefined, undefined, "MiB");
}

async function coldChild() {
  const sampler = rssSampler();
  const { Miniflare } = await import("miniflare");
  const mf = new Miniflare(hello());
  await mf.ready;
  const res = await mf.dispatchFetch("http://localhost/");
  await res.text();
  process.stdout.write("FIRST\n");
  const peak = sampler.stop();
  await mf.dispose();
  process.stdout.write(`PEAK ${peak}\n`);
}

async function warm() {
  const { Miniflare } = await import("miniflare");
  const cycle = async (options) => {
    const start = now();
    const mf = new Miniflare(options);
    await mf.ready;
    await (await mf.dispatchFetch("http://localhost/")).text();
    await mf.dispose();
    return now() - start;
  };
  for (const [key, options] of [["warm.hello", hello], ["warm.multi", multi]]) {
    await warmUp(1, () => cycle(options()));
    const times = [];
    for (let i = 0; i < 10; i++) times.push(await cycle(options()));
    emitTimes(key, times);
  }
}

/** 5 rounds of `count` GET requests to `path` after the warm-up (2 rounds, more until its time has passed), sequential and 16 in flight. */
async function dispatch(key, options, count, path = "/") {
  const { Miniflare } = await import("miniflare");
  const mf = new Miniflare(options);
  await mf.ready;
  const one = async (latencies) => {
    const start = now();
    const res = await mf.dispatchFetch(`http://localhost${path}`);
    const body = await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`status ${res.status}: ${Buffer.from(body).toString()}`);
    latencies.push(now() - start);
  };
  const round = async (inFlight, latencies) => {
    const start = now();
    let next = 0;
    const lane = async () => { while (next++ < count) await one(latencies); };
    await Promise.all(Array.from({ length: inFlight }, lane));
    return count / ((now() - start) / 1000);
  };
  for (const [mode, inFlight] of [["seq", 1], ["c16", 16]]) {
    await warmUp(2, () => round(inFlight, []));
    const rates = [];
    const latencies = [];
    for (let i = 0; i < ROUNDS; i++) rates.push(await round(inFlight, latencies));
    const r = stats(rates);
    const l = stats(latencies);
    emit(`dispatch.${key}.${mode}.throughput`, r.median, r.min, r.max, "req/s");
    emit(`dispatch.${key}.${mode}.p50`, l.p50, undefined, undefined, "ms");
    emit(`dispatch.${key}.${mode}.p99`, l.p99, undefined, undefined, "ms");
  }
  await mf.dispose();
}

/**
 * Per-test reset of a KV namespace holding `keys` seeded keys, after a test changed some:
 * Node's Miniflare has no snapshot, so a reset is dispose + new instance + seeding again.
 */
async function reset(keys, iterations) {
  const { Miniflare } = await import("miniflare");
  const seedAll = async (mf) => {
    for (let from = 0; from < keys; from += 1000) {
      const res = await mf.dispatchFetch(`http://localhost/seed?from=${from}&to=${Math.min(keys, from + 1000)}`, { method: "POST" });
      await res.text();
    }
  };
  let mf = new Miniflare(seed());
  await mf.ready;
  const seedStart = now();
  await seedAll(mf);
  emit(`reset.${keys}.seed`, now() - seedStart, undefined, undefined, "ms");
  const times = [];
  for (let i = 0; i < iterations; i++) {
    await (await mf.dispatchFetch("http://localhost/touch")).text();
    const start = now();
    await mf.dispose();
    mf = new Miniflare(seed());
    await mf.ready;
    await seedAll(mf);
    times.push(now() - start);
  }
  const count = await (await mf.dispatchFetch("http://localhost/count")).text();
  if (Number(count) !== keys) throw new Error(`after reset ${count} keys, expected ${keys}`);
  emitTimes(`reset.${keys}.reset`, times);
  await mf.dispose();
}

/** The HTTP server on loopback: keep-alive client, sequential and 16 connections. */
async function httpServer() {
  const { Miniflare } = await import("miniflare");
  const mf = new Miniflare({ ...hello(), host: "127.0.0.1", port: 0 });
  const url = new URL(await mf.ready);
  const count = scaled(2000);
  for (const [mode, connections] of [["seq", 1], ["c16", 16]]) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
    const get = (latencies) => new Promise((resolve, reject) => {
      const start = now();
      http.get({ host: url.hostname, port: url.port, path: "/", agent }, (res) => {
        res.resume();
        res.on("end", () => { latencies.push(now() - start); resolve(); });
      }).on("error", reject);
    });
    const round = async (latencies) => {
      const start = now();
      let next = 0;
      const lane = async () => { while (next++ < count) await get(latencies); };
      await Promise.all(Array.from({ length: connections }, lane));
      return count / ((now() - start) / 1000);
    };
    await warmUp(2, () => round([]));
    const rates = [];
    const latencies = [];
    for (let i = 0; i < ROUNDS; i++) rates.push(await round(latencies));
    const r = stats(rates);
    const l = stats(latencies);
    emit(`http.hello.${mode}.throughput`, r.median, r.min, r.max, "req/s");
    emit(`http.hello.${mode}.p50`, l.p50, undefined, undefined, "ms");
    emit(`http.hello.${mode}.p99`, l.p99, undefined, undefined, "ms");
    agent.destroy();
  }
  await mf.dispose();
}

const LARGE = 100 * 1024 * 1024;

/** POST that makes the worker write a 100 MiB object; resolves once it is stored. */
async function upload(url) {
  const res = await fetch(`${url}?mib=${LARGE >> 20}`, { method: "POST" });
  const body = await res.text();
  if (res.status !== 200 || Number(body) !== LARGE) throw new Error(`POST answered ${res.status} ${body}`);
}

/** GET of an object, counting the streamed bytes. */
function download(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      let total = 0;
      res.on("data", (chunk) => { total += chunk.length; });
      res.on("end", () => (res.statusCode === 200 && total === LARGE ? resolve() : reject(new Error(`GET answered ${res.statusCode}, ${total} bytes`))));
    }).on("error", reject);
  });
}

/**
 * A 100 MiB object written by the worker into a persisted bucket and streamed back over HTTP, then the 1 MiB
 * put+get through dispatchFetch. r2.100mib.peak_rss: node and workerd once the object went through.
 */
async function r2Group() {
  const sampler = rssSampler();
  const { Miniflare } = await import("miniflare");
  const dir = mkdtempSync(path.join(os.tmpdir(), "miniflare-r2-bench-"));
  const mf = new Miniflare(r2({ r2Persist: dir, host: "127.0.0.1", port: 0 }));
  const url = new URL("/large.bin", await mf.ready);
  const puts = [];
  const gets = [];
  for (let i = 0; i < Number(process.env.BENCH_R2_LARGE_RUNS ?? 2); i++) {
    let start = now();
    await upload(url);
    puts.push(now() - start);
    start = now();
    await download(url);
    gets.push(now() - start);
  }
  await mf.dispose();
  rmSync(dir, { recursive: true, force: true });
  emitTimes("r2.100mib.put", puts);
  emitTimes("r2.100mib.get", gets);
  emit("r2.100mib.peak_rss", sampler.stop(), undefined, undefined, "MiB");
  await dispatch("r2-1mib", r2(), scaled(100), "/roundtrip");
}

/** A worker rewrites a 1 MiB page with HTMLRewriter per request: time to the whole body, after 3 warm-ups. */
async function rewriteLargePage(count) {
  const { Miniflare } = await import("miniflare");
  const mf = new Miniflare({ modules: true, script: worker("html-rewriter.js") });
  await mf.ready;
  const rewrite = async () => {
    const res = await mf.dispatchFetch("http://localhost/");
    const text = await res.text();
    if (res.status !== 200 || text.length < 1024 * 1024 || !text.includes('href="https://example.com/item/0"')) {
      throw new Error(`unexpected rewrite: ${res.status} ${text.slice(0, 200)}`);
    }
  };
  for (let i = 0; i < 3; i++) await rewrite();
  const times = [];
  for (let i = 0; i < count; i++) {
    const start = now();
    await rewrite();
    times.push(now() - start);
  }
  emitTimes("html-rewriter.1mib.rewrite", times);
  await mf.dispose();
}

/** Sequential round trips over one WebSocket to an echoing worker, opened through dispatchFetch. */
async function webSocketEcho(count) {
  const { Miniflare } = await import("miniflare");
  const mf = new Miniflare({ modules: true, script: worker("websocket.js") });
  await mf.ready;
  const res = await mf.dispatchFetch("http://localhost/", { headers: { Upgrade: "websocket" } });
  const ws = res.webSocket;
  if (!ws) throw new Error(`the echo worker answered ${res.status} without a WebSocket`);
  ws.accept();
  let waiting;
  ws.addEventListener("message", (event) => waiting(event.data));
  const roundTrip = (message) => new Promise((resolve) => { waiting = resolve; ws.send(message); });
  const round = async (latencies) => {
    const start = now();
    for (let i = 0; i < count; i++) {
      const message = "ping " + i;
      const t = now();
      const echoed = await roundTrip(message);
      if (echoed !== message) throw new Error(`sent ${message}, received ${echoed}`);
      latencies.push(now() - t);
    }
    return count / ((now() - start) / 1000);
  };
  for (let i = 0; i < 2; i++) await round([]);
  const rates = [];
  const latencies = [];
  for (let i = 0; i < ROUNDS; i++) rates.push(await round(latencies));
  ws.close(1000, "done");
  const r = stats(rates);
  const l = stats(latencies);
  emit("websocket.echo.seq.throughput", r.median, r.min, r.max, "req/s");
  emit("websocket.echo.seq.p50", l.p50, undefined, undefined, "ms");
  emit("websocket.echo.seq.p99", l.p99, undefined, undefined, "ms");
  await mf.dispose();
}

async function runGroup(group) {
  switch (group) {
    case "cold": return cold();
    case "warm": return warm();
    case "dispatch-hello": return dispatch("hello", hello(), scaled(1000));
    case "dispatch-kv": return dispatch("kv", kv(), scaled(500));
    case "dispatch-multi": return dispatch("multi", multi(), scaled(200));
    case "reset-1000": return reset(1000, 5);
    case "reset-100000": return reset(100000, Number(process.env.BENCH_RESET_100K_RUNS ?? 1));
    case "http": return httpServer();
    case "d1":
      await dispatch("d1-select", d1(), scaled(500), "/select");
      return dispatch("d1-insert", d1(), scaled(500), "/insert");
    case "r2": return r2Group();
    case "html-rewriter": return rewriteLargePage(scaled(20));
    case "websocket": return webSocketEcho(scaled(1000));
    default: throw new Error(`unknown group "${group}"; groups: ${GROUPS.join(" ")}`);
  }
}

/** Runs a group in a fresh node process, adding its peak RSS (node + workerd) as a figure. */
function runGroupInChild(group) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "--with-peak", group], { stdio: ["ignore", "inherit", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`group ${group} exited ${code}`))));
  });
}

const args = process.argv.slice(2);
if (args[0] === "cold-child") {
  await coldChild();
} else if (args[0] === "--with-peak") {
  const sampler = rssSampler();
  await runGroup(args[1]);
  if (args[1] !== "cold") emit(`peak_rss.${args[1]}`, sampler.stop(), undefined, undefined, "MiB");
} else {
  for (const group of args.length ? args : GROUPS) await runGroupInChild(group);
}
process.exit(0);
