package io.github.miniflare4j.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpstreamUrlTest {

  @Test
  void a_request_url_is_rebuilt_on_the_upstream_directory() {
    UpstreamUrl upstream = new UpstreamUrl("https://Up.mf:8443/base/");
    assertThat(upstream.host()).isEqualTo("up.mf:8443");
    assertThat(upstream.rebuild("http://localhost/api/x?q=1")).isEqualTo("https://up.mf:8443/base/api/x?q=1");
    assertThat(upstream.rebuild("http://localhost")).isEqualTo("https://up.mf:8443/base/");
    assertThat(upstream.rebuild("http://localhost//double")).isEqualTo("https://up.mf:8443/base//double");
    assertThat(upstream.rebuild("http://localhost/%2e%2e/esc")).isEqualTo("https://up.mf:8443/base/esc");
  }

  @Test
  void an_upstream_path_without_a_trailing_slash_is_replaced_and_default_ports_dropped() {
    UpstreamUrl upstream = new UpstreamUrl("http://up.mf:80/base");
    assertThat(upstream.host()).isEqualTo("up.mf");
    assertThat(upstream.rebuild("https://a.b/c/d")).isEqualTo("http://up.mf/c/d");
    assertThat(UpstreamUrl.hostOf("http://other.mf:8080/a")).isEqualTo("other.mf:8080");
    assertThat(UpstreamUrl.hostOf("https://x.mf:443/")).isEqualTo("x.mf");
  }

  @Test
  void dot_segments_are_resolved_as_a_url_parser_does() {
    assertThat(UpstreamUrl.withoutDotSegments("/a/./b/../c")).isEqualTo("/a/c");
    assertThat(UpstreamUrl.withoutDotSegments("/a/..")).isEqualTo("/");
    assertThat(UpstreamUrl.withoutDotSegments("/a/.%2E/b")).isEqualTo("/b");
    assertThat(UpstreamUrl.withoutDotSegments("/a.b/c.")).isEqualTo("/a.b/c.");
  }
}
