package io.github.miniflare4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Cases this project recorded itself with the oracle (the real Miniflare), kept as test
 * resources under {@code recorded/<area>/}: questions the shared corpus does not ask. Every one
 * must pass; they replay exactly as the shared cases do.
 */
class ProjectRecordedCasesTest {

  private static final List<String> AREAS = List.of("scheduled", "queues");

  @TestFactory
  Stream<DynamicTest> cases_recorded_by_the_project_behave_as_the_real_miniflare() throws IOException, URISyntaxException {
    List<ConformanceCase> cases = new ArrayList<>();
    for (String area : AREAS) {
      Path dir = Path.of(ProjectRecordedCasesTest.class.getResource("/" + area + "/recorded").toURI());
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          cases.add(ConformanceCase.read(file));
        }
      }
    }
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.area() + "/" + c.name(),
        () -> assertThat(CaseRunner.run(c)).as("case %s", c.name()).isNull()));
  }
}
