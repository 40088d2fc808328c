package io.github.miniflare4j.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.config.WranglerConfig;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line and branch coverage of a TypeScript worker, by .ts file and line, with no build step. */
class WorkerCoverageTest {

  static Path project;
  static String classify;
  static CoverageReport report;

  @BeforeAll
  static void run() throws Exception {
    project = project("ts-coverage");
    classify = project.resolve("src/classify.ts").toRealPath().toString();
    WorkerCoverage.start();
    try (Miniflare mf = new Miniflare(WranglerConfig.load(project.resolve("wrangler.toml")).toOptions()
        .startupTimeout(Duration.ofMinutes(2)).build())) {
      assertThat(mf.dispatchFetch("http://localhost/classify?n=3").text()).isEqualTo("small");
      assertThat(mf.dispatchFetch("http://localhost/classify?n=4").text()).isEqualTo("small");
      report = WorkerCoverage.report();
    } finally {
      WorkerCoverage.stop();
    }
  }

  @AfterAll
  static void forget() {
    WorkerCoverage.reset();
  }

  @Test
  void statements_that_ran_count_their_hits_by_typescript_line() {
    SortedMap<Integer, Long> lines = report.lineHits(classify);

    assertThat(lines).containsEntry(4, 2L).containsEntry(5, 2L).containsEntry(7, 0L);
  }

  @Test
  void a_function_never_called_is_reported_with_zero_hits() {
    assertThat(report.lineHits(classify)).containsEntry(11, 0L).containsEntry(12, 0L);
  }

  @Test
  void a_condition_reports_which_way_it_went() {
    Map<String, long[]> branches = report.branches(classify);

    assertThat(branches).containsKey("4:7");
    assertThat(branches.get("4:7")).containsExactly(2L, 0L);
  }

  @Test
  void a_bundle_with_a_source_map_is_reported_by_its_original_sources() throws Exception {
    Path bundled = project("bundled-sourcemap");
    String math = bundled.resolve("src/math.ts").toRealPath().toString();
    WorkerCoverage.start();
    try (Miniflare mf = new Miniflare(WranglerConfig.load(bundled.resolve("wrangler.toml")).toOptions()
        .startupTimeout(Duration.ofMinutes(2)).build())) {
      assertThat(mf.dispatchFetch("http://localhost/?by=2").text()).isEqualTo("quotient: 5");
      CoverageReport bundle = WorkerCoverage.report();

      assertThat(bundle.files()).contains(math).noneMatch(f -> f.endsWith("index.js"));
      // math.ts: the condition (line 9) was false once, the throw (line 10) never ran, the return (12) ran
      assertThat(bundle.lineHits(math)).containsEntry(9, 1L).containsEntry(10, 0L).containsEntry(12, 1L);
      assertThat(bundle.branches(math).get("9:7")).containsExactly(0L, 1L);
    } finally {
      WorkerCoverage.stop();
    }
  }

  @Test
  void the_lcov_file_and_summary_are_written(@TempDir Path dir) throws Exception {
    Path lcov = report.writeTo(dir);

    String text = Files.readString(lcov);
    assertThat(text).contains("SF:" + classify + "\n").contains("DA:4,2\n").contains("DA:7,0\n")
        .contains("BRDA:4,0,0,2\n").contains("BRDA:4,0,1,0\n").contains("end_of_record");
    assertThat(Files.readString(dir.resolve("summary.txt"))).contains(classify).contains("All files");
  }

  static Path project(String name) throws URISyntaxException {
    return Path.of(WorkerCoverageTest.class.getResource("/projects/" + name + "/wrangler.toml").toURI()).getParent();
  }
}
