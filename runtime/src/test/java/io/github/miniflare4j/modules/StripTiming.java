package io.github.miniflare4j.modules;

import java.nio.file.Path;

/** Times the stripper and its disk cache for {@link io.github.miniflare4j.bench.TypeScriptLoadBenchmark}. */
public final class StripTiming {

  private StripTiming() {}

  /** Nanoseconds of the first strip in this JVM, of a warm strip (mean), of a disk cache hit (mean). */
  public static long[] measure(String ts, Path cacheDir, int n) {
    long t0 = System.nanoTime();
    TypeScriptStripper.strip(ts + "\n// first", "bench.ts");
    long first = System.nanoTime() - t0;
    t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      TypeScriptStripper.strip(ts, "bench.ts");
    }
    long warm = (System.nanoTime() - t0) / n;
    StripCache cache = new StripCache(cacheDir);
    cache.strip(ts, Path.of("bench.ts"));
    t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      cache.strip(ts, Path.of("bench.ts"));
    }
    long hit = (System.nanoTime() - t0) / n;
    return new long[] {first, warm, hit};
  }
}
