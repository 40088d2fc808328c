package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** Workers read from wrangler files, overridden by annotations; the HTTP server and its URL. */
class ConfigTest {

  @MiniflareTest(config = "classpath:wrangler/api/wrangler.toml")
  static class FromFile {
    @Test
    void reads_the_worker_from_the_file(WorkerClient api, Miniflare mf) {
      assertThat(api.fetch("/").text()).isEqualTo("from the file");
      assertThat(mf.workerNames()).containsExactly("api");
    }
  }

  @MiniflareTest(config = "classpath:wrangler/api/wrangler.toml", environment = "staging")
  static class FromEnvironment {
    @Test
    void reads_the_environment(WorkerClient api, Miniflare mf) {
      assertThat(api.fetch("/").text()).isEqualTo("from staging");
      assertThat(mf.workerNames()).containsExactly("api-staging");
    }
  }

  @MiniflareTest(config = "classpath:wrangler/api/wrangler.toml", workers = @Worker(name = "api", vars = {"GREETING=annotated", "EXTRA=more"}))
  static class Overridden {
    @Test
    void annotations_override_the_file(WorkerClient api) {
      assertThat(api.fetch("/").text()).isEqualTo("annotated + more");
    }
  }

  @Test
  void wrangler_files_declare_workers_and_annotations_override_them() {
    Fixtures.assertAllSucceeded(Fixtures.run(FromFile.class, FromEnvironment.class, Overridden.class), 3);
  }

  static final String TOP_LEVEL_LOOP = "let n = 0; for (let i = 0; i < 2e6; i++) n += i;"
      + " addEventListener('fetch', (e) => { if (new URL(e.request.url).pathname === '/spin') { for (;;) {} }"
      + " e.respondWith(new Response('started ' + (n > 0))); });";

  // a limit a cold first request stays under on a loaded machine (10 ms did not, once)
  @MiniflareTest(cpuLimit = "PT1S", startupTimeout = "PT3M", workers = @Worker(name = "api", script = TOP_LEVEL_LOOP))
  static class Limits {
    @Test
    void the_instance_gets_the_annotated_limits(Miniflare mf, WorkerClient api) {
      assertThat(mf.options().cpuLimit()).isEqualTo(java.time.Duration.ofSeconds(1));
      assertThat(mf.options().startupTimeout()).isEqualTo(java.time.Duration.ofMinutes(3));
      assertThat(api.fetch("/").text()).isEqualTo("started true");
    }

    @Test
    void a_request_over_the_cpu_limit_gets_error_1102(WorkerClient api) {
      WorkerResponse response = api.fetch("/spin");
      assertThat(response.status()).isEqualTo(503);
      assertThat(response.text()).isEqualTo("error code: 1102");
    }
  }

  @MiniflareTest(cpuLimit = "30 seconds", workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  static class BadLimit {
    @Test
    void test() {}
  }

  @Test
  void cpu_limit_and_startup_timeout_are_set_on_the_annotation() {
    Fixtures.assertAllSucceeded(Fixtures.run(Limits.class), 2);
    MisuseTest.assertContainerFails(BadLimit.class, ExtensionConfigurationException.class,
        "@MiniflareTest(cpuLimit = \"30 seconds\") on io.github.miniflare4j.junit.ConfigTest$BadLimit is not a positive "
            + "ISO-8601 duration: write for instance \"PT30S\" (30 s) or \"PT0.5S\"");
  }

  @MiniflareTest(config = "classpath:wrangler/missing.toml")
  static class MissingFile {
    @Test
    void test() {}
  }

  @Test
  void a_missing_config_resource_is_a_configuration_error() {
    MisuseTest.assertContainerFails(MissingFile.class, ExtensionConfigurationException.class,
        "@MiniflareTest(config = \"classpath:wrangler/missing.toml\") on io.github.miniflare4j.junit.ConfigTest$MissingFile "
            + "names no resource on the class path; put the file under src/test/resources/wrangler/missing.toml");
  }

  @MiniflareTest(server = true, workers = @Worker(name = "api", script = Fixtures.SCRIPT, vars = "GREETING=socket", kvNamespaces = "KV"))
  static class WithServer {
    @Test
    void serves_over_http(@ServerUrl URI url, @ServerUrl String asString, @ServerUrl java.net.URL asUrl) throws Exception {
      HttpResponse<String> response = HttpClient.newHttpClient()
          .send(HttpRequest.newBuilder(url.resolve("/")).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("hello socket");
      assertThat(asString).isEqualTo(url.toString());
      assertThat(asUrl.toURI()).isEqualTo(url);
    }
  }

  @Test
  void server_true_starts_a_server_whose_url_is_injected() {
    Fixtures.assertAllSucceeded(Fixtures.run(WithServer.class), 1);
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  static class WithoutServer {
    @Test
    void test(@ServerUrl URI url) {}
  }

  @Test
  void the_server_url_without_a_server_says_how_to_enable_it() {
    MisuseTest.assertTestFails(WithoutServer.class, ParameterResolutionException.class,
        "@ServerUrl parameter [URI url] of method WithoutServer.test(URI) needs the HTTP server, but this instance runs none: "
            + "set @MiniflareTest(server = true), or MiniflareOptions.builder().port(0) in the builder");
  }

  @MiniflareTest(workers = {
      @Worker(name = "api", script = "export default { fetch() { return new Response('api') } };", routes = "example.com/api/*"),
      @Worker(name = "site", script = "export default { fetch() { return new Response('site') } };", routes = "example.com/*")})
  static class Routed {
    @Test
    void the_entry_client_follows_routes(WorkerClient client, @WorkerRef("api") WorkerClient api) {
      assertThat(client.fetch("http://example.com/api/users").text()).isEqualTo("api");
      assertThat(client.fetch("http://example.com/about").text()).isEqualTo("site");
      assertThat(client.fetch("/unrouted").text()).as("unmatched URLs reach the first worker").isEqualTo("api");
      assertThat(api.fetch("http://example.com/about").text()).as("a named client bypasses routes").isEqualTo("api");
    }
  }

  @Test
  void worker_routes_decide_which_worker_the_entry_client_reaches() {
    Fixtures.assertAllSucceeded(Fixtures.run(Routed.class), 1);
  }
}
