import { CD } from "./_h.mjs";
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script, ...extra });
const g = (p) => ({ request: { url: "http://localhost" + p, method: "GET" } });
const names = ["TypeError", "RangeError", "SyntaxError", "ReferenceError", "URIError", "EvalError", "AggregateError", "InternalError", "SuppressedError", "AbortError", "CompileError", "RuntimeError", "Error", "error", "TypeError2", "ErrorX", "RangeErrorNoMsg", "DataCloneError"];
export default [
  {
    name: "errors-uncaught-renamed-errors-headline",
    area: "errors",
    description: "which error names survive in the uncaught-error headline when an Error's name is set to them (the standard JS error types do; others are shown after an Error: prefix); error-like objects and DOMException subclasses",
    options: mod(`
export default { async fetch(req) {
  const p = new URL(req.url).pathname.slice(1);
  if (p === "protoObj") throw Object.assign(Object.create(Error.prototype), { message: "from proto" });
  if (p === "protoObjTyped") throw Object.assign(Object.create(TypeError.prototype), { message: "typed proto" });
  if (p === "errorToString") throw { toString: Error.prototype.toString, name: "RangeError", message: "borrowed" };
  if (p === "domSub") { class D extends DOMException { constructor() { super("sub dom", "SyntaxError"); } } throw new D(); }
  if (p === "wasmCompile") throw new WebAssembly.CompileError("bad wasm");
  if (p === "wasmRuntime") throw new WebAssembly.RuntimeError("trap");
  if (p === "typeErrorRenamedError") { const e = new TypeError("t"); e.name = "Error"; throw e; }
  if (p === "nameNumber") { const e = new Error("n"); e.name = 5; throw e; }
  const e = new Error("msg of " + p); e.name = decodeURIComponent(p); throw e;
} };`),
    steps: [...names.map((n) => g("/" + n)), g("/protoObj"), g("/protoObjTyped"), g("/errorToString"), g("/domSub"), g("/wasmCompile"), g("/wasmRuntime"), g("/typeErrorRenamedError"), g("/nameNumber")],
  },
];
