// process as workerd has it from enable_nodejs_process_v2 (compatibility date 2025-09-15): the
// legacy members (node.js's createProcess) plus Node's full shape with workerd's values. Its
// prototype becomes node:events' EventEmitter.prototype as soon as node:events is loaded (or an
// event method is first called), so that process events work without loading node:events at
// every worker start.

// @imports console from globals.js
// @exports createProcessV2

const kProcessV2 = Symbol.for("miniflare4j.processV2");

function builtin(name) { return lazyModule("node-require.js").builtinModuleExports(name); }

function processError(ctor, code, message) {
  // Node's ERR_* codes are errors of a class named after the code, as workerd builds them (recorded)
  if (code.startsWith("ERR_")) return lazyModule("node-buffer.js").nodeInternals.nodeError(ctor, code, message);
  const error = new ctor(message);
  error.code = code;
  return error;
}
const processNotImplemented = (name) => ({ [name]() { throw processError(Error, "ERR_METHOD_NOT_IMPLEMENTED", `The process.${name} method is not implemented`); } }[name]);
const notPermitted = (name) => ({ [name]() { throw processError(Error, "EPERM", "operation not permitted"); } }[name]);
const returns = (name, value) => ({ [name]() { return typeof value === "function" ? value() : value; } }[name]);
const noop = (name) => returns(name, undefined);

/** A prototype whose event methods first load node:events, then become EventEmitter.prototype's. */
const lazyEmitterProto = {};
for (const method of ["setMaxListeners", "getMaxListeners", "emit", "addListener", "on", "prependListener", "once", "prependOnceListener",
  "removeListener", "off", "removeAllListeners", "listeners", "rawListeners", "listenerCount", "eventNames"]) {
  lazyEmitterProto[method] = function (...args) {
    builtin("node:events");
    return this[method](...args);
  };
}
// what reads process's prototype sees EventEmitter, as in workerd (recorded): reading it loads node:events
Object.defineProperty(lazyEmitterProto, "constructor", {
  get() { return builtin("node:events"); }, enumerable: false, configurable: true,
});

const VERSIONS = ["node", "v8", "modules", "zlib", "brotli", "zstd", "ares", "napi", "llhttp", "nghttp2", "acorn", "ada", "simdutf",
  "nbytes", "ncrypto", "uvwasi", "uv", "openssl", "sqlite", "icu", "undici", "simdjson", "unicode", "cldr", "tz", "cjs_module_lexer",
  "amaro", "merve"];

function hrtime(time) {
  const nanos = BigInt(Math.round(host.now() * 1e6));
  const now = [Number(nanos / 1000000000n), Number(nanos % 1000000000n)];
  if (time === undefined) return now;
  if (!Array.isArray(time)) {
    const shown = typeof time === "string" ? `'${time}'` : String(time);
    throw processError(TypeError, "ERR_INVALID_ARG_TYPE", `The "time" argument must be tuple of integers. Received type ${typeof time} (${shown})`);
  }
  if (time.length !== 2) {
    throw processError(RangeError, "ERR_OUT_OF_RANGE", `The value of "time" is out of range. It must be 2. Received [ ${time.join(", ")} ]`);
  }
  let seconds = now[0] - time[0], rest = now[1] - time[1];
  if (rest < 0) { seconds--; rest += 1e9; }
  return [seconds, rest];
}
hrtime.bigint = function bigint() { return BigInt(Math.round(host.now() * 1e6)); };

/** A stream of the process (stdout, stderr, stdin), made from node:stream on first read. */
function lazyStream(fd) {
  let stream;
  return {
    enumerable: true, configurable: true,
    get() {
      if (stream !== undefined) return stream;
      const { Writable, Readable } = builtin("node:stream");
      if (fd === 0) {
        stream = new (class ReadStream extends Readable {})({ read() {}, highWaterMark: 65536 });
        Object.assign(stream, { fd: 0, start: 0, end: null, pos: 0, bytesRead: 0 });
        stream.push(null);
      } else {
        // what is written reaches the log line by line, as console.log / console.error would print it
        let pending = "";
        const log = fd === 1 ? console.log : console.error;
        stream = new (class SyncWriteStream extends Writable {})({
          decodeStrings: false,
          write(chunk, encoding, callback) {
            pending += typeof chunk === "string" ? chunk : new TextDecoder().decode(chunk);
            let newline;
            while ((newline = pending.indexOf("\n")) >= 0) { log(pending.slice(0, newline)); pending = pending.slice(newline + 1); }
            callback();
          },
        });
        stream.fd = fd;
      }
      return stream;
    },
    set(value) { stream = value; },
  };
}

/** The declared parameter counts of workerd's process functions. */
const ARITY = { setuid: 1, setgroups: 1, _debugProcess: 1, send: 2, _linkedBinding: 1, execve: 3, binding: 1, _kill: 2,
  setSourceMapsEnabled: 2, seteuid: 1, setgid: 1, setUncaughtExceptionCaptureCallback: 1, dlopen: 3, initgroups: 2, setegid: 1, kill: 2,
  cpuUsage: 1, umask: 1, _fatalException: 1, assert: 2, chdir: 1, emitWarning: 4, exit: 1, getBuiltinModule: 1, hrtime: 1,
  nextTick: 1, reallyExit: 1 };
/** The lengths of EventEmitter's methods, which the lazy prototype's stand-ins take too. */
const EMITTER_ARITY = { addListener: 2, emit: 1, listenerCount: 1, listeners: 1, off: 2, on: 2, once: 2, prependListener: 2,
  prependOnceListener: 2, rawListeners: 1, removeAllListeners: 1, removeListener: 2, setMaxListeners: 1 };
for (const [name, length] of Object.entries(EMITTER_ARITY)) Object.defineProperty(lazyEmitterProto[name], "length", { value: length });

/** process.config as workerd reports it. */
const CONFIG = {"target_defaults":{"default_configuration":"Release"},"variables":{"asan":0,"clang":1,"control_flow_guard":false,"coverage":false,"dcheck_always_on":0,"debug_nghttp2":false,"debug_node":false,"enable_lto":false,"enable_pgo_generate":false,"enable_pgo_use":false,"error_on_warn":false,"force_dynamic_crt":0,"gas_version":"","host_arch":"x64","icu_data_in":"","icu_endianness":"l","icu_gyp_path":"","icu_path":"","icu_small":false,"icu_ver_major":"","is_debug":0,"libdir":"lib","llvm_version":"","napi_build_version":"9","node_byteorder":"little","node_debug_lib":false,"node_enable_d8":false,"node_enable_v8_vtunejit":false,"node_enable_v8windbg":false,"node_fipsinstall":false,"node_install_corepack":false,"node_install_npm":false,"node_module_version":127,"node_no_browser_globals":false,"node_prefix":"/usr/local","node_quic":false,"node_release_urlbase":"","node_section_ordering_info":"","node_shared":false,"node_shared_ada":false,"node_shared_brotli":false,"node_shared_cares":false,"node_shared_gtest":false,"node_shared_hdr_histogram":false,"node_shared_http_parser":false,"node_shared_libuv":false,"node_shared_merve":false,"node_shared_nbytes":false,"node_shared_nghttp2":false,"node_shared_nghttp3":false,"node_shared_ngtcp2":false,"node_shared_openssl":false,"node_shared_simdjson":false,"node_shared_simdutf":false,"node_shared_sqlite":false,"node_shared_uvwasi":false,"node_shared_zlib":false,"node_shared_zstd":false,"node_tag":"","node_target_type":"executable","node_use_amaro":false,"node_use_bundled_v8":true,"node_use_node_code_cache":false,"node_use_node_snapshot":false,"node_use_openssl":true,"node_use_sqlite":false,"node_use_v8_platform":false,"node_with_ltcg":false,"node_without_node_options":true,"node_write_snapshot_as_array_literals":false,"openssl_is_fips":false,"openssl_quic":false,"ossfuzz":false,"shlib_suffix":"so","single_executable_application":false,"suppress_all_error_on_warn":false,"target_arch":"x64","ubsan":0,"use_ccache_win":0,"use_prefix_to_find_headers":false,"v8_enable_31bit_smis_on_64bit_arch":0,"v8_enable_extensible_ro_snapshot":0,"v8_enable_external_code_space":0,"v8_enable_gdbjit":0,"v8_enable_hugepage":0,"v8_enable_i18n_support":1,"v8_enable_inspector":0,"v8_enable_javascript_promise_hooks":0,"v8_enable_lite_mode":0,"v8_enable_maglev":1,"v8_enable_object_print":0,"v8_enable_pointer_compression":1,"v8_enable_pointer_compression_shared_cage":1,"v8_enable_sandbox":0,"v8_enable_shared_ro_heap":1,"v8_enable_short_builtin_calls":1,"v8_enable_v8_checks":0,"v8_enable_wasm_simd256_revec":0,"v8_enable_webassembly":1,"v8_no_strict_aliasing":1,"v8_optimized_debug":1,"v8_promise_internal_field_count":1,"v8_random_seed":0,"v8_trace_maps":0,"v8_use_siphash":1,"want_separate_host_toolset":0}};

/** setuid and the like: only the id the process already has (0) is accepted. */
const setId = (name) => ({ [name](id) { if (id !== 0) throw processError(Error, "EPERM", "operation not permitted"); } }[name]);

/** Builds the v2 process from the legacy one (`base`: nextTick, env, exit, getBuiltinModule, platform, features). */
function createProcessV2(base) {
  let cwd = "/bundle";
  let exitCode;
  const process = Object.create(lazyEmitterProto);
  Object.defineProperty(process, Symbol.toStringTag, { value: "process", configurable: true });
  const versions = Object.fromEntries(VERSIONS.map((name) => [name, name === "node" ? "22.19.0" : ""]));
  const members = {
    assert: function assert(value, message) { if (!value) throw builtin("node:assert").AssertionError ? new (builtin("node:assert").AssertionError)({ message: message ?? "assertion error" }) : new Error(message); }.bind(null),
    version: "v22.19.0", versions, title: "workerd", argv: ["workerd"], argv0: "workerd", execArgv: [], arch: "x64", platform: "linux",
    config: CONFIG, pid: 1, ppid: 0,
    getegid: returns("getegid", 0), getgid: returns("getgid", 0), getgroups: returns("getgroups", () => [0]), geteuid: returns("geteuid", 0),
    getuid: returns("getuid", 0), setegid: setId("setegid"), setgid: setId("setgid"), setgroups: notPermitted("setgroups"),
    seteuid: setId("seteuid"), setuid: setId("setuid"), initgroups: notPermitted("initgroups"),
    setSourceMapsEnabled: noop("setSourceMapsEnabled"),
    getSourceMapsSupport: returns("getSourceMapsSupport", () => ({ enabled: false, nodeModules: false, generatedCode: false })),
    nextTick: base.nextTick,
    emitWarning: function emitWarning(warning, type, code, ctor) {
      let options = {};
      if (type !== null && typeof type === "object") { options = type; type = options.type; code = options.code; }
      else if (type !== undefined && type !== null && typeof type !== "string" && typeof type !== "function") {
        // workerd names a type that is neither a string nor options the "options" argument (recorded)
        const shown = typeof type === "symbol" ? type.toString() : typeof type === "bigint" ? `${type}n` : String(type);
        throw processError(TypeError, "ERR_INVALID_ARG_TYPE", `The "options" argument must be of type object. Received type ${typeof type} (${shown})`);
      }
      if (typeof warning === "string") {
        warning = new Error(warning);
        warning.name = type || "Warning";
        if (code !== undefined) warning.code = code;
        if (options.detail !== undefined) warning.detail = options.detail;
      } else if (!(warning instanceof Error)) {
        const shown = typeof warning === "symbol" ? warning.toString() : String(warning);
        throw processError(TypeError, "ERR_INVALID_ARG_TYPE", `The "warning" argument must be an string or Error. Received type ${typeof warning} (${shown})`);
      }
      base.nextTick(() => process.emit("warning", warning));
    },
    env: undefined, exit: base.exit,
    abort: function abort() { return base.exit(1); },
    getBuiltinModule: base.getBuiltinModule, features: base.features,
    allowedNodeEnvironmentFlags: new Set(), kill: processNotImplemented("kill"), ref: noop("ref"), unref: noop("unref"),
    chdir: function chdir(directory) {
      const target = builtin("node:path").posix.resolve(cwd, String(directory));
      const fs = builtin("node-internal:vfs");
      if (!fs.isDirectory(target)) throw processError(Error, "ENOENT", `no such file or directory, chdir '${target.slice(1)}'`);
      cwd = target;
    },
    cwd: function cwd_() { return cwd; },
    umask: returns("umask", 18), hrtime, uptime: function uptime() { return host.now() / 1000; },
    loadEnvFile: function loadEnvFile(path = ".env") {
      throw processError(Error, "ENOENT", `no such file or directory, readAll '${builtin("node:path").posix.resolve(cwd, String(path))}'`);
    },
    exitCode: undefined, channel: null, connected: false, binding: processNotImplemented("binding"), debugPort: 0, dlopen: processNotImplemented("dlopen"),
    finalization: { register() {}, registerBeforeExit() {}, unregister() {} },
    getActiveResourcesInfo: processNotImplemented("getActiveResourcesInfo"),
    setUncaughtExceptionCaptureCallback: processNotImplemented("setUncaughtExceptionCaptureCallback"),
    hasUncaughtExceptionCaptureCallback: processNotImplemented("hasUncaughtExceptionCaptureCallback"),
    memoryUsage: returns("memoryUsage", () => ({ rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 })),
    noDeprecation: false, permission: { has() { return false; } },
    release: { name: "node", lts: true, sourceUrl: "", headersUrl: "" },
    report: { compact: false, directory: "", filename: "", reportOnFatalError: false, reportOnSignal: false, reportOnUncaughtException: false,
      excludeNetwork: false, excludeEnv: false, signal: "SIGUSR2" },
    resourceUsage: returns("resourceUsage", () => ({ userCPUTime: 0, systemCPUTime: 0, maxRSS: 0, sharedMemorySize: 0, unsharedDataSize: 0,
      unsharedStackSize: 0, minorPageFault: 0, majorPageFault: 0, swappedOut: 0, fsRead: 0, fsWrite: 0, ipcSent: 0, ipcReceived: 0,
      signalsCount: 0, voluntaryContextSwitches: 0, involuntaryContextSwitches: 0 })),
    send: returns("send", false), traceDeprecation: false, throwDeprecation: false, sourceMapsEnabled: false,
    stdin: undefined, stdout: undefined, stderr: undefined,
    threadCpuUsage: processNotImplemented("threadCpuUsage"), cpuUsage: processNotImplemented("cpuUsage"), execPath: "",
    constrainedMemory: returns("constrainedMemory", 0), availableMemory: returns("availableMemory", 0), execve: processNotImplemented("execve"),
    openStdin: function openStdin() { return process.stdin; }, _rawDebug: noop("_rawDebug"), moduleLoadList: [],
    _linkedBinding: processNotImplemented("_linkedBinding"), domain: null, _exiting: false,
    _getActiveRequests: returns("_getActiveRequests", () => []), _getActiveHandles: returns("_getActiveHandles", () => []),
    reallyExit: function reallyExit(code) { return base.exit(code); }, _kill: processNotImplemented("_kill"),
    _fatalException: function _fatalException(error) { throw error; }, _tickCallback: noop("_tickCallback"),
    _debugProcess: noop("_debugProcess"), _debugEnd: noop("_debugEnd"), _startProfilerIdleNotifier: noop("_startProfilerIdleNotifier"),
    _stopProfilerIdleNotifier: noop("_stopProfilerIdleNotifier"), _preload_modules: [], _disconnect: undefined, _handleQueue: undefined,
    _pendingMessage: undefined, _channel: undefined, _send: undefined,
    // workerd watches listener registrations (its own 'newListener' listener)
    _events: Object.assign(Object.create(null), { newListener: function newListener() {} }), _eventsCount: 1, _maxListeners: undefined,
  };
  for (const [key, value] of Object.entries(members)) {
    if (key === "env") Object.defineProperty(process, "env", { get() { return base.env; }, set(v) { base.env = v; }, enumerable: true, configurable: true });
    else if (key === "stdin" || key === "stdout" || key === "stderr") Object.defineProperty(process, key, lazyStream({ stdin: 0, stdout: 1, stderr: 2 }[key]));
    else if (key === "exitCode") Object.defineProperty(process, key, { get() { return exitCode; }, set(v) { exitCode = v; }, enumerable: true, configurable: true });
    else process[key] = value;
  }
  for (const [name, length] of Object.entries(ARITY)) Object.defineProperty(process[name], "length", { value: length });
  Object.defineProperty(process, kProcessV2, { value: true });
  return process;
}
