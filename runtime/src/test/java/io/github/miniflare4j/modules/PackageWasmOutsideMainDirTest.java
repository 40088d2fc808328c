package io.github.miniflare4j.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.config.WranglerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package in a {@code node_modules} beside {@code src/} (outside the main module's directory)
 * that imports its own {@code .wasm}: statically, by a dynamic {@code import("./x.wasm?module")}
 * and by a CommonJS {@code require("./x.wasm?module")} inside a function, as Wrangler's module
 * rules allow wherever the file lies. The worker itself never names WebAssembly.
 */
class PackageWasmOutsideMainDirTest {

  @TempDir
  Path project;

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void wasm(String path) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, WasmBinaries.ADD);
  }

  @Test
  void wasm_of_packages_outside_the_main_directory_loads_by_import_dynamic_import_and_require() throws IOException {
    write("wrangler.toml", "name = \"adder\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-01-01\"\n");
    write("src/index.ts", """
        import addStatic from "adder-static";
        import addEsm from "adder-esm";
        import addCjs from "adder-cjs";
        export default {
          async fetch(): Promise<Response> {
            return Response.json([addStatic(1, 2), await addEsm(2, 3), await addCjs(3, 4)]);
          },
        };
        """);
    write("node_modules/adder-static/package.json", "{\"name\":\"adder-static\",\"type\":\"module\",\"main\":\"index.js\"}");
    write("node_modules/adder-static/index.js",
        "import mod from \"./lib/add.wasm\";\nconst i = new WebAssembly.Instance(mod);\nexport default (a, b) => i.exports.add(a, b);\n");
    wasm("node_modules/adder-static/lib/add.wasm");
    write("node_modules/adder-esm/package.json", "{\"name\":\"adder-esm\",\"type\":\"module\",\"main\":\"index.mjs\"}");
    write("node_modules/adder-esm/index.mjs", """
        export default async function add(a, b) {
          const { default: mod } = await import("./add.wasm?module");
          return new WebAssembly.Instance(mod).exports.add(a, b);
        }
        """);
    wasm("node_modules/adder-esm/add.wasm");
    write("node_modules/adder-cjs/package.json", "{\"name\":\"adder-cjs\",\"main\":\"index.js\"}");
    write("node_modules/adder-cjs/index.js", """
        module.exports = async function add(a, b) {
          const { default: mod } = require("./add.wasm?module");
          return new WebAssembly.Instance(mod).exports.add(a, b);
        };
        """);
    wasm("node_modules/adder-cjs/add.wasm");

    try (Miniflare mf = new Miniflare(WranglerConfig.load(project.resolve("wrangler.toml")).toOptions()
        .startupTimeout(Duration.ofMinutes(2)).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("[3,5,7]");
    }
  }
}
