// node:module — the list of built-in modules and isBuiltin(). Workers have no CommonJS loader:
// createRequire() gives a require() that only knows nothing (every call fails with Node's error).
const { nodeError, invalidArgType } = $node;

export const builtinModules = [
  "_stream_duplex", "_stream_passthrough", "_stream_readable", "_stream_transform", "_stream_writable", "assert", "assert/strict",
  "async_hooks", "buffer", "constants", "crypto", "diagnostics_channel", "dns", "dns/promises", "events", "module", "net", "path", "path/posix",
  "path/win32", "process", "querystring", "stream", "stream/consumers", "stream/promises", "stream/web", "string_decoder", "timers",
  "timers/promises", "url", "util", "util/types", "zlib",
];

export function isBuiltin(specifier) {
  if (typeof specifier !== "string") return false;
  const name = specifier.startsWith("node:") ? specifier.slice(5) : specifier;
  return builtinModules.includes(name);
}

export function createRequire(path) {
  if (typeof path !== "string" && !(path instanceof URL)) throw invalidArgType("filename", "of type string or an instance of URL", path);
  const require = (id) => {
    const error = nodeError(Error, "MODULE_NOT_FOUND", `Cannot find module '${id}'`);
    throw error;
  };
  require.resolve = (id) => { throw nodeError(Error, "MODULE_NOT_FOUND", `Cannot find module '${id}'`); };
  require.cache = Object.create(null);
  return require;
}

export function Module() {}
Module.builtinModules = builtinModules;
Module.isBuiltin = isBuiltin;
Module.createRequire = createRequire;
export default Module;
