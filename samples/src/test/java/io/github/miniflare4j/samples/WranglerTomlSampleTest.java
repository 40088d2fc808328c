package io.github.miniflare4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.config.WranglerConfig;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A link shortener described by its {@code wrangler.toml} (name, main, vars, a KV namespace,
 * a route) and a {@code .dev.vars} secret, loaded as {@code wrangler dev} would load it and
 * served over HTTP as well.
 */
class WranglerTomlSampleTest {

  static final Path CONFIG = Path.of("src/test/resources/wrangler-toml/wrangler.toml");

  Miniflare mf;

  @BeforeEach
  void start() {
    mf = new Miniflare(WranglerConfig.load(CONFIG, null).toOptions().port(0).build());
  }

  @AfterEach
  void stop() {
    mf.close();
  }

  private FetchResponse createLink(String token, String target) {
    return mf.dispatchFetch(FetchRequest.builder("https://sho.rt/links")
        .method("POST")
        .header("authorization", "Bearer " + token)
        .header("content-type", "application/json")
        .body("{\"url\": \"" + target + "\"}")
        .build());
  }

  @Test
  void the_secret_from_dev_vars_guards_link_creation() {
    assertThat(createLink("guess", "https://example.com").status()).isEqualTo(401);
    assertThat(createLink("let-me-in", "https://example.com").status()).isEqualTo(201);
  }

  @Test
  void a_short_link_redirects_to_its_target() {
    FetchResponse created = createLink("let-me-in", "https://developers.cloudflare.com/workers/");
    String code = created.json().get("code").asText();

    FetchResponse followed = mf.dispatchFetch("https://sho.rt/" + code);

    System.out.println("[sample wrangler.toml] POST /links -> " + created.text() + "; GET /" + code + " -> "
        + followed.status() + " " + followed.header("location"));
    assertThat(created.json().get("short").asText()).isEqualTo("https://sho.rt/" + code);
    assertThat(code).hasSize(6); // CODE_LENGTH from [vars], a number
    assertThat(followed.status()).isEqualTo(302);
    assertThat(followed.header("location")).isEqualTo("https://developers.cloudflare.com/workers/");
  }

  @Test
  void the_same_worker_answers_over_http() throws Exception {
    HttpResponse<String> missing = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(mf.url() + "nothing")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).isEqualTo("no such link");
  }
}
