package io.github.miniflare4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the {@code nodejs_compat} cases this project recorded itself with the oracle (test
 * resources under {@code conformance/recorded/node/}): Buffer, util.inspect / format, assert
 * messages, events, crypto, path, querystring, streams, zlib, timers, process, the compatibility
 * flags and dates, and AsyncLocalStorage. Each must pass.
 */
class RecordedNodeCasesTest {

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
