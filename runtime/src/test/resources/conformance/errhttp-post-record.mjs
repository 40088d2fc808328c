// Turns recorded uncaught-error bodies (with machine-specific stack paths) into bodyMatches regexes.
import { readFileSync, writeFileSync } from "node:fs";
import { listCaseFiles } from "./lib.mjs";
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
for (const f of listCaseFiles(process.argv[2])) {
  const c = JSON.parse(readFileSync(f, "utf8"));
  let changed = false;
  for (const s of c.steps) {
    const b = s.expect.body;
    if (typeof b === "string" && b.includes("file:///")) {
      const i = b.indexOf("\n    at ");
      const head = i >= 0 ? b.slice(0, i) : b;
      delete s.expect.body;
      s.expect.bodyMatches = "^" + esc(head) + "(\\n|$)";
      changed = true;
    }
  }
  if (changed) { writeFileSync(f, JSON.stringify(c, null, 2) + "\n"); console.log("post", f); }
}
