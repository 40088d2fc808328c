package io.github.miniflare4j.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Miniflare's check of {@code Host} and {@code Origin} on {@code /cdn-cgi/} requests. */
class CdnCgiGuardTest {

  private static CdnCgiGuard guard(String... routes) {
    Map<String, List<String>> byWorker = new LinkedHashMap<>();
    byWorker.put("api", List.of(routes));
    return CdnCgiGuard.of(Router.parse(byWorker));
  }

  @Test
  void paths_outside_cdn_cgi_are_never_checked() {
    CdnCgiGuard guard = guard();

    assertThat(guard.refusal("http://localhost/x", "evil.com", "http://evil.com")).isNull();
    assertThat(guard.refusal("http://localhost/cdn-cgi", "evil.com", "http://evil.com")).isNull();
    assertThat(guard.refusal("http://localhost/CDN-CGI/x", "evil.com", "http://evil.com")).isNull();
  }

  @Test
  void local_hosts_pass_and_others_are_refused_by_host_first() {
    CdnCgiGuard guard = guard();

    assertThat(guard.refusal("http://localhost/cdn-cgi/x", "127.0.0.1:8787", null)).isNull();
    assertThat(guard.refusal("http://localhost/cdn-cgi/x", "localhost", "http://[::1]:3000")).isNull();
    assertThat(guard.refusal("http://localhost/cdn-cgi/x", "evil.com", "http://evil.com")).isEqualTo("Invalid Host header");
    assertThat(guard.refusal("http://localhost/cdn-cgi/x", "localhost", "http://evil.com")).isEqualTo("Invalid Origin header");
    assertThat(guard.refusal("http://localhost/a/../cdn-cgi/x", "bad host", null)).isEqualTo("Invalid Host header");
  }

  @Test
  void route_hosts_and_their_subdomains_pass_without_the_leading_wildcard() {
    CdnCgiGuard guard = guard("api.mf/*", "*.wild.mf/*", "http://*/any/*");

    assertThat(guard.refusal("http://x/cdn-cgi/x", "API.mf", "https://sub.api.mf")).isNull();
    assertThat(guard.refusal("http://x/cdn-cgi/x", "wild.mf", "https://a.b.wild.mf")).isNull();
    assertThat(guard.refusal("http://x/cdn-cgi/x", "localhost", "https://notapi.mf")).isEqualTo("Invalid Origin header");
  }

  @Test
  void origins_that_are_not_urls_are_refused() {
    CdnCgiGuard guard = guard();

    assertThat(guard.refusal("http://x/cdn-cgi/x", null, "null")).isEqualTo("Invalid Origin header");
    assertThat(guard.refusal("http://x/cdn-cgi/x", null, "garbage")).isEqualTo("Invalid Origin header");
  }
}
