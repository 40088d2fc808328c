package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.http.FetchRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-test isolation reset of a KV namespace holding {@code keys} seeded keys, after a test
 * changed some of them: the time to get back to the seeded state, checked by counting the keys.
 * Until KV snapshots exist, the reset is what Node's Miniflare does too: close, new instance,
 * seed again through the worker.
 */
final class Reset {

  private Reset() {}

  /** Reports {@code reset.<keys>.seed} and {@code reset.<keys>.reset}. */
  static void run(int keys, int iterations) {
    Miniflare mf = new Miniflare(Workers.seed());
    try {
      long seedStart = System.nanoTime();
      seed(mf, keys);
      Figures.emit("reset." + keys + ".seed", Figures.millisSince(seedStart), "ms");
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < iterations; i++) {
        mf.dispatchFetch("http://localhost/touch");
        long start = System.nanoTime();
        mf.close();
        mf = new Miniflare(Workers.seed());
        seed(mf, keys);
        times.add(Figures.millisSince(start));
      }
      String count = mf.dispatchFetch("http://localhost/count").text();
      if (Integer.parseInt(count) != keys) {
        throw new IllegalStateException("after reset " + count + " keys, expected " + keys);
      }
      Figures.emitTimes("reset." + keys + ".reset", times);
    } finally {
      mf.close();
    }
  }

  private static void seed(Miniflare mf, int keys) {
    for (int from = 0; from < keys; from += 1000) {
      String url = "http://localhost/seed?from=" + from + "&to=" + Math.min(keys, from + 1000);
      mf.dispatchFetch(FetchRequest.builder(url).method("POST").build());
    }
  }
}
