// Times whole test-suite processes for the `suite` group of run-side-by-side.sh.
//   node suite-time.mjs run <side> <tests> <dir> <command> [args...]
//     runs the command in <dir> as a fresh process tree and appends to stdout one TSV line:
//     side, tests, wall ms, CPU s (user + system of the whole tree, reaped), peak RSS MiB (the
//     sum over the tree, sampled from /proc every 20 ms), exit code
//   node suite-time.mjs summary <runs.tsv> [baselineSide]
//     prints a Markdown table: per side and suite size the median [min-max] of each figure and
//     the ratio of the baseline side's median wall time (vitest by default) to the side's.
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

const PAGE = 4096;
const TICKS = 100;

function reapedChildTicks() {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[13]) + Number(fields[14]); // cutime + cstime
}

function processTree(root) {
  const found = [];
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop();
    found.push(pid);
    let threads = [];
    try {
      threads = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of threads) {
      try {
        for (const child of readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" ")) {
          if (child.trim()) pending.push(Number(child));
        }
      } catch {}
    }
  }
  return found;
}

function residentBytes(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE;
  } catch {
    return 0;
  }
}

async function run(side, tests, dir, command, args) {
  const ticksBefore = reapedChildTicks();
  const start = performance.now();
  const child = spawn(command, args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  let peak = 0;
  const sampler = setInterval(() => {
    const sum = processTree(child.pid).reduce((total, pid) => total + residentBytes(pid), 0);
    if (sum > peak) peak = sum;
  }, 20);
  const code = await new Promise((resolve) => child.on("exit", (c, signal) => resolve(c ?? signal)));
  const wallMs = performance.now() - start;
  clearInterval(sampler);
  const cpuS = (reapedChildTicks() - ticksBefore) / TICKS;
  if (code !== 0) process.stderr.write(`${side} ${tests}: exit ${code}\n${output.slice(-4000)}\n`);
  console.log([side, tests, wallMs.toFixed(0), cpuS.toFixed(2), (peak / 2 ** 20).toFixed(0), code].join("\t"));
}

function summary(file, baseline) {
  const rows = readFileSync(file, "utf8").trim().split("\n").map((line) => line.split("\t"))
    .filter((r) => r.length >= 6 && r[5] === "0");
  const groups = new Map();
  for (const [side, tests, wall, cpu, rss] of rows) {
    const key = `${side}\t${tests}`;
    if (!groups.has(key)) groups.set(key, { side, tests, wall: [], cpu: [], rss: [] });
    const g = groups.get(key);
    g.wall.push(Number(wall) / 1000);
    g.cpu.push(Number(cpu));
    g.rss.push(Number(rss));
  }
  const median = (v) => {
    const s = [...v].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const show = (v, digits, unit) =>
    `${median(v).toFixed(digits)} [${Math.min(...v).toFixed(digits)}–${Math.max(...v).toFixed(digits)}] ${unit}`;
  console.log("| tests | side | runs | wall time | CPU time | peak RSS (tree) | wall-time ratio (baseline / side) |");
  console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
  const ordered = [...groups.values()].sort((a, b) => Number(a.tests) - Number(b.tests) || a.side.localeCompare(b.side));
  for (const g of ordered) {
    const base = groups.get(`${baseline}\t${g.tests}`);
    const ratio = base && g.side !== baseline ? `${(median(base.wall) / median(g.wall)).toFixed(2)}x` : "";
    console.log(`| ${g.tests} | ${g.side} | ${g.wall.length} | ${show(g.wall, 2, "s")} | ${show(g.cpu, 1, "s")} | ` +
      `${show(g.rss, 0, "MiB")} | ${ratio} |`);
  }
  const failed = readFileSync(file, "utf8").trim().split("\n").filter((l) => l.split("\t")[5] !== "0").length;
  if (failed > 0) console.log(`\n${failed} run(s) failed and are left out.`);
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === "run" && rest.length >= 4) {
  const [side, tests, dir, command, ...args] = rest;
  await run(side, tests, dir, command, args);
} else if (mode === "summary" && rest.length >= 1) {
  summary(rest[0], rest[1] ?? "vitest");
} else {
  console.error("usage: node suite-time.mjs run <side> <tests> <dir> <command> [args...] | summary <runs.tsv> [baselineSide]");
  process.exit(2);
}
