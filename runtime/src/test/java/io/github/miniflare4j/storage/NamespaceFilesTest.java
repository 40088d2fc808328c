package io.github.miniflare4j.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NamespaceFilesTest {

  @Test
  void safe_ids_name_their_file_directly() {
    assertThat(NamespaceFiles.fileName("sessions_v2-eu")).isEqualTo("sessions_v2-eu");
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "../escape", "a/b", "a\\b", "CON", "Upper", "é", "", "-lead", "a-very-long-namespace-identifier-that-goes-on-and-on-and-on-and-on-beyond-sixty-four-characters"})
  void other_ids_are_encoded_into_one_safe_segment(String id) {
    String name = NamespaceFiles.fileName(id);
    assertThat(name).matches("[a-z0-9_-]{0,32}~[0-9a-f]{32}");
    Path root = Path.of("root");
    assertThat(NamespaceFiles.file(root, id, ".sqlite").getParent()).isEqualTo(root);
  }

  @Test
  void ids_differing_in_case_get_different_files() {
    assertThat(NamespaceFiles.fileName("Cache")).isNotEqualTo(NamespaceFiles.fileName("CACHE"));
  }
}
