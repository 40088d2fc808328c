package io.github.miniflare4j.r2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.StorageSnapshot;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import io.github.miniflare4j.http.FetchRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R2 buckets from the options to the worker and the Java handle. */
class R2BucketTest {

  /** A worker that stores request bodies and serves objects: PUT /key, GET /key, GET /?list. */
  static final String FILE_STORE = """
      export default {
        async fetch(req, env) {
          const url = new URL(req.url);
          const key = url.pathname.slice(1);
          const bucket = env[url.searchParams.get("b") ?? "B"];
          if (req.method === "PUT") {
            const o = await bucket.put(key, req.body, { httpMetadata: req.headers });
            return Response.json({ key: o.key, size: o.size, etag: o.etag });
          }
          if (url.searchParams.has("list")) return Response.json((await bucket.list()).objects.map((o) => o.key));
          const o = await bucket.get(key, { onlyIf: req.headers, range: req.headers });
          if (o === null) return new Response("not found", { status: 404 });
          const headers = new Headers({ etag: o.httpEtag });
          o.writeHttpMetadata(headers);
          if (!("body" in o)) return new Response(null, { status: 304, headers });
          return new Response(o.body, { status: o.range.length < o.size ? 206 : 200, headers });
        }
      };
      """;

  private static Miniflare start(String optionsJson) {
    return new Miniflare(MiniflareOptions.fromJson(optionsJson));
  }

  private static String json(String script) {
    return "\"" + script.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  @Test
  void objects_put_from_java_are_served_by_the_worker_and_the_other_way_round() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(FILE_STORE).bind(R2Buckets.bucket("B")))
        .build())) {
      R2Bucket bucket = mf.getBinding(R2Bucket.class, "B");
      R2Object stored = bucket.put("hello.txt", "hello".getBytes(), Map.of("contentType", "text/plain"), Map.of("owner", "ann"));

      var response = mf.dispatchFetch("http://localhost/hello.txt");
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.text()).isEqualTo("hello");
      assertThat(response.header("content-type")).isEqualTo("text/plain");
      assertThat(response.header("etag")).isEqualTo(stored.httpEtag());

      // a body sent with its length: without one, dispatchFetch frames it as chunked, and R2 refuses
      // a request body of unknown length, as Miniflare's does
      mf.dispatchFetch(FetchRequest.builder("http://localhost/upload.bin").method("PUT")
          .header("content-type", "application/octet-stream").header("content-length", "3")
          .body(new byte[] {1, 2, 3}).build());
      assertThat(bucket.getBytes("upload.bin")).containsExactly(1, 2, 3);
      assertThat(bucket.head("upload.bin")).get().extracting(R2Object::contentType).isEqualTo("application/octet-stream");
      assertThat(bucket.list()).extracting(R2Object::key).containsExactly("hello.txt", "upload.bin");
      assertThat(bucket.list().get(0).customMetadata()).containsEntry("owner", "ann");
    }
  }

  @Test
  void conditional_and_ranged_gets_answer_304_and_206() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(FILE_STORE).bind(R2Buckets.bucket("B")))
        .build())) {
      R2Object o = mf.getBinding(R2Bucket.class, "B").put("doc", "0123456789");

      var notModified = mf.dispatchFetch("GET", "http://localhost/doc", Map.of("if-none-match", o.httpEtag()), null);
      var partial = mf.dispatchFetch("GET", "http://localhost/doc", Map.of("range", "bytes=2-4"), null);

      assertThat(notModified.status()).isEqualTo(304);
      assertThat(partial.status()).isEqualTo(206);
      assertThat(partial.text()).isEqualTo("234");
    }
  }

  @Test
  void bindings_of_the_same_bucket_name_share_objects() {
    String options = "{\"modules\": true, \"script\": " + json(FILE_STORE)
        + ", \"r2Buckets\": {\"A\": \"shared\", \"B\": \"shared\", \"C\": \"other\"}}";
    try (Miniflare mf = start(options)) {
      mf.getBinding(R2Bucket.class, "A").put("k", "v");

      assertThat(mf.dispatchFetch("http://localhost/k?b=B").text()).isEqualTo("v");
      assertThat(mf.dispatchFetch("http://localhost/k?b=C").status()).isEqualTo(404);
      assertThat(mf.getBinding(R2Bucket.class, "B").bucketName()).isEqualTo("shared");
    }
  }

  @Test
  void an_object_of_20_mib_streams_in_and_out() throws IOException {
    byte[] big = new byte[20 * 1024 * 1024];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31);
    }
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(FILE_STORE).bind(R2Buckets.bucket("B")))
        .build())) {
      R2Bucket bucket = mf.getBinding(R2Bucket.class, "B");
      bucket.put("big", new ByteArrayInputStream(big));

      var ranged = mf.dispatchFetch("GET", "http://localhost/big", Map.of("range", "bytes=20971000-20971519"), null);
      assertThat(ranged.bytes()).containsExactly(java.util.Arrays.copyOfRange(big, 20_971_000, 20_971_520));
      try (InputStream in = bucket.openStream("big")) {
        assertThat(in.readAllBytes()).isEqualTo(big);
      }
    }
  }

  @Test
  void refused_writes_throw_r2_errors_and_leave_the_object_as_it_was() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(
            "export default { async fetch(req, env) { try { await env.B.put('k', 'new', { md5: '0'.repeat(32) }); }"
                + " catch (e) { return new Response(e.message); } return new Response('stored'); } }")
            .bind(R2Buckets.bucket("B")))
        .build())) {
      R2Bucket bucket = mf.getBinding(R2Bucket.class, "B");
      bucket.put("k", "original");

      assertThat(mf.dispatchFetch("http://localhost/").text()).startsWith("put: The MD5 checksum you specified did not match");
      assertThat(bucket.getText("k")).isEqualTo("original");
      assertThatThrownBy(() -> bucket.put("x".repeat(1025), "v"))
          .isInstanceOf(R2Exception.class)
          .hasMessage("put: The specified object name is not valid. (10020)");
      assertThatThrownBy(() -> bucket.put("m", "v".getBytes(), Map.of(), Map.of("k", "v".repeat(2048))))
          .isInstanceOfSatisfying(R2Exception.class, e -> assertThat(e.code()).isEqualTo(10012));
      assertThat(bucket.list()).extracting(R2Object::key).containsExactly("k");
    }
  }

  @Test
  void restore_storage_puts_buckets_and_uploads_back_to_a_snapshot() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(FILE_STORE).bind(R2Buckets.bucket("B")))
        .build())) {
      R2Bucket bucket = mf.getBinding(R2Bucket.class, "B");
      bucket.put("seed", "baseline");
      StorageSnapshot baseline = mf.snapshotStorage();

      bucket.put("seed", "changed");
      bucket.put("extra", "x");
      mf.restoreStorage(baseline);

      assertThat(bucket.list()).extracting(R2Object::key).containsExactly("seed");
      assertThat(mf.dispatchFetch("http://localhost/seed").text()).isEqualTo("baseline");
    }
  }

  @Test
  void r2_persist_keeps_objects_across_instances(@TempDir Path dir) {
    String options = "{\"modules\": true, \"script\": " + json(FILE_STORE) + ", \"r2Buckets\": [\"B\"], \"r2Persist\": "
        + json(dir.toString()) + "}";
    try (Miniflare mf = start(options)) {
      mf.dispatchFetch(FetchRequest.builder("http://localhost/notes/a.txt").method("PUT").header("content-length", "9").body("persisted").build());
    }
    try (Miniflare mf = start(options)) {
      assertThat(mf.dispatchFetch("http://localhost/notes/a.txt").text()).isEqualTo("persisted");
      assertThat(mf.getBinding(R2Bucket.class, "B").head("notes/a.txt")).get().extracting(R2Object::size).isEqualTo(9L);
    }
  }

  @Test
  void wrangler_r2_buckets_bind_by_bucket_name(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("index.js"), FILE_STORE);
    Path file = dir.resolve("wrangler.toml");
    Files.writeString(file, """
        name = "files"
        main = "index.js"
        compatibility_date = "2025-01-01"
        [[r2_buckets]]
        binding = "B"
        bucket_name = "uploads"
        preview_bucket_name = "uploads-preview"
        [[r2_buckets]]
        binding = "SAME"
        bucket_name = "uploads"
        """);
    WranglerConfig config = WranglerConfig.load(file);
    assertThat(config.warnings()).isEmpty();
    try (Miniflare mf = new Miniflare(config.toOptions().build())) {
      mf.getBinding(R2Bucket.class, "SAME").put("k", "shared");
      assertThat(mf.dispatchFetch("http://localhost/k").text()).isEqualTo("shared");
      assertThat(mf.getBinding(R2Bucket.class, "B").bucketName()).isEqualTo("uploads");
    }
  }

  @Test
  void a_wrangler_bucket_name_of_the_wrong_form_is_refused_with_the_rule(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("index.js"), FILE_STORE);
    Path file = dir.resolve("wrangler.toml");
    Files.writeString(file, """
        name = "files"
        main = "index.js"
        [[r2_buckets]]
        binding = "B"
        bucket_name = "Not_Valid"
        """);

    assertThatThrownBy(() -> WranglerConfig.load(file).toOptions().build())
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("bucket_name=\"Not_Valid\" is invalid. Bucket names must begin and end with an alphanumeric");
  }

  @Test
  void a_json_bucket_of_the_wrong_type_is_refused_naming_the_option() {
    assertThatThrownBy(() -> MiniflareOptions.fromJson("{\"script\": \"\", \"r2Buckets\": {\"B\": 3}}"))
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("r2Buckets.B must be a string");
  }

  @Test
  void a_folder_seeds_the_bucket_keyed_by_relative_path(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("img"));
    Files.writeString(dir.resolve("index.html"), "<h1>hi</h1>");
    Files.write(dir.resolve("img/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(FILE_STORE).bind(R2Buckets.bucket("B")))
        .build())) {
      R2Bucket bucket = mf.getBinding(R2Bucket.class, "B");

      assertThat(bucket.putDirectory(dir)).extracting(R2Object::key).containsExactly("img/logo.png", "index.html");

      var page = mf.dispatchFetch("http://localhost/index.html");
      assertThat(page.text()).isEqualTo("<h1>hi</h1>");
      assertThat(page.header("content-type")).isEqualTo("text/html; charset=utf-8");
      assertThat(bucket.head("img/logo.png")).get().extracting(R2Object::contentType).isEqualTo("image/png");
      assertThat(bucket.getBytes("img/logo.png")).hasSize(4);
    }
  }

  @Test
  void a_service_worker_sees_the_bucket_as_a_global() {
    String script = "addEventListener('fetch', (e) => e.respondWith((async () => {"
        + " await B.put('k', 'from a global'); return new Response(await (await B.get('k')).text()); })()));";
    try (Miniflare mf = start("{\"script\": " + json(script) + ", \"r2Buckets\": [\"B\"]}")) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("from a global");
    }
  }
}
