package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.OutboundHandler;
import io.github.miniflare4j.junit.Worker;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.junit.WorkerResponse;
import org.junit.jupiter.api.Test;

/**
 * The HTMLRewriter scenario: a proxy worker ({@code src/test/resources/html-rewriter/site-proxy-worker.js})
 * in front of a legacy site rewrites its pages on the fly: links to the old origin become
 * relative, external links open in a new tab, a banner is injected into {@code <body>}, the title
 * gets a suffix and legacy tracking scripts are dropped. The legacy site is played by the static
 * {@link OutboundHandler} below; everything the rewriter does not touch arrives byte for byte.
 */
@MiniflareTest(workers = @Worker(
    name = "site",
    scriptPath = "classpath:html-rewriter/site-proxy-worker.js",
    vars = {"ORIGIN=https://legacy.example", "BANNER=<strong>We moved!</strong> This is the new site."}))
class HtmlRewriterSampleTest {

  static final String LEGACY_PAGE =
      """
      <!DOCTYPE html>
      <html>
      <head><title>Products</title><script data-legacy src="https://tracker.example/t.js"></script></head>
      <body class=shop>
        <h1>Products &amp; prices</h1>
        <a href="https://legacy.example/products/1">First</a>
        <a href="https://legacy.example">Home</a>
        <a href="https://docs.example/guide">Guide</a>
        <a href="#top">Top</a>
      </body>
      </html>
      """;

  /** The legacy site: one HTML page and one stylesheet. */
  @OutboundHandler
  static FetchResponse legacySite(FetchRequest request) {
    return switch (request.url()) {
      case "https://legacy.example/products" -> FetchResponse.builder().status(200)
          .header("content-type", "text/html; charset=utf-8").body(LEGACY_PAGE).build();
      case "https://legacy.example/site.css" -> FetchResponse.builder().status(200)
          .header("content-type", "text/css").body("a[href^=\"https://legacy.example\"] { color: red }").build();
      default -> FetchResponse.builder().status(404).body("no such page").build();
    };
  }

  @Test
  void pages_are_rewritten_as_they_stream_through(WorkerClient site) {
    WorkerResponse page = site.fetch("/products");

    System.out.println("[sample html-rewriter] GET /products ->\n" + page.text());
    assertThat(page).hasStatus(200).hasBody(
        """
        <!DOCTYPE html>
        <html>
        <head><title>Products | New Site</title></head>
        <body class=shop><div class="banner"><strong>We moved!</strong> This is the new site.</div>
          <h1>Products &amp; prices</h1>
          <a href="/products/1">First</a>
          <a href="/">Home</a>
          <a href="https://docs.example/guide" target="_blank" rel="noopener">Guide</a>
          <a href="#top">Top</a>
        </body>
        </html>
        """);
  }

  @Test
  void other_content_passes_through_untouched(WorkerClient site) {
    assertThat(site.fetch("/site.css")).hasStatus(200).hasBody("a[href^=\"https://legacy.example\"] { color: red }");
    assertThat(site.fetch("/missing")).hasStatus(404).hasBody("no such page");
  }
}
