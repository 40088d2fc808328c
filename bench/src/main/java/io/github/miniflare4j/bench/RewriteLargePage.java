package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code html-rewriter} group: a worker rewrites a 1 MiB page with {@code HTMLRewriter} on
 * each request ({@code workers/html-rewriter.js}); the time from dispatch to the whole rewritten
 * body, after three warm-up requests.
 */
final class RewriteLargePage {

  private static final FetchRequest REQUEST = FetchRequest.get("http://localhost/");

  private RewriteLargePage() {}

  /** Reports {@code html-rewriter.1mib.rewrite}. */
  static void run(int count) {
    // building the page at the worker's top level and rewriting it take seconds in the interpreter
    MiniflareOptions options = MiniflareOptions.builder()
        .startupTimeout(Duration.ofMinutes(10))
        .dispatchTimeout(Duration.ofMinutes(10))
        .worker(WorkerOptions.builder().name("rewriter").modules(true).script(Workers.code("html-rewriter.js")))
        .build();
    try (Miniflare mf = new Miniflare(options)) {
      for (int i = 0; i < 3; i++) {
        rewrite(mf);
      }
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        long start = System.nanoTime();
        rewrite(mf);
        times.add(Figures.millisSince(start));
      }
      Figures.emitTimes("html-rewriter.1mib.rewrite", times);
    }
  }

  private static void rewrite(Miniflare mf) {
    FetchResponse response = mf.dispatchFetch(REQUEST);
    if (response.status() != 200 || response.bytes().length < 1024 * 1024
        || !response.text().contains("href=\"https://example.com/item/0\"")) {
      throw new IllegalStateException("unexpected rewrite: " + response);
    }
  }
}
