package io.github.miniflare4j.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.config.WranglerConfig;
import io.github.miniflare4j.http.FetchResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A TSX project as it is on disk (a Hono-style setup: tsconfig's automatic runtime of a JSX
 * package in node_modules, components in .tsx files, a classic-runtime .jsx file with a pragma)
 * runs from its Wrangler file.
 */
class TsxProjectTest {

  static Miniflare mf;

  @BeforeAll
  static void start() {
    // the first instance of a JVM warms the engine up: allow for a busy machine
    mf = new Miniflare(WranglerConfig.load(TypeScriptProjectTest.project("tsx-pages").resolve("wrangler.toml")).toOptions()
        .startupTimeout(Duration.ofMinutes(2)).build());
  }

  @AfterAll
  static void stop() {
    mf.close();
  }

  @Test
  void components_render_through_the_configured_jsx_runtime() {
    FetchResponse page = mf.dispatchFetch("http://localhost/");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).isEqualTo("<!doctype html><html lang=\"en\"><head><title>Items \u2014 Shop</title></head>"
        + "<body><h1>All items</h1><ul class=\"items\"><li data-key=\"1\">Tea &lt;green&gt;: 3.00</li>"
        + "<li data-key=\"2\">Coffee: 4.00</li></ul></body></html>");
  }

  @Test
  void a_pragma_selects_the_classic_runtime_with_its_own_factory() {
    assertThat(mf.dispatchFetch("http://localhost/legacy").text())
        .isEqualTo("{\"type\":\"p\",\"props\":{\"id\":\"legacy\"},\"children\":[\"old \",\"school\"]}");
  }

  @Test
  void errors_point_at_the_tsx_line() {
    FetchResponse failed = mf.dispatchFetch("http://localhost/error");

    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.text()).startsWith("Error: thrown on line 29").contains("index.tsx:29:");
  }
}
