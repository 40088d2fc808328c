// Rebuilds the bundled fixtures in bundles/ from src/ with esbuild, as Wrangler bundles a
// worker: ES module output, the workerd/worker/browser export conditions, node:* and
// cloudflare:* left as imports, ES2022 syntax (so `using` is lowered for GraalJS).
// Usage: ./build.sh (npm ci, then this script). Versions are pinned in package.json and package-lock.json.
import { build } from "esbuild";
import { readdirSync } from "node:fs";

for (const file of readdirSync(new URL("./src/", import.meta.url)).filter((f) => f.endsWith(".js")).sort()) {
  await build({
    entryPoints: [new URL("./src/" + file, import.meta.url).pathname],
    outfile: new URL("./bundles/" + file.replace(/\.js$/, ".mjs"), import.meta.url).pathname,
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    external: ["node:*", "cloudflare:*"],
    legalComments: "none",
    minify: true,
    logLevel: "warning",
  });
  console.log("built bundles/" + file.replace(/\.js$/, ".mjs"));
}
