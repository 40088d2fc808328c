// WebAssembly reshaped into what workerd shows (see wasm.js): loaded only in Contexts that have
// GraalJS's WebAssembly.

// @exports reshapeWebAssembly

function reshapeWebAssembly(W) {
  const { Module: NModule, Instance: NInstance, Memory: NMemory, Table: NTable, Global: NGlobal, CompileError, LinkError, RuntimeError } = W;
  const define = (target, name, value) => Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
  const disallowed = (api) => new CompileError(`${api}: Wasm code generation disallowed by embedder`);

  // V8's wording for what GraalWasm says differently
  function v8Message(e, api) {
    const m = String(e?.message ?? "");
    if (e instanceof RuntimeError) {
      if (m === "integer divide by zero") return "divide by zero";
      if (m === "integer overflow") return "divide result unrepresentable";
      if (/memory access at address .* is out-of-bounds/.test(m)) return "memory access out of bounds";
      return m;
    }
    if (m === "Cannot grow memory above max limit") return `${api}: Maximum memory size exceeded`;
    if (m === "Cannot grow table above max limit") return `${api}: failed to grow table by ${e.delta}`;
    if (/^set WebAssembly\.Global\.value: Can't set the value of an immutable global$/.test(m)) return "set WebAssembly.Global.value): Can't set the value of an immutable global.";
    if (/must be a WebAssembly type \(.*\)$/.test(m)) return m.replace(/ \(.*\)$/, "");
    return m;
  }
  function fixed(e, api) {
    if (e instanceof Error) {
      const message = v8Message(e, api);
      if (message !== e.message) {
        try { e.message = message; } catch { /* frozen: keep GraalWasm's words */ }
      }
    }
    return e;
  }

  // Exported functions: wrapped once each (so identity holds), traps reworded
  const wrapperOf = new WeakMap();
  const nativeOf = new WeakMap();
  function wrapFunction(fn) {
    if (typeof fn !== "function") return fn;
    if (nativeOf.has(fn)) return fn;
    let wrapper = wrapperOf.get(fn);
    if (wrapper) return wrapper;
    wrapper = {
      [fn.name]: function () {
        try {
          return wrapFunction(Reflect.apply(fn, this, arguments));
        } catch (e) {
          throw fixed(e, "");
        }
      },
    }[fn.name];
    Object.defineProperty(wrapper, "length", { value: fn.length, configurable: true });
    wrapperOf.set(fn, wrapper);
    nativeOf.set(wrapper, fn);
    return wrapper;
  }
  const unwrap = (value) => (typeof value === "function" && nativeOf.get(value)) || value;
  const isModule = (value) => value instanceof NModule;

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

  /** V8's checks of an import object against a module's imports, then the imports unwrapped. */
  function linkImports(module, importObject, api) {
    const wanted = NModule.imports(module);
    if (wanted.length === 0 && importObject === undefined) return undefined;
    if (importObject === undefined || importObject === null || (typeof importObject !== "object" && typeof importObject !== "function")) {
      throw new TypeError(`${api}: Imports argument must be present and must be an object`);
    }
    const linked = {};
    wanted.forEach((imp, index) => {
      const where = `${api}: Import #${index} "${imp.module}"`;
      const namespace = importObject[imp.module];
      if (namespace === null || (typeof namespace !== "object" && typeof namespace !== "function")) {
        throw new TypeError(`${where}: module is not an object or function`);
      }
      const value = namespace[imp.name];
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
      (linked[imp.module] ??= {})[imp.name] = unwrap(value);
    });
    return linked;
  }

  function instantiateModule(module, importObject, api, newTarget) {
    const imports = linkImports(module, importObject, api);
    try {
      return Reflect.construct(NInstance, imports === undefined ? [module] : [module, imports], newTarget);
    } catch (e) {
      throw fixed(e, api);
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
        for (const key of Object.keys(native)) wrapped[key] = wrapFunction(native[key]);
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
          throw fixed(e, api);
        }
      },
    }[name]);
  }
  wrapMethod(NMemory.prototype, "grow", "WebAssembly.Memory.grow()");
  const tableGet = NTable.prototype.get;
  define(NTable.prototype, "get", {
    get(index) {
      const length = this.length;
      const at = Number(index);
      if (Number.isInteger(at) && at >= length) {
        throw new RangeError(`WebAssembly.Table.get(): invalid address ${at} in funcref table of size ${length}`);
      }
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
      const length = this.length;
      const at = Number(index);
      if (Number.isInteger(at) && at >= length) {
        throw new RangeError(`WebAssembly.Table.set(): invalid address ${at} in funcref table of size ${length}`);
      }
      const native = unwrap(value);
      if (native !== null && native !== undefined && !(typeof native === "function" && isExportedFunction(native))) {
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

  const globalValue = Object.getOwnPropertyDescriptor(NGlobal.prototype, "value");
  Object.defineProperty(NGlobal.prototype, "value", {
    get: globalValue.get,
    set: {
      value(v) {
        try {
          Reflect.apply(globalValue.set, this, [unwrap(v)]);
        } catch (e) {
          throw fixed(e, "set WebAssembly.Global.value");
        }
      },
    }.value,
    configurable: true, enumerable: globalValue.enumerable,
  });
  for (const [name, Native] of [["Memory", NMemory], ["Table", NTable], ["Global", NGlobal]]) {
    const api = `WebAssembly.${name}()`;
    const Wrapper = {
      [name]: function () {
        if (!new.target) throw new TypeError(`WebAssembly.${name}(): WebAssembly.${name} must be invoked with 'new'`);
        try {
          return Reflect.construct(Native, Array.from(arguments).map(unwrap), new.target);
        } catch (e) {
          throw fixed(e, api);
        }
      },
    }[name];
    Object.defineProperty(Wrapper, "length", { value: Native.length, configurable: true });
    Wrapper.prototype = Native.prototype;
    define(Native.prototype, "constructor", Wrapper);
    define(W, name, Wrapper);
  }
  define(W, "Module", Module);
  define(W, "Instance", Instance);

  define(W, "compile", {
    compile() {
      return Promise.reject(disallowed("WebAssembly.compile()"));
    },
  }.compile);
  define(W, "instantiate", {
    instantiate(source, importObject) {
      if (!isModule(source)) return Promise.reject(disallowed("WebAssembly.instantiate()"));
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
  class Tag {
    constructor(type) {
      if (type === null || typeof type !== "object") throw new TypeError("WebAssembly.Tag(): Argument 0 must be a tag type");
      if (!("parameters" in type)) throw new TypeError("WebAssembly.Tag(): Argument 0 must be a tag type with 'parameters'");
      tagTypes.set(this, Array.from(type.parameters, String));
    }
  }
  const exceptionData = new WeakMap();
  class Exception {
    constructor(tag, payload, options) {
      if (!tagTypes.has(tag)) throw new TypeError("WebAssembly.Exception(): Argument 0 must be a WebAssembly tag");
      const values = Array.from(payload ?? []);
      if (values.length !== tagTypes.get(tag).length) throw new TypeError("WebAssembly.Exception(): Number of exception values does not match signature length");
      exceptionData.set(this, { tag, values });
      if (options?.traceStack) this.stack = new Error().stack;
    }
    is(tag) {
      return exceptionData.get(this)?.tag === tag;
    }
    getArg(tag, index) {
      const data = exceptionData.get(this);
      if (data?.tag !== tag) throw new TypeError("WebAssembly.Exception.getArg(): First argument does not match the exception tag");
      if (!(index >= 0 && index < data.values.length)) throw new RangeError("WebAssembly.Exception.getArg(): Index out of range");
      return data.values[index];
    }
  }
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
  // V8 lists the namespace's functions (not its classes) as enumerable (recorded)
  for (const name of ["compile", "instantiate", "promising", "validate"]) {
    if (name in W) Object.defineProperty(W, name, { enumerable: true });
  }
}
