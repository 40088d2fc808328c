// node:module — the list of built-in modules, isBuiltin() and createRequire(), whose require()
// loads built-in modules and the worker's own modules synchronously, as workerd's does.
import { quote } from "node-internal:inspect";
const { nodeError, requireFrom } = $node;

/** Every Node.js module name workerd knows, whatever the compatibility date provides. */
export const builtinModules = [
  "_http_agent", "_http_client", "_http_common", "_http_incoming", "_http_outgoing", "_http_server", "_stream_duplex",
  "_stream_passthrough", "_stream_readable", "_stream_transform", "_stream_wrap", "_stream_writable", "_tls_common",
  "_tls_wrap", "assert", "assert/strict", "async_hooks", "buffer", "child_process", "cluster", "console", "constants",
  "crypto", "dgram", "diagnostics_channel", "dns", "dns/promises", "domain", "events", "fs", "fs/promises", "http",
  "http2", "https", "inspector", "inspector/promises", "module", "net", "os", "path", "path/posix", "path/win32",
  "perf_hooks", "process", "punycode", "querystring", "readline", "readline/promises", "repl", "stream",
  "stream/consumers", "stream/promises", "stream/web", "string_decoder", "sys", "timers", "timers/promises", "tls",
  "trace_events", "tty", "url", "util", "util/types", "v8", "vm", "wasi", "worker_threads", "zlib",
];

/** workerd's answer: any node: specifier, or a bare name of builtinModules (and "sqlite"). */
export function isBuiltin(specifier) {
  if (typeof specifier !== "string") return false;
  return specifier.startsWith("node:") || builtinModules.includes(specifier) || specifier === "sqlite";
}

export function createRequire(path) {
  const base = `${path}`;
  if (!base.startsWith("/") && !base.startsWith("file:")) {
    throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE",
      `The argument 'path' The argument must be a file URL object, a file URL string, or an absolute path string.. Received ${quote(base)}`);
  }
  return requireFrom(base);
}

const notImplemented = (name) => ({ [name]() { throw nodeError(Error, "ERR_METHOD_NOT_IMPLEMENTED", `The module.${name} method is not implemented`); } }[name]);

/** Module itself cannot be constructed or called in workerd; its statics are what the module exports. */
export function Module() { throw nodeError(Error, "ERR_METHOD_NOT_IMPLEMENTED", "The module.Module method is not implemented"); }
export const SourceMap = notImplemented("SourceMap");
export const _cache = {}, _extensions = {}, _pathCache = {}, globalPaths = [];
export const constants = { compileCacheStatus: { FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 } };
export const _debug = notImplemented("_debug"), _findPath = notImplemented("_findPath"), _initPaths = notImplemented("_initPaths"),
  _load = notImplemented("_load"), _nodeModulePaths = notImplemented("_nodeModulePaths"), _preloadModules = notImplemented("_preloadModules"),
  _resolveFilename = notImplemented("_resolveFilename"), _resolveLookupPaths = notImplemented("_resolveLookupPaths"),
  findPackageJSON = notImplemented("findPackageJSON"), findSourceMap = notImplemented("findSourceMap"), register = notImplemented("register"),
  registerHooks = notImplemented("registerHooks"), runMain = notImplemented("runMain"), setSourceMapsSupport = notImplemented("setSourceMapsSupport"),
  stripTypeScriptTypes = notImplemented("stripTypeScriptTypes"), syncBuiltinESMExports = notImplemented("syncBuiltinESMExports"),
  wrap = notImplemented("wrap");
export function enableCompileCache() {}
export function flushCompileCache() {}
export function getCompileCacheDir() {}
export function getSourceMapsSupport() { return Object.assign(Object.create(null), { enabled: false, nodeModules: false, generatedCode: false }); }
Object.assign(Module, {
  Module, SourceMap, _cache, _debug, _extensions, _findPath, _initPaths, _load, _nodeModulePaths, _pathCache, _preloadModules,
  _resolveFilename, _resolveLookupPaths, builtinModules, constants, createRequire, enableCompileCache, findPackageJSON, findSourceMap,
  flushCompileCache, getCompileCacheDir, getSourceMapsSupport, globalPaths, isBuiltin, register, registerHooks, runMain,
  setSourceMapsSupport, stripTypeScriptTypes, syncBuiltinESMExports, wrap,
});
export default Module;
