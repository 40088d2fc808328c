// WebAssembly over CompiledWasm modules: traps, i64/BigInt, memory growth from wasm, tables, globals, imports of every kind, start functions, reflection.
import wabtInit from "wabt";
import { CD, PRELUDE, get } from "./_h.mjs";
const wabt = await wabtInit();
function wasm(name, wat) {
  const bytes = [...wabt.parseWat(name, wat, { exceptions: true, mutable_globals: true, reference_types: true, bulk_memory: true }).toBinary({}).buffer];
  if (bytes.some((b) => b >= 128)) throw new Error(name + ": a byte >= 0x80, not representable as a CompiledWasm contents string");
  return bytes;
}
const ops = wasm("ops.wasm", `(module
  (type $ii_i (func (param i32 i32) (result i32)))
  (type $v_i (func (result i32)))
  (func $unreachable (export "trap") unreachable)
  (func $div (export "div") (type $ii_i) local.get 0 local.get 1 i32.div_s)
  (func (export "divu") (type $ii_i) local.get 0 local.get 1 i32.div_u)
  (func (export "rem") (type $ii_i) local.get 0 local.get 1 i32.rem_s)
  (func (export "remu") (type $ii_i) local.get 0 local.get 1 i32.rem_u)
  (func (export "load") (param i32) (result i32) local.get 0 i32.load)
  (func (export "store") (param i32 i32) local.get 0 local.get 1 i32.store)
  (func $recurse (export "rec") (param i32) (result i32) local.get 0 call $recurse)
  (func $seven (type $v_i) i32.const 7)
  (func (export "ind") (param i32) (result i32) local.get 0 call_indirect (type $v_i))
  (func (export "add64") (param i64 i64) (result i64) local.get 0 local.get 1 i64.add)
  (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
  (func (export "size") (result i32) memory.size)
  (func (export "getG") (result i32) global.get $g)
  (func (export "setG") (param i32) local.get 0 global.set $g)
  (memory (export "mem") 1 3)
  (global $g (export "g") (mut i32) (i32.const 5))
  (global (export "g64") i64 (i64.const 9))
  (global (export "gc") i32 (i32.const 3))
  (table $t (export "tbl") 4 funcref)
  (elem (i32.const 0) $seven $div $unreachable)
)`);
const imp = wasm("imp.wasm", `(module
  (import "env" "f" (func $f (param i32) (result i32)))
  (import "env" "mem" (memory 1 2))
  (import "env" "g" (global $g i32))
  (import "env" "g64" (global $g64 i64))
  (import "env" "tbl" (table 2 funcref))
  (func (export "callF") (param i32) (result i32) local.get 0 call $f)
  (func (export "readG") (result i32) global.get $g)
  (func (export "readG64") (result i64) global.get $g64)
  (func (export "peek") (param i32) (result i32) local.get 0 i32.load8_u)
)`);
const start = wasm("start.wasm", `(module
  (import "env" "hit" (func $hit (param i32)))
  (func $s i32.const 42 call $hit)
  (start $s)
)`);
const startTrap = wasm("starttrap.wasm", `(module (func $s unreachable) (start $s))`);
const custom = [...wasm("custom.wasm", `(module (func (export "f")))`), 0, 9, 4, 110, 111, 116, 101, 104, 105, 33, 33];

const wasmOptions = (body) => ({
  compatibilityDate: CD,
  modules: [
    { type: "ESModule", path: "index.mjs", contents: `${PRELUDE}
import ops from "./ops.wasm";
import imp from "./imp.wasm";
import start from "./start.wasm";
import startTrap from "./starttrap.wasm";
import custom from "./custom.wasm";
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` },
    ...Object.entries({ ops, imp, start, starttrap: startTrap, custom }).map(([n, b]) => ({ type: "CompiledWasm", path: n + ".wasm", contents: String.fromCharCode(...b) })),
  ],
});
const wCase = (name, description, body) => ({ name, area: "wasm", description, options: wasmOptions(body), steps: [get("/")] });

export default [
  wCase("wasmx-traps-and-numbers", "traps and their messages, stack overflow, indirect calls, i64 as BigInt, argument coercions", `
  const x = new WebAssembly.Instance(ops).exports;
  out.unreachable = await t(() => x.trap());
  out.divu0 = await t(() => x.divu(1, 0));
  out.remOverflow = await t(() => x.rem(-2147483648, -1));
  out.storeOob = await t(() => x.store(65535, 1));
  out.loadLastWord = await t(() => x.load(65532));
  out.negativeAddress = await t(() => x.load(-1));
  out.recurse = await t(() => x.rec(1));
  out.indirectOk = await t(() => x.ind(0));
  out.indirectSigMismatch = await t(() => x.ind(1));
  out.indirectNull = await t(() => x.ind(3));
  out.indirectOutOfTable = await t(() => x.ind(10));
  out.add64 = await t(() => String(x.add64(1n, 2n)));
  out.add64Wrap = await t(() => String(x.add64(9223372036854775807n, 1n)));
  out.add64Number = await t(() => x.add64(1, 2));
  out.add64String = await t(() => String(x.add64("5", "6")));
  out.add64Type = typeof x.add64(1n, 1n);
  out.divCoerce = await t(() => [x.div(7.9, 2), x.div("9", "3"), x.div(true, 1), x.div(undefined, 1), x.div({ valueOf() { return 8; } }, 2)]);
  out.divBigInt = await t(() => x.div(1n, 1));
  out.divSymbol = await t(() => x.div(Symbol("s"), 1));
  out.trapInstanceof = await (async () => { try { x.trap(); } catch (e) { return [e instanceof WebAssembly.RuntimeError, e instanceof Error, Object.prototype.toString.call(e), String(e), Object.keys(e)]; } })();
  out.fnShape = [typeof x.div, x.div.name, x.div.length, x.add64.length, x.trap.length, String(x.div).replace(/\\s+/g, " ")];`),

  wCase("wasmx-memory-table-global", "memory growth from inside wasm and buffer detachment, exported globals and tables, instance exports object", `
  const i = new WebAssembly.Instance(ops);
  const x = i.exports;
  out.exportsKeys = Object.keys(x);
  out.exportsFrozen = [Object.isFrozen(x), Object.isExtensible(x), Object.getPrototypeOf(x) === null, Object.prototype.toString.call(x)];
  out.sameExports = i.exports === x;
  const before = x.mem.buffer;
  out.size = x.size();
  out.growInWasm = x.grow(1);
  out.sizeAfter = x.size();
  out.oldBufferDetached = before.byteLength;
  out.newBuffer = x.mem.buffer.byteLength;
  out.growPastMax = x.grow(5);
  out.growJsPastMax = await t(() => x.mem.grow(1));
  out.growJsToMax = await t(() => x.mem.grow(0));
  out.memoryType = [x.mem instanceof WebAssembly.Memory, Object.prototype.toString.call(x.mem), x.mem.buffer instanceof ArrayBuffer, Object.prototype.toString.call(x.mem.buffer)];
  new Uint8Array(x.mem.buffer)[4] = 9;
  out.loadAfterWrite = x.load(4);
  out.g = [x.g.value, x.getG(), x.g instanceof WebAssembly.Global, Object.prototype.toString.call(x.g)];
  x.g.value = 11;
  out.gAfterJsSet = x.getG();
  x.setG(12);
  out.gAfterWasmSet = x.g.value;
  out.g64 = [typeof x.g64.value, String(x.g64.value)];
  out.gconstSet = await t(() => { x.gc.value = 4; return x.gc.value; });
  out.tbl = [x.tbl.length, x.tbl.get(0) === x.tbl.get(0), typeof x.tbl.get(0), x.tbl.get(0)(), x.tbl.get(1) === x.div, x.tbl.get(3)];
  out.tblSetNull = await t(() => { x.tbl.set(0, null); return x.tbl.get(0); });
  out.tblSetExport = await t(() => { x.tbl.set(3, x.div); return x.ind(3); });
  out.tblGrow = await t(() => [x.tbl.grow(2), x.tbl.length, x.tbl.get(5)]);
  out.tblGetOob = await t(() => x.tbl.get(100));
  out.tblSetOob = await t(() => x.tbl.set(100, null));
  out.tblSetJsFn = await t(() => x.tbl.set(0, () => 1));`),

  wCase("wasmx-imports-and-start", "importing functions, memories, globals and tables; link errors by kind; start functions; custom sections", `
  const mem = new WebAssembly.Memory({ initial: 1, maximum: 2 });
  new Uint8Array(mem.buffer)[3] = 77;
  const good = () => ({ env: { f: (v) => v * 2, mem, g: 40, g64: 5n, tbl: new WebAssembly.Table({ initial: 2, element: "anyfunc" }) } });
  out.good = await t(() => { const x = new WebAssembly.Instance(imp, good()).exports; return [x.callF(21), x.readG(), String(x.readG64()), x.peek(3)]; });
  out.globalObject = await t(() => { const o = good(); o.env.g = new WebAssembly.Global({ value: "i32" }, 8); return new WebAssembly.Instance(imp, o).exports.readG(); });
  out.mutableGlobalMismatch = await t(() => { const o = good(); o.env.g = new WebAssembly.Global({ value: "i32", mutable: true }, 8); return new WebAssembly.Instance(imp, o).exports.readG(); });
  out.globalWrongType = await t(() => { const o = good(); o.env.g = new WebAssembly.Global({ value: "f64" }, 8); return new WebAssembly.Instance(imp, o); });
  out.globalString = await t(() => { const o = good(); o.env.g = "7"; return new WebAssembly.Instance(imp, o).exports.readG(); });
  out.global64Number = await t(() => { const o = good(); o.env.g64 = 5; return new WebAssembly.Instance(imp, o); });
  out.memNotMemory = await t(() => { const o = good(); o.env.mem = new ArrayBuffer(65536); return new WebAssembly.Instance(imp, o); });
  out.memTooBigMax = await t(() => { const o = good(); o.env.mem = new WebAssembly.Memory({ initial: 1, maximum: 5 }); return new WebAssembly.Instance(imp, o); });
  out.memNoMax = await t(() => { const o = good(); o.env.mem = new WebAssembly.Memory({ initial: 1 }); return new WebAssembly.Instance(imp, o); });
  out.memTooSmall = await t(() => { const o = good(); o.env.mem = new WebAssembly.Memory({ initial: 0, maximum: 2 }); return new WebAssembly.Instance(imp, o); });
  out.tblNotTable = await t(() => { const o = good(); o.env.tbl = [1, 2]; return new WebAssembly.Instance(imp, o); });
  out.tblTooSmall = await t(() => { const o = good(); o.env.tbl = new WebAssembly.Table({ initial: 1, element: "anyfunc" }); return new WebAssembly.Instance(imp, o); });
  out.envNotObject = await t(() => new WebAssembly.Instance(imp, { env: 5 }));
  out.importsNotObject = await t(() => new WebAssembly.Instance(imp, 5));
  out.asyncLinkError = await t(() => WebAssembly.instantiate(imp, { env: {} }));
  out.asyncOk = await t(async () => { const r = await WebAssembly.instantiate(imp, good()); return [Object.prototype.toString.call(r), r.exports.callF(1)]; });
  out.wasmFnAsImport = await t(() => { const o = good(); o.env.f = new WebAssembly.Instance(ops).exports.getG; return new WebAssembly.Instance(imp, o); });
  const hits = [];
  out.start = await t(() => { new WebAssembly.Instance(start, { env: { hit: (v) => hits.push(v) } }); return hits; });
  out.startTrap = await t(() => new WebAssembly.Instance(startTrap));
  out.startTrapAsync = await t(() => WebAssembly.instantiate(startTrap));
  out.custom = await t(() => { const s = WebAssembly.Module.customSections(custom, "note"); return [s.length, s[0] instanceof ArrayBuffer, hex(s[0])]; });
  out.customNone = WebAssembly.Module.customSections(custom, "nothing").length;
  out.customNoName = await t(() => WebAssembly.Module.customSections(custom));
  out.importsDesc = WebAssembly.Module.imports(imp);
  out.exportsDesc = WebAssembly.Module.exports(ops);
  out.moduleTag = [Object.prototype.toString.call(ops), Object.keys(ops), typeof ops];
  out.instanceTag = Object.prototype.toString.call(new WebAssembly.Instance(ops));`),

  wCase("wasmx-js-api-edges", "JS API argument errors: constructors without new, bad descriptors, Tag and Exception, Global value types", `
  out.memoryNoNew = await t(() => WebAssembly.Memory({ initial: 1 }));
  out.memoryNoArg = await t(() => new WebAssembly.Memory());
  out.memoryHuge = await t(() => new WebAssembly.Memory({ initial: 70000 }));
  out.memoryMaxHuge = await t(() => new WebAssembly.Memory({ initial: 1, maximum: 70000 }));
  out.memoryNegative = await t(() => new WebAssembly.Memory({ initial: -1 }));
  out.memorySharedNoMax = await t(() => new WebAssembly.Memory({ initial: 1, shared: true }));
  out.growNegative = await t(() => new WebAssembly.Memory({ initial: 1 }).grow(-1));
  out.tableNoElement = await t(() => new WebAssembly.Table({ initial: 1 }));
  out.tableBadElement = await t(() => new WebAssembly.Table({ initial: 1, element: "i32" }));
  out.tableExternref = await t(() => { const tb = new WebAssembly.Table({ initial: 2, element: "externref" }, "init"); tb.set(1, { a: 1 }); return [tb.get(0), tb.get(1), tb.grow(1, 5), tb.get(2)]; });
  out.tableInitOverMax = await t(() => new WebAssembly.Table({ initial: 3, maximum: 2, element: "anyfunc" }));
  out.globalI64 = await t(() => { const g = new WebAssembly.Global({ value: "i64", mutable: true }, 5n); g.value = 6n; return String(g.value); });
  out.globalI64Number = await t(() => new WebAssembly.Global({ value: "i64" }, 5));
  out.globalF32 = await t(() => new WebAssembly.Global({ value: "f32" }, 0.1).value);
  out.globalDefault = await t(() => [new WebAssembly.Global({ value: "i32" }).value, String(new WebAssembly.Global({ value: "i64" }).value), new WebAssembly.Global({ value: "f64" }).value]);
  out.globalExternref = await t(() => new WebAssembly.Global({ value: "externref", mutable: true }, "ref").value);
  out.globalNoNew = await t(() => WebAssembly.Global({ value: "i32" }));
  out.globalValueOfBadThis = await t(() => WebAssembly.Global.prototype.valueOf.call({}));
  out.tag = await t(() => { const tag = new WebAssembly.Tag({ parameters: ["i32", "f64"] }); const e = new WebAssembly.Exception(tag, [1, 2.5]); return [Object.prototype.toString.call(tag), e.is(tag), e.getArg(tag, 0), e.getArg(tag, 1), e instanceof Error, typeof e.stack]; });
  out.exceptionBadArgs = await t(() => new WebAssembly.Exception(new WebAssembly.Tag({ parameters: ["i32"] }), []));
  out.jsTag = typeof WebAssembly.JSTag;
  out.instantiateBadArg = await t(() => WebAssembly.instantiate(5));
  out.instantiateStreaming = typeof WebAssembly.instantiateStreaming;
  out.instanceNoArg = await t(() => new WebAssembly.Instance());
  out.instanceBadModule = await t(() => new WebAssembly.Instance({}));
  out.moduleExportsBad = await t(() => WebAssembly.Module.exports({}));
  out.validateBad = await t(() => WebAssembly.validate("str"));
  out.validateBuffer = await t(() => WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]).buffer));
  out.compileErrorCtor = await t(() => { const e = new WebAssembly.CompileError("m"); return [e.name, e.message, e instanceof Error, Object.prototype.toString.call(e), String(e)]; });
  out.linkErrorCall = await t(() => { const e = WebAssembly.LinkError("n"); return [e.name, e.message]; });`),
];
