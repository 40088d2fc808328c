// WebAssembly reshaped into what workerd shows (see wasm.js): loaded only in Contexts that have
// GraalJS's WebAssembly.

// @exports reshapeWebAssembly

/** Reshapes GraalJS's WebAssembly namespace `W`; `moduleBytes` maps compiled modules to their bytes. */
function reshapeWebAssembly(W, moduleBytes) {
  const { Module: NModule, Instance: NInstance, Memory: NMemory, Table: NTable, Global: NGlobal, CompileError, LinkError, RuntimeError } = W;
  const define = (target, name, value) => Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
  const disallowed = (api) => new CompileError(`${api}: Wasm code generation disallowed by embedder`);

  // V8's wording for what GraalWasm says differently
  /**
   * V8's message for a trap GraalWasm reports with `m`, or null when `m` is no trap. GraalWasm
   * words a remainder by zero as a division by zero, and a float-to-integer conversion out of range
   * as a division overflow: `opcodes` (what wasm-traps.js says the trapping call can execute, or
   * null) tells them apart when the call can only have done one of the two.
   */
  function trapMessage(m, opcodes = null) {
    if (m === "unreachable") return m;
    if (m === "integer divide by zero") return opcodes?.remainder && !opcodes.division ? "remainder by zero" : "divide by zero";
    if (m === "integer overflow") {
      return opcodes?.truncation && !opcodes.signedDivision ? "float unrepresentable in integer range" : "divide result unrepresentable";
    }
    if (m === "invalid conversion to integer") return "float unrepresentable in integer range";
    if (m === "out of bounds memory access") return "memory access out of bounds";
    if (m === "out of bounds table access") return "table index is out of bounds";
    if (m === "unaligned atomic" || /^\d+-byte atomic memory access at address .* is unaligned\.$/.test(m)) return "operation does not support unaligned accesses";
    // workerd refuses to block (on a shared memory too); GraalWasm refuses an unshared one
    if (m === "Atomic wait operator can only be used on shared memories.") return "Atomics.wait cannot be called in this context";
    if (/memory access at address .* is out-of-bounds/.test(m)) return "memory access out of bounds";
    if (/types differ in the indirect call\.$/.test(m)) return "function signature mismatch";
    if (/^Table element at index \d+ is uninitialized\.$/.test(m)) return "null function";
    if (/^Element index '.*' out of table bounds\.$/.test(m)) return "table index is out of bounds";
    return null;
  }
  /** What the exported function `fn` (of a module whose bytes are known) can trap on, or null. */
  function trapOpcodesOf(fn) {
    const origin = fn === undefined ? undefined : exportOrigin.get(fn);
    const bytes = origin && moduleBytes?.get(origin.module);
    return bytes ? lazyModule("wasm-traps.js").trapOpcodes(bytes, origin.name) : null;
  }
  function v8Message(e, api, args, fn) {
    const m = String(e?.message ?? "");
    if (e instanceof RuntimeError) {
      const ambiguous = m === "integer divide by zero" || m === "integer overflow";
      return trapMessage(m, ambiguous ? trapOpcodesOf(fn) : null) ?? m;
    }
    // GraalJS ends its BigInt conversion messages with a period, and GraalWasm may prefix the name
    if ((e instanceof TypeError || e instanceof SyntaxError) && /^(TypeError: )?Cannot convert /.test(m)) {
      return m.replace(/^TypeError: /, "").replace(/\.$/, "");
    }
    if (m.endsWith("Property 'maximum' is required for shared memory")) {
      return m.replace("Property 'maximum' is required for shared memory", "If shared is true, maximum property should be defined.");
    }
    if (m.endsWith("Descriptor property 'element' must be 'anyfunc' or 'externref'")) {
      return m.replace("must be 'anyfunc' or 'externref'", "must be a WebAssembly reference type");
    }
    // GraalJS names its conversion node where V8 names the argument of a method
    if (/NodeGen@\w+ must be /.test(m) && !api.endsWith("()")) return m;
    if (/NodeGen@\w+ must be /.test(m)) return m.replace(/^.*NodeGen@\w+/, `${api}: Argument 0`);
    if (m === "value is not an exported function" && api === "WebAssembly.Global()") {
      return `${api}: function-typed object must be null (if nullable) or a Wasm function object`;
    }
    if (m === "Cannot grow memory above max limit") return `${api}: Maximum memory size exceeded`;
    if (m === "Cannot grow table above max limit") return `${api}: failed to grow table by ${args?.[0]}`;
    if (/^set WebAssembly\.Global\.value: Can't set the value of an immutable global$/.test(m)) return "set WebAssembly.Global.value): Can't set the value of an immutable global.";
    if (/must be a WebAssembly type \(.*\)$/.test(m)) return m.replace(/ \(.*\)$/, "");
    if (m.endsWith("Descriptor property 'value' must not be v128")) {
      return m.replace("Descriptor property 'value' must not be v128", "A global of type 'v128' cannot be created in JavaScript");
    }
    return m;
  }
  /** `fn` is the exported function whose call failed, `startModule` the module being instantiated, if any. */
  function fixed(e, api, args = undefined, fn = undefined, startModule = undefined) {
    // V8 overflows a deep wasm recursion like a JavaScript one
    if (e instanceof RuntimeError && e.message === "call stack exhausted") return new RangeError("Maximum call stack size exceeded");
    // a trap in a start function fails the instantiation with the trap, not a LinkError
    if (e instanceof LinkError && trapMessage(e.message) !== null) {
      const bytes = startModule && moduleBytes?.get(startModule);
      return new RuntimeError(trapMessage(e.message, bytes ? lazyModule("wasm-traps.js").trapOpcodes(bytes, null) : null));
    }
    if (e instanceof Error) {
      const message = v8Message(e, api, args, fn);
      if (message !== e.message) {
        try { e.message = message; } catch { /* frozen: keep GraalWasm's words */ }
      }
    }
    return e;
  }

  // Exported functions: wrapped once each (so identity holds), traps reworded, and printed as
  // the native functions they stand for (Function.prototype.toString answers from nativeText)
  const nativeText = new WeakMap();
  const functionToString = Function.prototype.toString;
  const toString = {
    toString() {
      const text = typeof this === "function" ? nativeText.get(this) : undefined;
      return text ?? Reflect.apply(functionToString, this, []);
    },
  }.toString;
  nativeText.set(toString, "function toString() { [native code] }");
  define(Function.prototype, "toString", toString);
  const wrapperOf = new WeakMap();
  /** The module and export name of each exported function, from the first instance exporting it. */
  const exportOrigin = new WeakMap();
  const nativeOf = new WeakMap();
  function wrapFunction(fn) {
    if (typeof fn !== "function") return fn;
    if (nativeOf.has(fn)) return fn;
    let wrapper = wrapperOf.get(fn);
    if (wrapper) return wrapper;
    // a method: like V8's exported functions, no constructor and no prototype
    wrapper = {
      [fn.name]() {
        try {
          return wrapFunction(Reflect.apply(fn, this, arguments));
        } catch (e) {
          throw fixed(e, "", undefined, fn);
        }
      },
    }[fn.name];
    Object.defineProperty(wrapper, "length", { value: fn.length, configurable: true });
    nativeText.set(wrapper, `function ${fn.name}() { [native code] }`);
    wrapperOf.set(fn, wrapper);
    nativeOf.set(wrapper, fn);
    return wrapper;
  }
  const unwrap = (value) => (typeof value === "function" && nativeOf.get(value)) || value;
  const isModule = (value) => value instanceof NModule;
  // V8 takes an ArrayBuffer or a typed array, not a DataView
  const isBufferSource = (value) => (ArrayBuffer.isView(value) && !(value instanceof DataView)) || value instanceof ArrayBuffer
    || (typeof SharedArrayBuffer === "function" && value instanceof SharedArrayBuffer);

  // new WebAssembly.Module(bytes) compiles at run time: refused, as in workerd
  const Module = function Module() {
    if (!new.target) throw new TypeError("WebAssembly.Module(): WebAssembly.Module must be invoked with 'new'");
    throw disallowed("WebAssembly.Module()");
  };
  Module.prototype = NModule.prototype;
  define(NModule.prototype, "constructor", Module);
  for (const name of ["exports", "imports", "customSections"]) {
    const native = NModule[name];
    define(Module, name, {
      [name](module, ...rest) {
        if (!isModule(module)) throw new TypeError(`WebAssembly.Module.${name}(): Argument 0 must be a WebAssembly.Module`);
        return Reflect.apply(native, NModule, [module, ...rest]);
      },
    }[name]);
  }

  /** The imports of a compiled module as wasm-link.js reads them (null when its bytes are unknown). */
  const importsOf = new WeakMap();
  function moduleImports(module) {
    if (!importsOf.has(module)) {
      const bytes = moduleBytes?.get(module);
      importsOf.set(module, bytes ? lazyModule("wasm-link.js").readImports(bytes) : null);
    }
    return importsOf.get(module);
  }
  // what the link checks cannot see of the objects themselves
  const memoryMaximums = new WeakMap();
  const tableElements = new WeakMap();
  const linkFacts = {
    LinkError,
    isMemory: (value) => value instanceof NMemory,
    isTable: (value) => value instanceof NTable,
    isGlobal: (value) => value instanceof NGlobal,
    memoryMaximum: (memory) => (memoryMaximums.has(memory) ? memoryMaximums.get(memory) : null),
  };

  /** V8's checks of an import object against a module's imports, then the imports unwrapped. */
  function linkImports(module, importObject, api) {
    const wanted = NModule.imports(module);
    if (importObject !== undefined && (importObject === null || (typeof importObject !== "object" && typeof importObject !== "function"))) {
      throw new TypeError(`${api}: Argument 1 must be an object`);
    }
    if (wanted.length === 0 && importObject === undefined) return undefined;
    if (importObject === undefined) throw new TypeError(`${api}: Imports argument must be present and must be an object`);
    const described = moduleImports(module);
    // each import is read once, as V8 does (getters and proxies see one read)
    const values = described ? lazyModule("wasm-link.js").checkImports(described, importObject, api, linkFacts) : null;
    const linked = {};
    wanted.forEach((imp, index) => {
      const where = `${api}: Import #${index} "${imp.module}"`;
      let value;
      if (values) {
        value = values[index];
      } else {
        const namespace = importObject[imp.module];
        if (namespace === null || (typeof namespace !== "object" && typeof namespace !== "function")) {
          throw new TypeError(`${where}: module is not an object or function`);
        }
        value = namespace[imp.name];
      }
      const what = `${where} "${imp.name}"`;
      switch (imp.kind) {
        case "function":
          if (typeof value !== "function") throw new LinkError(`${what}: function import requires a callable`);
          break;
        case "memory":
          if (!(value instanceof NMemory)) throw new LinkError(`${what}: memory import must be a WebAssembly.Memory object`);
          break;
        case "table":
          if (!(value instanceof NTable)) throw new LinkError(`${what}: table import requires a WebAssembly.Table`);
          break;
        case "global":
          if (typeof value !== "number" && typeof value !== "bigint" && !(value instanceof NGlobal)) {
            throw new LinkError(`${what}: global import must be a number, valid Wasm reference, or WebAssembly.Global object`);
          }
          break;
      }
      const results = described?.[index]?.results ?? 0;
      (linked[imp.module] ??= {})[imp.name] = imp.kind === "function" && results > 1 ? multiResultImport(value, results) : unwrap(value);
    });
    return linked;
  }

  /** A JavaScript function imported with several results, its result checked in V8's words. */
  function multiResultImport(fn, count) {
    const native = unwrap(fn);
    if (isExportedFunction(native)) return native;
    return function () {
      const result = Reflect.apply(native, undefined, arguments);
      if (result === null || result === undefined || typeof result[Symbol.iterator] !== "function") {
        throw new TypeError(`${callSite(result)} is not iterable (cannot read property Symbol(Symbol.iterator))`);
      }
      const values = [...result];
      if (values.length !== count) throw new TypeError("multi-return length mismatch");
      return values;
    };
  }
  /** How V8 names a value it could not iterate. */
  function callSite(value) {
    if (value === null) return "object null";
    if (typeof value === "string") return `string "${value}"`;
    if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${value}`;
    return typeof value;
  }

  /**
   * V8's words for a data segment that does not fit its memory, which GraalWasm reports as an
   * out-of-bounds access: the first active segment past the memory's end, or null.
   */
  function dataSegmentFailure(module, importObject, api) {
    const bytes = moduleBytes?.get(module);
    const layout = bytes ? lazyModule("wasm-link.js").readDataSegments(bytes) : null;
    if (!layout) return null;
    const imports = NModule.imports(module);
    const globals = imports.filter((imp) => imp.kind === "global");
    const memoryImport = imports.find((imp) => imp.kind === "memory");
    let memorySize;
    if (layout.memoryPages !== null) {
      memorySize = layout.memoryPages * 65536;
    } else if (memoryImport) {
      const memory = importObject?.[memoryImport.module]?.[memoryImport.name];
      if (!(memory instanceof NMemory)) return null;
      memorySize = memory.buffer.byteLength;
    } else {
      return null;
    }
    for (const segment of layout.segments) {
      let offset = segment.offset.value;
      if (offset === undefined) {
        const imp = globals[segment.offset.global];
        if (!imp) return null;
        const value = importObject?.[imp.module]?.[imp.name];
        offset = (value instanceof NGlobal ? value.value : Number(value)) >>> 0;
      }
      if (offset + segment.length > memorySize) {
        return new RuntimeError(`${api}: data segment ${segment.index} is out of bounds (offset ${offset}, length ${segment.length}, memory size ${memorySize})`);
      }
    }
    return null;
  }

  /** V8's words for a link failure GraalWasm reports in its own (`e`), naming the import. */
  function linkFailure(e, module, importObject, api) {
    if (!(e instanceof LinkError)) return e;
    // an active element segment past its table's end (recorded)
    if (/^out of bounds table access\b/.test(e.message)) return new RuntimeError(`${api}: table index is out of bounds`);
    const wanted = NModule.imports(module);
    const name = (index) => `${api}: Import #${index} "${wanted[index].module}" "${wanted[index].name}"`;
    const global = /^Global variable '(.*)' is imported into module '.*' with the (modifier|type) .*, 'but it was exported in the module '(.*)' with the /.exec(e.message);
    if (global) {
      const index = wanted.findIndex((imp) => imp.kind === "global" && imp.name === global[1] && imp.module === global[3]);
      if (index >= 0) {
        return new LinkError(`${name(index)}: imported global does not match the expected ${global[2] === "modifier" ? "mutability" : "type"}`);
      }
    }
    if (e.message === "incompatible import type") {
      const index = wanted.findIndex((imp) => imp.kind === "function" && isExportedFunction(unwrap(importObject?.[imp.module]?.[imp.name])));
      if (index >= 0) return new LinkError(`${name(index)}: imported function does not match the expected type`);
    }
    // a table of the other reference type: GraalWasm names the two type codes
    const tableTypes = /^incompatible import type: (0x[0-9A-Fa-f]+) should = (0x[0-9A-Fa-f]+)$/.exec(e.message);
    if (tableTypes) {
      const code = { funcref: 0x70, externref: 0x6f };
      const codes = [Number(tableTypes[1]), Number(tableTypes[2])];
      const index = wanted.findIndex((imp) => {
        const given = importObject?.[imp.module]?.[imp.name];
        return imp.kind === "table" && given instanceof NTable && codes.includes(code[tableElement(given)]);
      });
      if (index >= 0) return new LinkError(`${name(index)}: imported table does not match the expected type`);
    }
    return e;
  }

  /** The module each instance made here came from, for what its exports are (tables' element types). */
  const moduleOfInstance = new WeakMap();
  function instantiateModule(module, importObject, api, newTarget) {
    const imports = linkImports(module, importObject, api);
    try {
      const instance = Reflect.construct(NInstance, imports === undefined ? [module] : [module, imports], newTarget);
      moduleOfInstance.set(instance, module);
      return instance;
    } catch (e) {
      const failure = fixed(linkFailure(e, module, importObject, api), api, undefined, undefined, module);
      // GraalWasm reports a data segment past the memory's end as an out-of-bounds access
      if (failure instanceof RuntimeError && failure.message === "memory access out of bounds") {
        throw dataSegmentFailure(module, importObject, api) ?? failure;
      }
      throw failure;
    }
  }

  const Instance = function Instance(module, importObject) {
    if (!new.target) throw new TypeError("WebAssembly.Instance(): WebAssembly.Instance must be invoked with 'new'"); // recorded
    if (!isModule(module)) throw new TypeError("WebAssembly.Instance(): Argument 0 must be a WebAssembly.Module");
    return instantiateModule(module, importObject, "WebAssembly.Instance()", new.target);
  };
  Instance.prototype = NInstance.prototype;
  define(NInstance.prototype, "constructor", Instance);
  const nativeExports = Object.getOwnPropertyDescriptor(NInstance.prototype, "exports").get;
  const exportsOf = new WeakMap();
  Object.defineProperty(NInstance.prototype, "exports", {
    get: function exports() {
      let wrapped = exportsOf.get(this);
      if (!wrapped) {
        const native = Reflect.apply(nativeExports, this, []);
        wrapped = Object.create(null);
        const module = moduleOfInstance.get(this);
        for (const key of Object.keys(native)) {
          const value = native[key];
          if (module && typeof value === "function" && !exportOrigin.has(value)) exportOrigin.set(value, { module, name: key });
          wrapped[key] = wrapFunction(value);
        }
        learnTableElements(this, wrapped);
        Object.freeze(wrapped);
        exportsOf.set(this, wrapped);
      }
      return wrapped;
    },
    configurable: true, enumerable: true,
  });

  function wrapMethod(proto, name, api, mapArgs = (args) => args) {
    const native = proto[name];
    define(proto, name, {
      [name]() {
        try {
          return wrapFunction(Reflect.apply(native, this, mapArgs(Array.from(arguments))));
        } catch (e) {
          throw fixed(e, api, arguments);
        }
      },
    }[name]);
  }
  wrapMethod(NMemory.prototype, "grow", "WebAssembly.Memory.grow()");
  /**
   * V8's checks of a table index (EnforceUint32, then the bounds) for `api`; leaves to GraalJS
   * what it words the same (a receiver that is no table, an index that is no number).
   */
  function checkTableIndex(table, index, api) {
    if (!(table instanceof NTable)) return;
    if (typeof index === "symbol" || typeof index === "bigint") return;
    const at = Number(index);
    if (!Number.isFinite(at)) throw new TypeError(`${api}: Argument 0 must be convertible to a valid number`);
    if (at < 0) throw new TypeError(`${api}: Argument 0 must be non-negative`);
    if (at > 4294967295) throw new TypeError(`${api}: Argument 0 must be in the unsigned long range`);
    const length = table.length;
    if (Math.trunc(at) >= length) {
      throw new RangeError(`${api}: invalid address ${Math.trunc(at)} in ${tableElement(table)} table of size ${length}`);
    }
  }
  const tableGet = NTable.prototype.get;
  define(NTable.prototype, "get", {
    get(index) {
      checkTableIndex(this, index, "WebAssembly.Table.get()");
      try {
        return wrapFunction(Reflect.apply(tableGet, this, arguments));
      } catch (e) {
        throw fixed(e, "WebAssembly.Table.get()");
      }
    },
  }.get);
  const tableSet = NTable.prototype.set;
  define(NTable.prototype, "set", {
    set(index, value) {
      checkTableIndex(this, index, "WebAssembly.Table.set()");
      const native = unwrap(value);
      if (tableElement(this) === "funcref" && native !== null && native !== undefined && !(typeof native === "function" && isExportedFunction(native))) {
        throw new TypeError("WebAssembly.Table.set(): Argument 1 is invalid for table: function-typed object must be null (if nullable) or a Wasm function object");
      }
      try {
        return Reflect.apply(tableSet, this, arguments.length > 1 ? [index, native] : [index]);
      } catch (e) {
        throw fixed(e, "WebAssembly.Table.set()");
      }
    },
  }.set);
  wrapMethod(NTable.prototype, "grow", "WebAssembly.Table.grow()", (args) => args.map(unwrap));
  /** A function that came out of a wasm instance (what a funcref table may hold). */
  function isExportedFunction(fn) {
    if (nativeOf.has(fn) || wrapperOf.has(fn)) return true;
    try {
      const probe = new NTable({ initial: 1, element: "anyfunc" });
      Reflect.apply(tableSet, probe, [0, fn]);
      return true;
    } catch {
      return false;
    }
  }

  const globalValueOf = NGlobal.prototype.valueOf;
  define(NGlobal.prototype, "valueOf", {
    valueOf() {
      if (!(this instanceof NGlobal)) throw new TypeError("WebAssembly.Global.valueOf(): Receiver is not a WebAssembly.Global");
      return Reflect.apply(globalValueOf, this, []);
    },
  }.valueOf);
  const globalValue = Object.getOwnPropertyDescriptor(NGlobal.prototype, "value");
  Object.defineProperty(NGlobal.prototype, "value", {
    get: Object.getOwnPropertyDescriptor({
      get value() {
        if (!(this instanceof NGlobal)) throw new TypeError("get WebAssembly.Global.value): Receiver is not a WebAssembly.Global");
        return Reflect.apply(globalValue.get, this, []);
      },
    }, "value").get,
    set: {
      value(v) {
        if (!(this instanceof NGlobal)) throw new TypeError("set WebAssembly.Global.value): Receiver is not a WebAssembly.Global");
        try {
          Reflect.apply(globalValue.set, this, [unwrap(v)]);
        } catch (e) {
          throw fixed(e, "set WebAssembly.Global.value");
        }
      },
    }.value,
    configurable: true, enumerable: globalValue.enumerable,
  });
  /** Remembers the element type of the tables an instance exports that were not made in JavaScript. */
  function learnTableElements(instance, exports) {
    const bytes = moduleBytes?.get(moduleOfInstance.get(instance));
    if (!bytes) return;
    let elements;
    for (const key of Object.keys(exports)) {
      const table = exports[key];
      if (!(table instanceof NTable) || tableElements.has(table)) continue;
      elements ??= lazyModule("wasm-link.js").readExportedTableElements(bytes) ?? {};
      if (elements[key] === "externref") tableElements.set(table, "externref");
    }
  }
  /** The element type of a table ("funcref" unless made here with another). */
  function tableElement(table) {
    return tableElements.get(table) ?? "funcref";
  }
  /** What the link checks and Table.set need to know of a Memory or Table made here. */
  function remember(name, made, descriptor) {
    if (name === "Memory") memoryMaximums.set(made, descriptor.maximum === undefined ? undefined : Number(descriptor.maximum));
    if (name === "Table" && descriptor.element === "externref") tableElements.set(made, "externref");
  }
  for (const [name, Native] of [["Memory", NMemory], ["Table", NTable], ["Global", NGlobal]]) {
    const api = `WebAssembly.${name}()`;
    const Wrapper = {
      [name]: function () {
        if (!new.target) throw new TypeError(`WebAssembly.${name}(): WebAssembly.${name} must be invoked with 'new'`);
        const descriptor = arguments[0];
        if (name !== "Global" && descriptor !== null && typeof descriptor === "object") {
          for (const property of ["initial", "maximum"]) {
            const value = descriptor[property];
            if (value === undefined) continue;
            if (Number.isNaN(Number(value))) throw new TypeError(`${api}: Property '${property}' must be convertible to a valid number`);
            if (Number(value) < 0) throw new TypeError(`${api}: Property '${property}' must be non-negative`);
          }
        }
        if (name === "Table" && arguments.length > 1 && descriptor !== null && typeof descriptor === "object" && descriptor.element !== "externref") {
          const init = unwrap(arguments[1]);
          if (init !== null && init !== undefined && !(typeof init === "function" && isExportedFunction(init))) {
            throw new TypeError(`${api}: Argument 2 must be undefined or a value of type compatible with the type of the new table: function-typed object must be null (if nullable) or a Wasm function object.`);
          }
        }
        let made;
        try {
          made = Reflect.construct(Native, Array.from(arguments).map(unwrap), new.target);
        } catch (e) {
          throw fixed(e, api);
        }
        remember(name, made, descriptor);
        return made;
      },
    }[name];
    Object.defineProperty(Wrapper, "length", { value: Native.length, configurable: true });
    Wrapper.prototype = Native.prototype;
    define(Native.prototype, "constructor", Wrapper);
    define(W, name, Wrapper);
  }
  define(W, "Module", Module);
  define(W, "Instance", Instance);
  // V8's lengths: one required argument each
  for (const fn of [Module, Instance]) Object.defineProperty(fn, "length", { value: 1, configurable: true });
  // V8's views of a memory's buffer: a fixed-length one is what `buffer` gives here; GraalJS has
  // no resizable ArrayBuffer to hand out, so toResizableBuffer says so
  define(NMemory.prototype, "toFixedLengthBuffer", {
    toFixedLengthBuffer() {
      if (!(this instanceof NMemory)) throw new TypeError("WebAssembly.Memory.toFixedLengthBuffer(): Receiver is not a WebAssembly.Memory");
      return this.buffer;
    },
  }.toFixedLengthBuffer);
  define(NMemory.prototype, "toResizableBuffer", {
    toResizableBuffer() {
      if (!(this instanceof NMemory)) throw new TypeError("WebAssembly.Memory.toResizableBuffer(): Receiver is not a WebAssembly.Memory");
      throw new TypeError("WebAssembly.Memory.toResizableBuffer(): resizable ArrayBuffers are not supported by miniflare4j (GraalJS); use memory.buffer");
    },
  }.toResizableBuffer);

  define(W, "compile", {
    compile(source) {
      // workerd asks its embedder before it looks at the argument
      return Promise.reject(disallowed("WebAssembly.compile()"));
    },
  }.compile);
  define(W, "instantiate", {
    instantiate(source, importObject) {
      if (!isModule(source)) {
        if (!isBufferSource(source)) {
          return Promise.reject(new TypeError("WebAssembly.instantiate(): Argument 0 must be a buffer source or a WebAssembly.Module object"));
        }
        return Promise.reject(disallowed("WebAssembly.instantiate()"));
      }
      try {
        return Promise.resolve(instantiateModule(source, importObject, "WebAssembly.instantiate()", NInstance));
      } catch (e) {
        return Promise.reject(e);
      }
    },
  }.instantiate);

  // members V8 has beyond GraalJS's: exception handling and JS promise integration (JSPI).
  // GraalWasm cannot throw or catch them inside wasm code; from JavaScript they behave as in V8.
  const tagTypes = new WeakMap();
  const TAG_VALUE_TYPES = ["i32", "i64", "f32", "f64", "v128", "externref", "anyfunc"];
  const Tag = function Tag(type) {
    if (!new.target) throw new TypeError("WebAssembly.Tag(): WebAssembly.Tag must be invoked with 'new'");
    if (type === null || typeof type !== "object") throw new TypeError("WebAssembly.Tag(): Argument 0 must be a tag type");
    const given = type.parameters;
    if (given === null || typeof given !== "object" && typeof given !== "function") {
      throw new TypeError("WebAssembly.Tag(): Argument 0 must be a tag type with 'parameters'");
    }
    const parameters = Array.from(given, String);
    parameters.forEach((parameter, index) => {
      if (!TAG_VALUE_TYPES.includes(parameter)) {
        throw new TypeError(`WebAssembly.Tag(): Argument 0 parameter type at index #${index} must be a value type`);
      }
    });
    tagTypes.set(this, parameters);
  };
  /** A payload value converted to its parameter type as V8 does (ToWebAssemblyValue). */
  function tagValue(type, value) {
    switch (type) {
      case "i32": return Number(value) | 0;
      case "f32": return Math.fround(Number(value));
      case "f64": return Number(value);
      case "i64":
        if (typeof value === "number" || value === undefined || value === null || typeof value === "symbol") {
          throw new TypeError(`Cannot convert ${String(value)} to a BigInt`);
        }
        try {
          return BigInt.asIntN(64, BigInt(value));
        } catch (e) {
          throw fixed(e, "", undefined, fn);
        }
      case "anyfunc":
        if (value !== null && !(typeof value === "function" && isExportedFunction(unwrap(value)))) {
          throw new TypeError("WebAssembly.Exception(): function-typed object must be null (if nullable) or a Wasm function object");
        }
        return value;
      default: return value;
    }
  }
  const exceptionData = new WeakMap();
  const Exception = function Exception(tag, payload, options) {
    if (!new.target) throw new TypeError("WebAssembly.Exception(): WebAssembly.Exception must be invoked with 'new'");
    if (!tagTypes.has(tag)) throw new TypeError("WebAssembly.Exception(): Argument 0 must be a WebAssembly tag");
    if (payload === null || (typeof payload !== "object" && typeof payload !== "function") || typeof payload[Symbol.iterator] !== "function") {
      throw new TypeError("WebAssembly.Exception(): Exception values must be an iterable object");
    }
    const types = tagTypes.get(tag);
    const values = Array.from(payload);
    if (values.length !== types.length) throw new TypeError("WebAssembly.Exception(): Number of exception values does not match signature length");
    exceptionData.set(this, { tag, values: values.map((value, index) => tagValue(types[index], value)) });
    if (options?.traceStack) this.stack = new Error().stack;
  };
  define(Exception.prototype, "is", {
    is(tag) {
      if (!exceptionData.has(this)) throw new TypeError("WebAssembly.Exception.is(): Receiver is not a WebAssembly.Exception");
      return exceptionData.get(this)?.tag === tag;
    },
  }.is);
  define(Exception.prototype, "getArg", {
    getArg(tag, index) {
      if (!exceptionData.has(this)) throw new TypeError("WebAssembly.Exception.getArg(): Receiver is not a WebAssembly.Exception");
      const data = exceptionData.get(this);
      if (data?.tag !== tag) throw new TypeError("WebAssembly.Exception.getArg(): First argument does not match the exception tag");
      if (!(index >= 0 && index < data.values.length)) throw new RangeError("WebAssembly.Exception.getArg(): Index out of range");
      return data.values[index];
    },
  }.getArg);
  for (const fn of [Tag, Exception]) Object.defineProperty(fn, "prototype", { writable: false });
  Object.defineProperty(Tag.prototype, Symbol.toStringTag, { value: "WebAssembly.Tag", configurable: true });
  Object.defineProperty(Exception.prototype, Symbol.toStringTag, { value: "WebAssembly.Exception", configurable: true });
  class Suspending {
    constructor(fn) {
      if (typeof fn !== "function") throw new TypeError("WebAssembly.Suspending(): Argument 0 must be a callable");
    }
  }
  Object.defineProperty(Suspending.prototype, Symbol.toStringTag, { value: "WebAssembly.Suspending", configurable: true });
  class SuspendError extends Error {
    get name() { return "SuspendError"; }
  }
  define(W, "Tag", Tag);
  define(W, "Exception", Exception);
  define(W, "JSTag", new Tag({ parameters: ["externref"] }));
  define(W, "Suspending", Suspending);
  define(W, "SuspendError", SuspendError);
  define(W, "promising", {
    promising(fn) {
      if (typeof fn !== "function" || !isExportedFunction(fn)) {
        throw new TypeError("WebAssembly.promising(): Argument 0 must be a WebAssembly exported function");
      }
      return async function () { return Reflect.apply(fn, this, arguments); };
    },
  }.promising);
  for (const fn of [Exception, W.instantiate]) Object.defineProperty(fn, "length", { value: 1, configurable: true });
  // V8 takes no DataView where it takes bytes
  const nativeValidate = W.validate;
  define(W, "validate", {
    validate(bytes) {
      if (bytes instanceof DataView) throw new TypeError("WebAssembly.validate(): Argument 0 must be a buffer source");
      return Reflect.apply(nativeValidate, W, arguments);
    },
  }.validate);
  nativeText.set(W.validate, "function validate() { [native code] }");
  // a memory's buffer cannot be detached: V8's words for it
  for (const name of ["transfer", "transferToFixedLength"]) {
    const native = ArrayBuffer.prototype[name];
    if (typeof native !== "function") continue;
    define(ArrayBuffer.prototype, name, {
      [name]() {
        try {
          return Reflect.apply(native, this, arguments);
        } catch (e) {
          if (e instanceof TypeError && e.message === "Cannot transfer an interop ArrayBuffer") {
            throw new TypeError("ArrayBuffer is not detachable and could not be cloned.");
          }
          throw e;
        }
      },
    }[name]);
    nativeText.set(ArrayBuffer.prototype[name], `function ${name}() { [native code] }`);
  }
  // V8 lists the namespace's functions (not its classes) as enumerable (recorded)
  for (const name of ["compile", "instantiate", "promising", "validate"]) {
    if (name in W) Object.defineProperty(W, name, { enumerable: true });
  }
}
