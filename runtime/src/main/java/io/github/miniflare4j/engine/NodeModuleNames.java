package io.github.miniflare4j.engine;

import java.util.Set;

/**
 * The names of Node.js's built-in modules, as a bare specifier may spell them ({@code "buffer"},
 * {@code "stream/promises"}). Under {@code nodejs_compat_v2} workerd reads such a specifier as
 * the {@code node:} module of that name, whether or not it provides it: a bare {@code "fs"}
 * fails as {@code No such module "node:fs".} like {@code "node:fs"} does.
 */
final class NodeModuleNames {

  private static final Set<String> NAMES =
      Set.of(
          "_http_agent", "_http_client", "_http_common", "_http_incoming", "_http_outgoing",
          "_http_server", "_stream_duplex", "_stream_passthrough", "_stream_readable",
          "_stream_transform", "_stream_wrap", "_stream_writable", "_tls_common", "_tls_wrap",
          "assert", "assert/strict", "async_hooks", "buffer", "child_process", "cluster", "console",
          "constants", "crypto", "dgram", "diagnostics_channel", "dns", "dns/promises", "domain",
          "events", "fs", "fs/promises", "http", "http2", "https", "inspector", "inspector/promises",
          "module", "net", "os", "path", "path/posix", "path/win32", "perf_hooks", "process",
          "punycode", "querystring", "readline", "readline/promises", "repl", "stream",
          "stream/consumers", "stream/promises", "stream/web", "string_decoder", "sys", "timers",
          "timers/promises", "tls", "trace_events", "tty", "url", "util", "util/types", "v8", "vm",
          "wasi", "worker_threads", "zlib");

  private NodeModuleNames() {}

  /** Whether {@code specifier} is the bare name of a Node.js built-in module. */
  static boolean isNodeModule(String specifier) {
    return NAMES.contains(specifier);
  }
}
