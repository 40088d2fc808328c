package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Warm start: in a JVM that has started instances before, a new instance to its first response,
 * then closed; 10 cycles after a warm-up of 10, for hello-world and the two-worker example.
 */
final class WarmStart {

  private WarmStart() {}

  /** Reports {@code warm.hello} and {@code warm.multi}. */
  static void run(int cycles) {
    cycles("warm.hello", Workers::hello, cycles);
    cycles("warm.multi", Workers::multi, cycles);
  }

  private static void cycles(String key, Supplier<MiniflareOptions> options, int cycles) {
    for (int i = 0; i < cycles; i++) {
      cycle(options.get());
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < cycles; i++) {
      times.add(cycle(options.get()));
    }
    Figures.emitTimes(key, times);
  }

  private static double cycle(MiniflareOptions options) {
    long start = System.nanoTime();
    try (Miniflare mf = new Miniflare(options)) {
      mf.dispatchFetch("http://localhost/").text();
    }
    return Figures.millisSince(start);
  }
}
