package io.github.miniflare4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the {@code nodejs_compat} cases this project recorded itself with the oracle (test
 * resources under {@code conformance/recorded/node/}): Buffer, util.inspect / format, assert
 * messages, events, crypto, path, querystring, streams, zlib, timers, process, the compatibility
 * flags and dates, and AsyncLocalStorage. Each must pass.
 */
class RecordedNodeCasesTest {

  /**
   * Parses the prelude and the larger Node.js modules once with a generous start-up limit: the
   * cases keep the default limit, which a cold engine on a busy machine can exceed.
   */
  @BeforeAll
  static void warm_up_the_engine() {
    String script =
        "import 'node:stream'; import 'node:util'; import 'node:assert'; import 'node:crypto';"
            + " export default { fetch() { return new Response('warm'); } };";
    WorkerOptions.Builder worker =
        WorkerOptions.builder().modules(true).script(script).compatibilityDate("2025-01-01").compatibilityFlags("nodejs_compat");
    try (Miniflare mf =
        new Miniflare(MiniflareOptions.builder().worker(worker).startupTimeout(Duration.ofMinutes(3)).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("warm");
    }
  }

  @TestFactory
  Stream<DynamicTest> recorded_node_cases_behave_as_the_real_miniflare() throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(resource("/conformance/recorded/node"))) {
      files = walk.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
          ConformanceCase c = ConformanceCase.read(file);
          assertThat(CaseRunner.run(c)).as("case %s", c.name()).isNull();
        }));
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(RecordedNodeCasesTest.class.getResource(name).toURI());
  }
}
