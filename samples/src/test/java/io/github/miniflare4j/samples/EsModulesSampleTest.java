package io.github.miniflare4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A worker split into ES modules in a folder: {@code scriptPath} names the entry file, and its
 * directory resolves relative imports ({@code ./router.js}, {@code ./lib/greeting.js}). Nothing
 * outside that directory can be imported.
 */
class EsModulesSampleTest {

  static Miniflare mf;

  @BeforeAll
  static void start() {
    mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().scriptPath("src/test/resources/modules/index.js"))
        .build());
  }

  @AfterAll
  static void stop() {
    mf.close();
  }

  @Test
  void the_entry_module_uses_helpers_imported_from_the_folder() {
    FetchResponse response = mf.dispatchFetch("http://localhost/hello?name=ada");

    System.out.println("[sample es-modules] GET /hello?name=ada -> " + response.text());
    assertThat(response.text()).isEqualTo("Hello, Ada!");
  }

  @Test
  void a_namespace_import_works_too() {
    assertThat(mf.dispatchFetch("http://localhost/shout?text=hi").text()).isEqualTo("HI!");
  }

  @Test
  void unknown_paths_are_404() {
    FetchResponse response = mf.dispatchFetch("http://localhost/nope");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.text()).isEqualTo("Not found: /nope");
  }
}
