// node:vm (enable_nodejs_vm_module): scripts can be made but never run (workers cannot evaluate code).
import { notImplemented } from "node-internal:stubs";
const { invalidArgType, nodeError, Buffer } = $node;
const contexts = new WeakSet();
const runInThis = notImplemented("runInThisContext");
function checkObject(name, value) {
  if (value === null || typeof value !== "object") throw invalidArgType(name, "of type object", value);
}
function checkContext(context) {
  if (!contexts.has(context)) {
    throw invalidArgType("contextifiedObject", "an vm.Context", context);
  }
}
export class Script {
  cachedDataRejected = undefined;
  cachedDataProduced = undefined;
  cachedData = undefined;
  sourceMapURL = undefined;
  constructor(code) { this.code = undefined; delete this.code; }
  runInThisContext() { return runInThis(); }
  runInContext(context) { checkContext(context); return runInThis(); }
  runInNewContext() { return runInThis(); }
  createCachedData() { return Buffer.alloc(0); }
}
export function createScript(code, options) { return new Script(code, options); }
/** A new null-prototype object holding `object`'s own properties, as workerd answers. */
export function createContext(object = {}) {
  checkObject("object", object);
  const context = Object.assign(Object.create(null), object);
  contexts.add(context);
  return context;
}
export function isContext(object) { checkObject("object", object); return contexts.has(object); }
export function runInContext(code, context) { checkObject("object", context); checkContext(context); return runInThis(); }
export function runInNewContext() { return runInThis(); }
export { runInThis as runInThisContext };
export const compileFunction = notImplemented("compileFunction");
export function measureMemory(options = {}) { checkObject("options", options); return notImplemented("measureMemory")(); }
export const constants = {};
export default { Script, compileFunction, constants, createContext, createScript, isContext, measureMemory, runInContext, runInNewContext,
  runInThisContext: runInThis };
