// Linking a WebAssembly module's imports as V8 does (see wasm-reshape.js): the import section is
// read from the module's bytes, and the import object checked in V8's order and words before
// GraalWasm links it. Loaded only in Contexts that have GraalJS's WebAssembly.

// @exports readImports, checkImports

const VALUE_TYPES = { 0x7f: "i32", 0x7e: "i64", 0x7d: "f32", 0x7c: "f64", 0x7b: "v128", 0x70: "funcref", 0x6f: "externref" };

/**
 * The imports of a module binary (a Uint8Array), in order: { module, name, kind, ... } with
 * `min`/`max` (max undefined when none) for tables and memories and `type`/`mutable` for globals.
 * Returns null when the bytes cannot be read (the caller then leaves the checks to the engine).
 */
function readImports(bytes) {
  let at = 8;
  const byte = () => {
    if (at >= bytes.length) throw new RangeError("end of module");
    return bytes[at++];
  };
  const u32 = () => {
    let result = 0, shift = 0, b;
    do { b = byte(); result += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    return result;
  };
  const name = () => {
    const length = u32();
    const text = new TextDecoder().decode(bytes.subarray(at, at + length));
    at += length;
    return text;
  };
  const limits = () => {
    const flags = byte();
    const min = u32();
    return { min, max: flags & 1 ? u32() : undefined, shared: (flags & 2) !== 0 };
  };
  try {
    while (at < bytes.length) {
      const id = byte();
      const size = u32();
      if (id !== 2) { at += size; continue; }
      const imports = [];
      for (let count = u32(); count > 0; count--) {
        const entry = { module: name(), name: name() };
        const kind = byte();
        if (kind === 0) Object.assign(entry, { kind: "function", typeIndex: u32() });
        else if (kind === 1) Object.assign(entry, { kind: "table", element: VALUE_TYPES[byte()] }, limits());
        else if (kind === 2) Object.assign(entry, { kind: "memory" }, limits());
        else if (kind === 3) Object.assign(entry, { kind: "global", type: VALUE_TYPES[byte()], mutable: byte() === 1 });
        else if (kind === 4) Object.assign(entry, { kind: "tag", attribute: byte(), typeIndex: u32() });
        else return null;
        imports.push(entry);
      }
      return imports;
    }
    return [];
  } catch {
    return null;
  }
}

/**
 * Checks `importObject` against `imports` (readImports) as V8 instantiates: every import's
 * namespace is looked up first, in order; then the memories; then the functions, tables and
 * globals in order. `api` prefixes the messages; `facts` tells what JavaScript cannot see of
 * an object: `memoryMaximum(memory)` (undefined: none, null: unknown), `isGlobal`, `isMemory`,
 * `isTable`, `LinkError`. Checks that need what only the engine knows (a global object's type,
 * a wasm function's signature) are left to the engine.
 */
function checkImports(imports, importObject, api, facts) {
  const values = imports.map((imp, index) => {
    const namespace = importObject[imp.module];
    if (namespace === null || (typeof namespace !== "object" && typeof namespace !== "function")) {
      throw new TypeError(`${api}: Import #${index} "${imp.module}": module is not an object or function`);
    }
    return namespace[imp.name];
  });
  const where = (index) => `${api}: Import #${index} "${imports[index].module}" "${imports[index].name}"`;
  imports.forEach((imp, index) => {
    if (imp.kind === "memory") checkMemory(imp, values[index], where(index), facts);
  });
  imports.forEach((imp, index) => {
    const value = values[index];
    switch (imp.kind) {
      case "function":
        if (typeof value !== "function") throw new facts.LinkError(`${where(index)}: function import requires a callable`);
        break;
      case "table":
        if (!facts.isTable(value)) throw new facts.LinkError(`${where(index)}: table import requires a WebAssembly.Table`);
        if (value.length < imp.min) {
          throw new facts.LinkError(`${api}: table import ${index} is smaller than initial ${imp.min}, got ${value.length}`);
        }
        break;
      case "global":
        checkGlobal(imp, value, where(index), facts);
        break;
    }
  });
}

function checkMemory(imp, memory, where, facts) {
  if (!facts.isMemory(memory)) throw new facts.LinkError(`${where}: memory import must be a WebAssembly.Memory object`);
  const pages = memory.buffer.byteLength / 65536;
  if (pages < imp.min) {
    throw new facts.LinkError(`${where}: memory import has ${pages} pages which is smaller than the declared initial of ${imp.min}`);
  }
  if (imp.max === undefined) return;
  const maximum = facts.memoryMaximum(memory);
  if (maximum === undefined) throw new facts.LinkError(`${where}: memory import has no maximum limit, expected at most 4294967295`);
  if (maximum !== null && maximum > imp.max) {
    throw new facts.LinkError(`${where}: memory import has a larger maximum size ${maximum} than the module's declared maximum ${imp.max}`);
  }
}

function checkGlobal(imp, value, where, facts) {
  if (facts.isGlobal(value)) return;
  if (imp.mutable) throw new facts.LinkError(`${where}: imported mutable global must be a WebAssembly.Global object`);
  if (imp.type === "funcref" || imp.type === "externref") return;
  if (typeof value === "number" && imp.type !== "i64") return;
  if (typeof value === "bigint" && imp.type === "i64") return;
  throw new facts.LinkError(`${where}: global import must be a number, valid Wasm reference, or WebAssembly.Global object`);
}
