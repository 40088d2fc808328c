// node:module — the list of built-in modules, isBuiltin() and createRequire(), whose require()
// loads built-in modules and the worker's own modules synchronously, as workerd's does.
import { quote } from "node-internal:inspect";
const { nodeError, requireFrom } = $node;

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
  const base = `${path}`;
  if (!base.startsWith("/") && !base.startsWith("file:")) {
    throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE",
      `The argument 'path' The argument must be a file URL object, a file URL string, or an absolute path string.. Received ${quote(base)}`);
  }
  return requireFrom(base);
}

export function Module() {}
Module.builtinModules = builtinModules;
Module.isBuiltin = isBuiltin;
Module.createRequire = createRequire;
export default Module;
