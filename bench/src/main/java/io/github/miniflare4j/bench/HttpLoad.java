package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP server under a bounded loopback load: hello-world on 127.0.0.1 and a free port, a
 * keep-alive HTTP/1.1 client ({@code java.net.http}); {@code rounds} rounds of {@code count} requests after
 * two warm-up rounds, sequential (one connection) and 16 in flight (16 connections).
 */
final class HttpLoad {

  private HttpLoad() {}

  /** Reports {@code http.hello.{seq,c16}.{throughput,p50,p99}}. */
  static void run(int count, int rounds) {
    try (Miniflare mf = new Miniflare(Workers.helloServed())) {
      URI url = mf.url();
      for (int inFlight : new int[] {1, 16}) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(url).GET().build();
        for (int i = 0; i < 2; i++) {
          round(client, request, count, inFlight, new ArrayList<>());
        }
        List<Double> rates = new ArrayList<>();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < rounds; i++) {
          rates.add(round(client, request, count, inFlight, latencies));
        }
        Figures.Stats r = Figures.Stats.of(rates);
        Figures.Stats l = Figures.Stats.of(latencies);
        String prefix = "http.hello." + (inFlight == 1 ? "seq" : "c" + inFlight);
        Figures.emit(prefix + ".throughput", r.median(), r.min(), r.max(), "req/s");
        Figures.emit(prefix + ".p50", l.p50(), "ms");
        Figures.emit(prefix + ".p99", l.p99(), "ms");
      }
    }
  }

  private static double round(
      HttpClient client, HttpRequest request, int count, int inFlight, List<Double> latencies) {
    long start = System.nanoTime();
    AtomicInteger issued = new AtomicInteger();
    List<CompletableFuture<Void>> lanes = new ArrayList<>();
    for (int i = 0; i < inFlight; i++) {
      lanes.add(lane(client, request, count, issued, latencies));
    }
    CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new)).join();
    return count / (Figures.millisSince(start) / 1000);
  }

  private static CompletableFuture<Void> lane(
      HttpClient client, HttpRequest request, int count, AtomicInteger issued, List<Double> latencies) {
    if (issued.getAndIncrement() >= count) {
      return CompletableFuture.completedFuture(null);
    }
    long t = System.nanoTime();
    return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .thenCompose(
            response -> {
              if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP status " + response.statusCode());
              }
              latencies.add(Figures.millisSince(t));
              return lane(client, request, count, issued, latencies);
            });
  }
}
