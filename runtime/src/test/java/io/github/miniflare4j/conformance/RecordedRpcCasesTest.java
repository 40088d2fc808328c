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
 * Replays the cases this project recorded itself with the oracle (test resources under
 * {@code conformance/recorded/}): structured clone in structuredClone, RPC and Durable Object
 * storage, and RPC ownership rules. Each must pass.
 */
class RecordedRpcCasesTest {

  @TestFactory
  Stream<DynamicTest> project_recorded_cases_behave_as_the_real_miniflare() throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(resource("/conformance/recorded"))) {
      files = walk.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      ConformanceCase c = ConformanceCase.read(file);
      assertThat(CaseRunner.run(c)).as("case %s", c.name()).isNull();
    }));
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(RecordedRpcCasesTest.class.getResource(name).toURI());
  }
}
