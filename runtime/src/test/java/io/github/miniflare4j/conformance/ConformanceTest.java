package io.github.miniflare4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the recorded Miniflare cases under {@code miniflare.conformance.dir} (by default
 * ../shared/conformance/cases beside the repository; skipped, visibly, when absent).
 *
 * <p>A case named in {@code conformance/expected-passes/<area>.txt} must pass; any other case
 * that fails is reported as aborted with its difference (a known gap, listed, not hidden). Add
 * every case you make pass to the list: it can only grow. Prints a table of passes per area and
 * ends with {@code Conformance: N passed, N failed}.
 */
class ConformanceTest {

  private static final long CASE_TIMEOUT_SECONDS = 60;
  private static final Map<String, int[]> SCORES = new ConcurrentHashMap<>();

  @TestFactory
  Stream<DynamicTest> recorded_cases_behave_as_the_real_miniflare() throws IOException {
    Path dir = casesDir();
    Assumptions.assumeTrue(
        dir != null && Files.isDirectory(dir),
        "Conformance cases not found (set -Dminiflare.conformance.dir or put ../shared beside the repository); skipped");
    Set<String> expected = expectedPasses();
    List<ConformanceCase> cases = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted(Comparator.naturalOrder()).toList()) {
        cases.add(ConformanceCase.read(file));
      }
    }
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.area() + "/" + c.name(), () -> replay(c, expected.contains(c.name()))));
  }

  /**
   * Cases this project recorded itself with the oracle (resources {@code conformance/recorded}),
   * for behaviour the shared corpus does not cover yet: every one must pass.
   */
  @TestFactory
  Stream<DynamicTest> cases_recorded_by_this_project_behave_as_the_real_miniflare() throws Exception {
    Path dir = Path.of(ConformanceTest.class.getResource("/conformance/recorded").toURI());
    // -Dminiflare.conformance.recorded=<area> replays only that area's folder while working on it
    String area = System.getProperty("miniflare.conformance.recorded", "");
    List<ConformanceCase> cases = new ArrayList<>();
    try (Stream<Path> files = Files.walk(area.isEmpty() ? dir : dir.resolve(area))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted(Comparator.naturalOrder()).toList()) {
        cases.add(ConformanceCase.read(file));
      }
    }
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.area() + "/" + c.name(), () -> replay(c, true)));
  }

  private static void replay(ConformanceCase c, boolean expectedToPass) throws Exception {
    String mismatch =
        CompletableFuture.supplyAsync(() -> CaseRunner.run(c))
            .completeOnTimeout("did not finish within " + CASE_TIMEOUT_SECONDS + " s", CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS)
            .get();
    int[] score = SCORES.computeIfAbsent(c.area(), a -> new int[2]);
    synchronized (score) {
      score[mismatch == null ? 0 : 1]++;
    }
    if (mismatch == null) {
      if (!expectedToPass) {
        System.out.println("[conformance] " + c.name() + " passes but is not on the expected-passes list: add it");
      }
      return;
    }
    if (expectedToPass) {
      assertThat(mismatch).as("case %s (on the expected-passes list) regressed", c.name()).isNull();
    }
    Assumptions.abort("known gap, not on the expected-passes list: " + mismatch);
  }

  @AfterAll
  static void printScores() {
    if (SCORES.isEmpty()) {
      return;
    }
    int passed = 0;
    int failed = 0;
    StringBuilder table = new StringBuilder("\n| area | passed | failed |\n| --- | --- | --- |\n");
    for (Map.Entry<String, int[]> e : new TreeMap<>(SCORES).entrySet()) {
      table.append("| ").append(e.getKey()).append(" | ").append(e.getValue()[0]).append(" | ").append(e.getValue()[1]).append(" |\n");
      passed += e.getValue()[0];
      failed += e.getValue()[1];
    }
    System.out.println(table);
    System.out.println("Conformance: " + passed + " passed, " + failed + " failed");
  }

  static Path casesDir() {
    String configured = System.getProperty("miniflare.conformance.dir");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    for (Path candidate = Path.of("").toAbsolutePath(); candidate != null; candidate = candidate.getParent()) {
      if (Files.exists(candidate.resolve("mvnw"))) {
        return candidate.resolve("../shared/conformance/cases").normalize();
      }
    }
    return null;
  }

  static Set<String> expectedPasses() throws IOException {
    Set<String> names = new TreeSet<>();
    for (String area : List.of("d1", "durable-objects", "errors", "formats", "html-rewriter", "http", "kv",
        "multi-worker", "node", "queues", "r2", "routing", "rpc", "scheduled", "service-bindings", "vars",
        "waituntil", "wasm", "web-api", "websocket")) {
      try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance/expected-passes/" + area + ".txt")) {
        if (in == null) {
          continue;
        }
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String name = line.trim();
          if (!name.isEmpty() && !name.startsWith("#")) {
            names.add(name);
          }
        }
      }
    }
    return names;
  }
}
