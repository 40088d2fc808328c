// Synchronous module loads, as workerd has them for node:module's createRequire() and
// process.getBuiltinModule(): the module is loaded and evaluated inside the call (Java evaluates
// a one-line module importing it: engine.JsModuleContents), so it is the same instance an
// `import` gets. Loaded on first use.

// @imports builtinModules from core.js
// @imports workerModules from wasm.js
// @imports nodeModuleAllowed from node.js
// @exports requireFrom, builtinModuleExports, commonJsRequire

// target (JsModuleContents.resolve) -> module namespace, for the life of the Context
const loaded = new Map();

/** The name workerd gives a target in its errors: a module path is relative to the modules root. */
function moduleName(target) {
  if (!target.startsWith("/")) return target;
  return target === "/" ? "." : target.slice(1);
}

/** Whether loading `target` finds a module: the worker's flags allow it and it exists. */
function available(target) {
  if (target.startsWith("/")) return workerModules().exists(target);
  if (target.startsWith("node:") || target.startsWith("node-internal:")) {
    return nodeModuleAllowed(target) && workerModules().exists(target);
  }
  return builtinModules.has(target) || internals.builtinModule(target) !== undefined;
}

/** The namespace of the module at `target`, loaded now if it is not yet; undefined when there is none. */
function namespaceOf(target) {
  let namespace = loaded.get(target);
  if (namespace === undefined) {
    if (!available(target)) return undefined;
    namespace = workerModules().load(target);
    if (namespace === null) throw new Error("Top-level await in module is not permitted at this time.");
    loaded.set(target, namespace);
  }
  return namespace;
}

/**
 * The require() of createRequire(base): a built-in module gives its namespace, a module of the
 * worker its namespace (ES module) or its default export (CommonJS, Text, Data, CompiledWasm).
 */
function requireFrom(base) {
  if (/[?#]/.test(base)) throw new Error("The specifier must not have query string parameters or hash fragments.");
  return function () {
    const id = arguments[0];
    // workerd does not call an object's own toString
    const specifier = (typeof id === "object" && id !== null) || typeof id === "function" ? Object.prototype.toString.call(id) : String(id);
    const target = workerModules().resolve(specifier, base);
    if (target === null) throw new Error(`Invalid specifier path: ${specifier}`);
    // workerd's require() does not find node:process, which import has
    const namespace = target === "node:process" ? undefined : namespaceOf(target);
    if (namespace === undefined) throw new Error(`No such module "${moduleName(target)}".`);
    return workerModules().givesNamespace(target) ? namespace : namespace.default;
  };
}

/**
 * The require() of a CommonJS module of the worker (engine.CommonJsModuleSource), for a specifier
 * it does not name literally: a CommonJS module gives its module.exports (running it first), any
 * other module, built-in ones too, its default export (undefined when it has none).
 */
function commonJsRequire(filename, specifier) {
  const target = workerModules().resolve(specifier, filename);
  if (target === null) throw new Error(`No such module "${specifier}".`);
  if (target.startsWith("/") && workerModules().isCommonJs(target)) {
    return namespaceOf(target + "?m4j-cjs").__m4jCjsModule().exports;
  }
  const namespace = target === "node:process" ? undefined : namespaceOf(target);
  if (namespace === undefined) throw new Error(`No such module "${moduleName(target)}".`);
  if (target.startsWith("/") && workerModules().givesNamespace(target)) return globalThis[Symbol.for("miniflare4j.module")]("esRequire", namespace);
  return namespace.default;
}

/** process.getBuiltinModule(id): a built-in module's default export (else its namespace); undefined when there is none. */
function builtinModuleExports(id) {
  if (typeof id !== "string") return undefined;
  const target = workerModules().resolve(id, "/");
  if (target === null || target.startsWith("/")) return undefined;
  const namespace = namespaceOf(target);
  if (namespace === undefined) return undefined;
  return "default" in namespace ? namespace.default : namespace;
}
