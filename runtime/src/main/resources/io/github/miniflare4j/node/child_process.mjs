// node:child_process — workerd's stand-in (enable_nodejs_child_process_module): no processes; every function throws.
import EventEmitter from "node-internal:events";
import { notImplemented } from "node-internal:stubs";
export class ChildProcess extends EventEmitter {}
const m = (name) => notImplemented(name, `child_process.${name}`);
export const _forkChild = m("_forkChild"), exec = m("exec"), execFile = m("execFile"), execFileSync = m("execFileSync"),
  execSync = m("execSync"), fork = m("fork"), spawn = m("spawn"), spawnSync = m("spawnSync");
export default { ChildProcess, _forkChild, exec, execFile, execFileSync, execSync, fork, spawn, spawnSync };
