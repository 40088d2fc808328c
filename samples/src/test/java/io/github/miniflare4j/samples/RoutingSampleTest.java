package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.ServerUrl;
import io.github.miniflare4j.junit.Worker;
import io.github.miniflare4j.junit.WorkerClient;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The routing scenario: two workers in one instance, chosen by the request's host and path as
 * Cloudflare chooses them. The {@code site} worker ({@code routing/site-worker.js}) has the
 * route {@code example.com/*}; the {@code api} worker ({@code routing/api-worker.js}) has
 * {@code example.com/api/*} and {@code api.example.com/*}.
 *
 * <ul>
 *   <li>The most specific pattern wins, whatever the order of the workers: {@code
 *       example.com/api/users} matches both workers' routes and reaches {@code api}.
 *   <li>A URL no pattern matches reaches the first worker, here {@code site}.
 *   <li>{@code dispatchFetch} (and the injected {@link WorkerClient}) routes by the URL; the HTTP
 *       server ({@code server = true}) routes by the {@code Host} header. The test's {@code
 *       java.net.http} client uses the server as its HTTP proxy, so it can ask for real URLs
 *       such as {@code http://api.example.com/status}: the client then sends that host.
 * </ul>
 */
@MiniflareTest(
    server = true,
    workers = {
      @Worker(name = "site", scriptPath = "classpath:routing/site-worker.js", routes = "example.com/*"),
      @Worker(name = "api", scriptPath = "classpath:routing/api-worker.js",
          routes = {"example.com/api/*", "api.example.com/*"})
    })
class RoutingSampleTest {

  @Test
  void the_most_specific_route_wins(WorkerClient entry) {
    assertThat(entry.fetch("https://example.com/api/users"))
        .hasHeader("x-worker", "api")
        .hasJsonBody("{\"worker\": \"api\", \"host\": \"example.com\", \"path\": \"/api/users\"}");
    assertThat(entry.fetch("https://example.com/about")).hasHeader("x-worker", "site").hasBody("site: example.com/about");
  }

  @Test
  void a_host_can_belong_to_one_worker(Miniflare mf) {
    assertThat(mf.dispatchFetch("https://api.example.com/status")).hasHeader("x-worker", "api");
  }

  @Test
  void a_url_no_route_matches_goes_to_the_first_worker(WorkerClient entry) {
    assertThat(entry.fetch("https://other.org/api/users")).hasHeader("x-worker", "site").hasBody("site: other.org/api/users");
    assertThat(entry.fetch("/")).hasHeader("x-worker", "site");
  }

  @Test
  void the_http_server_routes_by_the_host_the_client_asks_for(@ServerUrl URI server) throws Exception {
    HttpClient client = HttpClient.newBuilder()
        .proxy(ProxySelector.of(new InetSocketAddress(server.getHost(), server.getPort())))
        .build();

    HttpResponse<String> api = client.send(
        HttpRequest.newBuilder(URI.create("http://api.example.com/status")).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> apiPath = client.send(
        HttpRequest.newBuilder(URI.create("http://example.com/api/users")).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> site = client.send(
        HttpRequest.newBuilder(URI.create("http://example.com/about")).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> unmatched = client.send(
        HttpRequest.newBuilder(server.resolve("/api/users")).build(), HttpResponse.BodyHandlers.ofString());

    System.out.println("[sample routing] over HTTP: api.example.com/status -> " + api.headers().firstValue("x-worker").orElse("?")
        + ", example.com/api/users -> " + apiPath.headers().firstValue("x-worker").orElse("?")
        + ", example.com/about -> " + site.headers().firstValue("x-worker").orElse("?")
        + ", " + server.getAuthority() + "/api/users -> " + unmatched.headers().firstValue("x-worker").orElse("?"));
    assertThat(api.headers().firstValue("x-worker")).hasValue("api");
    assertThat(api.body()).isEqualTo("{\"worker\":\"api\",\"host\":\"api.example.com\",\"path\":\"/status\"}");
    assertThat(apiPath.headers().firstValue("x-worker")).hasValue("api");
    assertThat(site.body()).isEqualTo("site: example.com/about");
    assertThat(unmatched.headers().firstValue("x-worker")).hasValue("site");
  }
}
