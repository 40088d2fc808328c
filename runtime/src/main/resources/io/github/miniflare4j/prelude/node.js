// Node.js compatibility (the `nodejs_compat` flag): the process global, and the gate through
// which the node:* modules (ES modules kept beside the prelude, parsed only when a worker imports
// them: engine.BuiltinModules) reach the prelude. Buffer, setImmediate and what the node:*
// modules take from here live in node-buffer.js, loaded on first need.

// @imports lazyModule, onConfigure, defineGlobal from core.js
// @imports queueMicrotask from globals.js
// @imports Proxy from clone.js
// @imports later workerEnv from worker.js
// @exports nodeState, nodeModuleAllowed

/** process as workerd has it before enable_nodejs_process_v2 (compatibility date 2025-09-15). */
function createProcess(populateEnv) {
  let env;
  const process = {
    nextTick(callback, ...args) { queueMicrotask(() => callback(...args)); },
    // filled on first read: the worker's env (worker.js) is known by then
    get env() {
      if (env === undefined) {
        const values = {};
        if (populateEnv && workerEnv) populateProcessEnv(values, workerEnv);
        // as in Node, what is stored in process.env becomes a string
        env = new Proxy(values, {
          // a symbol key is refused as workerd's env object refuses it (its keys are strings)
          set(target, key, value) {
            if (typeof key === "symbol") throw new TypeError("Cannot convert a symbol value to a string");
            target[key] = String(value);
            return true;
          },
          defineProperty(target, key, descriptor) {
            if ("value" in descriptor && typeof key !== "symbol") descriptor = { ...descriptor, value: String(descriptor.value) };
            return Reflect.defineProperty(target, key, descriptor);
          },
        });
      }
      return env;
    },
    set env(value) { env = value; },
    // workerd cancels the request: an uncaught error with its message
    exit(code) { throw new Error(`The Node.js process.exit(${code ?? ""}) API was called. Canceling the request.`); },
    getBuiltinModule(id) { return lazyModule("node-require.js").builtinModuleExports(id); },
    platform: "linux",
    // what workerd reports (BoringSSL, no inspector, no require(esm))
    features: {
      cached_builtins: true, debug: false, inspector: false, ipv6: true, openssl_is_boringssl: true, require_module: false,
      tls: true, tls_alpn: true, tls_ocsp: true, tls_sni: true, typescript: false, uv: true,
    },
  };
  return process;
}

/**
 * global, process and Buffer as workerd has them: enumerable own globals right after navigator,
 * ahead of the runtime's other enumerable globals (recorded), which are put back behind them.
 */
function defineNodeGlobals(values) {
  const keys = Object.keys(globalThis);
  const behind = keys.slice(keys.indexOf("navigator") + 1).map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]);
  for (const [name] of behind) delete globalThis[name];
  for (const name of Object.keys(values)) Object.defineProperty(globalThis, name, { value: values[name], writable: true, enumerable: true, configurable: true });
  for (const [name, descriptor] of behind) Object.defineProperty(globalThis, name, descriptor);
}

/** The global setImmediate: workerd's is a Web IDL method of the global scope, checking its callback so. */
function globalSetImmediate(setImmediate) {
  return {
    setImmediate(callback = undefined, ...args) { // (length 0, as workerd's)
      if (typeof callback !== "function") throw new TypeError("Failed to execute 'setImmediate' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'function'.");
      return setImmediate(callback, ...args);
    },
  }.setImmediate;
}

/** workerd's process.env from text bindings: strings as they are, plain JSON values stringified, the rest left out. */
function populateProcessEnv(target, env) {
  const plainJson = (value, seen = new Set()) => {
    if (value === null || ["boolean", "number", "string"].includes(typeof value)) return true;
    if (typeof value !== "object" || seen.has(value)) return false;
    seen.add(value);
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype) return Object.values(value).every((v) => plainJson(v, seen));
    if (proto === Array.prototype) return value.every((v) => plainJson(v, seen));
    return false;
  };
  for (const [key, value] of Object.entries(env)) {
    if (typeof value === "string") target[key] = value;
    else if (plainJson(value)) target[key] = JSON.stringify(value);
  }
}

const nodeState = { compat: false, als: false, flags: null, process: null, nodeHost: null };

/**
 * Modules behind a further flag than nodejs_compat (engine.NodeCompat implies each from its
 * compatibility date): node:http and its parts, cloudflare:node (the server bridge), and the
 * modules workerd added one by one from 2025 on.
 */
const FLAGGED_MODULES = {
  "node:http": "enable_nodejs_http_modules", "node:https": "enable_nodejs_http_modules",
  "node:_http_agent": "enable_nodejs_http_modules", "node:_http_client": "enable_nodejs_http_modules",
  "node:_http_common": "enable_nodejs_http_modules", "node:_http_incoming": "enable_nodejs_http_modules",
  "node:_http_outgoing": "enable_nodejs_http_modules",
  "node:_http_server": "enable_nodejs_http_server_modules", "cloudflare:node": "enable_nodejs_http_server_modules",
  "node:_stream_wrap": "enable_nodejs_stream_wrap_module", "node:fs": "enable_nodejs_fs_module",
  "node:inspector/promises": "enable_nodejs_inspector_module", "node:readline/promises": "enable_nodejs_readline_module",
};
for (const name of ["http2", "os", "console", "vm", "punycode", "cluster", "domain", "wasi", "trace_events", "dgram",
  "inspector", "child_process", "perf_hooks", "readline", "repl", "tty", "v8", "worker_threads"]) {
  FLAGGED_MODULES["node:" + name] = `enable_nodejs_${name}_module`;
}

/** Whether the worker's flags provide the node: (or node-internal:) module `specifier`, if miniflare4j has it. */
function nodeModuleAllowed(specifier) {
  if (specifier in FLAGGED_MODULES) {
    const flag = FLAGGED_MODULES[specifier];
    return nodeState.compat && nodeState.flags.has(flag) && (flag !== "enable_nodejs_http_server_modules" || nodeState.flags.has("enable_nodejs_http_modules"));
  }
  return nodeState.compat || specifier.startsWith("node-internal:") || (nodeState.als && specifier === "node:async_hooks");
}

Object.defineProperty(globalThis, Symbol.for("miniflare4j.node"), {
  value(specifier, polyfilled) {
    // node-internal:* helpers always evaluate: a node: module importing one refuses itself afterwards,
    // so the error names the module the worker imported, as workerd's does. `polyfilled`: a worker
    // Wrangler bundles under nodejs_compat_v2 gets a polyfill for a node: module its date lacks.
    if (!nodeModuleAllowed(specifier) && !(polyfilled && nodeState.compat && specifier.startsWith("node:") && specifier in FLAGGED_MODULES)) {
      throw new Error(`No such module "${specifier}".`);
    }
    return lazyModule("node-buffer.js").nodeInternals;
  },
  enumerable: false, configurable: false, writable: false,
});

onConfigure((settings) => {
  nodeState.als = settings.flags.has("nodejs_als");
  if (!settings.flags.has("nodejs_compat")) return;
  nodeState.compat = true;
  nodeState.flags = settings.flags;
  nodeState.process = createProcess(settings.flags.has("nodejs_compat_populate_process_env"));
  if (settings.flags.has("enable_nodejs_process_v2")) nodeState.process = lazyModule("node-process.js").createProcessV2(nodeState.process);
  if (settings.flags.has("nodejs_compat_v2")) {
    const node = lazyModule("node-buffer.js");
    defineNodeGlobals({ global: globalThis, process: nodeState.process, Buffer: node.Buffer });
    defineGlobal("setImmediate", globalSetImmediate(node.setImmediate));
    const clearImmediate = node.nodeInternals.clearImmediateOn("ServiceWorkerGlobalScope");
    defineGlobal("clearImmediate", { clearImmediate() { return clearImmediate.apply(this, arguments); } }.clearImmediate);
  }
  // enable_nodejs_global_timers: the global timers are node:timers' own functions (Timeout handles)
  if (settings.flags.has("enable_nodejs_global_timers")) {
    const timers = lazyModule("node-buffer.js").nodeInternals.nodeTimers;
    // own, enumerable properties of the global object, shadowing the scope's methods (recorded)
    for (const [name, value] of [["setTimeout", timers.setTimeout], ["setInterval", timers.setInterval], ["clearTimeout", timers.clearTimeout], ["clearInterval", timers.clearInterval]]) {
      Object.defineProperty(globalThis, name, { value, writable: true, enumerable: true, configurable: true });
    }
  }
});

