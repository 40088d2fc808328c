// process as workerd has it with enable_nodejs_process_v2 (nodejs_compat from compatibility date
// 2025-09-15): an EventEmitter carrying Node's members, with workerd's values (version v22.19.0,
// cwd /bundle, pid 1, title and argv "workerd"); what a Worker cannot do throws
// ERR_METHOD_NOT_IMPLEMENTED. Loaded on first use.

// @imports queueMicrotask, console from globals.js
// @exports processV2

/** workerd's error for a process method it has but does not implement. */
class ERR_METHOD_NOT_IMPLEMENTED extends Error {
  constructor(name) {
    super(`The ${name} method is not implemented`);
    this.code = "ERR_METHOD_NOT_IMPLEMENTED";
  }
}

const unimplemented = (name, length) => {
  const fn = { [name]: function () { throw new ERR_METHOD_NOT_IMPLEMENTED("process." + name); } }[name];
  Object.defineProperty(fn, "length", { value: length });
  return fn;
};

/**
 * The listener methods of Node's EventEmitter, as process has them through its prototype; as in
 * Node, `_events` holds one listener as the function itself and several as an array.
 */
class EventEmitter {
  constructor(options) {
    this._events = Object.create(null);
    this._eventsCount = 0;
    this._maxListeners = undefined;
  }
  #list(type) {
    const held = this._events[type];
    return held === undefined ? [] : typeof held === "function" ? [held] : held;
  }
  #store(type, list) {
    const had = this._events[type] !== undefined;
    if (list.length === 0) {
      if (had) { delete this._events[type]; this._eventsCount--; }
      return;
    }
    if (!had) this._eventsCount++;
    this._events[type] = list.length === 1 ? list[0] : list;
  }
  #add(type, listener, prepend) {
    if (typeof listener !== "function") {
      throw new TypeError(`The "listener" argument must be of type function. Received ${listener === null ? "null" : typeof listener}`);
    }
    const list = this.#list(type);
    this.#store(type, prepend ? [listener, ...list] : [...list, listener]);
    return this;
  }
  addListener(type, listener) { return this.#add(type, listener, false); }
  on(type, listener) { return this.#add(type, listener, false); }
  prependListener(type, listener) { return this.#add(type, listener, true); }
  #wrapOnce(type, listener) {
    const wrapper = (...args) => { this.removeListener(type, wrapper); return listener.apply(this, args); };
    wrapper.listener = listener;
    return wrapper;
  }
  once(type, listener) { return this.#add(type, typeof listener === "function" ? this.#wrapOnce(type, listener) : listener, false); }
  prependOnceListener(type, listener) { return this.#add(type, typeof listener === "function" ? this.#wrapOnce(type, listener) : listener, true); }
  removeListener(type, listener) {
    const list = [...this.#list(type)];
    const at = list.findLastIndex((l) => l === listener || l.listener === listener);
    if (at >= 0) { list.splice(at, 1); this.#store(type, list); }
    return this;
  }
  off(type, listener) { return this.removeListener(type, listener); }
  removeAllListeners(type) {
    if (type === undefined) { this._events = Object.create(null); this._eventsCount = 0; }
    else this.#store(type, []);
    return this;
  }
  emit(type, ...args) {
    const list = this.#list(type);
    if (list.length === 0) {
      if (type === "error") throw args[0] instanceof Error ? args[0] : new Error("Unhandled error. (" + String(args[0]) + ")");
      return false;
    }
    for (const listener of [...list]) listener.apply(this, args);
    return true;
  }
  listeners(type) { return this.#list(type).map((l) => l.listener ?? l); }
  rawListeners(type) { return [...this.#list(type)]; }
  listenerCount(type) { return this.#list(type).length; }
  eventNames() { return Reflect.ownKeys(this._events); }
  setMaxListeners(n) { this._maxListeners = n; return this; }
  getMaxListeners() { return this._maxListeners ?? 10; }
}

/** A stdio stream stand-in: writes go to the console (stdout: log, stderr: error). */
function stdio(fd, write) {
  return {
    fd,
    isTTY: undefined,
    writable: fd !== 0,
    write(chunk, encoding, callback) {
      const text = typeof chunk === "string" ? chunk : new TextDecoder().decode(chunk);
      if (write) write(text.endsWith("\n") ? text.slice(0, -1) : text);
      const done = typeof encoding === "function" ? encoding : callback;
      if (typeof done === "function") queueMicrotask(done);
      return true;
    },
    on() { return this; },
    once() { return this; },
    end() {},
  };
}

const NODE_VERSION = "22.19.0";
/** process.config as workerd reports it (Node's build configuration), parsed on first read. */
const CONFIG_JSON = "{\"target_defaults\":{\"default_configuration\":\"Release\"},\"variables\":{\"asan\":0,\"clang\":1,\"control_flow_guard\":false,\"coverage\":false,\"dcheck_always_on\":0,\"debug_nghttp2\":false,\"debug_node\":false,\"enable_lto\":false,\"enable_pgo_generate\":false,\"enable_pgo_use\":false,\"error_on_warn\":false,\"force_dynamic_crt\":0,\"gas_version\":\"\",\"host_arch\":\"x64\",\"icu_data_in\":\"\",\"icu_endianness\":\"l\",\"icu_gyp_path\":\"\",\"icu_path\":\"\",\"icu_small\":false,\"icu_ver_major\":\"\",\"is_debug\":0,\"libdir\":\"lib\",\"llvm_version\":\"\",\"napi_build_version\":\"9\",\"node_byteorder\":\"little\",\"node_debug_lib\":false,\"node_enable_d8\":false,\"node_enable_v8_vtunejit\":false,\"node_enable_v8windbg\":false,\"node_fipsinstall\":false,\"node_install_corepack\":false,\"node_install_npm\":false,\"node_module_version\":127,\"node_no_browser_globals\":false,\"node_prefix\":\"/usr/local\",\"node_quic\":false,\"node_release_urlbase\":\"\",\"node_section_ordering_info\":\"\",\"node_shared\":false,\"node_shared_ada\":false,\"node_shared_brotli\":false,\"node_shared_cares\":false,\"node_shared_gtest\":false,\"node_shared_hdr_histogram\":false,\"node_shared_http_parser\":false,\"node_shared_libuv\":false,\"node_shared_merve\":false,\"node_shared_nbytes\":false,\"node_shared_nghttp2\":false,\"node_shared_nghttp3\":false,\"node_shared_ngtcp2\":false,\"node_shared_openssl\":false,\"node_shared_simdjson\":false,\"node_shared_simdutf\":false,\"node_shared_sqlite\":false,\"node_shared_uvwasi\":false,\"node_shared_zlib\":false,\"node_shared_zstd\":false,\"node_tag\":\"\",\"node_target_type\":\"executable\",\"node_use_amaro\":false,\"node_use_bundled_v8\":true,\"node_use_node_code_cache\":false,\"node_use_node_snapshot\":false,\"node_use_openssl\":true,\"node_use_sqlite\":false,\"node_use_v8_platform\":false,\"node_with_ltcg\":false,\"node_without_node_options\":true,\"node_write_snapshot_as_array_literals\":false,\"openssl_is_fips\":false,\"openssl_quic\":false,\"ossfuzz\":false,\"shlib_suffix\":\"so\",\"single_executable_application\":false,\"suppress_all_error_on_warn\":false,\"target_arch\":\"x64\",\"ubsan\":0,\"use_ccache_win\":0,\"use_prefix_to_find_headers\":false,\"v8_enable_31bit_smis_on_64bit_arch\":0,\"v8_enable_extensible_ro_snapshot\":0,\"v8_enable_external_code_space\":0,\"v8_enable_gdbjit\":0,\"v8_enable_hugepage\":0,\"v8_enable_i18n_support\":1,\"v8_enable_inspector\":0,\"v8_enable_javascript_promise_hooks\":0,\"v8_enable_lite_mode\":0,\"v8_enable_maglev\":1,\"v8_enable_object_print\":0,\"v8_enable_pointer_compression\":1,\"v8_enable_pointer_compression_shared_cage\":1,\"v8_enable_sandbox\":0,\"v8_enable_shared_ro_heap\":1,\"v8_enable_short_builtin_calls\":1,\"v8_enable_v8_checks\":0,\"v8_enable_wasm_simd256_revec\":0,\"v8_enable_webassembly\":1,\"v8_no_strict_aliasing\":1,\"v8_optimized_debug\":1,\"v8_promise_internal_field_count\":1,\"v8_random_seed\":0,\"v8_trace_maps\":0,\"v8_use_siphash\":1,\"want_separate_host_toolset\":0}}";
const VERSION_KEYS = ["v8", "modules", "zlib", "brotli", "zstd", "ares", "napi", "llhttp", "nghttp2", "acorn", "ada",
  "simdutf", "nbytes", "ncrypto", "uvwasi", "uv", "openssl", "sqlite", "icu", "undici", "simdjson", "unicode", "cldr",
  "tz", "cjs_module_lexer", "amaro", "merve"];

/**
 * The v2 process: `legacy` (the pre-v2 process: nextTick, env, exit, getBuiltinModule, platform,
 * features) with Node's other members, on an EventEmitter prototype.
 */
function processV2(legacy) {
  const process = new EventEmitter();
  // workerd's process listens to newListener from the start
  process.on("newListener", function newListener() {});
  for (const key of Reflect.ownKeys(legacy)) Object.defineProperty(process, key, Object.getOwnPropertyDescriptor(legacy, key));
  const started = Date.now();
  let cwd = "/bundle";
  const versions = { node: NODE_VERSION };
  for (const key of VERSION_KEYS) versions[key] = "";
  const noop = (name, length, value = undefined) => {
    const fn = { [name]: function () { return typeof value === "function" ? value() : value; } }[name];
    Object.defineProperty(fn, "length", { value: length });
    return fn;
  };
  const hrtime = function hrtime(previous) {
    const now = Date.now() * 1e6;
    let seconds = Math.floor(now / 1e9);
    let nanos = Math.floor(now % 1e9);
    if (Array.isArray(previous)) {
      seconds -= previous[0];
      nanos -= previous[1];
      if (nanos < 0) { seconds--; nanos += 1e9; }
    }
    return [seconds, nanos];
  };
  hrtime.bigint = function bigint() { return BigInt(Math.floor(Date.now() * 1e6)); };
  const memoryUsage = function memoryUsage() { return { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 }; };
  Object.assign(process, {
    _channel: undefined,
    _debugEnd: unimplemented("_debugEnd", 0),
    _debugProcess: unimplemented("_debugProcess", 1),
    _disconnect: undefined,
    _exiting: false,
    _fatalException: unimplemented("_fatalException", 1),
    _getActiveHandles: noop("_getActiveHandles", 0, () => []),
    _getActiveRequests: noop("_getActiveRequests", 0, () => []),
    _handleQueue: undefined,
    _kill: unimplemented("_kill", 2),
    _linkedBinding: unimplemented("_linkedBinding", 1),
    _pendingMessage: undefined,
    _preload_modules: [],
    _rawDebug: noop("_rawDebug", 0),
    _send: undefined,
    _startProfilerIdleNotifier: noop("_startProfilerIdleNotifier", 0),
    _stopProfilerIdleNotifier: noop("_stopProfilerIdleNotifier", 0),
    _tickCallback: noop("_tickCallback", 0),
    abort: unimplemented("abort", 0),
    allowedNodeEnvironmentFlags: new Set(),
    arch: "x64",
    argv: ["workerd"],
    argv0: "workerd",
    assert: unimplemented("assert", 2),
    availableMemory: unimplemented("availableMemory", 0),
    binding: unimplemented("binding", 1),
    channel: null,
    chdir: function chdir(directory) { cwd = String(directory); },
    connected: false,
    constrainedMemory: unimplemented("constrainedMemory", 0),
    cpuUsage: unimplemented("cpuUsage", 1),
    cwd: function cwd_() { return cwd; },
    debugPort: 0,
    dlopen: unimplemented("dlopen", 3),
    domain: null,
    emitWarning: function emitWarning(warning, type, code, ctor) {
      const text = warning instanceof Error ? `${warning.name}: ${warning.message}` : `${typeof type === "string" ? type : "Warning"}: ${warning}`;
      console.warn(text);
    },
    execArgv: [],
    execPath: "",
    execve: unimplemented("execve", 3),
    exitCode: undefined,
    finalization: { register() {}, registerBeforeExit() {}, unregister() {} },
    getActiveResourcesInfo: noop("getActiveResourcesInfo", 0, () => []),
    getSourceMapsSupport: noop("getSourceMapsSupport", 0, () => ({ enabled: false, nodeModules: false, generatedCode: false })),
    getegid: noop("getegid", 0, 0),
    geteuid: noop("geteuid", 0, 0),
    getgid: noop("getgid", 0, 0),
    getgroups: noop("getgroups", 0, () => []),
    getuid: noop("getuid", 0, 0),
    hasUncaughtExceptionCaptureCallback: noop("hasUncaughtExceptionCaptureCallback", 0, false),
    hrtime,
    initgroups: unimplemented("initgroups", 2),
    kill: unimplemented("kill", 2),
    loadEnvFile: unimplemented("loadEnvFile", 0),
    memoryUsage,
    moduleLoadList: [],
    noDeprecation: false,
    openStdin: unimplemented("openStdin", 0),
    permission: { has: () => false },
    pid: 1,
    ppid: 0,
    reallyExit: unimplemented("reallyExit", 1),
    ref: noop("ref", 0),
    release: { name: "node", lts: true, sourceUrl: "", headersUrl: "" },
    report: {},
    resourceUsage: unimplemented("resourceUsage", 0),
    send: unimplemented("send", 2),
    setSourceMapsEnabled: noop("setSourceMapsEnabled", 2),
    setUncaughtExceptionCaptureCallback: unimplemented("setUncaughtExceptionCaptureCallback", 1),
    setegid: unimplemented("setegid", 1),
    seteuid: unimplemented("seteuid", 1),
    setgid: unimplemented("setgid", 1),
    setgroups: unimplemented("setgroups", 1),
    setuid: unimplemented("setuid", 1),
    sourceMapsEnabled: false,
    stderr: stdio(2, (text) => console.error(text)),
    stdin: stdio(0, null),
    stdout: stdio(1, (text) => console.log(text)),
    threadCpuUsage: unimplemented("threadCpuUsage", 0),
    throwDeprecation: false,
    title: "workerd",
    traceDeprecation: false,
    // workerd answers 0o22 whatever was set
    umask: function umask(value) { return 0o22; },
    unref: noop("unref", 0),
    uptime: function uptime() { return (Date.now() - started) / 1000; },
    version: "v" + NODE_VERSION,
    versions,
  });
  let config;
  Object.defineProperty(process, "config", {
    get() { return (config ??= JSON.parse(CONFIG_JSON)); },
    set(value) { config = value; },
    enumerable: true, configurable: true,
  });
  Object.defineProperty(process.cwd, "name", { value: "cwd" });
  Object.defineProperty(process, Symbol.toStringTag, { value: "process", configurable: true });
  return process;
}
