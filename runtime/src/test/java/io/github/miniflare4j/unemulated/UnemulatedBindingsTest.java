package io.github.miniflare4j.unemulated;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.config.WranglerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnemulatedBindingsTest {

  private static final String PROBE = """
      export default {
        async fetch(request, env) {
          const name = new URL(request.url).searchParams.get("b");
          const out = { type: typeof env[name], inEnv: name in env };
          try { await env[name].run("model", {}); out.use = "no error"; }
          catch (e) { out.use = e.constructor.name + ": " + e.message; }
          out.awaitable = (await Promise.resolve(env[name])) !== undefined;
          return Response.json(out);
        }
      };
      """;

  @Test
  void miniflare_option_names_of_unemulated_kinds_load_and_their_bindings_throw_naming_kind_and_binding() {
    String json = "{\"modules\": true, \"script\": " + quote(PROBE) + ", \"ai\": {\"binding\": \"AI\"},"
        + " \"vectorize\": {\"INDEX\": {\"index_name\": \"i\"}}, \"queueConsumers\": {\"q\": {}}}";
    try (Miniflare mf = new Miniflare(MiniflareOptions.fromJson(json))) {
      assertThat(mf.dispatchFetch("http://localhost/?b=AI").text())
          .contains("\"type\":\"function\"", "\"inEnv\":true", "\"awaitable\":true")
          .contains("Error: Workers AI binding `AI` is not supported by miniflare4j yet");
      assertThat(mf.dispatchFetch("http://localhost/?b=INDEX").text())
          .contains("Error: Vectorize index binding `INDEX` is not supported by miniflare4j yet");
    }
  }

  @Test
  void miniflare_kinds_only_reachable_remotely_or_not_yet_emulated_are_in_env_and_throw() {
    String json = "{\"modules\": true, \"script\": " + quote(PROBE) + ", \"media\": {\"binding\": \"MEDIA\"},"
        + " \"artifacts\": {\"ART\": {\"namespace\": \"n\"}},"
        + " \"flagship\": {\"FLAGS\": {\"app_id\": \"a\"}}, \"vpcNetworks\": {\"NET\": {\"network_id\": \"x\"}},"
        + " \"aiSearchNamespaces\": {\"SEARCH\": {\"namespace\": \"s\"}}}";
    try (Miniflare mf = new Miniflare(MiniflareOptions.fromJson(json))) {
      assertThat(mf.dispatchFetch("http://localhost/?b=MEDIA").text())
          .contains("\"inEnv\":true", "Error: Media binding `MEDIA` is not supported by miniflare4j yet");
      for (String name : new String[] {"MEDIA", "ART", "FLAGS", "NET", "SEARCH"}) {
        assertThat(mf.dispatchFetch("http://localhost/?b=" + name).text())
            .contains("\"inEnv\":true", "binding `" + name + "` is not supported by miniflare4j yet");
      }
    }
  }

  @Test
  void wrangler_keys_of_unemulated_kinds_give_throwing_bindings_and_one_warning(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("index.js"), PROBE);
    Files.writeString(dir.resolve("wrangler.toml"), """
        name = "api"
        main = "index.js"
        compatibility_date = "2025-01-01"
        [[mtls_certificates]]
        binding = "LIMITER"
        certificate_id = "c1"
        [ai]
        binding = "AI"
        """);
    WranglerConfig config = WranglerConfig.load(dir.resolve("wrangler.toml"));
    assertThat(config.warnings()).singleElement().asString().contains("[ai, mtls_certificates]").doesNotContain("spelling");
    try (Miniflare mf = new Miniflare(config.toOptions().build())) {
      assertThat(mf.dispatchFetch("http://localhost/?b=LIMITER").text())
          .contains("Error: mTLS certificate binding `LIMITER` is not supported by miniflare4j yet");
      assertThat(mf.dispatchFetch("http://localhost/?b=AI").text())
          .contains("Error: Workers AI binding `AI` is not supported by miniflare4j yet");
    }
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
