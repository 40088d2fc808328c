package io.github.miniflare4j.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.Miniflare;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrangler's local secrets: {@code .dev.vars} first, else the {@code .env} files, merged and expanded. */
class LocalSecretsTest {

  @TempDir Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private static JsonNode settings(String json) throws IOException {
    return JSON.readTree(json);
  }

  @Test
  void env_files_merge_in_wranglers_order_the_most_specific_winning() throws IOException {
    write(".env", "A=env\nB=env\nC=env\nD=env\n");
    write(".env.local", "B=local\nC=local\nD=local\n");
    write(".env.staging", "C=staging\nD=staging\n");
    write(".env.staging.local", "D=staging-local\n");

    assertThat(LocalSecrets.load(dir, "staging", settings("{}"), Map.of()))
        .containsExactly(Map.entry("A", "env"), Map.entry("B", "local"), Map.entry("C", "staging"),
            Map.entry("D", "staging-local"));
    // without an environment, the environment's files are not read
    assertThat(LocalSecrets.load(dir, null, settings("{}"), Map.of()))
        .containsEntry("C", "local").containsEntry("D", "local");
  }

  @Test
  void a_dev_vars_file_means_env_files_are_ignored() throws IOException {
    write(".env", "A=from-env\nB=only-in-env\n");
    write(".dev.vars", "A=from-dev-vars\n");

    assertThat(LocalSecrets.load(dir, null, settings("{}"), Map.of())).containsExactly(Map.entry("A", "from-dev-vars"));
  }

  @Test
  void env_values_are_expanded_and_the_process_environment_joins_only_when_asked() throws IOException {
    write(".env", """
        HOST=db.local
        URL=postgres://${HOST}:${PORT:-5432}/$NAME
        NAME=app
        PRICE=\\$5
        FROM_PROCESS=${SHELL_ONLY}
        """);

    Map<String, String> plain = LocalSecrets.load(dir, null, settings("{}"), Map.of("SHELL_ONLY", "shell"));
    assertThat(plain).containsEntry("URL", "postgres://db.local:5432/app").containsEntry("PRICE", "$5")
        .containsEntry("FROM_PROCESS", "").doesNotContainKey("SHELL_ONLY");

    Map<String, String> included = LocalSecrets.load(dir, null, settings("{}"),
        Map.of("SHELL_ONLY", "shell", "HOST", "from-shell", "CLOUDFLARE_INCLUDE_PROCESS_ENV", "true"));
    assertThat(included).containsEntry("FROM_PROCESS", "shell").containsEntry("HOST", "from-shell")
        .containsEntry("URL", "postgres://from-shell:5432/app").containsEntry("SHELL_ONLY", "shell");
  }

  @Test
  void env_files_can_be_switched_off() throws IOException {
    write(".env", "A=env\n");

    assertThat(LocalSecrets.load(dir, null, settings("{}"), Map.of("CLOUDFLARE_LOAD_DEV_VARS_FROM_DOT_ENV", "false")))
        .isEmpty();
  }

  @Test
  void declared_secrets_keep_only_required_keys_and_existing_vars() throws IOException {
    write(".dev.vars", "API_KEY=k\nGREETING=override\nSTRAY=x\n");

    assertThat(LocalSecrets.load(dir, null,
        settings("{\"vars\": {\"GREETING\": \"hi\"}, \"secrets\": {\"required\": [\"API_KEY\", \"MISSING\"]}}"), Map.of()))
        .containsExactly(Map.entry("API_KEY", "k"), Map.entry("GREETING", "override"));
  }

  @Test
  void a_wrangler_project_binds_its_env_file() throws IOException {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/index.js"),
        "export default { fetch(req, env) { return Response.json({ a: env.DEV_VAR_FROM_DOT_ENV, b: env.DB_HOSTNAME }); } };");
    write("wrangler.jsonc", """
        { "name": "w", "main": "src/index.js", "compatibility_date": "2025-07-01", "vars": { "DB_HOSTNAME": "127.0.0.1" } }
        """);
    write(".env", "DEV_VAR_FROM_DOT_ENV=\"dev-var-from-dot-env\"\n");

    try (Miniflare mf = new Miniflare(WranglerConfig.load(dir.resolve("wrangler.jsonc")).toOptions().build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text())
          .isEqualTo("{\"a\":\"dev-var-from-dot-env\",\"b\":\"127.0.0.1\"}");
    }
  }

  @Test
  void unsafe_ratelimit_bindings_run_as_rate_limiters() throws IOException {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/index.js"), """
        export default { async fetch(req, env) {
          const out = [];
          for (let i = 0; i < 3; i++) out.push((await env.UNSAFE_RATE_LIMITER.limit({ key: "k" })).success);
          return Response.json(out);
        } };""");
    write("wrangler.jsonc", """
        { "name": "w", "main": "src/index.js", "compatibility_date": "2024-02-23",
          "unsafe": { "bindings": [ { "name": "UNSAFE_RATE_LIMITER", "type": "ratelimit", "namespace_id": "1001",
                                      "simple": { "limit": 2, "period": 60 } } ] } }
        """);

    try (Miniflare mf = new Miniflare(WranglerConfig.load(dir.resolve("wrangler.jsonc")).toOptions().build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("[true,true,false]");
    }
  }
}
