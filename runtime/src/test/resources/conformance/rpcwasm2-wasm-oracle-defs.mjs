// Re-record: copy the oracle's defs/_h.mjs and this file into a folder D (with wabt installed there: npm install wabt@1.0.39), then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs <case name>
import wabtInit from "wabt";
import { CD, PRELUDE, get } from "./_h.mjs";
const wabt = await wabtInit();
function wasm(name, wat) {
  const bytes = [...wabt.parseWat(name, wat, { mutable_globals: true, reference_types: true, bulk_memory: true, multi_value: true, threads: true }).toBinary({}).buffer];
  if (bytes.some((b) => b >= 128)) throw new Error(name + ": a byte >= 0x80, not representable as a CompiledWasm contents string");
  return bytes;
}
const calc = wasm("calc.wasm", `(module
  (import "env" "log" (func $log (param i32)))
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "callLog") (param i32) local.get 0 call $log)
  (func (export "trap") unreachable)
  (memory (export "memory") 1 2)
  (global (export "g") (mut i32) (i32.const 7))
  (table (export "tbl") 1 funcref)
  (data (i32.const 0) "hi")
)`);
const shared = wasm("shared.wasm", `(module
  (import "env" "mem" (memory 1 2 shared))
  (func (export "peek") (param i32) (result i32) local.get 0 i32.load8_u)
)`);
const plain = wasm("plain.wasm", `(module (func (export "five") (result i32) i32.const 5))`);

const mods = { calc, shared, plain };
const wasmCase = (name, description, body, bScript, use = ["calc", "plain"]) => ({
  name, area: "wasm", description,
  options: { workers: [
    { name: "a", compatibilityDate: CD, serviceBindings: { B: "b" }, modules: [
      { type: "ESModule", path: "index.mjs", contents: `${PRELUDE}
${use.map((n) => `import ${n} from "./${n}.wasm";`).join("\n")}
import { RpcTarget } from "cloudflare:workers";
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` },
      ...Object.entries(mods).filter(([n]) => use.includes(n)).map(([n, b]) => ({ type: "CompiledWasm", path: n + ".wasm", contents: String.fromCharCode(...b) })),
    ] },
    { name: "b", compatibilityDate: CD, modules: [
      { type: "ESModule", path: "b.mjs", contents: bScript },
      { type: "CompiledWasm", path: "plain.wasm", contents: String.fromCharCode(...plain) },
    ] },
  ] },
  steps: [get("/")],
});
const B = `import { WorkerEntrypoint } from "cloudflare:workers";
import plain from "./plain.wasm";
export default class extends WorkerEntrypoint {
  echo(v) { return v; }
  describe(v) { return Object.prototype.toString.call(v) + ":" + typeof v; }
  async callIt(f, ...a) { return await f(...a); }
  module() { return plain; }
  instance() { return new WebAssembly.Instance(plain); }
  five() { return new WebAssembly.Instance(plain).exports.five; }
  memory() { return new WebAssembly.Memory({ initial: 1 }); }
  buffer() { const m = new WebAssembly.Memory({ initial: 1 }); new Uint8Array(m.buffer)[1] = 9; return m.buffer; }
  view() { const m = new WebAssembly.Memory({ initial: 1 }); new Uint8Array(m.buffer)[1] = 9; return new Uint8Array(m.buffer, 0, 4); }
}`;
export default [
  wasmCase("rpcwasm2-wasm-over-rpc", "WebAssembly objects as RPC arguments and results: modules, instances, memories, exported functions, memory buffers and views", `
  const e = async (p) => { try { const v = await p; return { ok: v === undefined ? "undefined" : typeof v === "object" ? Object.prototype.toString.call(v) : typeof v }; } catch (x) { return { name: x?.name, ctor: x?.constructor?.name, message: x?.message }; } };
  const logged = [];
  const inst = new WebAssembly.Instance(calc, { env: { log: (v) => logged.push(v) } });
  const x = inst.exports;
  out.argModule = await e(env.B.echo(calc));
  out.argInstance = await e(env.B.echo(inst));
  out.argExports = await e(env.B.echo(x));
  out.argMemory = await e(env.B.echo(x.memory));
  out.argGlobal = await e(env.B.echo(x.g));
  out.argTable = await e(env.B.echo(x.tbl));
  out.argTag = await e(env.B.echo(new WebAssembly.Tag({ parameters: ["i32"] })));
  out.argCompileError = await t(async () => { const r = await env.B.echo(new WebAssembly.CompileError("ce")); return [r.name, r.constructor.name, r.message, r instanceof WebAssembly.CompileError]; });
  out.argRuntimeError = await t(async () => { const r = await env.B.echo(new WebAssembly.RuntimeError("re")); return [r.name, r.constructor.name, r.message]; });
  out.argLinkError = await t(async () => { const r = await env.B.echo(new WebAssembly.LinkError("le")); return [r.name, r.constructor.name, r.message]; });
  out.thrownTrap = await t(async () => { try { x.trap(); } catch (err) { const r = await env.B.echo(err); return [r.name, r.constructor.name, r.message, r instanceof WebAssembly.RuntimeError]; } });
  out.describeModule = await t(() => env.B.describe(calc));
  out.describeBuffer = await t(() => env.B.describe(x.memory.buffer));
  out.bufferRoundTrip = await t(async () => { const r = await env.B.echo(x.memory.buffer); return [r.byteLength, hex(r.slice(0, 3)), r === x.memory.buffer, Object.prototype.toString.call(r)]; });
  out.viewRoundTrip = await t(async () => { const r = await env.B.echo(new Uint8Array(x.memory.buffer, 1, 2)); return [r.constructor.name, r.length, r.byteOffset, r.buffer.byteLength, hex(r)]; });
  out.memoryUsableAfterSend = await t(() => [x.memory.buffer.byteLength, new Uint8Array(x.memory.buffer)[0]]);
  out.exportedFnAsCallback = await t(() => env.B.callIt(x.add, 2, 3));
  out.exportedFnArg = await e(env.B.echo(x.add));
  out.exportedFnLogs = await t(async () => { await env.B.callIt(x.callLog, 11); return logged; });
  out.exportedFnTrapsRemotely = await t(() => env.B.callIt(x.trap));
  out.resModule = await e(env.B.module());
  out.resInstance = await e(env.B.instance());
  out.resFive = await t(async () => { const f = await env.B.five(); return [typeof f, await f()]; });
  out.resMemory = await e(env.B.memory());
  out.resBuffer = await t(async () => { const b = await env.B.buffer(); return [Object.prototype.toString.call(b), b.byteLength, new Uint8Array(b)[1]]; });
  out.resView = await t(async () => { const v = await env.B.view(); return [v.constructor.name, v.length, v.buffer.byteLength, v[1]]; });
  `, B),
  wasmCase("rpcwasm2-wasm-globals-for-glue", "what wasm-bindgen and emscripten glue probes: WeakRef, FinalizationRegistry, SharedArrayBuffer, Atomics, JSPI, resizable buffers, shared memory imports", `
  out.globals = { WeakRef: typeof WeakRef, FinalizationRegistry: typeof FinalizationRegistry, SharedArrayBuffer: typeof SharedArrayBuffer, Atomics: typeof Atomics,
    Suspending: typeof WebAssembly.Suspending, promising: typeof WebAssembly.promising, Function: typeof WebAssembly.Function, JSTag: typeof WebAssembly.JSTag,
    importScripts: typeof importScripts, process: typeof process, window: typeof window, self: typeof self, document: typeof document, require: typeof require, module: typeof module };
  const m2 = new WebAssembly.Memory({ initial: 1, maximum: 3 });
  out.resizableApi = [typeof m2.toResizableBuffer, typeof m2.toFixedLengthBuffer, m2.buffer.resizable, m2.buffer.maxByteLength, typeof m2.type];
  out.bufferTransfer = await t(() => m2.buffer.transfer());
  out.bufferSlice = await t(() => m2.buffer.slice(0, 4).byteLength);
  out.detachCheck = await t(() => [m2.buffer.detached, typeof m2.buffer.transferToFixedLength]);
  out.memoryProtoNames = Object.getOwnPropertyNames(WebAssembly.Memory.prototype).sort();
  out.webAssemblyNames = Object.getOwnPropertyNames(WebAssembly).sort();
  out.instantiateResultKeys = await t(async () => { const r = await WebAssembly.instantiate(plain); return [Object.prototype.toString.call(r), Object.keys(r)]; });
  out.instantiateDefaultImports = await t(async () => (await WebAssembly.instantiate(plain, undefined)).exports.five());
  out.instantiateNullImports = await t(async () => (await WebAssembly.instantiate(plain, null)).exports.five());
  out.instanceNullImports = await t(() => new WebAssembly.Instance(plain, null).exports.five());
  out.instanceMissingImports = await t(() => new WebAssembly.Instance(calc));
  out.instanceMissingImportsAsync = await t(() => WebAssembly.instantiate(calc));
  out.instanceMissingModuleName = await t(() => new WebAssembly.Instance(calc, {}));
  out.instanceImportNotFn = await t(() => new WebAssembly.Instance(calc, { env: { log: 5 } }));
  out.dataSegment = await t(() => { const i = new WebAssembly.Instance(calc, { env: { log() {} } }); return new TextDecoder().decode(new Uint8Array(i.exports.memory.buffer, 0, 2)); });
  `, B),

  wasmCase("rpcwasm2-wasm-shared-memory", "shared memories: SharedArrayBuffer buffers, growing, importing into a module declaring a shared memory, Atomics, sending the buffer over RPC", `
  const mem = new WebAssembly.Memory({ initial: 1, maximum: 2, shared: true });
  out.sharedMemory = await t(() => [Object.prototype.toString.call(mem.buffer), mem.buffer instanceof SharedArrayBuffer, mem.buffer.byteLength, mem.buffer.growable, mem.buffer.maxByteLength]);
  out.sharedImport = await t(() => { new Uint8Array(mem.buffer)[3] = 42; const i = new WebAssembly.Instance(shared, { env: { mem } }); return i.exports.peek(3); });
  out.sharedGrow = await t(() => { const old = mem.buffer; const r = mem.grow(1); return [r, old.byteLength, mem.buffer.byteLength, old === mem.buffer]; });
  out.unsharedForShared = await t(() => new WebAssembly.Instance(shared, { env: { mem: new WebAssembly.Memory({ initial: 1, maximum: 2 }) } }));
  out.sharedForUnshared = await t(() => new WebAssembly.Instance(calc, { env: { log() {} } }).exports.memory.buffer instanceof SharedArrayBuffer);
  out.sharedImportsDesc = WebAssembly.Module.imports(shared);
  out.atomics = await t(() => { const i32 = new Int32Array(mem.buffer); Atomics.store(i32, 0, 5); return [Atomics.add(i32, 0, 2), Atomics.load(i32, 0), Atomics.notify(i32, 0, 1)]; });
  out.atomicsWait = await t(() => Atomics.wait(new Int32Array(mem.buffer), 0, 1, 0));
  out.sharedBuffer = await t(async () => { try { await env.B.echo(mem.buffer); return "sent"; } catch (x) { return [x.name, x.message]; } });
  `, B, ["shared", "calc"]),
];
