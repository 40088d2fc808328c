package io.github.miniflare4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.config.WranglerConfig;
import io.github.miniflare4j.http.FetchRequest;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two workers configured by {@code wrangler.jsonc} files with Wrangler environments: the api
 * worker binds a KV namespace and the auth worker (service binding), and each environment
 * repeats those bindings with its own values, as Wrangler requires. The same files run as
 * local development (no environment), staging or production.
 */
class WranglerJsoncEnvironmentsSampleTest {

  static final Path API = Path.of("src/test/resources/wrangler-jsonc/api/wrangler.jsonc");
  static final Path AUTH = Path.of("src/test/resources/wrangler-jsonc/auth/wrangler.jsonc");

  @ParameterizedTest(name = "environment {0}")
  @CsvSource(
      nullValues = "-",
      textBlock = """
      -,          http://api.localhost/,         api,            auth,            hi,      development
      staging,    https://api.staging.example.com/, api-staging, auth-staging,    hello,   staging
      production, https://api.example.com/,      api-production, auth-production, welcome, production
      """)
  void each_environment_gets_its_own_names_routes_vars_and_storage(
      String env, String url, String apiName, String authName, String greeting, String stage) {
    try (Miniflare mf = new Miniflare(WranglerConfig.options(env, API, AUTH).build())) {
      FetchRequest request = FetchRequest.builder(url).header("authorization", "User ada").build();

      JsonNode first = mf.dispatchFetch(request).json();
      JsonNode second = mf.dispatchFetch(request).json();

      System.out.println("[sample wrangler.jsonc env=" + env + "] GET " + url + " -> " + second);
      assertThat(mf.workerNames()).containsExactly(apiName, authName);
      assertThat(first.get("message").asText()).isEqualTo(greeting + ", ada");
      assertThat(first.get("stage").asText()).isEqualTo(stage);
      assertThat(first.get("authStage").asText()).isEqualTo(stage);
      assertThat(second.get("visits").asInt()).isEqualTo(2);
    }
  }
}
