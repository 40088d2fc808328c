package io.github.miniflare4j.d1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.plugin.BindingDeclaration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Miniflare's {@code d1Databases} shapes and their validation messages. */
class D1OptionsTest {

  private static List<BindingDeclaration> declarations(String d1Databases) {
    return MiniflareOptions.fromJson("{\"script\": \"\", \"modules\": true, \"d1Databases\": " + d1Databases + "}")
        .workers().get(0).declarations();
  }

  @Test
  void an_array_of_names_uses_each_name_as_the_database_id() {
    assertThat(declarations("[\"DB\", \"CACHE\"]")).containsExactly(
        new D1DatabaseDeclaration("DB", "DB", Path.of("migrations"), "d1_migrations"),
        new D1DatabaseDeclaration("CACHE", "CACHE", Path.of("migrations"), "d1_migrations"));
  }

  @Test
  void an_object_maps_binding_names_to_database_ids_as_strings_or_id_objects() {
    assertThat(declarations("{\"DB\": \"main-id\", \"LOGS\": {\"id\": \"logs-id\"}}"))
        .extracting(d -> ((D1DatabaseDeclaration) d).databaseId())
        .containsExactly("main-id", "logs-id");
  }

  @Test
  void a_wrong_shape_names_the_option_path() {
    assertThatThrownBy(() -> declarations("{\"DB\": 42}"))
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("Invalid Miniflare options: ")
        .hasMessageContaining("d1Databases.DB must be a string, was 42");
    assertThatThrownBy(() -> declarations("\"DB\""))
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("d1Databases must be an object");
  }

  @Test
  void the_builder_factory_declares_the_same_binding_as_the_json_shape() {
    assertThat(D1Databases.database("DB")).isEqualTo(declarations("[\"DB\"]").get(0));
    assertThat(D1Databases.database("DB", "id").withMigrationsDir(Path.of("db")).migrationsDir()).isEqualTo(Path.of("db"));
    assertThatThrownBy(() -> D1Databases.database("DB", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("non-empty");
  }
}
