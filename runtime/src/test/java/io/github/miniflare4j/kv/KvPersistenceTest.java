package io.github.miniflare4j.kv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.storage.NamespaceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KV persisted on SQLite: across workers, across instances, with awkward namespace ids. */
class KvPersistenceTest {

  static final String WORKER =
      """
      export default {
        async fetch(req, env) {
          const url = new URL(req.url);
          const k = url.searchParams.get("k");
          if (req.method === "PUT") { await env.KV.put(k, await req.text(), { metadata: { by: "js" } }); return new Response("ok"); }
          const r = await env.KV.getWithMetadata(k);
          return Response.json({ value: r.value, metadata: r.metadata, listed: (await env.KV.list()).keys.length });
        }
      };
      """;

  @TempDir Path dir;

  Miniflare start(String namespaceId) {
    return new Miniflare(MiniflareOptions.builder()
        .kvPersist(dir)
        .worker(WorkerOptions.builder().name("writer").modules(true).script(WORKER).kvNamespace("KV", namespaceId))
        .worker(WorkerOptions.builder().name("reader").modules(true).script(WORKER).kvNamespace("KV", namespaceId))
        .build());
  }

  @Test
  void a_second_instance_on_the_same_directory_sees_the_data() {
    try (Miniflare first = start("sessions")) {
      first.dispatchFetch("PUT", "http://localhost/?k=user", java.util.Map.of(), "ada");
      assertThat(first.dispatchFetch("reader", io.github.miniflare4j.http.FetchRequest.get("http://localhost/?k=user")).text())
          .isEqualTo("{\"value\":\"ada\",\"metadata\":{\"by\":\"js\"},\"listed\":1}");
    }
    try (Miniflare second = start("sessions")) {
      assertThat(second.dispatchFetch("http://localhost/?k=user").text())
          .isEqualTo("{\"value\":\"ada\",\"metadata\":{\"by\":\"js\"},\"listed\":1}");
      assertThat(second.getKVNamespace("KV").get("user")).isEqualTo("ada");
    }
    assertThat(Files.exists(dir.resolve("sessions.sqlite"))).isTrue();
  }

  @Test
  void namespace_ids_that_are_not_file_names_are_encoded_inside_the_directory() throws Exception {
    String id = "../../Outside/ns";
    try (Miniflare mf = start(id)) {
      mf.getKVNamespace("KV").put("k", "v");
    }
    try (Miniflare mf = start(id)) {
      assertThat(mf.getKVNamespace("KV").get("k")).isEqualTo("v");
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains(NamespaceFiles.fileName(id) + ".sqlite")
          .allMatch(name -> !name.contains("/") && !name.startsWith(".."));
    }
    assertThat(Files.exists(dir.getParent().resolve("Outside"))).isFalse();
  }

  @Test
  void kv_persist_true_uses_the_default_directory() {
    MiniflareOptions options = MiniflareOptions.builder().kvPersist(true).build();
    assertThat(options.kvPersist()).isEqualTo(Path.of(".mf", "kv"));
    assertThat(MiniflareOptions.builder().kvPersist(true).kvPersist(false).build().kvPersist()).isNull();
    assertThat(MiniflareOptions.builder().build().kvPersist()).isNull();
  }
}
