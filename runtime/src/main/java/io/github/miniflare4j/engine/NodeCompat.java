package io.github.miniflare4j.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The compatibility flags that workerd implies from others and the compatibility date for the
 * Node.js modules (and WebSockets' close handshake), so that the prelude and the module loader only ever test plain flags.
 */
public final class NodeCompat {

  /** Bare specifiers and the {@code Buffer} / {@code process} globals. */
  static final String V2 = "nodejs_compat_v2";

  /** workerd's full process object and node:process module. */
  static final String PROCESS_V2 = "enable_nodejs_process_v2";

  private static final String COMPAT = "nodejs_compat";
  private static final String POPULATE_ENV = "nodejs_compat_populate_process_env";
  private static final String HTTP_MODULES = "enable_nodejs_http_modules";
  private static final String HTTP_SERVER_MODULES = "enable_nodejs_http_server_modules";

  private NodeCompat() {}

  /**
   * Whether a worker with this compatibility date and these flags runs under {@code
   * nodejs_compat_v2} (given, or implied by {@code nodejs_compat} from 2024-09-23): Wrangler then
   * bundles it with its Node.js polyfill plugin.
   *
   * @param date the compatibility date, {@code yyyy-mm-dd}, or {@code null}
   * @param flags the configured flags
   * @return whether nodejs_compat_v2 is in effect
   */
  public static boolean nodejsCompatV2(String date, List<String> flags) {
    return effectiveFlags(date == null ? "" : date, flags).contains(V2);
  }

  /**
   * Whether the effective {@code flags} provide no {@code node:} module at all: neither {@code
   * nodejs_compat} nor {@code nodejs_als} (which gives {@code node:async_hooks} alone).
   */
  static boolean noNodeModules(Set<String> flags) {
    return !flags.contains(COMPAT) && !flags.contains("nodejs_als");
  }

  /** Whether the effective {@code flags} give workerd's full process (it needs nodejs_compat too). */
  static boolean processV2(Set<String> flags) {
    return flags.contains(PROCESS_V2) && flags.contains(COMPAT);
  }

  /**
   * The flags in effect: the given ones plus those implied. {@code nodejs_compat_v2} implies
   * {@code nodejs_compat}; {@code nodejs_compat} implies {@code nodejs_compat_v2} from
   * 2024-09-23, {@code nodejs_compat_populate_process_env} from 2025-04-01, {@code
   * enable_nodejs_http_modules} (node:http) from 2025-08-15 and, with it, {@code
   * enable_nodejs_http_server_modules} (cloudflare:node) from 2025-09-01, {@code
   * enable_nodejs_process_v2} from 2025-09-15, {@code enable_nodejs_global_timers} from 2026-02-10
   * and the per-module flags of {@link #MODULE_DATES},
   * each unless its opt-out flag is set; {@code web_socket_auto_reply_to_close} from 2026-04-07 unless {@code
   * web_socket_manual_reply_to_close}.
   *
   * @param date the compatibility date, {@code yyyy-mm-dd}, or empty
   * @param flags the configured flags
   * @return a new set, in a stable order
   */
  static Set<String> effectiveFlags(String date, List<String> flags) {
    Set<String> out = new LinkedHashSet<>(flags);
    if (out.contains(V2)) {
      out.add(COMPAT);
    }
    imply(out, date, "2026-04-07", "web_socket_auto_reply_to_close", "web_socket_manual_reply_to_close");
    if (out.contains(COMPAT)) {
      imply(out, date, "2024-09-23", V2, "no_nodejs_compat_v2");
      imply(out, date, "2025-04-01", POPULATE_ENV, "nodejs_compat_do_not_populate_process_env");
      imply(out, date, "2025-08-15", HTTP_MODULES, "disable_nodejs_http_modules");
      if (out.contains(HTTP_MODULES)) {
        imply(out, date, "2025-09-01", HTTP_SERVER_MODULES, "disable_nodejs_http_server_modules");
      }
      imply(out, date, "2025-09-15", PROCESS_V2, "disable_nodejs_process_v2");
      imply(out, date, "2026-02-10", "enable_nodejs_global_timers", "no_nodejs_global_timers");
      for (String[] module : MODULE_DATES) {
        imply(out, date, module[1], "enable_nodejs_" + module[0] + "_module", "disable_nodejs_" + module[0] + "_module");
      }
    }
    return out;
  }

  /**
   * The Node.js modules workerd adds behind a flag {@code enable_nodejs_<name>_module} (opt-out
   * {@code disable_nodejs_<name>_module}) and the compatibility date from which nodejs_compat
   * implies it: {name, date}.
   */
  private static final String[][] MODULE_DATES = {
    {"http2", "2025-09-01"}, {"fs", "2025-09-15"}, {"os", "2025-09-15"}, {"console", "2025-09-21"},
    {"vm", "2025-10-01"}, {"punycode", "2025-12-04"}, {"cluster", "2025-12-04"}, {"domain", "2025-12-04"},
    {"wasi", "2025-12-04"}, {"trace_events", "2025-12-04"}, {"stream_wrap", "2026-01-29"},
    {"dgram", "2026-01-29"}, {"inspector", "2026-01-29"}, {"child_process", "2026-03-17"},
    {"perf_hooks", "2026-03-17"}, {"readline", "2026-03-17"}, {"repl", "2026-03-17"}, {"tty", "2026-03-17"},
    {"v8", "2026-03-17"}, {"worker_threads", "2026-03-17"},
  };

  private static void imply(Set<String> flags, String date, String since, String flag, String optOut) {
    if (!flags.contains(optOut) && date.compareTo(since) >= 0) {
      flags.add(flag);
    }
  }
}
