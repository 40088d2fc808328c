package io.github.miniflare4j.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhatwgUrisTest {

  @Test
  void characters_the_url_standard_keeps_are_escaped_only_for_java() {
    assertThat(WhatwgUris.toUri("http://h:8/about/[boop]?q=[1]|{x}#a#b").toString())
        .isEqualTo("http://h:8/about/%5Bboop%5D?q=%5B1%5D%7C%7Bx%7D#a%23b");
    assertThat(WhatwgUris.toUri("http://[::1]:8/a^b`c").toString()).isEqualTo("http://[::1]:8/a%5Eb%60c");
    assertThat(WhatwgUris.toUri("http://h/f%C3%BC%20x").getRawPath()).isEqualTo("/f%C3%BC%20x");
    assertThat(WhatwgUris.toUri("http://h/ü[").getRawPath()).isEqualTo("/%C3%BC%5B");
  }

  @Test
  void path_and_search_are_read_as_written() {
    assertThat(WhatwgUris.rawPath("http://h/about/[boop]?q=[1]")).isEqualTo("/about/[boop]");
    assertThat(WhatwgUris.rawPath("http://h")).isEqualTo("/");
    assertThat(WhatwgUris.rawPath("http://h?x")).isEqualTo("/");
    assertThat(WhatwgUris.rawSearch("http://h/p?q=[1]#f")).isEqualTo("?q=[1]");
    assertThat(WhatwgUris.rawSearch("http://h/p?")).isEmpty();
    assertThat(WhatwgUris.rawSearch("http://h/p#?x")).isEmpty();
  }
}
