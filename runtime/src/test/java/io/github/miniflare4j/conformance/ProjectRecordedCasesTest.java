package io.github.miniflare4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the cases recorded with the oracle for this project (under
 * {@code src/test/resources/conformance/recorded/<area>}): every one must pass. They pin
 * behaviour the shared corpus does not cover, such as lol-html's selector messages and the way
 * text chunks follow the input chunks.
 */
class ProjectRecordedCasesTest {

  @TestFactory
  Stream<DynamicTest> project_recorded_cases_behave_as_the_real_miniflare() throws IOException, URISyntaxException {
    Path root = Path.of(ProjectRecordedCasesTest.class.getResource("/conformance/recorded").toURI());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(f -> f.toString().endsWith(".json")).sorted(Comparator.naturalOrder()).toList();
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> {
      ConformanceCase c = ConformanceCase.read(file);
      assertThat(CaseRunner.run(c)).as("case %s", c.name()).isNull();
    }));
  }
}
