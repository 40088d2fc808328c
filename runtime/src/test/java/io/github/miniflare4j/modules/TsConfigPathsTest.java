package io.github.miniflare4j.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tsconfig.json paths and baseUrl resolve bare imports of project files as esbuild does. */
class TsConfigPathsTest {

  @TempDir Path dir;

  private Path write(String path, String content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  private Path resolve(String specifier, Path importer) {
    return new ModuleResolver(Map.of(), dir, true).resolve(specifier, importer, false).file();
  }

  private Path real(String path) throws IOException {
    return dir.resolve(path).toRealPath();
  }

  @BeforeEach
  void project() throws IOException {
    write("tsconfig.base.json", """
        {
          // comments and trailing commas are allowed, as tsc allows them
          "compilerOptions": {
            "baseUrl": "./src",
            "paths": { "@lib/*": ["lib/*"], "@gen/*": ["generated/*", "lib/*"], "~config": ["config/index.ts"], },
          },
        }""");
    write("tsconfig.json", """
        { "extends": "./tsconfig.base.json", "compilerOptions": { "strict": true } }""");
    write("src/index.ts", "");
    write("src/lib/greet.ts", "");
    write("src/lib/deep/index.ts", "");
    write("src/config/index.ts", "");
    write("src/shared/util.ts", "");
  }

  @Test
  void a_wildcard_pattern_maps_to_a_file_with_esbuild_extension_and_index_lookup() throws IOException {
    Path importer = dir.resolve("src/index.ts");

    assertThat(resolve("@lib/greet", importer)).isEqualTo(real("src/lib/greet.ts"));
    assertThat(resolve("@lib/deep", importer)).isEqualTo(real("src/lib/deep/index.ts"));
  }

  @Test
  void an_exact_pattern_and_the_fallback_targets_are_tried_in_order() throws IOException {
    Path importer = dir.resolve("src/index.ts");

    assertThat(resolve("~config", importer)).isEqualTo(real("src/config/index.ts"));
    assertThat(resolve("@gen/greet", importer)).isEqualTo(real("src/lib/greet.ts"));
  }

  @Test
  void base_url_resolves_a_bare_specifier_before_node_modules() throws IOException {
    write("node_modules/shared/package.json", "{\"main\": \"index.js\"}");
    write("node_modules/shared/util.js", "");

    assertThat(resolve("shared/util", dir.resolve("src/index.ts"))).isEqualTo(real("src/shared/util.ts"));
  }

  @Test
  void without_baseurl_paths_are_relative_to_the_file_declaring_them() throws IOException {
    write("app/tsconfig.json", """
        { "compilerOptions": { "paths": { "#app/*": ["./src/*"] } } }""");
    Path importer = write("app/src/main.ts", "");
    write("app/src/routes.ts", "");

    assertThat(resolve("#app/routes", importer)).isEqualTo(real("app/src/routes.ts"));
  }

  @Test
  void packages_under_node_modules_are_not_affected() throws IOException {
    write("node_modules/pkg/package.json", "{\"main\": \"index.js\"}");
    Path inside = write("node_modules/pkg/index.js", "");
    write("node_modules/lib/package.json", "{\"main\": \"main.js\"}");
    write("node_modules/lib/main.js", "");

    assertThat(resolve("lib", inside)).isEqualTo(real("node_modules/lib/main.js"));
  }

  @Test
  void a_pattern_that_gives_no_file_says_what_it_tried() {
    assertThatThrownBy(() -> resolve("@lib/missing", dir.resolve("src/index.ts")))
        .isInstanceOf(ModuleException.class)
        .hasMessageContaining("Could not resolve \"@lib/missing\" imported by " + dir.resolve("src/index.ts"))
        .hasMessageContaining("tsconfig.json gave no file")
        .hasMessageContaining(dir.resolve("src/lib/missing").toString());
  }

  @Test
  void an_extends_naming_no_file_is_skipped_as_esbuild_skips_it() throws IOException {
    // a project copied out of its monorepo: its tsconfig extends a file left behind
    write("app/tsconfig.json", """
        { "extends": "../../monorepo/tsconfig.workerd.json", "compilerOptions": { "baseUrl": "./src" } }""");
    write("app/src/index.ts", "");
    write("app/src/util.ts", "");

    assertThat(resolve("util", dir.resolve("app/src/index.ts"))).isEqualTo(real("app/src/util.ts"));
  }

  @Test
  void extends_cycles_and_missing_packages_are_skipped_too() throws IOException {
    write("cyc/tsconfig.json", """
        { "extends": ["./other.json", "@missing/tsconfig"], "compilerOptions": { "baseUrl": "." } }""");
    write("cyc/other.json", """
        { "extends": "./tsconfig.json" }""");
    write("cyc/index.ts", "");
    write("cyc/util.ts", "");

    assertThat(resolve("util", dir.resolve("cyc/index.ts"))).isEqualTo(real("cyc/util.ts"));
  }
}
