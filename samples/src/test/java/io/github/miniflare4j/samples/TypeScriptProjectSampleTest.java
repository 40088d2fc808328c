package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.junit.WorkerResponse;
import io.github.miniflare4j.kv.KvNamespace;
import io.github.miniflare4j.coverage.CoverageReport;
import io.github.miniflare4j.coverage.WorkerCoverage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A TypeScript project as it is on disk ({@code src/test/resources/typescript-app}): {@code
 * wrangler.toml} with {@code main = "src/index.ts"}, an npm router picked through its {@code
 * exports} {@code workerd} condition, a package whose {@code "./html"} subpath has a {@code
 * worker} build beside its Node.js one, a CommonJS package, a JSON import of {@code
 * package.json}, a {@code .txt} Text module, a {@code tsconfig.json} path alias ({@code @/notes}),
 * an enum, a class with parameter properties and Wrangler's {@code define}. No build step and no
 * Node.js: the types are stripped in the JVM with every line and column kept, so an error's stack
 * points at the {@code .ts} source, and the coverage that {@code -Dminiflare4j.coverage} measures
 * (set for this module in its pom) is by {@code .ts} line.
 */
@MiniflareTest(config = "classpath:typescript-app/wrangler.toml")
class TypeScriptProjectSampleTest {

  @Test
  void the_home_page_is_a_text_module(WorkerClient api) {
    assertThat(api.fetch("/")).isOk()
        .hasBody("Welcome to notes.example: notes kept in KV, written in TypeScript.\n");
  }

  @Test
  void the_html_view_uses_the_worker_build_of_the_package_subpath(WorkerClient api) {
    api.post("/notes").json(Map.of("title", "<script>alert(1)</script>")).send();

    WorkerResponse page = api.fetch("/notes/script-alert-1-script/html");

    assertThat(page).isOk().hasHeader("x-escaper", "worker")
        .hasBody("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>");
  }

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

  /**
   * With {@code -Dminiflare4j.coverage} (this module's pom sets it), what the tests above ran is
   * counted by TypeScript line and condition; the whole run's report is written at exit to {@code
   * target/miniflare4j-coverage/lcov.info}. Here it is also written for this class alone.
   */
  @AfterAll
  static void the_coverage_report_counts_the_typescript_lines_and_branches() throws Exception {
    if (!WorkerCoverage.active()) {
      return; // run without -Dminiflare4j.coverage (from an IDE): nothing was counted
    }
    CoverageReport report = WorkerCoverage.report();
    Path lcov = report.writeTo(Path.of("target", "typescript-app-coverage"));
    System.out.println("[sample typescript] coverage:\n" + report.summary());

    String notes = report.files().stream().filter(f -> f.endsWith("typescript-app/src/notes.ts")).findFirst().orElseThrow();
    // key(): the length check went both ways (the 65-character slug threw)
    Assertions.assertThat(report.branches(notes).get("25:9")).satisfies(b -> Assertions.assertThat(b).doesNotContain(0L));
    Assertions.assertThat(report.lineHits(notes).get(26)).isEqualTo(1L);
    Assertions.assertThat(Files.readString(lcov)).contains("SF:" + notes + "\n");
    Assertions.assertThat(report.files()).noneMatch(f -> f.endsWith(".txt")); // a Text module is data, not code
  }
}
