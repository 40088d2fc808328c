package io.github.miniflare4j.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Route parsing and matching, table-driven: Cloudflare's documented examples
 * (developers.cloudflare.com/workers/configuration/routing/routes/#matching-behavior) and the
 * behaviour recorded from the real Miniflare. Each row is "patterns of worker a | patterns of
 * worker b | URL | expected worker ('-' for none, then the first worker answers)".
 */
class RouterTest {

  @ParameterizedTest(name = "[{index}] a={0} b={1}: {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "",
      textBlock = """
      # a scheme-less pattern matches http and https (and any other scheme)
      example.com/*                |                         | http://example.com/foo.jpg             | a
      example.com/*                |                         | https://example.com/foo.jpg            | a
      example.com/*                |                         | ftp://example.com/foo.jpg              | a
      # a scheme in the pattern restricts it
      http://example.com/*         | https://example.com/*   | http://example.com/foo.jpg             | a
      http://example.com/*         | https://example.com/*   | https://example.com/foo.jpg            | b
      http://example.com/*         | https://example.com/*   | ftp://example.com/foo.jpg              | -
      # the trailing slash of a bare host is implied; an exact path excludes queries and sub-paths
      example.com                  |                         | https://example.com/                   | a
      example.com                  |                         | https://example.com/?q=1               | -
      api.mf/exact                 |                         | http://api.mf/exact                    | a
      api.mf/exact                 |                         | http://api.mf/exact?q=1                | -
      api.mf/exact                 |                         | http://api.mf/exact/sub                | -
      # *example.com matches the bare domain and any prefix; *.example.com subdomains only
      *example.com/                |                         | https://example.com/                   | a
      *example.com/                |                         | https://www.example.com/               | a
      *example.com/*               |                         | http://myexample.com/x                 | a
      *.example.com/               |                         | https://example.com/                   | -
      *.example.com/               |                         | https://www.example.com/               | a
      *.example.com/*              |                         | http://a.b.example.com/p               | a
      *.example.com/*              |                         | http://notexample.com/                 | -
      # internationalised host names, with and without a leading star
      *glöd.se/*                   |                         | https://glöd.se/x                      | a
      *glöd.se/*                   |                         | https://www.glöd.se/x                  | a
      *.glöd.se/*                  |                         | https://glöd.se/x                      | -
      *.glöd.se/*                  |                         | https://www.xn--gld-tna.se/x           | a
      # ß and ς are kept, as Node's URL parser keeps them (UTS 46 nontransitional)
      *.straße.test/*              |                         | http://a.straße.test/                  | a
      *.straße.test/*              |                         | http://a.strasse.test/                 | -
      strasse.test/*               |                         | http://straße.test/                    | -
      # a trailing * matches any rest of path plus query
      https://example.com/path*    |                         | https://example.com/path               | a
      https://example.com/path*    |                         | https://example.com/path2              | a
      https://example.com/path*    |                         | https://example.com/path/readme.txt    | a
      https://example.com/path*    |                         | https://example.com/notpath            | -
      example.com/hello/*          |                         | https://example.com/hello/world?foo=bar | a
      # paths are case-sensitive, host names are not
      example.com/images/*         | example.com/Images/*    | https://example.com/images/foo.jpg     | a
      example.com/images/*         | example.com/Images/*    | https://example.com/Images/foo.jpg     | b
      api.mf/v1/*                  |                         | http://API.MF/v1/x                     | a
      # the URL is normalised before matching: dot segments, percent-encoding
      api.mf/v1/*                  |                         | http://api.mf/v1/../v1/dots            | a
      example.com/a b/*            |                         | http://example.com/a%20b/x             | a
      127.0.0.1/*                  |                         | http://0x7f.0.0.1/x                    | a
      # a dot is not a regular-expression wildcard
      example.com/*                |                         | https://example2com/                   | -
      # ports are ignored on both sides
      api.mf/*                     |                         | http://api.mf:8787/x                   | a
      ported.mf:8080/*             |                         | http://ported.mf:9999/                 | a
      ported.mf:8080/*             |                         | http://ported.mf/                      | a
      [::1]/*                      |                         | http://[::1]:8787/x                    | a
      # the most specific pattern wins, whatever the declaration order
      www.example.com/*            | *.example.com/*         | https://www.example.com/               | a
      *.example.com/*              | www.example.com/*       | https://www.example.com/               | b
      example.com/*                | example.com/hello/*     | https://example.com/hello/world        | b
      example.com/*                | https://example.com/*   | https://example.com/hello              | b
      example.com/pa*              | example.com/path*       | https://example.com/p                  | -
      example.com/pa*              | example.com/path*       | https://example.com/pat                | a
      example.com/pa*              | example.com/path*       | https://example.com/path               | b
      example.com/images/*         | example.com/images*     | https://example.com/images/hello       | b
      # any host: '*/*' matches everything; '*' alone only the root path
      */*                          |                         | https://miniflare.dev/                 | a
      *                            |                         | http://x.y/                            | a
      *                            |                         | http://x.y/a                           | -
      http://*/static/*            | */assets/*              | http://foo.test/static/a.css           | a
      http://*/static/*            | */assets/*              | https://foo.test/static/a.css          | -
      http://*/static/*            | */assets/*              | https://localhost:9/assets/            | b
      */a*b/*                      |                         | http://x.y/a*b/c                       | a
      # several patterns for one worker
      a.mf/*,b.mf/*                |                         | http://b.mf/                           | a
      """)
  void matches_like_miniflare(String a, String b, String url, String expected) {
    Map<String, List<String>> patterns = new LinkedHashMap<>();
    patterns.put("a", a == null ? List.of() : Arrays.asList(a.split(",")));
    patterns.put("b", b == null ? List.of() : Arrays.asList(b.split(",")));

    Router router = Router.parse(patterns);

    assertThat(router.match(url)).as("worker for %s", url).isEqualTo(
        expected.equals("-") ? java.util.Optional.empty() : java.util.Optional.of(expected));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      example.com/?foo=*  | ERR_QUERY_STRING   | Route "example.com/?foo=*" for "api" contains a query string. This is not allowed.
      example.com/path?q  | ERR_QUERY_STRING   | Route "example.com/path?q" for "api" contains a query string. This is not allowed.
      ex*ample.com/?a     | ERR_QUERY_STRING   | Route "ex*ample.com/?a" for "api" contains a query string. This is not allowed.
      example.com/*.jpg   | ERR_INFIX_WILDCARD | Route "example.com/*.jpg" for "api" contains an infix wildcard. This is not allowed.
      api.mf*             | ERR_INFIX_WILDCARD | Route "api.mf*" for "api" contains an infix wildcard. This is not allowed.
      ex*ample.com        | ERR_INFIX_WILDCARD | Route "ex*ample.com" for "api" contains an infix wildcard. This is not allowed.
      example.com/pa*th   | ERR_INFIX_WILDCARD | Route "example.com/pa*th" for "api" contains an infix wildcard. This is not allowed.
      *.*.example.com/*   | ERR_INFIX_WILDCARD | Route "*.*.example.com/*" for "api" contains an infix wildcard. This is not allowed.
      example.com/#*      | ERR_INFIX_WILDCARD | Route "example.com/#*" for "api" contains an infix wildcard. This is not allowed.
      """)
  void rejects_bad_patterns_with_miniflares_router_error(String pattern, ErrorCode code, String message) {
    assertThatThrownBy(() -> Router.parse(Map.of("api", List.of(pattern))))
        .isInstanceOf(RouterException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((RouterException) e).code()).isEqualTo(code))
        .hasToString("RouterError [" + code + "]: " + message);
  }

  @Test
  void names_an_unnamed_worker_as_the_empty_string() {
    assertThatThrownBy(() -> Router.parse(Map.of("", List.of("a*b.com"))))
        .hasMessage("Route \"a*b.com\" for \"\" contains an infix wildcard. This is not allowed.");
  }

  @Test
  void rejects_a_pattern_that_is_no_url_with_a_validation_error() {
    assertThatThrownBy(() -> Router.parse(Map.of("api", List.of("exa mple.com/*"))))
        .isInstanceOf(MiniflareException.class)
        .isNotInstanceOf(RouterException.class)
        .hasMessageContaining("Route \"exa mple.com/*\" for \"api\" is not a valid URL pattern")
        .satisfies(e -> assertThat(((MiniflareException) e).code()).isEqualTo(ErrorCode.ERR_VALIDATION));
  }

  @Test
  void lists_routes_most_specific_first_with_their_parts() {
    Router router = Router.parse(Map.of("a", List.of("*.mf/*", "api.mf/v1/*")));

    assertThat(router.routes())
        .extracting(Route::route, Route::hostname, Route::path, Route::allowHostnamePrefix, Route::allowPathSuffix)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("api.mf/v1/*", "api.mf", "/v1/", false, true),
            org.assertj.core.groups.Tuple.tuple("*.mf/*", ".mf", "/", true, true));
  }

  @Test
  void does_not_match_a_url_it_cannot_parse() {
    Router router = Router.parse(Map.of("a", List.of("*/*")));

    assertThat(router.match("not a url")).isEmpty();
  }
}
