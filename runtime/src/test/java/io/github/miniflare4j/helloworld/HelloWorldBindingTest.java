package io.github.miniflare4j.helloworld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.StorageSnapshot;
import io.github.miniflare4j.config.WranglerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hello-world demo binding from a Wrangler file ({@code unsafe_hello_world}), and its value in the per-test reset. */
class HelloWorldBindingTest {

  @TempDir Path dir;

  private static final String WORKER = """
      export default {
        async fetch(req, env) {
          if (req.method === "PUT") await env.HELLO.set(await req.text());
          return Response.json(await env.HELLO.get());
        },
      };
      """;

  private Path project(String table) throws IOException {
    Files.writeString(dir.resolve("index.js"), WORKER);
    return Files.writeString(dir.resolve("wrangler.toml"), "name = \"hello\"\nmain = \"index.js\"\ncompatibility_date = \"2025-01-01\"\n"
        + table);
  }

  @Test
  void a_wrangler_binding_with_the_timer_stores_and_reports_its_value() throws IOException {
    MiniflareOptions options = WranglerConfig.load(project("[[unsafe_hello_world]]\nbinding = \"HELLO\"\nenable_timer = true\n"))
        .toOptions().startupTimeout(Duration.ofMinutes(2)).build();
    try (Miniflare mf = new Miniflare(options)) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("{\"value\":\"\",\"ms\":100}");
      StorageSnapshot empty = mf.snapshotStorage();

      assertThat(mf.dispatchFetch(io.github.miniflare4j.http.FetchRequest.builder("http://localhost/").method("PUT").body("hi").build())
          .text()).isEqualTo("{\"value\":\"hi\",\"ms\":100}");
      mf.restoreStorage(empty);

      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("{\"value\":\"\",\"ms\":100}");
    }
  }

  @Test
  void a_timer_setting_that_is_not_a_boolean_is_refused() throws IOException {
    Path file = project("[[unsafe_hello_world]]\nbinding = \"HELLO\"\nenable_timer = \"yes\"\n");

    assertThatThrownBy(() -> WranglerConfig.load(file).toOptions().build()).hasMessageContaining("enable_timer")
        .hasMessageContaining("a boolean");
  }
}
