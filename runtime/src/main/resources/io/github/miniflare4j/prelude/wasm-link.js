// Linking a WebAssembly module's imports as V8 does (see wasm-reshape.js): the import section is
// read from the module's bytes, and the import object checked in V8's order and words before
// GraalWasm links it. Loaded only in Contexts that have GraalJS's WebAssembly.

// @exports moduleReader, readImports, checkImports, readDataSegments, readExportedTableElements

const VALUE_TYPES = { 0x7f: "i32", 0x7e: "i64", 0x7d: "f32", 0x7c: "f64", 0x7b: "v128", 0x70: "funcref", 0x6f: "externref" };

/** A reader of a module binary (a Uint8Array) from its first section on; reads throw at its end. */
function moduleReader(bytes) {
  const r = { at: 8 };
  r.byte = () => {
    if (r.at >= bytes.length) throw new RangeError("end of module");
    return bytes[r.at++];
  };
  r.u32 = () => {
    let result = 0, shift = 0, b;
    do { b = r.byte(); result += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    return result;
  };
  r.s32 = () => {
    let result = 0, shift = 0, b;
    do { b = r.byte(); result += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    return shift < 32 && (b & 0x40) ? result - 2 ** shift : result | 0;
  };
  r.name = () => {
    const length = r.u32();
    const text = new TextDecoder().decode(bytes.subarray(r.at, r.at + length));
    r.at += length;
    return text;
  };
  r.limits = () => {
    const flags = r.byte();
    const min = r.u32();
    return { min, max: flags & 1 ? r.u32() : undefined, shared: (flags & 2) !== 0 };
  };
  r.done = () => r.at >= bytes.length;
  return r;
}

/**
 * The imports of a module binary (a Uint8Array), in order: { module, name, kind, ... } with
 * `min`/`max` (max undefined when none) for tables and memories, `type`/`mutable` for globals
 * and `results` (how many values the function returns) for functions.
 * Returns null when the bytes cannot be read (the caller then leaves the checks to the engine).
 */
function readImports(bytes) {
  const r = moduleReader(bytes);
  const { byte, u32, name, limits } = r;
  const resultCounts = [];
  try {
    while (!r.done()) {
      const id = byte();
      const size = u32();
      if (id === 1) {
        // the type section: functype = 0x60 params results
        const end = r.at + size;
        for (let count = u32(); count > 0 && r.at < end; count--) {
          if (byte() !== 0x60) break;
          const params = u32();
          r.at += params;
          const results = u32();
          r.at += results;
          resultCounts.push(results);
        }
        r.at = end;
        continue;
      }
      if (id !== 2) { r.at += size; continue; }
      const imports = [];
      for (let count = u32(); count > 0; count--) {
        const entry = { module: name(), name: name() };
        const kind = byte();
        if (kind === 0) {
          const typeIndex = u32();
          Object.assign(entry, { kind: "function", typeIndex, results: resultCounts[typeIndex] ?? 0 });
        }
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
 * a wasm function's signature) are left to the engine. Returns the import values, each read
 * once (V8 reads every import once).
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
  return values;
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

/**
 * The active data segments of a module binary that write memory 0, for V8's message when one
 * does not fit: { memoryPages (the module's own memory's initial pages, null when it imports
 * its memory), segments: [{ index, offset, length }] } where offset is { value } for an
 * i32.const and { global } (the global's index) for a global.get. Null when the bytes cannot be
 * read or an offset has another form.
 */
function readDataSegments(bytes) {
  const r = moduleReader(bytes);
  const { byte, u32 } = r;
  let memoryPages = null;
  try {
    while (!r.done()) {
      const id = byte();
      const size = u32();
      if (id === 5) {
        const end = r.at + size;
        if (u32() > 0) memoryPages = r.limits().min;
        r.at = end;
        continue;
      }
      if (id !== 11) { r.at += size; continue; }
      const segments = [];
      for (let count = u32(), index = 0; index < count; index++) {
        const flags = u32();
        if (flags === 1) { const length = u32(); r.at += length; continue; }
        if (flags === 2 && u32() !== 0) return null;
        if (flags !== 0 && flags !== 2) return null;
        const op = byte();
        const offset = op === 0x41 ? { value: r.s32() >>> 0 } : op === 0x23 ? { global: u32() } : null;
        if (offset === null || byte() !== 0x0b) return null;
        const length = u32();
        r.at += length;
        segments.push({ index, offset, length });
      }
      return { memoryPages, segments };
    }
    return { memoryPages, segments: [] };
  } catch {
    return null;
  }
}

/**
 * The element type ("funcref", "externref") of each table a module binary exports, by export
 * name; null when the bytes cannot be read.
 */
function readExportedTableElements(bytes) {
  const imports = readImports(bytes);
  if (imports === null) return null;
  const elements = imports.filter((imp) => imp.kind === "table").map((imp) => imp.element);
  const r = moduleReader(bytes);
  const { byte, u32 } = r;
  const exported = {};
  try {
    while (!r.done()) {
      const id = byte();
      const size = u32();
      const end = r.at + size;
      if (id === 4) {
        for (let count = u32(); count > 0; count--) {
          elements.push(VALUE_TYPES[byte()]);
          r.limits();
        }
      } else if (id === 7) {
        for (let count = u32(); count > 0; count--) {
          const name = r.name();
          const kind = byte();
          const index = u32();
          if (kind === 1) exported[name] = elements[index];
        }
        return exported;
      }
      r.at = end;
    }
    return exported;
  } catch {
    return null;
  }
}
