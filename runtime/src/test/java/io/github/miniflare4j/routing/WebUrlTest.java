package io.github.miniflare4j.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The URL parser behind routing serialises as Node's {@code new URL(u).href} (values recorded from Node 20). */
class WebUrlTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '~',
      textBlock = """
      http://a/^|`{}'"<>[] => http://a/^|%60%7B%7D'%22%3C%3E[]
      http://a/?^|`{}'"<>[] x => http://a/?^|`{}%27%22%3C%3E[]%20x
      http://A%41.com/ => http://aa.com/
      http://a%2Eb/ => http://a.b/
      http://[0:0:0:0:0:0:0:1]/ => http://[::1]/
      http://[::ffff:1.2.3.4]/ => http://[::ffff:102:304]/
      http://*.bücher.de/ => http://*.xn--bcher-kva.de/
      http://*.STRAßE.test/ => http://*.xn--strae-oqa.test/
      http://faß.de/ => http://xn--fa-hia.de/
      http://ΑΣ.test/ => http://xn--mxa0b.test/
      http://ας.test/ => http://xn--mxa8a.test/
      http://ẞ.test/ => http://ss.test/
      http://ﬀß/ => http://xn--ff-hia/
      http://aß-b/ => http://xn--a-b-5ka/
      http://ßΣς.x/ => http://xn--zca29lca.x/
      http:foo.com/x => http://foo.com/x
      http://a:0080/ => http://a/
      http://a:/x => http://a/x
      HTTP://a.com.:80/ => http://a.com./
      http://1.2.3/ => http://1.2.0.3/
      http://2130706433/ => http://127.0.0.1/
      http://a/%2e%2E/b/./c/.. => http://a/b/
      mailto://Ex.com/a/../b => mailto://Ex.com/b
      foo:bar/baz => foo:bar/baz
      http://a/b? => http://a/b?
      http://u:p@a.com/ => http://u:p@a.com/
      https://x.y:443/p#frag => https://x.y/p#frag
      http://x\\y\\z => http://x/y/z
      """)
  void serialises_as_node_does(String input, String href) {
    assertThat(WebUrl.parse(input).serialize()).isEqualTo(href);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "https://", "exa mple", "http://09/", "http://a:99999/", "http://[::1/", "http://a b/", "http://a\u200db.test/", "http://a\u200cb.test/"})
  void rejects_what_node_rejects(String input) {
    assertThatThrownBy(() -> WebUrl.parse(input)).isInstanceOf(IllegalArgumentException.class).hasMessage("Invalid URL");
  }
}
