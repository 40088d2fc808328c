// Joins the figures of the real Miniflare (bench.mjs) and of miniflare4j (Bench) into one
// Markdown table with the ratio: how many times better miniflare4j is (>1 = better). A key with a
// setup in brackets (miniflare4j under another JVM configuration, e.g. `cold.first_response[c1]`)
// is compared with the real Miniflare's figure of the key without it.
//   node compare.mjs node.tsv java.tsv
import { readFileSync } from "node:fs";

const read = (file) => {
  const figures = new Map();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [key, median, min, max, unit] = line.split("\t");
    if (unit) figures.set(key, { median: Number(median), min, max, unit });
  }
  return figures;
};
const [nodeFile, javaFile] = process.argv.slice(2);
const node = read(nodeFile);
const java = read(javaFile);
const show = (f) => {
  if (!f) return "n/a";
  const n = (v) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));
  const range = f.min !== "-" ? ` [${n(Number(f.min))}–${n(Number(f.max))}]` : "";
  return `${n(f.median)}${range} ${f.unit}`;
};
const keys = [...new Set([...node.keys(), ...java.keys()])];
console.log("| figure | real Miniflare | miniflare4j | miniflare4j better by |");
console.log("| --- | ---: | ---: | ---: |");
for (const key of keys) {
  const a = node.get(key) ?? node.get(key.replace(/\[[^\]]*\]$/, ""));
  const b = java.get(key);
  let ratio = "n/a";
  if (a && b && a.median > 0 && b.median > 0) {
    const higherIsBetter = a.unit === "req/s";
    const r = higherIsBetter ? b.median / a.median : a.median / b.median;
    ratio = `${r.toFixed(2)}×`;
  }
  console.log(`| ${key} | ${show(a)} | ${show(b)} | ${ratio} |`);
}
