package io.github.miniflare4j.assets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code .assetsignore} patterns, read with {@code .gitignore} rules. */
class AssetsIgnoreTest {

  @Test
  void the_configuration_files_at_the_top_are_never_assets() {
    AssetsIgnore ignore = AssetsIgnore.of(null);

    assertThat(ignore.ignores("_headers")).isTrue();
    assertThat(ignore.ignores("_redirects")).isTrue();
    assertThat(ignore.ignores(".assetsignore")).isTrue();
    assertThat(ignore.ignores("docs/_headers")).isFalse();
    assertThat(ignore.ignores("index.html")).isFalse();
  }

  @Test
  void a_name_without_slash_matches_at_any_depth_and_a_leading_slash_anchors() {
    AssetsIgnore ignore = AssetsIgnore.of("*.map\n/build.log\n");

    assertThat(ignore.ignores("app.js.map")).isTrue();
    assertThat(ignore.ignores("js/vendor/lib.js.map")).isTrue();
    assertThat(ignore.ignores("build.log")).isTrue();
    assertThat(ignore.ignores("logs/build.log")).isFalse();
  }

  @Test
  void a_directory_pattern_ignores_everything_inside_and_cannot_be_undone_for_its_files() {
    AssetsIgnore ignore = AssetsIgnore.of("private/\n!private/public.txt\n");

    assertThat(ignore.ignores("private/key.pem")).isTrue();
    assertThat(ignore.ignores("nested/private/key.pem")).isTrue();
    assertThat(ignore.ignores("private/public.txt")).isTrue();
    assertThat(ignore.ignores("private.txt")).isFalse();
  }

  @Test
  void negation_re_includes_files_of_a_wildcard_and_double_stars_cross_directories() {
    AssetsIgnore ignore = AssetsIgnore.of("drafts/*\n!drafts/keep.html\n**/tmp/**\n# a comment\n\n\\#hash.txt\n");

    assertThat(ignore.ignores("drafts/a.html")).isTrue();
    assertThat(ignore.ignores("drafts/keep.html")).isFalse();
    assertThat(ignore.ignores("a/b/tmp/c/d.txt")).isTrue();
    assertThat(ignore.ignores("tmp/x")).isTrue();
    assertThat(ignore.ignores("#hash.txt")).isTrue();
    assertThat(ignore.ignores("# a comment")).isFalse();
  }
}
