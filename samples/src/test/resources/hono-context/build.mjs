// Bundles src/worker.js into worker.mjs as Wrangler would: ES module, workerd conditions, node:* kept as imports.
import { build } from "esbuild";

await build({
  entryPoints: [new URL("./src/worker.js", import.meta.url).pathname],
  outfile: new URL("./worker.mjs", import.meta.url).pathname,
  bundle: true, format: "esm", platform: "neutral", target: "es2022",
  conditions: ["workerd", "worker", "browser"], mainFields: ["module", "main"],
  external: ["node:*", "cloudflare:*"], legalComments: "none", logLevel: "warning",
});
console.log("built worker.mjs");
