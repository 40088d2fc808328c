package io.github.miniflare4j.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workers Sites from a Wrangler file ({@code [site]}) and from the builder: the manifest module
 * through the module loader, live reads of the folder, filters, and the refused writes.
 */
class WorkersSiteTest {

  @TempDir Path dir;

  private static final String WORKER = """
      import manifestJSON from "__STATIC_CONTENT_MANIFEST";
      const manifest = JSON.parse(manifestJSON);
      export default {
        async fetch(req, env) {
          const path = new URL(req.url).pathname.slice(1) || "index.html";
          const key = manifest[path] ?? path;
          const body = await env.__STATIC_CONTENT.get(key);
          return body === null ? new Response("not found: " + path, { status: 404 }) : new Response(body);
        },
      };
      """;

  private Path project(String site) throws IOException {
    Files.createDirectories(dir.resolve("public/css"));
    Files.writeString(dir.resolve("public/index.html"), "<h1>home</h1>");
    Files.writeString(dir.resolve("public/css/site.css"), "body{}");
    Files.writeString(dir.resolve("public/notes.txt"), "notes");
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/index.js"), WORKER);
    return Files.writeString(dir.resolve("wrangler.toml"), "name = \"site\"\nmain = \"src/index.js\"\ncompatibility_date = \"2025-01-01\"\n"
        + site + "\n[env.staging]\nname = \"site-staging\"\n");
  }

  private static MiniflareOptions options(Path file, String env) {
    return WranglerConfig.load(file, env).toOptions().startupTimeout(Duration.ofMinutes(2)).build();
  }

  @Test
  void a_wrangler_site_serves_its_folder_through_the_manifest_module() throws IOException {
    Path file = project("[site]\nbucket = \"./public\"\nexclude = [\"*.txt\"]\n");

    try (Miniflare mf = new Miniflare(options(file, null))) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("<h1>home</h1>");
      assertThat(mf.dispatchFetch("http://localhost/css/site.css").text()).isEqualTo("body{}");
      assertThat(mf.dispatchFetch("http://localhost/notes.txt").status()).as("excluded").isEqualTo(404);

      Files.writeString(dir.resolve("public/late.html"), "late");
      assertThat(mf.dispatchFetch("http://localhost/late.html").text())
          .as("the namespace reads the folder live, by path, though the manifest was made at start").isEqualTo("late");
    }
  }

  @Test
  void the_site_holds_in_every_environment_as_wrangler_reads_it_at_the_top_level() throws IOException {
    Path file = project("[site]\nbucket = \"./public\"\n");

    try (Miniflare mf = new Miniflare(options(file, "staging"))) {
      assertThat(mf.dispatchFetch("http://localhost/notes.txt").text()).isEqualTo("notes");
    }
  }

  @Test
  void a_site_without_a_bucket_is_refused_with_the_setting_named() throws IOException {
    Path file = project("[site]\ninclude = [\"*.html\"]\n");

    assertThatThrownBy(() -> options(file, null)).hasMessageContaining("bucket");
  }

  @Test
  void a_builder_site_is_a_global_manifest_object_in_a_service_worker_and_refuses_writes() throws IOException {
    project("");
    String script = """
        addEventListener("fetch", (event) => event.respondWith((async () => {
          const writes = [];
          for (const write of [() => __STATIC_CONTENT.put("k", "v"), () => __STATIC_CONTENT.delete("k")]) {
            try { await write(); writes.push("ok"); } catch (e) { writes.push(e.message); }
          }
          return Response.json({ keys: Object.keys(__STATIC_CONTENT_MANIFEST), writes,
            css: await __STATIC_CONTENT.get(__STATIC_CONTENT_MANIFEST["css/site.css"]) });
        })()));
        """;
    MiniflareOptions options = MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(2))
        .worker(WorkerOptions.builder().script(script).compatibilityDate("2025-01-01")
            .bind(WorkersSite.folder(dir.resolve("public")).include("css/*")).build())
        .build();

    try (Miniflare mf = new Miniflare(options)) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("{\"keys\":[\"css/site.css\"],\"writes\":["
          + "\"KV PUT failed: 405 Cannot put() with Workers Sites namespace\","
          + "\"KV DELETE failed: 405 Cannot delete() with Workers Sites namespace\"],\"css\":\"body{}\"}");
    }
  }
}
