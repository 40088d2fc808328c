package io.github.miniflare4j.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The compatibility flags that workerd implies from others and the compatibility date for the
 * Node.js modules (and WebSockets' close handshake), so that the prelude and the module loader only ever test plain flags.
 */
final class NodeCompat {

  /** Bare specifiers and the {@code Buffer} / {@code process} globals. */
  static final String V2 = "nodejs_compat_v2";

  private static final String COMPAT = "nodejs_compat";
  private static final String POPULATE_ENV = "nodejs_compat_populate_process_env";
  private static final String HTTP_MODULES = "enable_nodejs_http_modules";
  private static final String HTTP_SERVER_MODULES = "enable_nodejs_http_server_modules";
  private static final String PROCESS_V2 = "enable_nodejs_process_v2";

  private NodeCompat() {}

  /**
   * The flags in effect: the given ones plus those implied. {@code nodejs_compat_v2} implies
   * {@code nodejs_compat}; {@code nodejs_compat} implies {@code nodejs_compat_v2} from
   * 2024-09-23, {@code nodejs_compat_populate_process_env} from 2025-04-01, {@code
   * enable_nodejs_http_modules} (node:http) from 2025-08-15 and, with it, {@code
   * enable_nodejs_http_server_modules} (cloudflare:node) from 2025-09-01, {@code
   * enable_nodejs_process_v2} (Node's full process object) from 2025-09-15, each unless its opt-out
   * flag is set; {@code web_socket_auto_reply_to_close} from 2026-04-07 unless {@code
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
    }
    return out;
  }

  private static void imply(Set<String> flags, String date, String since, String flag, String optOut) {
    if (!flags.contains(optOut) && date.compareTo(since) >= 0) {
      flags.add(flag);
    }
  }
}
