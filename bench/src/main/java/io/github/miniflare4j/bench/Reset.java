package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.kv.KvNamespace;
import io.github.miniflare4j.storage.StoreSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-test isolation reset of a KV namespace holding {@code keys} seeded keys, after a test
 * changed some of them (the worker's {@code /touch}): the time to get back to the seeded state,
 * checked by counting the keys through the worker. miniflare4j restores a snapshot taken after
 * seeding ({@link KvNamespace#restore}); Node's Miniflare has no snapshot, so {@code
 * bench/node/bench.mjs} disposes, starts a new instance and seeds again.
 */
final class Reset {

  private Reset() {}

  /** Reports {@code reset.<keys>.seed} and {@code reset.<keys>.reset}. */
  static void run(int keys, int iterations) {
    try (Miniflare mf = new Miniflare(Workers.seed())) {
      long seedStart = System.nanoTime();
      seed(mf, keys);
      Figures.emit("reset." + keys + ".seed", Figures.millisSince(seedStart), "ms");
      KvNamespace kv = mf.getKVNamespace("KV");
      StoreSnapshot seeded = kv.snapshot();
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < iterations; i++) {
        mf.dispatchFetch("http://localhost/touch");
        long start = System.nanoTime();
        kv.restore(seeded);
        times.add(Figures.millisSince(start));
        String first = mf.dispatchFetch("http://localhost/").text();
        if (!first.equals("value-0")) {
          throw new IllegalStateException("after reset key-000000 is \"" + first + "\", expected \"value-0\"");
        }
      }
      String count = mf.dispatchFetch("http://localhost/count").text();
      if (Integer.parseInt(count) != keys) {
        throw new IllegalStateException("after reset " + count + " keys, expected " + keys);
      }
      Figures.emitTimes("reset." + keys + ".reset", times);
    }
  }

  private static void seed(Miniflare mf, int keys) {
    for (int from = 0; from < keys; from += 1000) {
      String url = "http://localhost/seed?from=" + from + "&to=" + Math.min(keys, from + 1000);
      mf.dispatchFetch(FetchRequest.builder(url).method("POST").build());
    }
  }
}
