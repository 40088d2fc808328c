package io.github.miniflare4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the cases the project recorded itself with the oracle (test resources {@code
 * conformance/recorded/<area>/*.json}, same format as the shared corpus): answers of the real
 * Miniflare that the implementation relies on. Every one of them must pass.
 */
class ProjectRecordedCasesTest {

  @TestFactory
  Stream<DynamicTest> project_recorded_cases_behave_as_the_real_miniflare() throws IOException, URISyntaxException {
    URL root = ProjectRecordedCasesTest.class.getResource("/conformance/recorded");
    assertThat(root).as("test resources conformance/recorded").isNotNull();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(root.toURI()))) {
      files = walk.filter(f -> f.toString().endsWith(".json")).sorted(Comparator.naturalOrder()).toList();
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getParent().getFileName() + "/" + file.getFileName(), () -> {
      ConformanceCase c = ConformanceCase.read(file);
      assertThat(CaseRunner.run(c)).as("case %s", c.name()).isNull();
    }));
  }
}
