package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dispatch throughput and latency through {@code dispatchFetch}: {@code rounds} rounds of {@code
 * count} requests after the warm-up ({@link WarmUp}: two rounds, more until its time has passed),
 * first sequential, then 16 in flight.
 */
final class Dispatch {

  private Dispatch() {}

  /** Reports {@code dispatch.<key>.{seq,c16}.{throughput,p50,p99}} of requests to {@code /}. */
  static void run(String key, MiniflareOptions options, int count, int rounds) {
    run(key, options, "/", count, rounds);
  }

  /** Reports {@code dispatch.<key>.{seq,c16}.{throughput,p50,p99}} of GET requests to {@code path}. */
  static void run(String key, MiniflareOptions options, String path, int count, int rounds) {
    FetchRequest request = FetchRequest.get("http://localhost" + path);
    try (Miniflare mf = new Miniflare(options)) {
      for (int inFlight : new int[] {1, 16}) {
        String mode = inFlight == 1 ? "seq" : "c" + inFlight;
        WarmUp.repeat(2, () -> round(mf, request, count, inFlight, new ArrayList<>()));
        List<Double> rates = new ArrayList<>();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < rounds; i++) {
          rates.add(round(mf, request, count, inFlight, latencies));
        }
        Figures.Stats r = Figures.Stats.of(rates);
        Figures.Stats l = Figures.Stats.of(latencies);
        String prefix = "dispatch." + key + "." + mode;
        Figures.emit(prefix + ".throughput", r.median(), r.min(), r.max(), "req/s");
        Figures.emit(prefix + ".p50", l.p50(), "ms");
        Figures.emit(prefix + ".p99", l.p99(), "ms");
      }
    }
  }

  /** One round; returns requests per second. */
  static double round(Miniflare mf, FetchRequest request, int count, int inFlight, List<Double> latencies) {
    long start = System.nanoTime();
    if (inFlight == 1) {
      for (int i = 0; i < count; i++) {
        long t = System.nanoTime();
        check(mf.dispatchFetch(request));
        latencies.add(Figures.millisSince(t));
      }
    } else {
      AtomicInteger issued = new AtomicInteger();
      List<CompletableFuture<Void>> lanes = new ArrayList<>();
      for (int i = 0; i < inFlight; i++) {
        lanes.add(lane(mf, request, count, issued, latencies));
      }
      CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new)).join();
    }
    return count / (Figures.millisSince(start) / 1000);
  }

  /** Sends requests one after another until {@code count} were issued by all lanes. */
  private static CompletableFuture<Void> lane(
      Miniflare mf, FetchRequest request, int count, AtomicInteger issued, List<Double> latencies) {
    if (issued.getAndIncrement() >= count) {
      return CompletableFuture.completedFuture(null);
    }
    long t = System.nanoTime();
    return mf.dispatchFetchAsync(request)
        .thenCompose(
            response -> {
              check(response);
              latencies.add(Figures.millisSince(t));
              return lane(mf, request, count, issued, latencies);
            });
  }

  private static void check(FetchResponse response) {
    if (response.status() != 200) {
      throw new IllegalStateException("status " + response.status() + ": " + response.text());
    }
  }
}
