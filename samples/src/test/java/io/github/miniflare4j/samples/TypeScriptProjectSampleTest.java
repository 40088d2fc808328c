package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.junit.WorkerResponse;
import io.github.miniflare4j.kv.KvNamespace;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A TypeScript project as it is on disk ({@code src/test/resources/typescript-app}): {@code
 * wrangler.toml} with {@code main = "src/index.ts"}, an npm router picked through its {@code
 * exports} {@code workerd} condition, a CommonJS package, a JSON import of {@code package.json},
 * an enum, a class with parameter properties and Wrangler's {@code define}. No build step and no
 * Node.js: the types are stripped in the JVM with every line and column kept, so an error's stack
 * points at the {@code .ts} source.
 */
@MiniflareTest(config = "classpath:typescript-app/wrangler.toml")
class TypeScriptProjectSampleTest {

  @Test
  void the_worker_reads_its_package_json_and_define(WorkerClient api) {
    assertThat(api.fetch("/version")).isOk()
        .hasJsonBody("{\"app\": \"notes-ts\", \"version\": \"1.4.0\", \"api\": \"v2\", \"site\": \"notes.example\"}");
  }

  @Test
  void a_note_is_slugged_by_the_commonjs_package_and_stored_in_kv(WorkerClient api, KvNamespace notes) {
    WorkerResponse created = api.post("/notes").json(Map.of("title", "Crème brûlée, twice!")).send();

    System.out.println("[sample typescript] POST /notes -> " + created.status() + " " + created.text());
    assertThat(created).hasStatus(201)
        .hasJsonBody("{\"slug\": \"creme-brulee-twice\", \"title\": \"Crème brûlée, twice!\", \"visibility\": \"private\"}");
    assertThat(notes).containsKey("note:creme-brulee-twice");
    assertThat(api.fetch("/notes/creme-brulee-twice")).isOk();
    assertThat(api.fetch("/notes/unknown")).hasStatus(404).hasJsonBody("{\"error\": \"no note unknown\"}");
  }

  @Test
  void an_error_in_typescript_reports_the_ts_line(WorkerClient api) {
    WorkerResponse response = api.fetch("/notes/" + "x".repeat(65));

    assertThat(response).hasStatus(500);
    org.assertj.core.api.Assertions.assertThat(response.text())
        .contains("RangeError: slug too long: 65 characters")
        .contains("typescript-app/src/notes.ts:26:13");
  }
}
