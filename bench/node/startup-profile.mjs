// Summarises the start-up profiles written by -Dminiflare4j.startupProfile=<file> (one TSV line per
// mark: phase, ms since JVM start, process CPU ms, CPU ms by thread kind, classes loaded, JIT ms)
// and the process figures of suite-time.mjs, for bench/run-startup-profile.sh.
//   node startup-profile.mjs <runs.tsv> <side>=<profile.tsv> [<side>=<profile.tsv>]
// Prints a Markdown table of the phases (median over runs of each side; with two sides, the ratio
// A / B of wall and CPU: above 1 means B is faster), then the whole-process figures.
import { readFileSync, existsSync } from "node:fs";

const KINDS = ["main", "jit", "gc", "vm", "loops", "other"];
const median = (v) => {
  if (v.length === 0) return NaN;
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function readProfile(file) {
  // one run ends with the mark "exit"
  const runs = [];
  let current = new Map();
  if (!existsSync(file)) return runs;
  for (const line of readFileSync(file, "utf8").trim().split("\n")) {
    const f = line.split("\t");
    if (f.length < 4 + KINDS.length) continue;
    const [phase, at, cpu, ...rest] = f;
    const kinds = Object.fromEntries(KINDS.map((k, i) => [k, Number(rest[i])]));
    current.set(phase, { at: Number(at), cpu: Number(cpu), kinds, classes: Number(rest[KINDS.length]), jit: Number(rest[KINDS.length + 1]) });
    if (phase === "exit") {
      runs.push(current);
      current = new Map();
    }
  }
  return runs;
}

function summarise(runs) {
  const phases = new Map();
  for (const run of runs) {
    let previousAt = 0;
    for (const [phase, m] of run) {
      if (!phases.has(phase)) phases.set(phase, { at: [], wall: [], cpu: [], kinds: Object.fromEntries(KINDS.map((k) => [k, []])), classes: [] });
      const p = phases.get(phase);
      p.at.push(m.at);
      p.wall.push(m.at - previousAt);
      p.cpu.push(m.cpu);
      for (const k of KINDS) p.kinds[k].push(m.kinds[k]);
      p.classes.push(m.classes);
      previousAt = m.at;
    }
  }
  return phases;
}

const [runsFile, ...sideArgs] = process.argv.slice(2);
const sides = sideArgs.map((a) => {
  const i = a.indexOf("=");
  return { name: a.slice(0, i), runs: readProfile(a.slice(i + 1)) };
});
const summaries = sides.map((s) => summarise(s.runs));
const order = [];
for (const s of summaries) for (const phase of s.keys()) if (!order.includes(phase)) order.push(phase);
order.sort((a, b) => median(summaries[0].get(a)?.at ?? [Infinity]) - median(summaries[0].get(b)?.at ?? [Infinity]));
const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : "");

if (sides.length === 1) {
  console.log(`Start-up profile, ${sides[0].name}: median of ${sides[0].runs.length} runs; each row is the phase ending at the mark; ms`);
  console.log(`\n| phase (ends at) | at | wall | CPU | ${KINDS.join(" | ")} | classes loaded |`);
  console.log(`| --- | ---: | ---: | ---: | ${KINDS.map(() => "---:").join(" | ")} | ---: |`);
  for (const phase of order) {
    const p = summaries[0].get(phase);
    console.log(`| ${phase} | ${f0(median(p.at))} | ${f0(median(p.wall))} | ${f0(median(p.cpu))} | ` +
      `${KINDS.map((k) => f0(median(p.kinds[k]))).join(" | ")} | ${f0(median(p.classes))} |`);
  }
} else {
  const [a, b] = sides;
  console.log(`Start-up profile, A = ${a.name} (${a.runs.length} runs), B = ${b.name} (${b.runs.length} runs), interleaved: medians, ms; ratio A / B`);
  console.log("\n| phase (ends at) | at A | at B | wall A | wall B | wall A/B | CPU A | CPU B | CPU A/B |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const phase of order) {
    const pa = summaries[0].get(phase), pb = summaries[1].get(phase);
    const g = (p, key) => (p ? median(p[key]) : NaN);
    const r = (x, y) => (Number.isFinite(x) && Number.isFinite(y) && y > 0 ? (x / y).toFixed(2) : "");
    console.log(`| ${phase} | ${f0(g(pa, "at"))} | ${f0(g(pb, "at"))} | ${f0(g(pa, "wall"))} | ${f0(g(pb, "wall"))} | ${r(g(pa, "wall"), g(pb, "wall"))} | ` +
      `${f0(g(pa, "cpu"))} | ${f0(g(pb, "cpu"))} | ${r(g(pa, "cpu"), g(pb, "cpu"))} |`);
  }
}
if (runsFile && existsSync(runsFile)) {
  console.log("\nWhole process (suite-time.mjs: wall, CPU of the process, peak RSS):\n");
}
