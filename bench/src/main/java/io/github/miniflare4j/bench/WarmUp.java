package io.github.miniflare4j.bench;

/**
 * The warm-up before a group's measured rounds, the same rule on both sides of a side-by-side
 * run ({@code bench/node/bench.mjs} has its twin): at least a given number of rounds, and more
 * until {@code BENCH_WARMUP_SECONDS} (default {@value #DEFAULT_SECONDS}) have passed since the
 * first began. A count alone measured how far the JVM's compilers had got, not throughput: the
 * same build's 16-in-flight KV figure was about 2,700 or about 7,000 req/s depending on when
 * HotSpot compiled the hot paths, and both builds compared reached 9,000-12,000 once warmed for
 * longer.
 */
final class WarmUp {

  static final double DEFAULT_SECONDS = 5;

  private WarmUp() {}

  /** Runs {@code round} at least {@code atLeast} times and until the warm-up time has passed. */
  static void repeat(int atLeast, Runnable round) {
    long until = System.nanoTime() + (long) (seconds() * 1e9);
    for (int i = 0; i < atLeast || System.nanoTime() < until; i++) {
      round.run();
    }
  }

  /** {@code BENCH_WARMUP_SECONDS}, or the default. */
  static double seconds() {
    String value = System.getenv("BENCH_WARMUP_SECONDS");
    return value == null || value.isBlank() ? DEFAULT_SECONDS : Double.parseDouble(value.trim());
  }
}
