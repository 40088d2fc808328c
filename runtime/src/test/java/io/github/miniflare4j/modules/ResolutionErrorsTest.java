package io.github.miniflare4j.modules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing resolution names the importing file and position, the import and what was tried. */
class ResolutionErrorsTest {

  @TempDir Path dir;

  private Path write(String path, String content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  private Path entry(String imports) throws IOException {
    write("package.json", "{}");
    // a TypeScript import is elided when its bindings are unused (tsc and esbuild do so): use them
    String used = imports.substring(imports.indexOf(' ') + 1, imports.indexOf(" from")).replaceAll("[{} ]", "");
    return write("src/index.ts", "const n: number = 1;\n" + imports + "\nexport default { fetch() { return new Response(String("
        + used + ")); } };\n");
  }

  @Test
  void a_condition_no_package_offers_lists_the_offered_and_the_active_conditions() throws IOException {
    write("node_modules/server-only/package.json", """
        { "name": "server-only", "exports": { ".": { "node": "./node.js", "require": "./index.cjs" } } }""");
    Path entry = entry("import only from \"server-only\";");
    String index = dir.toRealPath().resolve("src/index.ts").toString();

    assertThatThrownBy(() -> ModuleLoader.load(entry, ModuleOptions.defaults()))
        .isInstanceOf(ModuleException.class)
        .hasMessageStartingWith(index + ":2:18: Could not resolve \"server-only\" imported by " + index + ": ")
        .hasMessageContaining("no condition of the package matches: it offers [\"node\", \"require\"], "
            + "the conditions in force are [workerd, worker, browser, import] and \"default\"")
        .hasMessageContaining(dir.toRealPath().resolve("node_modules/server-only/package.json").toString());
  }

  @Test
  void a_missing_relative_file_lists_the_candidates_tried() throws IOException {
    Path entry = entry("import { helper } from \"./helpers/missing\";");
    Path base = dir.toRealPath().resolve("src/helpers/missing");

    assertThatThrownBy(() -> ModuleLoader.load(entry, ModuleOptions.defaults()))
        .hasMessageContaining(":2:24: Could not resolve \"./helpers/missing\"")
        .hasMessageContaining("no such file; tried [" + base + ", " + base + ".tsx, " + base + ".ts")
        .hasMessageContaining(base + ".json");
  }

  @Test
  void a_missing_package_names_the_node_modules_directories_searched() throws IOException {
    Path entry = entry("import { z } from \"zod\";");

    assertThatThrownBy(() -> ModuleLoader.load(entry, ModuleOptions.defaults()))
        .hasMessageContaining(":2:19: Could not resolve \"zod\"")
        .hasMessageContaining("package \"zod\" is not installed: no directory [" + dir.toRealPath().resolve("src/node_modules/zod"))
        .hasMessageContaining("run npm install zod");
  }

  @Test
  void an_exports_target_that_is_not_there_is_named() throws IOException {
    write("node_modules/half-built/package.json", """
        { "name": "half-built", "exports": { "import": "./dist/index.mjs" } }""");
    Path entry = entry("import hb from \"half-built\";");

    assertThatThrownBy(() -> ModuleLoader.load(entry, ModuleOptions.defaults()))
        .hasMessageContaining("Could not resolve \"half-built\"")
        .hasMessageContaining("its \"exports\" names ./dist/index.mjs, which does not exist: "
            + dir.toRealPath().resolve("node_modules/half-built/dist/index.mjs"));
  }

  @Test
  void an_unexported_subpath_lists_the_exported_ones() throws IOException {
    write("node_modules/kit/package.json", """
        { "name": "kit", "exports": { ".": "./index.js", "./client": "./client.js" } }""");
    Path entry = entry("import server from \"kit/server\";");

    assertThatThrownBy(() -> ModuleLoader.load(entry, ModuleOptions.defaults()))
        .hasMessageContaining("Could not resolve \"kit/server\"")
        .hasMessageContaining("\"./server\" is not exported by the package (its \"exports\" lists [\".\", \"./client\"])");
  }
}
