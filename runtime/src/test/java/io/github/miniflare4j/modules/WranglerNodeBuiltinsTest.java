package io.github.miniflare4j.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How Wrangler's bundle treats a Node.js built-in a package requires: under {@code
 * nodejs_compat_v2} its plugin resolves the name first and polyfills a module the compatibility
 * date does not provide natively ({@code fs} before 2025-09-15: postcss, pg), so the worker starts;
 * without it esbuild applies the package's {@code browser} map, where {@code "fs": false} is an
 * empty module. A worker Miniflare runs without Wrangler keeps workerd's refusal.
 */
class WranglerNodeBuiltinsTest {

  @TempDir
  Path project;

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void writePackage() throws IOException {
    write("node_modules/pk/package.json",
        "{\"name\":\"pk\",\"main\":\"index.js\",\"browser\":{\"fs\":false,\"path\":false,\"./x.js\":\"./y.js\"}}");
    write("node_modules/pk/index.js", """
        const fs = require("fs");
        const path = require("path");
        module.exports = { fs: typeof fs, fsKeys: Object.keys(fs).length, readFileSync: typeof fs.readFileSync,
          path: typeof path?.join, x: require("./x.js") };
        """);
    write("node_modules/pk/x.js", "module.exports = 'x';\n");
    write("node_modules/pk/y.js", "module.exports = 'y';\n");
    write("src/index.js", """
        import pk from "pk";
        export default {
          async fetch() {
            let http;
            try { http = typeof (await import("node:http")).request; } catch (e) { http = e.message; }
            return Response.json({ ...pk, http });
          },
        };
        """);
  }

  private Map<?, ?> run(String date, String flags) throws IOException {
    write("wrangler.toml", "name = \"n\"\nmain = \"src/index.js\"\ncompatibility_date = \"" + date + "\"\n"
        + "compatibility_flags = [" + flags + "]\n");
    try (Miniflare mf = new Miniflare(WranglerConfig.load(project.resolve("wrangler.toml")).toOptions()
        .startupTimeout(Duration.ofMinutes(2)).build())) {
      return mf.dispatchFetch("http://localhost/").json(Map.class);
    }
  }

  @Test
  void under_nodejs_compat_v2_a_module_the_date_lacks_is_polyfilled_and_the_browser_map_skipped() throws IOException {
    writePackage();
    Map<?, ?> body = run("2024-12-01", "\"nodejs_compat\"");
    assertThat(body.get("fs")).isEqualTo("object");
    assertThat(body.get("readFileSync")).isEqualTo("function");
    assertThat(body.get("path")).isEqualTo("function");
    assertThat(body.get("x")).isEqualTo("y");
    assertThat(body.get("http")).isEqualTo("function");
  }

  @Test
  void without_nodejs_compat_v2_the_browser_map_disables_the_builtin() throws IOException {
    writePackage();
    for (String flags : new String[] {"\"nodejs_compat\"", ""}) {
      Map<?, ?> body = run("2023-12-09", flags);
      assertThat(body.get("fs")).as(flags).isEqualTo("object");
      assertThat(body.get("fsKeys")).as(flags).isEqualTo(0);
      assertThat(body.get("path")).as(flags).isEqualTo("undefined");
      assertThat(body.get("x")).as(flags).isEqualTo("y");
      assertThat(body.get("http")).as(flags).isEqualTo("No such module \"node:http\".");
    }
  }

  @Test
  void a_worker_run_without_wrangler_keeps_workerds_refusal() {
    String script = """
        export default {
          async fetch() {
            try { await import("node:fs"); return new Response("loaded"); } catch (e) { return new Response(e.message); }
          },
        };
        """;
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("raw").modules(true).script(script)
            .compatibilityDate("2024-12-01").compatibilityFlags("nodejs_compat").build())
        .build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("No such module \"node:fs\".");
    }
  }
}
