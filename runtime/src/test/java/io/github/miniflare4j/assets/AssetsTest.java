package io.github.miniflare4j.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Static assets served ahead of the worker and through {@code env.ASSETS}. */
class AssetsTest {

  private static final String API_WORKER = """
      export default {
        async fetch(req, env) {
          const url = new URL(req.url);
          if (url.pathname === "/bind") {
            return env.ASSETS.fetch(new Request("http://localhost" + url.searchParams.get("p"), req));
          }
          return new Response("worker " + url.pathname);
        }
      };""";

  @TempDir Path dir;
  Path site;

  @BeforeEach
  void site() throws IOException {
    site = Files.createDirectories(dir.resolve("public"));
    Files.writeString(site.resolve("index.html"), "<h1>home</h1>");
    Files.writeString(site.resolve("app.js"), "console.log(1)");
    Files.writeString(site.resolve("_headers"), "/*\n  X-A: 1\n");
    Files.createDirectories(site.resolve("api"));
    Files.writeString(site.resolve("api/readme.txt"), "docs");
  }

  private Miniflare start(Assets assets) {
    return new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(API_WORKER).bind(assets).build())
        .build());
  }

  @Test
  void a_matching_if_none_match_gives_304_with_the_asset_headers_and_no_body() {
    try (Miniflare mf = start(Assets.directory(site).binding("ASSETS"))) {
      FetchResponse first = mf.dispatchFetch("http://localhost/app.js");
      String eTag = first.header("etag");
      assertThat(eTag).matches("\"[0-9a-f]{32}\"");
      assertThat(first.header("content-type")).isEqualTo("text/javascript; charset=utf-8");

      for (String tag : List.of(eTag, "W/" + eTag)) {
        FetchResponse again = mf.dispatchFetch("GET", "http://localhost/app.js", Map.of("If-None-Match", tag), null);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.bytes()).isEmpty();
        assertThat(again.header("etag")).isEqualTo(eTag);
      }
      FetchResponse viaBinding = mf.dispatchFetch("GET", "http://localhost/bind?p=/app.js", Map.of("If-None-Match", eTag), null);
      assertThat(viaBinding.status()).isEqualTo(304);
      FetchResponse other = mf.dispatchFetch("GET", "http://localhost/app.js", Map.of("If-None-Match", "\"other\""), null);
      assertThat(other.status()).isEqualTo(200);
      assertThat(other.text()).isEqualTo("console.log(1)");
    }
  }

  @Test
  void the_etag_changes_when_the_file_changes_and_edits_show_without_restart() throws IOException {
    try (Miniflare mf = start(Assets.directory(site))) {
      String before = mf.dispatchFetch("http://localhost/app.js").header("etag");
      Files.writeString(site.resolve("app.js"), "console.log(2)");
      Files.setLastModifiedTime(site.resolve("app.js"), FileTime.from(Instant.now().plusSeconds(60)));
      FetchResponse after = mf.dispatchFetch("http://localhost/app.js");
      assertThat(after.text()).isEqualTo("console.log(2)");
      assertThat(after.header("etag")).isNotEqualTo(before);
    }
  }

  @Test
  void configuration_files_and_paths_outside_the_directory_are_never_served() throws IOException {
    Files.writeString(dir.resolve("secret.txt"), "secret");
    try (Miniflare mf = start(Assets.directory(site).binding("ASSETS").userWorker(false))) {
      assertThat(mf.dispatchFetch("http://localhost/_headers").status()).isEqualTo(404);
      assertThat(mf.dispatchFetch("http://localhost/%2E%2E/secret.txt").status()).isEqualTo(404);
      assertThat(mf.dispatchFetch("http://localhost/..%2Fsecret.txt").status()).isEqualTo(404);
    }
  }

  @Test
  void run_worker_first_patterns_send_matching_paths_to_the_worker_and_bang_patterns_back_to_assets() {
    Assets assets = Assets.directory(site).binding("ASSETS").runWorkerFirst(List.of("/api/*", "!/api/readme.txt"));
    try (Miniflare mf = start(assets)) {
      assertThat(mf.dispatchFetch("http://localhost/api/users").text()).isEqualTo("worker /api/users");
      assertThat(mf.dispatchFetch("http://localhost/api/readme.txt").text()).isEqualTo("docs");
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("<h1>home</h1>");
      assertThat(mf.dispatchFetch("http://localhost/nothing").text()).isEqualTo("worker /nothing");
    }
    try (Miniflare mf = start(Assets.directory(site).runWorkerFirst(true))) {
      assertThat(mf.dispatchFetch("http://localhost/app.js").text()).isEqualTo("worker /app.js");
    }
  }

  @Test
  void a_single_page_app_serves_its_index_for_unknown_paths_through_the_binding() {
    try (Miniflare mf = start(Assets.directory(site).binding("ASSETS")
        .notFoundHandling(NotFoundHandling.SINGLE_PAGE_APPLICATION).runWorkerFirst(List.of("/api/*")))) {
      // with run_worker_first patterns, the not-found handling applies to requests to the instance too
      assertThat(mf.dispatchFetch("http://localhost/settings/profile").text()).isEqualTo("<h1>home</h1>");
      assertThat(mf.dispatchFetch("http://localhost/api/x").text()).isEqualTo("worker /api/x");
      assertThat(mf.dispatchFetch("http://localhost/bind?p=/deep/link").text()).isEqualTo("<h1>home</h1>");
    }
  }

  @Test
  void the_http_server_serves_assets_before_the_worker() throws Exception {
    Miniflare mf = new Miniflare(MiniflareOptions.builder().port(0)
        .worker(WorkerOptions.builder().modules(true).script(API_WORKER).bind(Assets.directory(site)).build())
        .build());
    try (mf) {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> page = client.send(
          HttpRequest.newBuilder(mf.url().resolve("/")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).isEqualTo("<h1>home</h1>");
      assertThat(page.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
      HttpResponse<String> head = client.send(
          HttpRequest.newBuilder(mf.url().resolve("/app.js")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(head.statusCode()).isEqualTo(200);
      assertThat(head.body()).isEmpty();
      HttpResponse<String> api = client.send(
          HttpRequest.newBuilder(mf.url().resolve("/api/x")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(api.body()).isEqualTo("worker /api/x");
    }
  }

  @Test
  void wrangler_assets_are_read_relative_to_the_file() throws IOException {
    Files.writeString(dir.resolve("worker.js"), API_WORKER);
    Path file = Files.writeString(dir.resolve("wrangler.toml"), """
        name = "spa"
        main = "worker.js"
        compatibility_date = "2025-01-01"

        [assets]
        directory = "./public"
        binding = "ASSETS"
        not_found_handling = "single-page-application"
        html_handling = "drop-trailing-slash"
        run_worker_first = ["/api/*"]
        """);
    try (Miniflare mf = new Miniflare(WranglerConfig.options(null, file).build())) {
      assertThat(mf.dispatchFetch("http://localhost/api/ping").text()).isEqualTo("worker /api/ping");
      assertThat(mf.dispatchFetch("http://localhost/somewhere").text()).isEqualTo("<h1>home</h1>");
      assertThat(mf.dispatchFetch("http://localhost/index.html").header("location")).isEqualTo("/");
    }
  }

  @Test
  void bad_options_name_the_setting_and_what_is_allowed() throws IOException {
    assertThatThrownBy(() -> MiniflareOptions.fromJson("{\"script\":\"\",\"modules\":true,\"assets\":{}}"))
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("assets.directory is required");
    String missing = dir.resolve("nope").toString().replace("\\", "/");
    assertThatThrownBy(() -> MiniflareOptions.fromJson(
        "{\"script\":\"\",\"modules\":true,\"assets\":{\"directory\":\"" + missing + "\"}}"))
        .isInstanceOf(MiniflareException.class)
        .satisfies(e -> assertThat(((MiniflareException) e).code()).isEqualTo(ErrorCode.ERR_VALIDATION))
        .hasMessageContaining("must name an existing directory");
    String dirJson = site.toString().replace("\\", "/");
    assertThatThrownBy(() -> MiniflareOptions.fromJson("{\"script\":\"\",\"modules\":true,\"assets\":{\"directory\":\""
        + dirJson + "\",\"assetConfig\":{\"html_handling\":\"sometimes\"}}}"))
        .hasMessageContaining("html_handling must be one of");
    Files.writeString(dir.resolve("worker.js"), API_WORKER);
    Path file = Files.writeString(dir.resolve("wrangler.toml"), """
        name = "x"
        main = "worker.js"
        [assets]
        directory = "./public"
        not_found_handling = "index"
        """);
    assertThatThrownBy(() -> WranglerConfig.options(null, file).build())
        .hasMessageContaining("not_found_handling must be one of");
  }

  @Test
  void assets_resolve_requests_without_a_worker_answer_when_no_user_worker() {
    try (Miniflare mf = start(Assets.directory(site).userWorker(false))) {
      FetchResponse missing = mf.dispatchFetch(FetchRequest.get("http://localhost/missing"));
      assertThat(missing.status()).isEqualTo(404);
      assertThat(missing.bytes()).isEmpty();
      assertThat(URI.create("http://localhost/").getPath()).isEqualTo("/");
    }
  }

  @Test
  void an_assets_only_wrangler_project_without_main_serves_its_directory() throws IOException {
    Files.writeString(site.resolve("404.html"), "gone");
    Path file = Files.writeString(dir.resolve("wrangler.jsonc"), """
        {
          // a static site: no worker
          "name": "site",
          "compatibility_date": "2025-01-01",
          "assets": { "directory": "public", "not_found_handling": "404-page" }
        }
        """);
    try (Miniflare mf = new Miniflare(WranglerConfig.options(null, file).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("<h1>home</h1>");
      FetchResponse missing = mf.dispatchFetch("http://localhost/missing");
      assertThat(missing.status()).isEqualTo(404);
      assertThat(missing.text()).isEqualTo("gone");
      assertThat(mf.dispatchFetch("POST", "http://localhost/missing", Map.of(), "x").status()).isEqualTo(405);
    }
  }

  @Test
  void a_wrangler_assets_directory_not_built_yet_fails_with_wranglers_message() throws IOException {
    Files.writeString(dir.resolve("worker.js"), API_WORKER);
    Path file = Files.writeString(dir.resolve("wrangler.jsonc"), """
        { "name": "spa", "main": "worker.js", "assets": { "directory": "./dist/client" } }
        """);
    assertThatThrownBy(() -> WranglerConfig.options(null, file).build())
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("wrangler.jsonc:1")
        .hasMessageContaining("The directory specified by the \"assets.directory\" field in your configuration file "
            + "does not exist:\n" + dir.resolve("dist/client"))
        .hasMessageContaining("build the assets first");
  }

  @Test
  void wrangler_assets_without_a_directory_are_skipped_as_wranglers_test_integration_skips_them() throws IOException {
    // what a project on @cloudflare/vite-plugin declares: its dev server serves the assets
    Files.writeString(dir.resolve("worker.js"), """
        export default { fetch(req, env) { return new Response("worker, ASSETS " + typeof env.ASSETS); } };
        """);
    Path file = Files.writeString(dir.resolve("wrangler.jsonc"), """
        { "name": "vite-app", "main": "worker.js", "compatibility_date": "2025-01-01", "assets": { "binding": "ASSETS" } }
        """);
    try (Miniflare mf = new Miniflare(WranglerConfig.options(null, file).build())) {
      assertThat(mf.dispatchFetch("http://localhost/index.html").text()).isEqualTo("worker, ASSETS undefined");
    }
  }
}
