// node:repl (enable_nodejs_repl_module): no REPL can start; the list of built-in modules.
import { notImplemented } from "node-internal:stubs";
import { builtinModules as all } from "node:module";
export class REPLServer { constructor() { notImplemented("REPLServer")(); } }
export class Recoverable extends SyntaxError { constructor(err) { super(); this.err = err; } }
export const REPL_MODE_SLOPPY = Symbol("repl-sloppy"), REPL_MODE_STRICT = Symbol("repl-strict");
export const builtinModules = all.filter((name) => !name.startsWith("_"));
export const _builtinLibs = builtinModules;
export const start = notImplemented("start");
export const writer = notImplemented("writer");
export default { builtinModules, _builtinLibs };
