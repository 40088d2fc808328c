// Re-record: copy this file and the oracle's defs/_h.mjs into a folder with wabt installed (npm install wabt@1.0.39), then in the oracle: DEFS_DIR=<folder> RECORD_OUT=<out> node record.mjs htmlwasm. Not kept in the project: htmlwasm-x-exceptions-wasm (GraalWasm has no exception handling), htmlwasm-feature-mem64 (GraalWasm needs unsafe memory for it) and htmlwasm-feature-tail (no tail calls in GraalWasm).
// WebAssembly probes of htmlwasm.
import wabtInit from "wabt";
import { CD, PRELUDE, get } from "./_h.mjs";
const wabt = await wabtInit();
function wasm(name, wat) {
  const bytes = [...wabt.parseWat(name, wat, { exceptions: true, mutable_globals: true, reference_types: true, bulk_memory: true, multi_value: true, sign_extension: true, sat_float_to_int: true }).toBinary({}).buffer];
  if (bytes.some((b) => b >= 128)) throw new Error(name + ": a byte >= 0x80, not representable as a CompiledWasm contents string");
  return bytes;
}
const num = wasm("num.wasm", `(module
  (func (export "pair") (param i32 i32) (result i32 i32) local.get 1 local.get 0)
  (func (export "triple") (result i32 i64 f64) i32.const 1 i64.const 2 f64.const 3.5)
  (func (export "none"))
  (func (export "f32id") (param f32) (result f32) local.get 0)
  (func (export "f64id") (param f64) (result f64) local.get 0)
  (func (export "i64id") (param i64) (result i64) local.get 0)
  (func (export "i32id") (param i32) (result i32) local.get 0)
  (func $f (export "a") (result i32) i32.const 1)
  (export "b" (func $f))
)`);
const imp = wasm("imp.wasm", `(module
  (import "js" "cb" (func $cb (param i32) (result i32)))
  (import "js" "cb64" (func $cb64 (param i64) (result i64)))
  (import "js" "cbf" (func $cbf (param f64) (result f64)))
  (import "js" "cbv" (func $cbv))
  (import "js" "pair" (func $pair (result i32 i32)))
  (func (export "call") (param i32) (result i32) local.get 0 call $cb)
  (func (export "call64") (param i64) (result i64) local.get 0 call $cb64)
  (func (export "callf") (param f64) (result f64) local.get 0 call $cbf)
  (func (export "callv") call $cbv)
  (func (export "callPair") (result i32) call $pair i32.sub)
  (export "cbAgain" (func $cb))
)`);
const exc = wasm("exc.wasm", `(module
  (import "js" "thrower" (func $thrower))
  (import "js" "tagIn" (tag $tin (param i32)))
  (tag $t (export "t") (param i32))
  (tag $t2 (export "t2") (param i64 f64))
  (func (export "throwIt") (param i32) local.get 0 throw $t)
  (func (export "throw2") i64.const 5 f64.const 2 throw $t2)
  (func (export "throwIn") (param i32) local.get 0 throw $tin)
  (func (export "callThrower") call $thrower)
  (func (export "catchOwn") (param i32) (result i32)
    try (result i32) local.get 0 throw $t catch $t i32.const 1 i32.add end)
  (func (export "catchAllJs") (result i32)
    try (result i32) call $thrower i32.const 0 catch_all i32.const 7 end)
  (func (export "catchTagFromJs") (result i32)
    try (result i32) call $thrower i32.const 0 catch $t end)
  (func (export "rethrowJs")
    try call $thrower catch_all rethrow 0 end)
  (func (export "trapInTry") (result i32)
    try (result i32) unreachable catch_all i32.const 9 end)
)`);
const seg = wasm("seg.wasm", `(module
  (memory (export "mem") 0)
  (data (i32.const 0) "ab")
)`);
const segOk = wasm("segok.wasm", `(module
  (import "env" "mem" (memory 1))
  (import "env" "off" (global $off i32))
  (data (global.get $off) "hi")
  (func (export "read") (param i32) (result i32) local.get 0 i32.load8_u)
)`);
const elemOob = wasm("elemoob.wasm", `(module
  (table 1 funcref)
  (func $f)
  (elem (i32.const 2) $f)
)`);
const big = wasm("bigmem.wasm", `(module
  (memory (export "mem") 2 100)
  (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
)`);
const reent = wasm("reent.wasm", `(module
  (import "js" "back" (func $back (param i32) (result i32)))
  (func $down (export "down") (param i32) (result i32)
    local.get 0 i32.eqz
    if (result i32) i32.const 50 else local.get 0 i32.const 1 i32.sub call $back end)
)`);

const ids = wasm("ids.wasm", `(module
  (import "env" "mem" (memory 1))
  (import "env" "tbl" (table 1 funcref))
  (import "env" "g" (global $g (mut i32)))
  (import "env" "f" (func $f (result i32)))
  (export "mem" (memory 0))
  (export "tbl" (table 0))
  (export "g" (global $g))
  (export "f" (func $f))
  (func (export "callF") (result i32) call $f)
)`);
const div64 = wasm("div64.wasm", `(module
  (func (export "div") (param i64 i64) (result i64) local.get 0 local.get 1 i64.div_s)
  (func (export "load64") (param i32) (result i64) local.get 0 i64.load)
  (func (export "store64") (param i32 i64) local.get 0 local.get 1 i64.store)
  (func (export "load16") (param i32) (result i32) local.get 0 i32.load16_s)
  (func (export "trap") unreachable)
  (memory (export "mem") 1)
  (global (export "mg64") (mut i64) (i64.const 7))
  (global (export "gf") (mut f32) (f32.const 0))
  (table (export "ext") 2 externref)
  (func (export "getExt") (param i32) (result externref) local.get 0 table.get 0)
  (func (export "setExt") (param i32 externref) local.get 0 local.get 1 table.set 0)
  (func (export "idExt") (param externref) (result externref) local.get 0)
)`);

const startThrow = wasm("startthrow.wasm", `(module
  (import "js" "boom" (func $boom))
  (func $s call $boom)
  (start $s)
  (func (export "f") (result i32) i32.const 1)
)`);
const names = wasm("names.wasm", `(module
  (func (export "") (result i32) i32.const 1)
  (func (export "caf\c3\a9") (result i32) i32.const 2)
  (func (export "z") (result i32) i32.const 3)
  (func (export "a") (result i32) i32.const 4)
  (func (export "10") (result i32) i32.const 5)
  (func (export "2") (result i32) i32.const 6)
)`.replace("caf\\c3\\a9", "cafe"));

const mods = { num, imp, exc, seg, segok: segOk, elemoob: elemOob, bigmem: big, reent, ids, div64, startthrow: startThrow, names };
const wasmOptions = (body, names) => ({
  compatibilityDate: CD,
  modules: [
    { type: "ESModule", path: "index.mjs", contents: `${PRELUDE}
${names.map((n) => `import ${n} from "./${n}.wasm";`).join("\n")}
import num2 from "./num.wasm";
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` },
    ...Object.entries(mods).filter(([n]) => names.includes(n)).map(([n, b]) => ({ type: "CompiledWasm", path: n + ".wasm", contents: String.fromCharCode(...b) })),
  ],
});
// every case but the exceptions one leaves exc.wasm out: GraalWasm has no exception handling, so a module using it does not compile in miniflare4j
const wCase = (name, description, body, names = Object.keys(mods).filter((n) => n !== "exc")) => ({ name, area: "wasm", description, options: wasmOptions(body, names), steps: [get("/")] });

const addMod = wasm("add.wasm", `(module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))`);
const addContents = String.fromCharCode(...addMod);
const pathsCase = (name, description, entry, others) => ({
  name, area: "wasm", description,
  options: { compatibilityDate: CD, modules: [{ type: "ESModule", path: "index.mjs", contents: PRELUDE + entry }, ...others] },
  steps: [get("/")],
});
export const round3 = [
  pathsCase("htmlwasm-module-paths", "CompiledWasm modules in folders: relative and bare specifiers, from nested ES modules, the same module under two specifiers, dynamic import of a missing one", `
import a from "./lib/add.wasm";
import b from "lib/add.wasm";
import { viaNested, nestedModule } from "./lib/util.mjs";
export default { async fetch(req) {
  const out = {};
  out.same = [a === b, a === nestedModule, a instanceof WebAssembly.Module];
  out.add = new WebAssembly.Instance(a).exports.add(2, 3);
  out.nested = viaNested(4, 5);
  out.dynamic = await t(async () => (await import("./lib/add.wasm")).default === a);
  out.dynamicBare = await t(async () => (await import("lib/add.wasm")).default === a);
  out.dynamicUp = await t(async () => (await import("./lib/../lib/add.wasm")).default === a);
  out.missing = await t(() => import("./lib/none.wasm"));
  out.exportsDesc = WebAssembly.Module.exports(a);
  return Response.json(out);
} };`, [
    { type: "ESModule", path: "lib/util.mjs", contents: `import m from "./add.wasm";\nexport const nestedModule = m;\nexport function viaNested(x, y) { return new WebAssembly.Instance(m).exports.add(x, y); }` },
    { type: "CompiledWasm", path: "lib/add.wasm", contents: addContents },
  ]),
];

const round1 = [
  wCase("htmlwasm-multivalue-and-numbers", "multi-value results, f32 rounding, NaN, -0, i64 BigInt wrapping and errors, missing arguments, identity of re-exported functions", `
  const x = new WebAssembly.Instance(num).exports;
  out.sameImport = num === num2;
  out.pair = await t(() => x.pair(1, 2));
  out.pairArray = await t(() => Array.isArray(x.pair(1, 2)));
  out.triple = await t(() => { const r = x.triple(); return [r.length, r[0], typeof r[1], String(r[1]), r[2]]; });
  out.none = await t(() => x.none());
  out.f32 = await t(() => [x.f32id(0.1), x.f32id(1e40), x.f32id(-0) === 0 && 1 / x.f32id(-0), x.f32id(NaN), x.f32id("2.5"), x.f32id()]);
  out.f64 = await t(() => [x.f64id(0.1), 1 / x.f64id(-0), x.f64id(), x.f64id(null), x.f64id("x")]);
  out.i32 = await t(() => [x.i32id(2 ** 32 + 5), x.i32id(2 ** 31), x.i32id(-1.9), x.i32id(NaN), x.i32id(Infinity), x.i32id(), x.i32id(null), x.i32id([7]), x.i32id("0x10")]);
  out.i64 = await t(() => [String(x.i64id(2n ** 64n + 3n)), String(x.i64id(2n ** 63n)), String(x.i64id(-1n)), String(x.i64id(true)), String(x.i64id("0x10"))]);
  out.i64Undefined = await t(() => x.i64id());
  out.i64Float = await t(() => x.i64id(1.5));
  out.i64BadString = await t(() => x.i64id("1.5"));
  out.i64Null = await t(() => x.i64id(null));
  out.i64Symbol = await t(() => x.i64id(Symbol()));
  out.aliased = [x.a === x.b, x.a.name, x.b.name, Object.keys(x)];
  out.extraArgs = await t(() => x.i32id(1, 2, 3));
  out.fnProps = [Object.getOwnPropertyNames(x.a).sort(), typeof x.a.prototype, Object.getPrototypeOf(x.a) === Function.prototype, x.a.call(null), x.a.apply(undefined, [])];
  out.asCtorIsTypeError = await t(() => { try { new x.i32id(1); return "constructed"; } catch (e) { return e.name; } });
  out.twoInstancesDistinct = new WebAssembly.Instance(num).exports.a === x.a;`),

  wCase("htmlwasm-imports-calls", "calling JS imports from wasm: arguments and return coercion, this, exceptions crossing, re-exported imports, reentrancy", `
  let seenThis = "unset", seenArgs = null;
  const base = () => ({ js: { cb(v) { seenThis = this === undefined ? "undefined" : typeof this; seenArgs = [...arguments]; return v + 1; }, cb64: (v) => v * 2n, cbf: (v) => v / 2, cbv: () => 5, pair: () => [10, 3] } });
  const make = (over) => { const o = base(); Object.assign(o.js, over); return new WebAssembly.Instance(imp, o).exports; };
  const x = make({});
  out.call = await t(() => [x.call(41), seenThis, seenArgs]);
  out.call64 = await t(() => String(x.call64(21n)));
  out.callf = await t(() => x.callf(3));
  out.callv = await t(() => x.callv());
  out.callPair = await t(() => x.callPair());
  out.retString = await t(() => make({ cb: () => "12" }).call(0));
  out.retUndefined = await t(() => make({ cb: () => undefined }).call(0));
  out.retObject = await t(() => make({ cb: () => ({ valueOf: () => 3 }) }).call(0));
  out.retBigIntForI32 = await t(() => make({ cb: () => 1n }).call(0));
  out.retNumberForI64 = await t(() => make({ cb64: () => 1 }).call64(0n));
  out.retStringForI64 = await t(() => String(make({ cb64: () => "9" }).call64(0n)));
  out.pairNotIterable = await t(() => make({ pair: () => 5 }).callPair());
  out.pairWrongLength = await t(() => make({ pair: () => [1] }).callPair());
  out.pairIterable = await t(() => make({ pair: function* () { yield 8; yield 2; } }).callPair());
  const err = new TypeError("from js");
  out.jsThrowIdentity = await t(() => { try { make({ cb: () => { throw err; } }).call(1); return "no"; } catch (e) { return [e === err, e.name, e.message]; } });
  out.jsThrowPrimitive = await t(() => { try { make({ cb: () => { throw 42; } }).call(1); return "no"; } catch (e) { return [typeof e, e]; } });
  out.reexport = await t(() => { const f = (v) => v * 3; const y = make({ cb: f }); return [y.cbAgain === f, typeof y.cbAgain, y.cbAgain(2), y.cbAgain.name, y.cbAgain.length]; });
  out.wasmFnImport = await t(() => { const y = new WebAssembly.Instance(num).exports; const z = make({ cb: y.i32id }); return [z.cbAgain === y.i32id, z.call(7)]; });
  out.importNotCallable = await t(() => make({ cb: 5 }));
  out.importMissing = await t(() => new WebAssembly.Instance(imp, { js: {} }));
  out.importsNone = await t(() => new WebAssembly.Instance(imp));
  out.importsUndefinedModule = await t(() => new WebAssembly.Instance(imp, {}));
  const depth = [];
  const r = new WebAssembly.Instance(reent, { js: { back: (v) => { depth.push(v); return r.exports.down(v) + 1; } } });
  out.reentrant = await t(() => [r.exports.down(3), depth]);
  out.importGetterOrder = await t(() => { const seen = []; const js = new Proxy(base().js, { get(tg, k) { seen.push(String(k)); return tg[k]; } }); new WebAssembly.Instance(imp, { js }); return seen; });
  out.asyncInstantiate = await t(async () => { const i = await WebAssembly.instantiate(imp, base()); return [i instanceof WebAssembly.Instance, i.exports.call(1)]; });
  out.asyncInstantiateBad = await t(() => WebAssembly.instantiate(imp, { js: { ...base().js, cb: 1 } }));
  out.asyncInstantiateThrowsSync = await t(() => { let p; try { p = WebAssembly.instantiate(imp, 5); } catch (e) { return "sync " + e.name; } return p.then(() => "ok", (e) => "async " + e.name + ": " + e.message); });`),

  wCase("htmlwasm-x-exceptions-wasm", "WebAssembly exception handling: tags, throw from wasm caught in JS, JS exceptions through wasm try/catch_all, rethrow, traps not catchable", `
  const tagIn = new WebAssembly.Tag({ parameters: ["i32"] });
  const err = new Error("js err");
  let inst;
  out.instantiate = await t(() => { inst = new WebAssembly.Instance(exc, { js: { thrower: () => { throw err; }, tagIn } }); return Object.keys(inst.exports); });
  if (inst) {
    const x = inst.exports;
    out.tagExport = [x.t instanceof WebAssembly.Tag, Object.prototype.toString.call(x.t)];
    out.throwIt = await t(() => { try { x.throwIt(42); return "no"; } catch (e) { return [e instanceof WebAssembly.Exception, e instanceof Error, e.is(x.t), e.is(x.t2), e.getArg(x.t, 0), Object.prototype.toString.call(e), typeof e.message, e.constructor === WebAssembly.Exception]; } });
    out.getArgWrongTag = await t(() => { try { x.throwIt(1); } catch (e) { return e.getArg(x.t2, 0); } });
    out.getArgBadIndex = await t(() => { try { x.throwIt(1); } catch (e) { return e.getArg(x.t, 5); } });
    out.throw2 = await t(() => { try { x.throw2(); } catch (e) { return [typeof e.getArg(x.t2, 0), String(e.getArg(x.t2, 0)), e.getArg(x.t2, 1)]; } });
    out.throwIn = await t(() => { try { x.throwIn(3); } catch (e) { return [e.is(tagIn), e.getArg(tagIn, 0)]; } });
    out.callThrower = await t(() => { try { x.callThrower(); return "no"; } catch (e) { return [e === err, e.message]; } });
    out.catchOwn = await t(() => x.catchOwn(5));
    out.catchAllJs = await t(() => x.catchAllJs());
    out.catchTagFromJs = await t(() => { try { return x.catchTagFromJs(); } catch (e) { return ["passed", e === err]; } });
    out.rethrowJs = await t(() => { try { x.rethrowJs(); return "no"; } catch (e) { return [e === err]; } });
    out.trapInTry = await t(() => x.trapInTry());
    out.jsThrowsWasmException = await t(() => { const ex = new WebAssembly.Exception(x.t, [77]); const y = new WebAssembly.Instance(exc, { js: { thrower: () => { throw ex; }, tagIn } }).exports; return [y.catchTagFromJs(), y.catchAllJs()]; });
    out.exceptionTraceStack = await t(() => { const tg = new WebAssembly.Tag({ parameters: [] }); return [typeof new WebAssembly.Exception(tg, [], { traceStack: true }).stack, new WebAssembly.Exception(tg, []).stack]; });
  }
  out.tagType = await t(() => { const tg = new WebAssembly.Tag({ parameters: ["i32", "f32"] }); return [typeof tg.type, Object.getOwnPropertyNames(WebAssembly.Tag.prototype).sort()]; });
  out.importsDesc = WebAssembly.Module.imports(exc);
  out.exportsDesc = WebAssembly.Module.exports(exc);
  out.missingTag = await t(() => new WebAssembly.Instance(exc, { js: { thrower() {} } }));
  out.wrongTagType = await t(() => new WebAssembly.Instance(exc, { js: { thrower() {}, tagIn: new WebAssembly.Tag({ parameters: ["f64"] }) } }));
  out.tagNotTag = await t(() => new WebAssembly.Instance(exc, { js: { thrower() {}, tagIn: 5 } }));`, Object.keys(mods)),

  wCase("htmlwasm-segments-and-memory", "data and element segments out of bounds at instantiation, imported global offsets, memory.fill/copy bounds, growth and buffer identity", `
  out.segOob = await t(() => new WebAssembly.Instance(seg));
  out.segOobAsync = await t(() => WebAssembly.instantiate(seg));
  out.elemOob = await t(() => new WebAssembly.Instance(elemOob));
  const mem = new WebAssembly.Memory({ initial: 1 });
  out.segOk = await t(() => { const x = new WebAssembly.Instance(segok, { env: { mem, off: 10 } }).exports; return [x.read(10), x.read(11), new Uint8Array(mem.buffer)[10]]; });
  out.segOkOob = await t(() => new WebAssembly.Instance(segok, { env: { mem, off: 65535 } }));
  out.segOkOobPartial = await t(() => { const m2 = new WebAssembly.Memory({ initial: 1 }); try { new WebAssembly.Instance(segok, { env: { mem: m2, off: 65535 } }); } catch (e) {} return new Uint8Array(m2.buffer)[65535]; });
  const x = new WebAssembly.Instance(bigmem).exports;
  out.bufIdentity = x.mem.buffer === x.mem.buffer;
  const b0 = x.mem.buffer;
  out.growZeroJs = await t(() => [x.mem.grow(0), b0.byteLength, x.mem.buffer === b0]);
  const b1 = x.mem.buffer;
  out.growZeroWasm = await t(() => [x.grow(0), b1.byteLength, x.mem.buffer === b1]);
  out.growMany = await t(() => [x.grow(98), x.mem.buffer.byteLength / 65536, x.grow(1), x.mem.grow(0)]);
  out.growJsOverMax = await t(() => x.mem.grow(1));
  out.memType = await t(() => [typeof x.mem.type, Object.getOwnPropertyNames(WebAssembly.Memory.prototype).sort()]);
  out.memMaxLessInitial = await t(() => new WebAssembly.Memory({ initial: 2, maximum: 1 }));
  out.memInitialString = await t(() => new WebAssembly.Memory({ initial: "2" }).buffer.byteLength);
  out.memInitialFloat = await t(() => new WebAssembly.Memory({ initial: 1.9 }).buffer.byteLength);
  out.memIndex64 = await t(() => new WebAssembly.Memory({ initial: 1, index: "i64" }));
  out.bufferProps = await t(() => { const b = new WebAssembly.Memory({ initial: 1, maximum: 2 }).buffer; return [Object.isExtensible(b), Object.isFrozen(b), b.resizable, b.maxByteLength, typeof b.transfer]; });
  out.bufferTransfer = await t(() => new WebAssembly.Memory({ initial: 1 }).buffer.transfer());
  out.structuredCloneBuffer = await t(() => structuredClone(new WebAssembly.Memory({ initial: 1 }).buffer).byteLength);
  out.tableGrowInit = await t(() => { const tb = new WebAssembly.Table({ initial: 1, element: "anyfunc" }); const f = new WebAssembly.Instance(num).exports.a; return [tb.grow(2, f), tb.get(2) === f, tb.get(0)]; });
  out.tableBadInit = await t(() => new WebAssembly.Table({ initial: 1, element: "anyfunc" }, () => 1));
  out.tableGetString = await t(() => new WebAssembly.Table({ initial: 2, element: "anyfunc" }).get("1"));
  out.tableGetNeg = await t(() => new WebAssembly.Table({ initial: 2, element: "anyfunc" }).get(-1));
  out.tableMaxGrow = await t(() => new WebAssembly.Table({ initial: 1, maximum: 2, element: "externref" }).grow(5));
  out.globalValueTypes = await t(() => ["i32", "i64", "f32", "f64", "externref", "anyfunc", "funcref", "v128"].map((v) => { try { const g = new WebAssembly.Global({ value: v }); return [v, typeof g.value]; } catch (e) { return [v, e.name + ": " + e.message]; } }));
  out.globalValueOf = await t(() => { const g = new WebAssembly.Global({ value: "f64", mutable: true }, 1.5); return [g.valueOf(), g + 1, String(g.value)]; });
  out.globalSetImmutable = await t(() => { const g = new WebAssembly.Global({ value: "i32" }, 1); g.value = 2; });
  out.globalSetWrongType = await t(() => { const g = new WebAssembly.Global({ value: "i64", mutable: true }, 1n); g.value = 2; });`),

  wCase("htmlwasm-identity-and-refs", "re-exported imports keep their identity, externref values, i64 traps and memory of i64, mutable i64 globals, module namespaces and dynamic import of wasm", `
  const mem = new WebAssembly.Memory({ initial: 1 });
  const tbl = new WebAssembly.Table({ initial: 1, element: "anyfunc" });
  const g = new WebAssembly.Global({ value: "i32", mutable: true }, 3);
  const f = () => 9;
  const i = new WebAssembly.Instance(ids, { env: { mem, tbl, g, f } });
  const x = i.exports;
  out.identity = [x.mem === mem, x.tbl === tbl, x.g === g, x.f === f, typeof x.f, x.callF()];
  g.value = 5;
  out.globalShared = x.g.value;
  const d = new WebAssembly.Instance(div64).exports;
  out.div64 = await t(() => String(d.div(7n, 2n)));
  out.div64Zero = await t(() => d.div(1n, 0n));
  out.div64Overflow = await t(() => d.div(-9223372036854775808n, -1n));
  out.store64 = await t(() => { d.store64(8, -2n); return [String(d.load64(8)), [...new Uint8Array(d.mem.buffer, 8, 8)], d.load16(8)]; });
  out.load64Oob = await t(() => d.load64(65530));
  out.afterTrap = await t(() => { try { d.trap(); } catch {} return String(d.div(9n, 3n)); });
  out.trapString = await t(() => { try { d.trap(); } catch (e) { return [String(e), e.constructor.name, Object.getOwnPropertyNames(e).sort()]; } });
  out.mg64 = await t(() => { const before = typeof d.mg64.value; d.mg64.value = 2n ** 64n + 1n; return [before, String(d.mg64.value)]; });
  out.mg64Number = await t(() => { d.mg64.value = 1; });
  out.gf = await t(() => { d.gf.value = 0.1; return [d.gf.value, d.gf.valueOf()]; });
  out.gfString = await t(() => { d.gf.value = "2.5"; return d.gf.value; });
  const o = { k: 1 };
  out.ext = await t(() => { const before = [d.ext.get(0), d.getExt(0)]; d.setExt(0, o); d.ext.set(1, "s"); return [before, d.ext.get(0) === o, d.getExt(1), d.idExt(o) === o, d.idExt(undefined), d.idExt(null), d.idExt(0)]; });
  out.extSetNoValue = await t(() => { d.ext.set(0); return [d.ext.get(0), d.getExt(0)]; });
  out.extGrow = await t(() => [d.ext.grow(1), d.ext.get(2), d.ext.grow(1, o), d.ext.get(3) === o, d.ext.length]);
  out.moduleNamespace = await t(async () => { const ns = await import("./div64.wasm"); return [Object.keys(ns), ns.default instanceof WebAssembly.Module, Object.prototype.toString.call(ns)]; });
  out.dynamicSame = await t(async () => (await import("./num.wasm")).default === num);
  out.classImport = await t(() => new WebAssembly.Instance(ids, { env: { mem, tbl, g, f: class K {} } }).exports.callF());
  out.boundImport = await t(() => new WebAssembly.Instance(ids, { env: { mem, tbl, g, f: function () { return this === undefined ? 1 : 2; }.bind(null) } }).exports.callF());
  out.proxyImport = await t(() => new WebAssembly.Instance(ids, { env: { mem, tbl, g, f: new Proxy(() => 4, {}) } }).exports.callF());
  out.asyncImport = await t(() => new WebAssembly.Instance(ids, { env: { mem, tbl, g, f: async () => 4 } }).exports.callF());
  out.throwingGetter = await t(() => new WebAssembly.Instance(ids, { env: { mem, tbl, g, get f() { throw new RangeError("getter"); } } }));
  out.importsProxyFn = await t(() => { const env = function () {}; Object.assign(env, { mem, tbl, g, f }); return new WebAssembly.Instance(ids, { env }).exports.callF(); });
  out.mutGlobalNumber = await t(() => new WebAssembly.Instance(ids, { env: { mem, tbl, g: 3, f } }));
  out.immutableForMut = await t(() => new WebAssembly.Instance(ids, { env: { mem, tbl, g: new WebAssembly.Global({ value: "i32" }, 1), f } }));`),

  wCase("htmlwasm-receivers-and-start", "methods and accessors called on wrong receivers, start functions that throw JS errors, export name order, views of a grown memory", `
  const rec = (fn) => { try { return ["ok", fn()]; } catch (e) { return [e.name, e.message]; } };
  const mem = new WebAssembly.Memory({ initial: 1 });
  const tbl = new WebAssembly.Table({ initial: 1, element: "anyfunc" });
  const glb = new WebAssembly.Global({ value: "i32", mutable: true }, 1);
  const desc = (o, k) => Object.getOwnPropertyDescriptor(o, k);
  out.receivers = {
    memGrow: rec(() => WebAssembly.Memory.prototype.grow.call({}, 1)),
    memBuffer: rec(() => desc(WebAssembly.Memory.prototype, "buffer").get.call({})),
    tblGet: rec(() => WebAssembly.Table.prototype.get.call({}, 0)),
    tblSet: rec(() => WebAssembly.Table.prototype.set.call(mem, 0, null)),
    tblGrow: rec(() => WebAssembly.Table.prototype.grow.call({}, 1)),
    tblLength: rec(() => desc(WebAssembly.Table.prototype, "length").get.call({})),
    glbValueGet: rec(() => desc(WebAssembly.Global.prototype, "value").get.call({})),
    glbValueSet: rec(() => desc(WebAssembly.Global.prototype, "value").set.call(tbl, 1)),
    instExports: rec(() => desc(WebAssembly.Instance.prototype, "exports").get.call(mem)),
    exceptionIs: rec(() => WebAssembly.Exception.prototype.is.call({}, new WebAssembly.Tag({ parameters: [] }))),
    exceptionGetArg: rec(() => WebAssembly.Exception.prototype.getArg.call({}, new WebAssembly.Tag({ parameters: [] }), 0)),
  };
  out.memGrowArgs = [rec(() => mem.grow()), rec(() => mem.grow("1")), rec(() => mem.grow(1.5)), rec(() => mem.grow(2 ** 32)), rec(() => mem.grow(NaN))];
  out.tblArgs = [rec(() => tbl.get()), rec(() => tbl.get(1.5)), rec(() => tbl.grow()), rec(() => tbl.set()), rec(() => tbl.get(2 ** 32))];
  out.glbArgs = [rec(() => { glb.value = "7"; return glb.value; }), rec(() => { glb.value = 2 ** 32 + 3; return glb.value; }), rec(() => { glb.value = 1n; })];
  const err = new SyntaxError("from start");
  out.startThrows = await t(() => { try { new WebAssembly.Instance(startthrow, { js: { boom() { throw err; } } }); return "no"; } catch (e) { return [e === err, e.name]; } });
  out.startThrowsAsync = await t(async () => { try { await WebAssembly.instantiate(startthrow, { js: { boom() { throw err; } } }); return "no"; } catch (e) { return [e === err, e.name]; } });
  out.exportOrder = Object.keys(new WebAssembly.Instance(names).exports);
  out.moduleExportOrder = WebAssembly.Module.exports(names).map((e) => e.name);
  const view = new Uint8Array(mem.buffer);
  const dv = new DataView(mem.buffer);
  mem.grow(1);
  out.viewsAfterGrow = [view.length, view.byteLength, mem.buffer.byteLength];
  out.detachedRead = rec(() => view[0]);`),

  wCase("htmlwasm-api-surface", "namespace functions: validate with views and junk, compileStreaming/instantiateStreaming, Module statics with bad arguments, instantiate overloads and their results", `
  const ok = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
  out.validate = await t(() => [WebAssembly.validate(ok), WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 2, 0, 0, 0])), WebAssembly.validate(new Uint8Array(0)), WebAssembly.validate(new Uint16Array([24832, 28019, 1, 0]))]);
  out.validateDataView = await t(() => WebAssembly.validate(new DataView(ok.buffer)));
  out.validateSubarray = await t(() => WebAssembly.validate(new Uint8Array([9, 0, 97, 115, 109, 1, 0, 0, 0]).subarray(1)));
  out.validateNoArg = await t(() => WebAssembly.validate());
  out.validateArray = await t(() => WebAssembly.validate([0, 97, 115, 109, 1, 0, 0, 0]));
  out.validateFunction = await t(() => { const bytes = new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,10,4,1,2,0,11]); return WebAssembly.validate(bytes); });
  out.validateBadBody = await t(() => WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,10,5,1,3,0,106,11])));
  out.streaming = [typeof WebAssembly.compileStreaming, typeof WebAssembly.instantiateStreaming];
  out.compileStreaming = await t(() => WebAssembly.compileStreaming(new Response(ok, { headers: { "content-type": "application/wasm" } })));
  out.instantiateStreaming = await t(() => WebAssembly.instantiateStreaming(new Response(ok, { headers: { "content-type": "application/wasm" } })));
  out.compileModule = await t(() => WebAssembly.compile(num));
  out.instantiateModule = await t(async () => { const r = await WebAssembly.instantiate(num); return [Object.prototype.toString.call(r), r instanceof WebAssembly.Instance, "module" in r, "instance" in r]; });
  out.instantiateBytes = await t(() => WebAssembly.instantiate(ok));
  out.instantiateNoArg = await t(() => WebAssembly.instantiate());
  out.compileNoArg = await t(() => WebAssembly.compile());
  out.moduleCtorModule = await t(() => new WebAssembly.Module(num));
  out.moduleNoNew = await t(() => WebAssembly.Module(ok));
  out.moduleImportsNoArg = await t(() => WebAssembly.Module.imports());
  out.moduleCustomBad = await t(() => WebAssembly.Module.customSections(num, Symbol("s")));
  out.moduleCustomNumber = await t(() => WebAssembly.Module.customSections(num, 5));
  out.moduleKeys = [Object.getOwnPropertyNames(WebAssembly.Module).sort(), Object.getOwnPropertyNames(WebAssembly).sort()];
  out.instanceProtoExports = await t(() => WebAssembly.Instance.prototype.exports);
  out.moduleStructuredClone = await t(() => structuredClone(num));
  out.memoryStructuredClone = await t(() => structuredClone(new WebAssembly.Memory({ initial: 1 })));
  out.moduleJson = JSON.stringify({ m: num, i: new WebAssembly.Instance(num), e: new WebAssembly.Instance(num).exports });
  out.moduleResponse = await t(() => new Response(num).text());
  out.jsTagException = await t(() => { const tg = new WebAssembly.Tag({ parameters: ["i32", "i64", "externref"] }); const o = { k: 1 }; const e = new WebAssembly.Exception(tg, [1.9, 5n, o]); return [e.getArg(tg, 0), String(e.getArg(tg, 1)), e.getArg(tg, 2) === o, e.is(tg), e.is(new WebAssembly.Tag({ parameters: ["i32", "i64", "externref"] })), Object.keys(e), e.message, e.name, String(e)]; });
  out.jsExceptionTraceStack = await t(() => { const tg = new WebAssembly.Tag({ parameters: [] }); return [typeof new WebAssembly.Exception(tg, [], { traceStack: true }).stack, new WebAssembly.Exception(tg, []).stack]; });
  out.jsExceptionGetArgWrongTag = await t(() => new WebAssembly.Exception(new WebAssembly.Tag({ parameters: ["i32"] }), [1]).getArg(new WebAssembly.Tag({ parameters: ["i32"] }), 0));
  out.jsExceptionGetArgBadIndex = await t(() => { const tg = new WebAssembly.Tag({ parameters: ["i32"] }); return new WebAssembly.Exception(tg, [1]).getArg(tg, 3); });
  out.jsExceptionI64Number = await t(() => { const tg = new WebAssembly.Tag({ parameters: ["i64"] }); return new WebAssembly.Exception(tg, [1]); });
  out.jsExceptionNotIterable = await t(() => new WebAssembly.Exception(new WebAssembly.Tag({ parameters: ["i32"] }), 5));
  out.jsExceptionNoNew = await t(() => WebAssembly.Exception(new WebAssembly.Tag({ parameters: [] }), []));
  out.jsTagBadParam = await t(() => new WebAssembly.Tag({ parameters: ["x"] }));
  out.jsTagNoParams = await t(() => new WebAssembly.Tag({}));
  out.jsExceptionProto = Object.getOwnPropertyNames(WebAssembly.Exception.prototype).sort();
  out.moduleToString = [String(num), String(new WebAssembly.Instance(num).exports.a).replace(/\\s+/g, " ")];`),
];

round3.push(wCase("htmlwasm-memory-with-web-apis", "web APIs over views of a wasm memory (what wasm-bindgen and Emscripten glue does): TextEncoder.encodeInto, TextDecoder, crypto, Response bodies, structuredClone, Blob, copyWithin, DataView", `
  const x = new WebAssembly.Instance(bigmem).exports;
  const u8 = () => new Uint8Array(x.mem.buffer);
  out.encodeInto = await t(() => { const r = new TextEncoder().encodeInto("héllo €", u8().subarray(100, 120)); return [r, [...u8().subarray(100, 111)]]; });
  out.encodeIntoShort = await t(() => new TextEncoder().encodeInto("abcdef", u8().subarray(200, 203)));
  out.decode = await t(() => new TextDecoder("utf-8", { ignoreBOM: true, fatal: true }).decode(u8().subarray(100, 110)));
  out.decodeFatal = await t(() => { u8()[300] = 0xff; return new TextDecoder("utf-8", { fatal: true }).decode(u8().subarray(300, 301)); });
  out.decodeBuffer = await t(() => new TextDecoder().decode(x.mem.buffer).length);
  out.decodeStream = await t(() => { const d = new TextDecoder(); return d.decode(u8().subarray(100, 102), { stream: true }) + d.decode(u8().subarray(102, 110)); });
  out.random = await t(() => { const v = u8().subarray(400, 432); crypto.getRandomValues(v); return v.some((b) => b !== 0); });
  out.randomUuid = typeof crypto.randomUUID();
  out.digest = await t(async () => hex(await crypto.subtle.digest("SHA-256", u8().subarray(100, 110))));
  out.response = await t(() => new Response(u8().subarray(100, 110)).text());
  out.responseBuffer = await t(async () => (await new Response(x.mem.buffer).arrayBuffer()).byteLength);
  out.blob = await t(() => new Blob([u8().subarray(100, 105), "!"]).text());
  out.clone = await t(() => { const c = structuredClone(u8().subarray(100, 104)); return [c.length, c.buffer.byteLength, [...c]]; });
  out.cloneBuffer = await t(() => structuredClone(x.mem.buffer).byteLength);
  out.set = await t(() => { u8().set([1, 2, 3], 500); u8().copyWithin(510, 500, 503); return [...u8().subarray(500, 513)]; });
  out.dataView = await t(() => { const dv = new DataView(x.mem.buffer); dv.setFloat64(600, 1.5, true); dv.setBigInt64(608, -1n, true); return [dv.getFloat64(600, true), String(dv.getBigUint64(608, true)), dv.getUint16(600, false)]; });
  out.sliceIsCopy = await t(() => { const sl = x.mem.buffer.slice(100, 104); u8()[100] = 0; return [sl.byteLength, new Uint8Array(sl)[0], Object.prototype.toString.call(sl)]; });
  out.btoa = await t(() => btoa(String.fromCharCode(...u8().subarray(100, 105))));
  out.float32 = await t(() => { const f = new Float32Array(x.mem.buffer, 700, 2); f[0] = 0.1; return [f[0], f.length, new Float32Array(x.mem.buffer).length]; });
  out.bigint64 = await t(() => { const b = new BigInt64Array(x.mem.buffer, 800, 1); b[0] = -5n; return String(b[0]); });
  out.misaligned = await t(() => new Uint32Array(x.mem.buffer, 3, 1));
  out.arrayFrom = await t(() => Array.from(u8().subarray(500, 503)));
  out.kvLikeJson = await t(() => JSON.stringify(u8().subarray(500, 503)));
  out.compare = await t(() => { const a = u8().subarray(500, 503); return [a.indexOf(2), a.includes(3), a.join("-"), a.reverse === Uint8Array.prototype.reverse]; });`));

// proposals whose binaries stay below 0x80: which ones workerd's V8 compiles
const featureWasm = (name, wat) => { const bytes = [...wabt.parseWat(name, wat, { memory64: true, multi_memory: true, tail_call: true, extended_const: true, mutable_globals: true }).toBinary({}).buffer]; if (bytes.some((b) => b >= 128)) throw new Error(name); return String.fromCharCode(...bytes); };
const features = {
  mem64: [`(module (memory (export "m") i64 1 2) (func (export "size") (result i64) memory.size) (func (export "load") (param i64) (result i32) local.get 0 i32.load8_u))`, `const x = new WebAssembly.Instance(mod).exports; out.size = String(x.size()); out.load = await t(() => x.load(5n)); out.loadNumber = await t(() => x.load(5)); out.loadOob = await t(() => x.load(70000n)); out.memType = [x.m.buffer.byteLength, typeof x.m.grow(0n), String(x.m.grow(1n))]; out.growNumber = await t(() => x.m.grow(0)); out.desc = WebAssembly.Module.exports(mod);`],
  multimem: [`(module (memory (export "a") 1) (memory (export "b") 1) (func (export "f") (result i32) i32.const 0 i32.load8_u 1))`, `const x = new WebAssembly.Instance(mod).exports; new Uint8Array(x.b.buffer)[0] = 7; out.f = x.f(); out.same = x.a === x.b;`],
  tail: [`(module (func $g (param i32) (result i32) local.get 0) (func (export "f") (param i32) (result i32) local.get 0 return_call $g))`, `out.f = new WebAssembly.Instance(mod).exports.f(5);`],
  extconst: [`(module (import "e" "g" (global $g i32)) (global (export "h") i32 (i32.add (global.get $g) (i32.const 5))))`, `out.h = new WebAssembly.Instance(mod, { e: { g: 3 } }).exports.h.value;`],
};
for (const [n, [wat, body]] of Object.entries(features)) {
  round3.push(pathsCase("htmlwasm-feature-" + n, "a module using the " + n + " proposal: compiled and run as in workerd", `
import mod from "./f.wasm";
export default { async fetch(req) { const out = {}; ${body} return Response.json(out); } };`, [{ type: "CompiledWasm", path: "f.wasm", contents: featureWasm(n, wat) }]));
}
export default [...round1, ...round3];
