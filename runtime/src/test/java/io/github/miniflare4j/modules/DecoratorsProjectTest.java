package io.github.miniflare4j.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.config.WranglerConfig;
import io.github.miniflare4j.http.FetchResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TypeScript decorators as Wrangler's esbuild compiles them: ECMAScript decorators (class, method,
 * accessor, field; {@code addInitializer}) run, as in Cloudflare Agents' {@code @callable()}
 * methods; with tsconfig's {@code experimentalDecorators} (TypeScript's legacy semantics) the
 * worker is refused at the decorator.
 */
class DecoratorsProjectTest {

  @Test
  void ecmascript_decorators_run() throws Exception {
    try (Miniflare mf = start("decorators")) {
      FetchResponse response = mf.dispatchFetch("http://localhost/?call=increment");

      assertThat(response.status()).as(response.text()).isEqualTo(200);
      JsonNode body = new ObjectMapper().readTree(response.text());
      assertThat(body.get("first").asInt()).isEqualTo(1); // the accessor's initial value skips its setter
      assertThat(body.get("second").asInt()).isEqualTo(11); // 5 set through the decorated setter: 10
      assertThat(body.get("current").asInt()).isEqualTo(11); // a detached @bound method
      assertThat(body.get("step").asInt()).isEqualTo(10);
      assertThat(body.get("version").asInt()).isEqualTo(3); // the class decorator's replacement
      assertThat(body.get("meta").get("description").asText()).isEqualTo("adds the step");
      List<String> order = new ArrayList<>();
      body.get("order").forEach(n -> order.add(n.asText()));
      assertThat(order).containsExactlyInAnyOrder("class:class:Counter", "field:field:count", "method:method:increment",
          "static:method:make:static");
      assertThat(order.get(order.size() - 1)).isEqualTo("class:class:Counter");

      FetchResponse refused = mf.dispatchFetch("http://localhost/?call=internal");
      assertThat(refused.status()).isEqualTo(403);
    }
  }

  @Test
  void typescript_experimental_decorators_are_refused_at_the_decorator() {
    assertThatThrownBy(() -> start("legacy-decorators").close())
        .hasStackTraceContaining("index.ts:6:3: TypeScript's experimental decorators");
  }

  private static Miniflare start(String project) {
    return new Miniflare(WranglerConfig.load(TypeScriptProjectTest.project(project).resolve("wrangler.toml")).toOptions()
        .startupTimeout(Duration.ofMinutes(2)).build());
  }
}
