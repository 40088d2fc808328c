package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@link WorkerConsole}: the console lines of the current test. */
class ConsoleTest {

  static final String LOGGER = """
      export default {
        fetch(request) {
          const path = new URL(request.url).pathname;
          console.log("handling", path, { n: 1 });
          console.warn("careful");
          return new Response("ok");
        }
      };
      """;

  @MiniflareTest(workers = @Worker(name = "api", script = LOGGER))
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class Logging {
    @Test
    @Order(1)
    void captures_lines_with_worker_and_level(WorkerClient api, WorkerConsole console) {
      api.fetch("/a");

      assertThat(console.lines()).containsExactly(
          new ConsoleLine("api", "info", "handling /a { n: 1 }"),
          new ConsoleLine("api", "warn", "careful"));
    }

    @Test
    @Order(2)
    void starts_empty_for_each_test(WorkerClient api, WorkerConsole console) {
      assertThat(console.lines()).isEmpty();
      api.fetch("/b");
      assertThat(console.messages("api")).first().isEqualTo("handling /b { n: 1 }");
      assertThat(console.messages("other")).isEmpty();
    }
  }

  @Test
  void console_output_is_captured_per_test() {
    Fixtures.assertAllSucceeded(Fixtures.run(Logging.class), 2);
  }
}
