package io.github.miniflare4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.config.WranglerConfig;
import io.github.miniflare4j.http.FetchResponse;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A single-page app served from static assets with an API worker, described by its {@code
 * wrangler.toml}: files come from {@code public/}, deep links get {@code index.html}, {@code
 * /api/*} runs the worker first, and the worker reads an asset through {@code env.ASSETS}.
 */
class SinglePageAppAssetsSampleTest {

  static final Path CONFIG = Path.of("src/test/resources/spa-assets/wrangler.toml");

  Miniflare mf;

  @BeforeEach
  void start() {
    mf = new Miniflare(WranglerConfig.load(CONFIG, null).toOptions().port(0).build());
  }

  @AfterEach
  void stop() {
    mf.close();
  }

  @Test
  void the_app_and_its_deep_links_are_served_from_the_assets() {
    FetchResponse home = mf.dispatchFetch("http://localhost/");
    assertThat(home.header("content-type")).isEqualTo("text/html; charset=utf-8");
    assertThat(home.text()).contains("<title>Todos</title>");

    FetchResponse deepLink = mf.dispatchFetch("http://localhost/todos/2");
    assertThat(deepLink.status()).isEqualTo(200);
    assertThat(deepLink.text()).isEqualTo(home.text());

    assertThat(mf.dispatchFetch("http://localhost/app.js").header("content-type"))
        .isEqualTo("text/javascript; charset=utf-8");
  }

  @Test
  void api_paths_reach_the_worker_even_when_no_asset_exists() {
    FetchResponse todos = mf.dispatchFetch("http://localhost/api/todos");
    assertThat(todos.json().get(1).get("title").asText()).isEqualTo("Ship the app");
    assertThat(mf.dispatchFetch("http://localhost/api/nothing").status()).isEqualTo(404);
    assertThat(mf.dispatchFetch("http://localhost/api/config").json().get("app").asText()).isEqualTo("Todos");
  }

  @Test
  void browsers_revalidate_with_the_etag_over_http() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> first = client.send(
        HttpRequest.newBuilder(mf.url().resolve("/app.js")).build(), HttpResponse.BodyHandlers.ofString());
    String eTag = first.headers().firstValue("etag").orElseThrow();
    assertThat(first.headers().firstValue("cache-control")).hasValue("public, max-age=0, must-revalidate");

    HttpResponse<String> again = client.send(
        HttpRequest.newBuilder(mf.url().resolve("/app.js")).header("If-None-Match", eTag).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(Map.of("etag", again.headers().firstValue("etag").orElse(""))).containsEntry("etag", eTag);
  }
}
