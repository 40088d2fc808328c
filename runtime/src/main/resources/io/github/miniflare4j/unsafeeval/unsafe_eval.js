// workerd's UnsafeEval: code from strings, compiled at global scope (the global eval and
// Function stay refused). Messages as workerd's argument conversion words them (recorded).
(function (internals) {
  const hosts = new WeakMap();
  const required = (method, value) => {
    if (value === undefined) throw new TypeError(`Failed to execute '${method}' on 'UnsafeEval': parameter 1 is not of type 'string'.`);
    return String(value);
  };
  const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
  function compile(self, prefix, script, name, args) {
    const host = hosts.get(self);
    const fnName = name === undefined ? "anonymous" : String(name);
    const inline = IDENTIFIER.test(fnName) ? fnName : "anonymous";
    const fn = host.eval(`(${prefix}function ${inline}(${args.map(String).join(", ")}) {\n${script}\n})`, fnName);
    if (inline !== fnName) Object.defineProperty(fn, "name", { value: fnName, configurable: true });
    return fn;
  }
  class UnsafeEval {
    eval(script, name) {
      return hosts.get(this).eval(required("eval", script), name === undefined ? "anonymous" : String(name));
    }
    newFunction(script, name, ...args) {
      return compile(this, "", required("newFunction", script), name, args);
    }
    newAsyncFunction(script, name, ...args) {
      return compile(this, "async ", required("newAsyncFunction", script), name, args);
    }
    newWasmModule(bytes) {
      return new WebAssembly.Module(bytes);
    }
  }
  Object.defineProperty(UnsafeEval.prototype, Symbol.toStringTag, { value: "UnsafeEval", configurable: true });
  return (host) => {
    const binding = new UnsafeEval();
    hosts.set(binding, host);
    return binding;
  };
})
