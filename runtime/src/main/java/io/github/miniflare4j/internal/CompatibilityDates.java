package io.github.miniflare4j.internal;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.WorkerOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks of a worker's compatibility date before it starts: Miniflare's (not after today,
 * compared as text) and then workerd's ({@code yyyy-mm-dd} from the year 2000, any day 01-31),
 * with their codes and messages (recorded). A date after the newest one the emulated runtime
 * supports runs as that newest date, with Wrangler's warning, as {@code wrangler dev} and its
 * Vitest integration fall back: refusing it (as workerd alone does) would stop every project
 * dated after this runtime's release.
 */
public final class CompatibilityDates {

  private static final Logger LOG = LoggerFactory.getLogger("miniflare4j");

  /** The newest compatibility date workerd of Miniflare 4.20260426.0 supports. */
  static final String NEWEST_SUPPORTED = "2026-05-03";

  private CompatibilityDates() {}

  /**
   * Miniflare's check, made before workerd sees any worker.
   *
   * @param worker the worker
   * @param today today's date in UTC as {@code yyyy-mm-dd} (Miniflare reads the system's clock)
   * @throws MiniflareException {@code ERR_FUTURE_COMPATIBILITY_DATE} when the date sorts after today
   */
  static void checkNotFuture(WorkerOptions worker, String today) {
    String date = worker.compatibilityDate();
    if (date != null && date.compareTo(today) > 0) {
      throw new MiniflareException(ErrorCode.ERR_FUTURE_COMPATIBILITY_DATE,
          "Compatibility date \"" + date + "\" is in the future and unsupported");
    }
  }

  /**
   * workerd's check, made when the runtime starts.
   *
   * @param worker the worker
   * @throws MiniflareException {@code ERR_RUNTIME_FAILURE} for a date workerd cannot read
   */
  static void checkSupported(WorkerOptions worker) {
    String date = worker.compatibilityDate();
    if (date == null) {
      return;
    }
    if (!isWellFormed(date)) {
      throw failure(worker, "Invalid compatibility date: " + date);
    }
    if (date.compareTo(NEWEST_SUPPORTED) > 0) {
      LOG.warn("The latest compatibility date supported by the installed Cloudflare Workers Runtime is \"{}\",\n"
          + "but you've requested \"{}\" (worker \"{}\"). Falling back to \"{}\"...", NEWEST_SUPPORTED, date,
          worker.name(), NEWEST_SUPPORTED);
    }
  }

  /**
   * The date a worker runs with: its own, or the newest supported one when it asks for a later
   * date (see the class comment).
   *
   * @param date the worker's compatibility date, or {@code null}
   * @return the date the runtime applies, or {@code null}
   */
  public static String effective(String date) {
    return date != null && date.compareTo(NEWEST_SUPPORTED) > 0 ? NEWEST_SUPPORTED : date;
  }

  private static boolean isWellFormed(String date) {
    if (date.length() != 10 || date.charAt(4) != '-' || date.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (date.charAt(i) < '0' || date.charAt(i) > '9')) {
        return false;
      }
    }
    int year = Integer.parseInt(date.substring(0, 4));
    int month = Integer.parseInt(date.substring(5, 7));
    int day = Integer.parseInt(date.substring(8, 10));
    return year >= 2000 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }

  private static MiniflareException failure(WorkerOptions worker, String message) {
    return new MiniflareException(ErrorCode.ERR_RUNTIME_FAILURE,
        "The Workers runtime failed to start: Worker \"" + worker.name() + "\": " + message);
  }
}
