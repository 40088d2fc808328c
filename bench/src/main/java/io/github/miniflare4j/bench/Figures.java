package io.github.miniflare4j.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The figures a scenario reports, one TSV line each on standard output: key, median, min, max,
 * unit ({@code -} where a column does not apply). {@code bench/node/bench.mjs} prints the same
 * keys for the real Miniflare.
 */
final class Figures {

  private Figures() {}

  /** Median, minimum, maximum and percentiles of a sample. */
  record Stats(double median, double min, double max, double p50, double p99) {

    static Stats of(List<Double> values) {
      List<Double> sorted = new ArrayList<>(values);
      Collections.sort(sorted);
      return new Stats(at(sorted, 0.5), sorted.get(0), sorted.get(sorted.size() - 1), at(sorted, 0.5), at(sorted, 0.99));
    }

    private static double at(List<Double> sorted, double q) {
      return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size())));
    }
  }

  /** Prints one figure; NaN prints as {@code -}. */
  static void emit(String key, double median, double min, double max, String unit) {
    System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s%n", key, format(median), format(min), format(max), unit);
    System.out.flush();
  }

  /** Prints a single value. */
  static void emit(String key, double value, String unit) {
    emit(key, value, Double.NaN, Double.NaN, unit);
  }

  /** Prints the median, minimum and maximum of durations in milliseconds. */
  static void emitTimes(String key, List<Double> millis) {
    Stats s = Stats.of(millis);
    emit(key, s.median(), s.min(), s.max(), "ms");
  }

  private static String format(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }

  /** Milliseconds since {@code startNanos}. */
  static double millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e6;
  }

  /**
   * The peak resident set size of this process so far ({@code VmHWM} of {@code /proc/self/status}),
   * in MiB; NaN where {@code /proc} does not exist.
   */
  static double peakRssMiB() {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return Double.NaN;
    }
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
      return Double.NaN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
