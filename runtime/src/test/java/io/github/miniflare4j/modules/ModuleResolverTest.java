package io.github.miniflare4j.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleResolverTest {

  @TempDir Path dir;

  private Path write(String path, String content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  private Path importer() throws IOException {
    return write("src/index.ts", "");
  }

  private Path resolve(String specifier) throws IOException {
    return new ModuleResolver(Map.of(), dir, true).resolve(specifier, importer(), false).file();
  }

  private Path real(String path) throws IOException {
    return dir.resolve(path).toRealPath();
  }

  @Test
  void exports_conditions_are_tried_in_the_package_order_with_workerd_worker_browser_import_default() throws IOException {
    write("node_modules/a/package.json", """
        { "exports": { ".": { "types": "./a.d.ts", "node": "./node.js", "workerd": "./workerd.js", "default": "./default.js" } } }""");
    write("node_modules/a/workerd.js", "");
    write("node_modules/b/package.json", """
        { "exports": { "require": "./b.cjs", "worker": { "import": "./worker.mjs", "default": "./worker.cjs" } } }""");
    write("node_modules/b/worker.mjs", "");

    assertThat(resolve("a")).isEqualTo(real("node_modules/a/workerd.js"));
    assertThat(resolve("b")).isEqualTo(real("node_modules/b/worker.mjs"));
  }

  @Test
  void require_uses_the_require_condition() throws IOException {
    write("node_modules/c/package.json", """
        { "exports": { "import": "./c.mjs", "require": "./c.cjs" } }""");
    write("node_modules/c/c.cjs", "");

    assertThat(new ModuleResolver(Map.of(), dir, true).resolve("c", importer(), true).file())
        .isEqualTo(real("node_modules/c/c.cjs"));
  }

  @Test
  void subpath_patterns_pick_the_longest_prefix_and_null_excludes() throws IOException {
    write("node_modules/p/package.json", """
        { "exports": {
            ".": "./index.js",
            "./utils/*": "./dist/utils/*.js",
            "./utils/deep/*": "./dist/deep/*.mjs",
            "./utils/secret/*": null,
            "./data/*.json": { "default": "./json/*.json" } } }""");
    write("node_modules/p/dist/utils/a/b.js", "");
    write("node_modules/p/dist/deep/x.mjs", "");
    write("node_modules/p/json/table.json", "{}");

    assertThat(resolve("p/utils/a/b")).isEqualTo(real("node_modules/p/dist/utils/a/b.js"));
    assertThat(resolve("p/utils/deep/x")).isEqualTo(real("node_modules/p/dist/deep/x.mjs"));
    assertThat(resolve("p/data/table.json")).isEqualTo(real("node_modules/p/json/table.json"));
    assertThatThrownBy(() -> resolve("p/utils/secret/key"))
        .hasMessageContaining("Could not resolve \"p/utils/secret/key\"")
        .hasMessageContaining("maps it to null");
  }

  @Test
  void an_unexported_subpath_and_a_missing_condition_are_explained() throws IOException {
    write("node_modules/q/package.json", """
        { "exports": { ".": { "node": "./node.js", "require": "./q.cjs" }, "./feature": "./feature.js" } }""");

    assertThatThrownBy(() -> resolve("q/other"))
        .hasMessageContaining("\"./other\" is not exported by the package (its \"exports\" lists [\".\", \"./feature\"])");
    assertThatThrownBy(() -> resolve("q"))
        .hasMessageContaining("no condition of the package matches: it offers [\"node\", \"require\"]")
        .hasMessageContaining("[workerd, worker, browser, import]");
  }

  @Test
  void a_module_rule_file_the_exports_do_not_list_is_found_by_its_path_as_wrangler_does() throws IOException {
    write("node_modules/w/package.json", """
        { "exports": { "./multiply.wasm": "./wasm/multiply.wasm" } }""");
    write("node_modules/w/wasm/multiply.wasm", "");
    write("node_modules/w/wasm/not-exported.wasm", "");
    write("node_modules/w/data/words.txt", "");
    write("node_modules/w/lib/hidden.js", "");

    assertThat(resolve("w/multiply.wasm")).isEqualTo(real("node_modules/w/wasm/multiply.wasm"));
    assertThat(resolve("w/wasm/not-exported.wasm")).isEqualTo(real("node_modules/w/wasm/not-exported.wasm"));
    assertThat(resolve("w/data/words.txt")).isEqualTo(real("node_modules/w/data/words.txt"));
    assertThatThrownBy(() -> resolve("w/lib/hidden.js")).hasMessageContaining("is not exported by the package");
    assertThatThrownBy(() -> resolve("w/wasm/missing.wasm")).hasMessageContaining("is not exported by the package");
  }

  @Test
  void without_exports_browser_module_then_main_are_used_with_extension_and_index_lookup() throws IOException {
    write("node_modules/m/package.json", "{ \"module\": \"./esm/index.mjs\", \"main\": \"./cjs/index.js\" }");
    write("node_modules/m/esm/index.mjs", "");
    write("node_modules/n/package.json", "{ \"main\": \"lib/main\" }");
    write("node_modules/n/lib/main.js", "");
    write("node_modules/o/index.js", "");
    write("node_modules/o/sub/index.ts", "");

    assertThat(resolve("m")).isEqualTo(real("node_modules/m/esm/index.mjs"));
    assertThat(resolve("n")).isEqualTo(real("node_modules/n/lib/main.js"));
    assertThat(resolve("o")).isEqualTo(real("node_modules/o/index.js"));
    assertThat(resolve("o/sub")).isEqualTo(real("node_modules/o/sub/index.ts"));
  }

  @Test
  void relative_imports_follow_esbuild_extension_order_index_files_and_the_js_to_ts_rewrite() throws IOException {
    write("src/util.ts", "");
    write("src/util.js", "");
    write("src/routes/index.ts", "");
    write("src/lib.ts", "");
    write("src/data.json", "{}");

    assertThat(resolve("./util")).isEqualTo(real("src/util.ts"));
    assertThat(resolve("./util.js")).isEqualTo(real("src/util.js"));
    assertThat(resolve("./routes")).isEqualTo(real("src/routes/index.ts"));
    assertThat(resolve("./lib.js")).isEqualTo(real("src/lib.ts"));
    assertThat(resolve("./data")).isEqualTo(real("src/data.json"));
    assertThatThrownBy(() -> resolve("./nope"))
        .hasMessageStartingWith("Could not resolve \"./nope\" imported by " + dir.resolve("src/index.ts"))
        .hasMessageContaining("nope.ts");
  }

  @Test
  void the_nearest_node_modules_wins_and_scoped_packages_resolve() throws IOException {
    write("node_modules/dup/index.js", "");
    write("src/node_modules/dup/index.js", "");
    write("node_modules/@scope/pkg/package.json", "{ \"exports\": { \"./sub\": \"./sub.js\" } }");
    write("node_modules/@scope/pkg/sub.js", "");

    assertThat(resolve("dup")).isEqualTo(real("src/node_modules/dup/index.js"));
    assertThat(resolve("@scope/pkg/sub")).isEqualTo(real("node_modules/@scope/pkg/sub.js"));
  }

  @Test
  void builtins_stay_specifiers_and_missing_packages_say_how_to_fix() throws IOException {
    ModuleResolver resolver = new ModuleResolver(Map.of(), dir, true);

    assertThat(resolver.resolve("cloudflare:workers", importer(), false).builtin()).isEqualTo("cloudflare:workers");
    assertThat(resolver.resolve("node:buffer", importer(), false).builtin()).isEqualTo("node:buffer");
    assertThat(resolver.resolve("events", importer(), false).builtin()).isEqualTo("node:events");
    assertThatThrownBy(() -> resolve("left-pad"))
        .hasMessageContaining("package \"left-pad\" is not installed")
        .hasMessageContaining("run npm install left-pad, or map it with Wrangler's alias");
  }

  @Test
  void aliases_map_packages_to_packages_or_paths_relative_to_the_config() throws IOException {
    write("shims/fetch.ts", "");
    write("node_modules/lodash-es/index.js", "");
    ModuleResolver resolver = new ModuleResolver(Map.of("node-fetch", "./shims/fetch.ts", "lodash", "lodash-es"), dir, true);

    assertThat(resolver.resolve("node-fetch", importer(), false).file()).isEqualTo(real("shims/fetch.ts"));
    assertThat(resolver.resolve("lodash", importer(), false).file()).isEqualTo(real("node_modules/lodash-es/index.js"));
  }

  @Test
  void no_bundle_takes_specifiers_literally() throws IOException {
    write("src/util.js", "");
    write("node_modules/x/index.js", "");
    ModuleResolver resolver = new ModuleResolver(Map.of(), dir, false);

    assertThat(resolver.resolve("./util.js", importer(), false).file()).isEqualTo(real("src/util.js"));
    assertThatThrownBy(() -> resolver.resolve("./util", importer(), false)).hasMessageContaining("no such file");
    assertThatThrownBy(() -> resolver.resolve("x", importer(), false)).hasMessageContaining("no_bundle is set");
  }
}
