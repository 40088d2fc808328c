// Re-record: copy the oracle's defs/_h.mjs and this file into a folder D with wabt installed there (npm install wabt@1.0.39), then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs rpcwasm2-wasm-validate. Left out: modules using tail calls, exception handling, memory64 or threads, which workerd validates and GraalWasm refuses.
import wabtInit from "wabt";
import { CD, PRELUDE, get } from "./_h.mjs";
const wabt = await wabtInit();
const ALL = { exceptions: true, mutable_globals: true, sat_float_to_int: true, sign_extension: true, simd: true, threads: true, function_references: false, multi_value: true, tail_call: true, bulk_memory: true, reference_types: true, annotations: false, code_metadata: false, gc: false, memory64: true, extended_const: true, relaxed_simd: true, multi_memory: true };
const bin = (wat) => [...wabt.parseWat("m.wat", wat, ALL).toBinary({}).buffer];
const mods = {
  empty: bin(`(module)`),
  simd: bin(`(module (func (export "f") (result v128) v128.const i32x4 1 2 3 4))`),
  simdOps: bin(`(module (func (export "f") (param v128 v128) (result v128) local.get 0 local.get 1 i32x4.add))`),
  relaxedSimd: bin(`(module (func (export "f") (param v128 v128) (result v128) local.get 0 local.get 1 i8x16.relaxed_swizzle))`),
  satTrunc: bin(`(module (func (export "f") (param f64) (result i32) local.get 0 i32.trunc_sat_f64_s))`),
  signExt: bin(`(module (func (export "f") (param i32) (result i32) local.get 0 i32.extend8_s))`),
  bulk: bin(`(module (memory 1) (func (export "f") i32.const 0 i32.const 0 i32.const 1 memory.fill))`),
  passiveData: bin(`(module (memory 1) (data "ab") (func (export "f") i32.const 0 i32.const 0 i32.const 2 memory.init 0 data.drop 0))`),
  refTypes: bin(`(module (table 1 externref) (func (export "f") (param externref) i32.const 0 local.get 0 table.set 0))`),
  multiValue: bin(`(module (func (export "f") (result i32 i32) i32.const 1 i32.const 2))`),
  multiMemory: bin(`(module (memory 1) (memory 1) (func (export "f") (result i32) i32.const 0 i32.load 1))`),
  extendedConst: bin(`(module (global i32 (i32.add (i32.const 1) (i32.const 2))))`),
  mutableGlobalImport: bin(`(module (import "e" "g" (global (mut i32))))`),
  bigLocals: bin(`(module (func (export "f") (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))`),
};
const invalid = {
  typeMismatch: [0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 10, 4, 1, 2, 0, 11],
  badMagic: [0, 97, 115, 110, 1, 0, 0, 0],
  badVersion: [0, 97, 115, 109, 2, 0, 0, 0],
  truncated: [0, 97, 115, 109, 1, 0],
  unknownOpcode: [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 5, 1, 3, 0, 0xff, 11],
  sectionOrder: [0, 97, 115, 109, 1, 0, 0, 0, 3, 2, 1, 0, 1, 4, 1, 96, 0, 0, 10, 4, 1, 2, 0, 11],
  trailingBytes: [0, 97, 115, 109, 1, 0, 0, 0, 1],
  emptyBytes: [],
};
export default [
  {
    name: "rpcwasm2-wasm-validate-features", area: "wasm",
    description: "WebAssembly.validate on modules using each post-MVP feature (SIMD, relaxed SIMD, exceptions, tail calls, memory64, threads, multi-memory, ...) and on malformed bytes; compile() and new Module() refusals for them",
    options: { modules: true, compatibilityDate: CD, script: `${PRELUDE}
export default { async fetch(req, env, ctx) {
  const out = { valid: {}, invalid: {} };
  const mods = ${JSON.stringify(mods)};
  const invalid = ${JSON.stringify(invalid)};
  for (const [k, v] of Object.entries(mods)) out.valid[k] = await t(() => WebAssembly.validate(new Uint8Array(v)));
  for (const [k, v] of Object.entries(invalid)) out.invalid[k] = await t(() => WebAssembly.validate(new Uint8Array(v)));
  out.moduleInvalid = await t(() => new WebAssembly.Module(new Uint8Array(invalid.badMagic)));
  out.compileInvalid = await t(() => WebAssembly.compile(new Uint8Array(invalid.badMagic)));
  out.instantiateInvalid = await t(() => WebAssembly.instantiate(new Uint8Array(invalid.typeMismatch)));
  out.moduleValid = await t(() => new WebAssembly.Module(new Uint8Array(mods.empty)));
  out.compileValid = await t(() => WebAssembly.compile(new Uint8Array(mods.simd).buffer));
  out.validateShared = await t(() => WebAssembly.validate(new Uint8Array(new SharedArrayBuffer(8))));
  out.validateDetached = await t(() => { const b = new Uint8Array(mods.empty).buffer; structuredClone(b, { transfer: [b] }); return WebAssembly.validate(b); });
  out.validateBigInt64 = await t(() => WebAssembly.validate(new BigInt64Array(1)));
  return Response.json(out);
} };` },
    steps: [get("/")],
  },
];
