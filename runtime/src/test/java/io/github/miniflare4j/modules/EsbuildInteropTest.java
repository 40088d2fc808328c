package io.github.miniflare4j.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * npm packages mean what they mean in Wrangler's esbuild bundle. Each expected answer was
 * checked against esbuild 0.25 run with Wrangler's settings ({@code --bundle --format=esm
 * --platform=browser --conditions=workerd,worker,browser}) on the same files.
 */
class EsbuildInteropTest {

  @TempDir Path dir;

  private void write(String path, String content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private String fetch(String entryCode) throws IOException {
    return fetch(entryCode, ModuleOptions.defaults());
  }

  private String fetch(String entryCode, ModuleOptions moduleOptions) throws IOException {
    write("src/index.js", entryCode);
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(2))
        .worker(WorkerOptions.builder().name("app").scriptPath(dir.resolve("src/index.js")).moduleOptions(moduleOptions))
        .build())) {
      return mf.dispatchFetch("http://localhost/").text();
    }
  }

  @Test
  void commonjs_modules_requiring_each_other_run_in_node_order_and_see_partial_exports() throws IOException {
    write("node_modules/cyc/package.json", "{ \"main\": \"a.js\" }");
    write("node_modules/cyc/a.js", """
        globalThis.order = (globalThis.order || []).concat("a");
        exports.early = "a-early";
        const b = require("./b");
        exports.late = "a-late";
        exports.seenByB = b.seen;
        """);
    write("node_modules/cyc/b.js", """
        globalThis.order = (globalThis.order || []).concat("b");
        const a = require("./a");
        exports.seen = [a.early, a.late];
        """);

    assertThat(fetch("""
        import * as cyc from "cyc";
        export default { fetch() { return Response.json([cyc.seenByB, cyc.late, globalThis.order]); } };
        """)).isEqualTo("[[\"a-early\",null],\"a-late\",[\"a\",\"b\"]]");
  }

  @Test
  void a_required_module_runs_only_when_the_require_runs() throws IOException {
    write("node_modules/lazy/package.json", "{ \"main\": \"index.js\" }");
    write("node_modules/lazy/index.js", """
        exports.load = function () { return require("./node-only").value; };
        """);
    write("node_modules/lazy/node-only.js", """
        globalThis.ranNodeOnly = true;
        exports.value = "loaded on demand";
        """);

    assertThat(fetch("""
        import { load } from "lazy";
        export default { fetch() {
          const before = globalThis.ranNodeOnly === true;
          return Response.json([before, load(), globalThis.ranNodeOnly]);
        } };
        """)).isEqualTo("[false,\"loaded on demand\",true]");
  }

  @Test
  void a_namespace_import_sees_every_property_of_module_exports() throws IOException {
    write("node_modules/dyn/package.json", "{ \"main\": \"index.js\" }");
    write("node_modules/dyn/index.js", """
        var root = {};
        root.proto = { name: "dynamic" };
        ["alpha", "beta"].forEach(function (k) { root[k] = k.toUpperCase(); });
        module.exports = root;
        """);

    assertThat(fetch("""
        import * as dyn from "dyn";
        export default { fetch() {
          return Response.json([Object.keys(dyn).sort(), dyn.proto.name, dyn.default.alpha]);
        } };
        """)).isEqualTo("[[\"alpha\",\"beta\",\"default\",\"proto\"],\"dynamic\",\"ALPHA\"]");
  }

  @Test
  void a_named_import_reads_a_property_the_module_does_not_visibly_assign() throws IOException {
    write("node_modules/umd/package.json", "{ \"main\": \"umd.js\" }");
    write("node_modules/umd/umd.js", """
        (function (root, factory) {
          if (typeof module === "object" && module.exports) module.exports = factory();
          else root.umd = factory();
        })(this, function () { return { shout: function (s) { return s.toUpperCase() + "!"; }, version: "1.0" }; });
        """);

    assertThat(fetch("""
        import { shout, version as v } from "umd";
        export default { fetch() { return Response.json([shout("hi"), v]); } };
        """)).isEqualTo("[\"HI!\",\"1.0\"]");
  }

  @Test
  void typescript_export_star_helpers_re_export_the_names_of_required_modules() throws IOException {
    write("node_modules/star/package.json", "{ \"main\": \"index.js\" }");
    write("node_modules/star/index.js", """
        "use strict";
        var __exportStar = (this && this.__exportStar) || function(m, exports) {
            for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) exports[p] = m[p];
        };
        Object.defineProperty(exports, "__esModule", { value: true });
        __exportStar(require("./one"), exports);
        const tslib_1 = require("./tslib");
        (0, tslib_1.__exportStar)(require("./two"), exports);
        """);
    write("node_modules/star/tslib.js", """
        exports.__exportStar = function (m, o) { for (var p in m) if (p !== "default") o[p] = m[p]; };
        """);
    write("node_modules/star/one.js", "exports.ONE = 1;");
    write("node_modules/star/two.js", "exports.TWO = 2;");
    write("src/reexport.js", "export { ONE } from \"star\";");

    assertThat(fetch("""
        import { TWO } from "star";
        import { ONE } from "./reexport.js";
        export default { fetch() { return Response.json([ONE, TWO]); } };
        """)).isEqualTo("[1,2]");
  }

  @Test
  void an_esmodule_marked_default_is_exports_default_outside_node_mode() throws IOException {
    write("node_modules/marked/package.json", "{ \"main\": \"index.js\" }");
    write("node_modules/marked/index.js", """
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.default = "the default";
        exports.other = "other";
        """);
    write("src/node-mode.mjs", """
        import * as ns from "marked";
        export const nodeDefault = typeof ns.default;
        """);

    assertThat(fetch("""
        import marked, * as ns from "marked";
        import { nodeDefault } from "./node-mode.mjs";
        export default { fetch() { return Response.json([marked, ns.default, ns.other, nodeDefault]); } };
        """)).isEqualTo("[\"the default\",\"the default\",\"other\",\"object\"]");
  }

  @Test
  void a_dynamic_import_of_commonjs_resolves_to_its_module_exports() throws IOException {
    write("node_modules/dynamic-cjs/package.json", "{ \"main\": \"index.js\" }");
    write("node_modules/dynamic-cjs/index.js", """
        module.exports = {};
        module.exports["computed" + "Name"] = "found";
        """);

    assertThat(fetch("""
        export default { async fetch() {
          const literal = await import("dynamic-cjs");
          return Response.json([literal.computedName, literal.default.computedName]);
        } };
        """)).isEqualTo("[\"found\",\"found\"]");
  }

  @Test
  void a_browser_map_replaces_and_disables_files_and_bare_imports_of_its_package() throws IOException {
    write("node_modules/bro/package.json", """
        { "main": "lib/index.js", "browser": {
            "./lib/platform/index.js": "./lib/platform/browser.js", "./lib/main-node.js": "./lib/main-browser.js",
            "fs": false, "crypto-lib": "./lib/crypto-browser.js", "./lib/heavy.js": false, "other-pkg": "replacement-pkg" } }""");
    write("node_modules/bro/lib/index.js", """
        const platform = require("./platform");
        const heavy = require("./heavy");
        const cryptoLib = require("crypto-lib");
        const other = require("other-pkg");
        module.exports = { platform, heavy: JSON.stringify(heavy), cryptoLib, other, main: require("./main-node") };
        """);
    write("node_modules/bro/lib/platform/index.js", "module.exports = \"node platform\";");
    write("node_modules/bro/lib/platform/browser.js", "module.exports = \"browser platform\";");
    write("node_modules/bro/lib/main-node.js", "module.exports = \"main-node\";");
    write("node_modules/bro/lib/main-browser.js", "module.exports = \"main-browser\";");
    write("node_modules/bro/lib/heavy.js", "throw new Error(\"never loaded\");");
    write("node_modules/bro/lib/crypto-browser.js", "module.exports = \"crypto for browsers\";");
    write("node_modules/replacement-pkg/package.json", "{ \"main\": \"index.js\" }");
    write("node_modules/replacement-pkg/index.js", "module.exports = \"replacement\";");
    write("node_modules/bromain/package.json", "{ \"main\": \"./node.js\", \"browser\": { \"./node.js\": \"./browser.js\" } }");
    write("node_modules/bromain/node.js", "module.exports = \"bromain node\";");
    write("node_modules/bromain/browser.js", "module.exports = \"bromain browser\";");

    assertThat(fetch("""
        import bro from "bro";
        import bromain from "bromain";
        export default { fetch() { return Response.json({ bro, bromain }); } };
        """)).isEqualTo("{\"bro\":{\"platform\":\"browser platform\",\"heavy\":\"{}\",\"cryptoLib\":\"crypto for browsers\","
        + "\"other\":\"replacement\",\"main\":\"main-browser\"},\"bromain\":\"bromain browser\"}");
  }

  @Test
  void an_object_or_array_define_is_one_value_shared_by_every_module() throws IOException {
    write("src/esm.js", "export const fromEsm = () => NESTED.LIST;");
    write("src/cjs.cjs", "exports.fromCjs = () => NESTED.LIST;");
    ModuleOptions defines = ModuleOptions.builder()
        .define("NESTED.LIST", "[1, 2, 3]").define("CONFIG", "{ \"mode\": \"test\" }").define("NAME", "\"thing\"").build();

    assertThat(fetch("""
        import { fromEsm } from "./esm.js";
        import { fromCjs } from "./cjs.cjs";
        export default { fetch() {
          return Response.json([NESTED.LIST, CONFIG.mode, NAME, NESTED.LIST === NESTED.LIST, fromEsm() === NESTED.LIST,
            fromCjs() === NESTED.LIST]);
        } };
        """, defines)).isEqualTo("[[1,2,3],\"test\",\"thing\",true,true,true]");
  }
}
