package io.github.miniflare4j.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The compatibility flags that workerd implies from others and the compatibility date for the
 * Node.js modules, so that the prelude and the module loader only ever test plain flags.
 */
final class NodeCompat {

  /** Bare specifiers and the {@code Buffer} / {@code process} globals. */
  static final String V2 = "nodejs_compat_v2";

  private static final String COMPAT = "nodejs_compat";
  private static final String POPULATE_ENV = "nodejs_compat_populate_process_env";

  private NodeCompat() {}

  /**
   * The flags in effect: the given ones plus those implied. {@code nodejs_compat_v2} implies
   * {@code nodejs_compat}; {@code nodejs_compat} implies {@code nodejs_compat_v2} from
   * 2024-09-23 and {@code nodejs_compat_populate_process_env} from 2025-04-01, each unless its
   * opt-out flag is set.
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
    if (out.contains(COMPAT)) {
      imply(out, date, "2024-09-23", V2, "no_nodejs_compat_v2");
      imply(out, date, "2025-04-01", POPULATE_ENV, "nodejs_compat_do_not_populate_process_env");
    }
    return out;
  }

  private static void imply(Set<String> flags, String date, String since, String flag, String optOut) {
    if (!flags.contains(optOut) && date.compareTo(since) >= 0) {
      flags.add(flag);
    }
  }
}
