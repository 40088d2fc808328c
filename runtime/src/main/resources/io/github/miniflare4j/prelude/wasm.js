// WebAssembly as workerd has it. The Context has GraalJS's WebAssembly JS API (over GraalWasm)
// only when the worker may use it (WasmContexts); this file reshapes it into what workerd shows:
// no code generation from bytes at run time (modules come in as CompiledWasm imports), V8's
// error messages, and the namespace members V8 has beyond GraalJS's. The reshaping
// (wasm-reshape.js) is parsed only in Contexts that have WebAssembly.

// @imports bytesFromHost, lazyModule, defineGlobal, compatFlag from core.js
// @exports workerModules

// Non-JavaScript modules (Text, Data, CompiledWasm, CommonJS) are JavaScript modules made by
// the module loader (SyntheticModules.java); those holding bytes ask this registry for them, and
// a CommonJS module's require() its modules that no literal require() names
// (CommonJsModuleSource.java).
let moduleContents = null;
internals.installModules = function (contents) { moduleContents = contents; };
/** The worker's modules as Java serves them (engine.JsModuleContents). */
function workerModules() { return moduleContents; }
const nativeWasm = typeof globalThis.WebAssembly === "object" ? globalThis.WebAssembly : null;
const NativeWasmModule = nativeWasm?.Module;
/** The bytes of each CompiledWasm module, which the link checks read imports from (wasm-link.js). */
const wasmModuleBytes = new WeakMap();
Object.defineProperty(globalThis, Symbol.for("miniflare4j.module"), {
  value(kind, path, id) {
    if (kind === "require") return lazyModule("node-require.js").commonJsRequire(path, id);
    if (kind === "CommonJS") return moduleContents.commonJsFunction(path);
    // what a CommonJS require() of an ES module gives: its default export with
    // export_commonjs_default (2022-10-31), its namespace before (recorded)
    if (kind === "esRequire") return compatFlag("export_commonjs_default", "2022-10-31", "export_commonjs_namespace") ? path.default : path;
    const bytes = bytesFromHost(moduleContents.bytes(path));
    if (kind === "Data") return bytes.buffer;
    if (!NativeWasmModule) throw new Error(`Cannot load the CompiledWasm module "${path}": WebAssembly is not enabled for this worker.`);
    return compiledModule(bytes);
  },
  enumerable: false, configurable: false, writable: false,
});
/** A WebAssembly.Module the runtime compiles for the worker (a CompiledWasm module, a wasm binding). */
function compiledModule(bytes) {
  const module = new NativeWasmModule(bytes);
  wasmModuleBytes.set(module, bytes);
  return module;
}
internals.compileWasmBinding = compiledModule;

if (nativeWasm) {
  lazyModule("wasm-reshape.js").reshapeWebAssembly(nativeWasm, wasmModuleBytes);
} else {
  // a worker that cannot use WebAssembly (ModuleSet.mayUseWasm) gets a stand-in of the right shape
  const wasm = {};
  const disabled = (what) => new Error(`${what} is not available: this worker has no CompiledWasm module and its entry does not name WebAssembly, so miniflare4j started it without the wasm language (name WebAssembly in the entry to have it).`);
  for (const name of ["compile", "instantiate", "validate"]) {
    wasm[name] = { [name]() { throw disabled(`WebAssembly.${name}`); } }[name];
  }
  for (const name of ["Module", "Instance", "Memory", "Table", "Global", "Tag", "Exception"]) {
    wasm[name] = { [name]: function () { throw disabled(`WebAssembly.${name}`); } }[name];
  }
  for (const name of ["CompileError", "LinkError", "RuntimeError"]) {
    wasm[name] = { [name]: class extends Error { get name() { return name; } } }[name];
  }
  Object.defineProperty(wasm, Symbol.toStringTag, { value: "WebAssembly", configurable: true });
  defineGlobal("WebAssembly", wasm);
}
