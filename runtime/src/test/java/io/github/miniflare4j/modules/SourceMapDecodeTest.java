package io.github.miniflare4j.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Base64 VLQ decoder: relative fields, negative deltas, names, segments without a source. */
class SourceMapDecodeTest {

  private static final Path DIR = Path.of("/project/dist");

  @Test
  void fields_accumulate_across_segments_and_lines_with_negative_deltas_and_names() {
    SourceMap map = SourceMap.parse("""
        {"version": 3, "sources": ["../src/a.ts"], "names": ["foo", "bar"],
         "mappings": "AAAA,IAAIA;AACA,EAAEC,EAADD"}""", DIR);
    String a = Path.of("/project/src/a.ts").toString();

    assertThat(map.original(1, 1)).isEqualTo(new SourceMap.Position(a, 1, 1, null));
    assertThat(map.original(1, 9)).isEqualTo(new SourceMap.Position(a, 1, 5, "foo"));
    assertThat(map.original(2, 3)).isEqualTo(new SourceMap.Position(a, 2, 7, "bar"));
    assertThat(map.original(2, 5)).isEqualTo(new SourceMap.Position(a, 2, 6, "foo"));
    assertThat(map.original(3, 1)).isNull();
    assertThat(map.originalOfLine(2)).isEqualTo(new SourceMap.Position(a, 2, 5, null));
  }

  @Test
  void source_root_applies_and_url_sources_stay_as_written() {
    SourceMap rooted = SourceMap.parse("""
        {"version": 3, "sourceRoot": "../lib/", "sources": ["b.ts"], "names": [], "mappings": "AAAA"}""", DIR);
    SourceMap bundled = SourceMap.parse("""
        {"version": 3, "sources": ["webpack://app/c.ts"], "names": [], "mappings": "AAAA"}""", DIR);

    assertThat(rooted.original(1, 1).source()).isEqualTo(Path.of("/project/lib/b.ts").toString());
    assertThat(bundled.original(1, 1).source()).isEqualTo("webpack://app/c.ts");
  }

  @Test
  void a_map_that_is_not_version_3_is_refused_with_the_reason() {
    assertThatThrownBy(() -> SourceMap.parse("{\"version\": 2, \"mappings\": \"\"}", DIR))
        .isInstanceOf(ModuleException.class).hasMessageContaining("not a version 3 source map");
    assertThatThrownBy(() -> SourceMap.parse("{\"version\": 3, \"sources\": [], \"mappings\": \"A!\"}", DIR))
        .isInstanceOf(ModuleException.class).hasMessageContaining("\"!\" in \"mappings\"");
  }
}
