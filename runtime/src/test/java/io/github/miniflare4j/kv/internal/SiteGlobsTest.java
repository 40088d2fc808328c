package io.github.miniflare4j.kv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Workers Sites globs as Miniflare matches them: unanchored, {@code *} within a segment, {@code **} across. */
class SiteGlobsTest {

  @Test
  void a_glob_matches_anywhere_in_the_path() {
    SiteGlobs html = SiteGlobs.of(List.of("*.html"));

    assertThat(html.matches("index.html")).isTrue();
    assertThat(html.matches("sub/index.html")).isTrue(); // unanchored, as Miniflare's regular expressions are
    assertThat(html.matches("style.css")).isFalse();
  }

  @Test
  void a_double_star_spans_folders_and_a_single_star_does_not() {
    SiteGlobs deep = SiteGlobs.of(List.of("sub/**/*.js"));
    SiteGlobs shallow = SiteGlobs.of(List.of("sub/*.js"));

    assertThat(deep.matches("sub/a/b/c.js")).isTrue();
    assertThat(deep.matches("sub/c.js")).isTrue();
    assertThat(shallow.matches("sub/a/c.js")).isFalse();
    assertThat(shallow.matches("sub/c.js")).isTrue();
  }

  @Test
  void a_bang_excludes_and_exclusions_win() {
    SiteGlobs globs = SiteGlobs.of(List.of("**/*", "!**/*.txt"));

    assertThat(globs.matches("a/b.html")).isTrue();
    assertThat(globs.matches("a/b.txt")).isFalse();
    assertThat(SiteGlobs.of(List.of("!*.txt")).matches("a.html")).as("exclusions alone include nothing").isFalse();
  }

  @Test
  void question_marks_brackets_and_braces_are_literal() {
    assertThat(SiteGlobs.of(List.of("index.htm?")).matches("index.html")).isFalse();
    assertThat(SiteGlobs.of(List.of("a[1].txt")).matches("a[1].txt")).isTrue();
    assertThat(SiteGlobs.of(List.of("{a,b}.txt")).matches("a.txt")).isFalse();
    assertThat(SiteGlobs.of(List.of("a+b.txt")).matches("a+b.txt")).isTrue();
  }
}
