package io.github.miniflare4j.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Modules read from disk: CommonJS interop, dynamic imports, errors with positions, the disk cache. */
class ModuleLoaderTest {

  @TempDir Path dir;

  private Path write(String path, String content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  private Miniflare start(Path entry) {
    // the first instance of a JVM warms the engine up: allow for a busy machine
    return new Miniflare(MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(2))
        .worker(WorkerOptions.builder().name("app").scriptPath(entry)).build());
  }

  @Test
  void commonjs_packages_interoperate_as_esbuild_wraps_them() throws IOException {
    write("node_modules/reexport/package.json", "{ \"main\": \"index.js\" }");
    write("node_modules/reexport/index.js", "module.exports = require('./impl');");
    write("node_modules/reexport/impl.js", "exports.greet = (n) => 'hi ' + n; exports.count = 2;");
    write("node_modules/transpiled/index.js", """
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        Object.defineProperty(exports, "helper", { enumerable: true, get: function () { return 7; } });
        exports.default = function main() { return "default of an __esModule"; };
        """);
    write("node_modules/fnexport/index.js", "module.exports = function callMe() { return 'called'; };");
    write("node_modules/needs-esm/index.js", "const esm = require('esm-dep'); module.exports = esm.__esModule + ':' + esm.value;");
    write("node_modules/esm-dep/package.json", "{ \"type\": \"module\", \"exports\": \"./index.js\" }");
    write("node_modules/esm-dep/index.js", "export const value = 42;");
    Path entry = write("src/index.ts", """
        import { greet, count } from "reexport";
        import main, { helper } from "transpiled";
        import callMe from "fnexport";
        import combined from "needs-esm";
        export default {
          fetch(): Response {
            return Response.json([greet("ada"), count, main(), helper, callMe(), combined]);
          },
        };
        """);

    try (Miniflare mf = start(entry)) {
      assertThat(mf.dispatchFetch("http://localhost/").text())
          .isEqualTo("[\"hi ada\",2,\"default of an __esModule\",7,\"called\",\"true:42\"]");
    }
  }

  @Test
  void dynamic_imports_with_literal_and_computed_specifiers_load_typescript() throws IOException {
    write("src/plugins/upper.ts", "export const run = (s: string): string => s.toUpperCase();");
    write("src/plugins/lower.ts", "export const run = (s: string): string => s.toLowerCase();");
    Path entry = write("src/index.ts", """
        export default {
          async fetch(request: Request): Promise<Response> {
            const name = new URL(request.url).pathname.slice(1);
            const literal = await import("./plugins/upper");
            const computed = await import("./plugins/" + name + ".ts");
            return new Response(literal.run("a") + computed.run("B"));
          },
        };
        """);

    try (Miniflare mf = start(entry)) {
      assertThat(mf.dispatchFetch("http://localhost/lower").text()).isEqualTo("Ab");
    }
  }

  @Test
  void methods_named_import_require_or_export_are_methods_not_imports() throws IOException {
    // the Cloudflare SDK's DNS records resource has `import(params, options) { ... }`
    write("node_modules/sdk/package.json", "{ \"name\": \"sdk\", \"type\": \"module\", \"main\": \"index.mjs\" }");
    write("node_modules/sdk/index.mjs", """
        export class Records {
          import(params, options) {
            const { zone_id, ...body } = params;
            return zone_id + ":" + Object.keys(body).join(",") + ":" + options;
          }
          static export(x)
          {
            return "exported " + x;
          }
        }
        """);
    // no ES syntax and no CommonJS: a script whose object has methods of those names
    write("node_modules/plain/index.js", """
        globalThis.plainLoader = { require(id) { return "req " + id; }, module() { return "mod"; }, exports() { return "exp"; } };
        """);
    Path entry = write("src/index.js", """
        import { Records } from "sdk";
        import "plain";
        export default {
          async fetch() {
            const lazy = await import("./lazy.js");
            const l = globalThis.plainLoader;
            return new Response([new Records().import({ zone_id: "z", a: 1 }, "o"), Records.export(2),
                l.require("x"), l.module(), l.exports(), lazy.value].join(" | "));
          },
        };
        """);
    write("src/lazy.js", "export const value = 'lazy';");

    try (Miniflare mf = start(entry)) {
      assertThat(mf.dispatchFetch("http://localhost/").text())
          .isEqualTo("z:a:o | exported 2 | req x | mod | exp | lazy");
    }
  }

  @Test
  void an_unresolvable_import_fails_the_start_with_the_importing_line_and_column() throws IOException {
    write("src/db.ts", "import { Pool } from \"pg-lite\";\nexport const pool = new Pool();\n");
    Path entry = write("src/index.ts", "import { pool } from './db';\nexport default { fetch() { return new Response(String(pool)); } };\n");

    assertThatThrownBy(() -> start(entry))
        .isInstanceOfSatisfying(MiniflareException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ERR_MODULE_PARSE))
        .hasMessageStartingWith("Worker \"app\": " + dir.toRealPath().resolve("src/db.ts") + ":1:22: Could not resolve \"pg-lite\"")
        .hasMessageContaining("package \"pg-lite\" is not installed");
  }

  @Test
  void a_typescript_error_in_an_imported_module_names_file_line_and_column() throws IOException {
    write("src/model.ts", "export interface A { a: string }\nexport const x: = 1;\n");
    Path entry = write("src/index.ts", "import { x } from './model';\nexport default { fetch() { return new Response(String(x)); } };\n");

    assertThatThrownBy(() -> start(entry))
        .hasMessage("Worker \"app\": " + dir.toRealPath().resolve("src/model.ts") + ":2:17: Expected a type but found \"=\"");
  }

  @Test
  void stripped_typescript_is_cached_on_disk_by_content_hash() throws IOException {
    Path cache = dir.resolve("cache");
    StripCache stripCache = new StripCache(cache);
    String ts = "export const n: number = 1;\n";

    String first = stripCache.strip(ts, Path.of("a.ts"));
    try (var files = Files.list(cache)) {
      Path entry = files.filter(f -> f.toString().endsWith(".js")).findFirst().orElseThrow();
      Files.writeString(entry, "export const n = 2; // from the cache\n");
    }
    String second = stripCache.strip(ts, Path.of("b.ts"));

    assertThat(first).isEqualTo("export const n         = 1;\n");
    assertThat(second).isEqualTo("export const n = 2; // from the cache\n");
  }
}
