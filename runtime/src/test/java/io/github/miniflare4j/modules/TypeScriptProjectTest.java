package io.github.miniflare4j.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.config.WranglerConfig;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A TypeScript project as it is on disk (wrangler.toml, src/*.ts, a node_modules tree with an
 * exports-mapped router, a CommonJS package and a module-field package) runs from its Wrangler file.
 */
class TypeScriptProjectTest {

  static Path project(String name) {
    try {
      return Path.of(TypeScriptProjectTest.class.getResource("/projects/" + name + "/wrangler.toml").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Miniflare mf;

  @BeforeAll
  static void start() {
    // the first instance of a JVM warms the engine up: allow for a busy machine
    mf = new Miniflare(WranglerConfig.load(project("ts-router").resolve("wrangler.toml")).toOptions()
        .startupTimeout(Duration.ofMinutes(2)).build());
  }

  @AfterAll
  static void stop() {
    mf.close();
  }

  @Test
  void a_route_of_the_npm_router_answers_with_the_cjs_helper_and_json_config() {
    FetchResponse response = mf.dispatchFetch("http://localhost/hello/%3Cb%3E");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.text()).isEqualTo("hello, &lt;b&gt;!");
    assertThat(response.header("server-timing")).isEqualTo("ts-router");
  }

  @Test
  void exports_conditions_define_alias_enums_and_json_are_applied() {
    String body = mf.dispatchFetch("http://localhost/info").text();

    assertThat(body).isEqualTo("{\"runtime\":\"workerd\",\"build\":\"fixture-build\",\"mode\":\"test\","
        + "\"escapeVersion\":\"2.1.0\",\"features\":[\"users\",\"info\"],\"admin\":6,\"roleName\":\"Admin\","
        + "\"id\":\"legacy-1\"}");
  }

  @Test
  void classes_with_parameter_properties_generics_and_satisfies_run() {
    FetchResponse created = mf.dispatchFetch(FetchRequest.builder("http://localhost/users")
        .method("POST").body("{\"name\":\"Ada\"}").build());

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text()).matches("\\{\"id\":\"u-\\d+\",\"name\":\"Ada\",\"role\":5,\"flags\":1}");
    assertThat(mf.dispatchFetch("http://localhost/users").text()).contains("\"store\":\"users:");
  }

  @Test
  void an_error_thrown_in_typescript_points_at_the_ts_line_and_column() {
    FetchResponse response = mf.dispatchFetch("http://localhost/boom");

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.text())
        .contains("RouteError: boom: deliberate")
        .contains(project("ts-router").resolve("src/lib/errors.ts") + ":13:9")
        .contains(project("ts-router").resolve("src/lib/errors.ts") + ":10:12");
  }
}
