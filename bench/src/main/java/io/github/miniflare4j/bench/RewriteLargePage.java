package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
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
    MiniflareOptions options = MiniflareOptions.builder()
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
