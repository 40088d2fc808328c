// Which instructions a trap may have come from (see wasm-reshape.js): GraalWasm reports an integer
// division by zero and a remainder by zero with one message, and a signed division overflow and a
// float-to-integer conversion out of range with another, where V8 names each. The instructions a
// call can reach are read from the module's code. Loaded only when such a trap happens.

// @exports trapOpcodes

const DIVISIONS = [0x6d, 0x6e, 0x7f, 0x80]; // i32/i64 div_s, div_u
const REMAINDERS = [0x6f, 0x70, 0x81, 0x82]; // i32/i64 rem_s, rem_u
const SIGNED_DIVISIONS = [0x6d, 0x7f]; // the ones that overflow
const TRUNCATIONS = [0xa8, 0xa9, 0xaa, 0xab, 0xae, 0xaf, 0xb0, 0xb1]; // i32/i64 trunc_f32/f64_s/u

/**
 * The trapping opcodes (of DIVISIONS, REMAINDERS, TRUNCATIONS) a call of the function the module
 * exports as `exportName` (or of its start function when null) can execute, following direct calls (an indirect call may reach every
 * function), as { division, remainder, signedDivision, truncation } booleans; null when the code
 * cannot be read.
 */
function trapOpcodes(bytes, exportName) {
  if (!bodiesOf.has(bytes)) bodiesOf.set(bytes, readFunctionBodies(bytes));
  const bodies = bodiesOf.get(bytes);
  const functionIndex = exportName === null ? bodies?.start : bodies?.exports.get(exportName);
  if (functionIndex === undefined) return null;
  const { importedFunctions, functions } = bodies;
  const reached = new Set();
  const pending = [functionIndex - importedFunctions];
  let opcodes = new Set();
  while (pending.length > 0) {
    const index = pending.pop();
    if (reached.has(index) || index < 0 || index >= functions.length) continue;
    reached.add(index);
    const body = functions[index];
    if (body.indirect) {
      // any function of the module may be the callee
      opcodes = new Set(functions.flatMap((f) => [...f.opcodes]));
      break;
    }
    for (const op of body.opcodes) opcodes.add(op);
    for (const callee of body.callees) pending.push(callee - importedFunctions);
  }
  const any = (list) => list.some((op) => opcodes.has(op));
  return { division: any(DIVISIONS), remainder: any(REMAINDERS), signedDivision: any(SIGNED_DIVISIONS), truncation: any(TRUNCATIONS) };
}

/** Each module's bodies as readFunctionBodies read them, once per module. */
const bodiesOf = new WeakMap();
const WATCHED = new Set([...DIVISIONS, ...REMAINDERS, ...TRUNCATIONS]);

/**
 * The module's exported functions (name to function index), start function index (undefined when
 * none) and defined functions as { opcodes,
 * callees, indirect }, or null when unreadable.
 */
function readFunctionBodies(bytes) {
  const r = lazyModule("wasm-link.js").moduleReader(bytes);
  const { byte, u32 } = r;
  let importedFunctions = 0;
  const exports = new Map();
  let start;
  try {
    while (!r.done()) {
      const id = byte();
      const size = u32();
      const end = r.at + size;
      if (id === 2) {
        for (let count = u32(); count > 0; count--) {
          r.name();
          r.name();
          const kind = byte();
          if (kind === 0) { u32(); importedFunctions++; }
          else if (kind === 1) { valueType(r); r.limits(); }
          else if (kind === 2) r.limits();
          else if (kind === 3) { valueType(r); byte(); }
          else if (kind === 4) { byte(); u32(); }
          else return null;
        }
      } else if (id === 7) {
        for (let count = u32(); count > 0; count--) {
          const name = r.name();
          const kind = byte();
          const index = u32();
          if (kind === 0) exports.set(name, index);
        }
      } else if (id === 8) {
        start = u32();
      } else if (id === 10) {
        const functions = [];
        for (let count = u32(); count > 0; count--) {
          const bodyEnd = u32() + r.at;
          const body = { opcodes: new Set(), callees: [], indirect: false };
          for (let groups = u32(); groups > 0; groups--) { u32(); valueType(r); }
          while (r.at < bodyEnd) {
            if (!instruction(r, body)) return null;
          }
          functions.push(body);
        }
        return { importedFunctions, exports, start, functions };
      }
      r.at = end;
    }
  } catch {
    return null;
  }
  return { importedFunctions, exports, start, functions: [] };
}

/** Skips a value type (a reference type with a heap type is longer than one byte). */
function valueType(r) {
  const type = r.byte();
  if (type === 0x63 || type === 0x64) r.s32();
}

/** Skips a block type: empty, a value type or a type index. */
function blockType(r) {
  const first = r.byte();
  if (first === 0x63 || first === 0x64) r.s32();
  else if (first & 0x80) { r.at--; r.s32(); }
}

/** Skips a memory argument (alignment, with a memory index when its bit 6 says so, and offset). */
function memarg(r) {
  const align = r.u32();
  if (align & 0x40) r.u32();
  r.u32();
}

/** Reads one instruction into `body`; false for one this reader does not know. */
function instruction(r, body) {
  const op = r.byte();
  if (WATCHED.has(op)) { body.opcodes.add(op); return true; }
  if ((op >= 0x45 && op <= 0xc4) || [0x00, 0x01, 0x05, 0x0a, 0x0b, 0x0f, 0x19, 0x1a, 0x1b, 0xd1, 0xd3, 0xd4].includes(op)) return true;
  switch (op) {
    case 0x02: case 0x03: case 0x04: case 0x06: blockType(r); return true;
    case 0x07: case 0x08: case 0x09: case 0x0c: case 0x0d: case 0x18: case 0xd5: case 0xd6:
    case 0x20: case 0x21: case 0x22: case 0x23: case 0x24: case 0x25: case 0x26: case 0x3f: case 0x40: case 0xd2:
      r.u32(); return true;
    case 0x0e: for (let n = r.u32(); n > 0; n--) r.u32(); r.u32(); return true;
    case 0x10: case 0x12: body.callees.push(r.u32()); return true;
    case 0x11: case 0x13: r.u32(); r.u32(); body.indirect = true; return true;
    case 0x14: case 0x15: r.u32(); body.indirect = true; return true;
    case 0x1c: for (let n = r.u32(); n > 0; n--) valueType(r); return true;
    case 0x1f:
      blockType(r);
      for (let n = r.u32(); n > 0; n--) { const kind = r.byte(); if (kind < 2) r.u32(); r.u32(); }
      return true;
    case 0x41: case 0x42: case 0xd0: r.s32(); return true;
    case 0x43: r.at += 4; return true;
    case 0x44: r.at += 8; return true;
    case 0xfc: return miscInstruction(r, r.u32());
    case 0xfd: return vectorInstruction(r, r.u32());
    case 0xfe: { const sub = r.u32(); if (sub === 3) r.byte(); else memarg(r); return true; }
    default:
      if (op >= 0x28 && op <= 0x3e) { memarg(r); return true; }
      return false;
  }
}

/** The 0xfc instructions: saturating truncations, bulk memory and tables. */
function miscInstruction(r, sub) {
  if (sub <= 7) return true;
  const immediates = { 8: 2, 9: 1, 10: 2, 11: 1, 12: 2, 13: 1, 14: 2, 15: 1, 16: 1, 17: 1 }[sub];
  if (immediates === undefined) return false;
  for (let i = 0; i < immediates; i++) r.u32();
  return true;
}

/** The 0xfd (SIMD) instructions. */
function vectorInstruction(r, sub) {
  if (sub <= 11 || sub === 92 || sub === 93) memarg(r);
  else if (sub === 12 || sub === 13) r.at += 16;
  else if (sub >= 21 && sub <= 34) r.at += 1;
  else if (sub >= 84 && sub <= 91) { memarg(r); r.at += 1; }
  return true;
}
