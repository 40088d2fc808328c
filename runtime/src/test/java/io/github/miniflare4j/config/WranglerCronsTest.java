package io.github.miniflare4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrangler's {@code triggers.crons}: read into the worker's crons, each checked at its line. */
class WranglerCronsTest {

  @TempDir Path dir;

  @BeforeEach
  void worker() throws IOException {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/index.js"), "export default { scheduled() {} }");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void triggers_crons_become_the_workers_crons() throws IOException {
    Path file = write("wrangler.toml", """
        name = "jobs"
        main = "src/index.js"

        [triggers]
        crons = ["0 3 * * *", "*/15 9-17 * * MON-FRI"]
        """);

    assertThat(WranglerConfig.load(file).workerOptions().crons()).containsExactly("0 3 * * *", "*/15 9-17 * * MON-FRI");
  }

  @Test
  void an_environment_inherits_the_top_level_triggers() throws IOException {
    Path file = write("wrangler.jsonc", """
        {
          "name": "jobs",
          "main": "src/index.js",
          "triggers": { "crons": ["0 0 * * *"] },
          "env": { "staging": {}, "dev": { "triggers": { "crons": [] } } }
        }
        """);

    assertThat(WranglerConfig.load(file, "staging").workerOptions().crons()).containsExactly("0 0 * * *");
    assertThat(WranglerConfig.load(file, "dev").workerOptions().crons()).isEmpty();
  }

  @Test
  void an_invalid_expression_is_reported_at_its_line() throws IOException {
    Path file = write("wrangler.toml", """
        name = "jobs"
        main = "src/index.js"

        [triggers]
        crons = ["0 3 * * *", "0 3 * * 0"]
        """);

    assertThatThrownBy(() -> WranglerConfig.load(file))
        .hasMessageStartingWith(file + ":5: \"triggers.crons[1]\": Invalid cron expression \"0 3 * * 0\": "
            + "day-of-week field \"0\": value \"0\" is out of range 1-7");
  }

  @Test
  void crons_that_are_not_an_array_are_refused() throws IOException {
    Path file = write("wrangler.json", """
        {
          "name": "jobs",
          "main": "src/index.js",
          "triggers": { "crons": "0 3 * * *" }
        }
        """);

    assertThatThrownBy(() -> WranglerConfig.load(file))
        .hasMessage(file + ":4: \"triggers.crons\" should be an array of cron expressions, but got \"0 3 * * *\"");
  }
}
