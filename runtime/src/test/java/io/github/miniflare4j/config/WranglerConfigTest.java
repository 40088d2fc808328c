package io.github.miniflare4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.durable.DurableObjectBinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading wrangler.toml / wrangler.json / wrangler.jsonc into options, as Wrangler reads them. */
class WranglerConfigTest {

  private static final String ECHO_ENV =
      "export default { fetch(req, env) { return Response.json({ name: env.NAME ?? null, greeting: env.GREETING ?? null, "
          + "secret: env.SECRET ?? null, kv: typeof env.CACHE }) } }";

  @TempDir Path dir;

  @BeforeEach
  void worker() throws IOException {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/index.js"), ECHO_ENV);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void classes_in_new_sqlite_classes_migrations_are_sqlite_backed() throws IOException {
    Path file = write("wrangler.toml", """
        name = "chat"
        main = "src/index.js"

        [durable_objects]
        bindings = [
          { name = "ROOM", class_name = "Room" },
          { name = "LOG", class_name = "Log" },
        ]

        [[migrations]]
        tag = "v1"
        new_classes = ["Log"]

        [[migrations]]
        tag = "v2"
        new_sqlite_classes = ["Room"]
        """);

    WorkerOptions worker = WranglerConfig.load(file).workerOptions();

    assertThat(worker.durableObjects().get("ROOM").sqlite()).isTrue();
    assertThat(worker.durableObjects().get("LOG").sqlite()).isFalse();
  }

  @Test
  void reads_every_supported_setting_from_wrangler_toml() throws IOException {
    Path file = write("wrangler.toml", """
        name = "api"
        main = "src/index.js"
        compatibility_date = "2025-01-01"
        compatibility_flags = ["nodejs_compat"]
        routes = ["api.example.com/*", { pattern = "example.com/api/*", zone_name = "example.com" }]

        [vars]
        GREETING = "hello"
        LIMIT = 10
        FEATURES = { beta = true }

        [[kv_namespaces]]
        binding = "CACHE"
        id = "cache-id"

        [[kv_namespaces]]
        binding = "NO_ID"

        [durable_objects]
        bindings = [
          { name = "COUNTER", class_name = "Counter" },
          { name = "REMOTE", class_name = "Room", script_name = "rooms" },
        ]

        [[services]]
        binding = "AUTH"
        service = "auth"

        [[services]]
        binding = "AUTH_STAGING"
        service = "auth"
        environment = "staging"

        [[services]]
        binding = "ADMIN"
        service = "auth"
        entrypoint = "Admin"
        """);

    WranglerConfig config = WranglerConfig.load(file);
    WorkerOptions worker = config.workerOptions();

    assertThat(worker.name()).isEqualTo("api");
    assertThat(worker.scriptPath()).isEqualTo(dir.resolve("src/index.js").toAbsolutePath().normalize());
    assertThat(worker.compatibilityDate()).isEqualTo("2025-01-01");
    assertThat(worker.compatibilityFlags()).containsExactly("nodejs_compat");
    assertThat(worker.routes()).containsExactly("api.example.com/*", "example.com/api/*");
    assertThat(worker.bindings()).containsOnlyKeys("GREETING", "LIMIT", "FEATURES");
    assertThat(worker.bindings().get("LIMIT").asInt()).isEqualTo(10);
    assertThat(worker.bindings().get("FEATURES").get("beta").asBoolean()).isTrue();
    assertThat(worker.kvNamespaces()).containsEntry("CACHE", "cache-id").containsEntry("NO_ID", "NO_ID");
    assertThat(worker.durableObjects().values())
        .extracting(DurableObjectBinding::className, DurableObjectBinding::scriptName)
        .containsExactly(tuple("Counter", null), tuple("Room", "rooms"));
    assertThat(worker.durableObjects()).containsOnlyKeys("COUNTER", "REMOTE");
    assertThat(worker.serviceBindings().get("AUTH").workerName()).isEqualTo("auth");
    assertThat(worker.serviceBindings().get("AUTH_STAGING").workerName()).isEqualTo("auth-staging");
    assertThat(worker.serviceBindings().get("AUTH").entrypoint()).isNull();
    assertThat(worker.serviceBindings().get("ADMIN").workerName()).isEqualTo("auth");
    assertThat(worker.serviceBindings().get("ADMIN").entrypoint()).isEqualTo("Admin");
    assertThat(config.warnings()).isEmpty();
  }

  @Test
  void reads_wrangler_json_and_jsonc_with_comments_and_trailing_commas() throws IOException {
    String jsonc = """
        // the API worker
        {
          "name": "api", /* inline */
          "main": "src/index.js",
          "vars": { "GREETING": "from json", },
          "kv_namespaces": [ { "binding": "CACHE", "id": "c" }, ],
        }
        """;
    for (String name : new String[] {"wrangler.json", "wrangler.jsonc"}) {
      WorkerOptions worker = WranglerConfig.load(write(name, jsonc)).workerOptions();

      assertThat(worker.name()).as(name).isEqualTo("api");
      assertThat(worker.bindings().get("GREETING").asText()).as(name).isEqualTo("from json");
      assertThat(worker.kvNamespaces()).as(name).containsEntry("CACHE", "c");
    }
  }

  @Test
  void a_loaded_worker_runs_and_sees_its_bindings() throws IOException {
    Path file = write("wrangler.toml", """
        name = "api"
        main = "src/index.js"
        [vars]
        GREETING = "hello"
        [[kv_namespaces]]
        binding = "CACHE"
        """);

    try (Miniflare mf = new Miniflare(WranglerConfig.load(file).toOptions().build())) {
      assertThat(mf.dispatchFetch("http://localhost/").json().toString())
          .isEqualTo("{\"name\":null,\"greeting\":\"hello\",\"secret\":null,\"kv\":\"object\"}");
    }
  }

  @Test
  void an_environment_inherits_main_routes_and_dates_but_not_bindings() throws IOException {
    Path file = write("wrangler.toml", """
        name = "api"
        main = "src/index.js"
        compatibility_date = "2025-01-01"
        routes = ["api.example.com/*"]
        [vars]
        GREETING = "top"
        [[kv_namespaces]]
        binding = "CACHE"
        id = "top-cache"

        [env.staging]
        routes = ["staging.example.com/*"]
        [env.staging.vars]
        GREETING = "staging"

        [env.bare]
        """);

    WranglerConfig staging = WranglerConfig.load(file, "staging");
    WranglerConfig bare = WranglerConfig.load(file, "bare");

    assertThat(staging.name()).isEqualTo("api-staging");
    assertThat(staging.workerOptions().scriptPath()).isEqualTo(dir.resolve("src/index.js").toAbsolutePath().normalize());
    assertThat(staging.workerOptions().compatibilityDate()).isEqualTo("2025-01-01");
    assertThat(staging.workerOptions().routes()).containsExactly("staging.example.com/*");
    assertThat(staging.workerOptions().bindings().get("GREETING").asText()).isEqualTo("staging");
    assertThat(staging.workerOptions().kvNamespaces()).isEmpty();
    assertThat(staging.warnings()).containsExactly(
        "\"kv_namespaces\" exists at the top level, but not on \"env.staging\".\n"
            + "This is not what you probably want, since \"kv_namespaces\" is not inherited by environments.\n"
            + "Please add \"kv_namespaces\" to \"env.staging\".");
    assertThat(bare.workerOptions().routes()).containsExactly("api.example.com/*");
    assertThat(bare.workerOptions().bindings()).isEmpty();
    assertThat(bare.warnings()).hasSize(2);
  }

  @Test
  void an_environment_that_names_its_worker_keeps_that_name() throws IOException {
    Path file = write("wrangler.jsonc", """
        { "name": "api", "main": "src/index.js",
          "env": { "production": { "name": "api-prod" } } }
        """);
    Path legacyOff = write("wrangler.toml", """
        name = "api"
        main = "src/index.js"
        legacy_env = false
        [env.production]
        """);

    assertThat(WranglerConfig.load(file, "production").name()).isEqualTo("api-prod");
    assertThat(WranglerConfig.load(legacyOff, "production").name()).isEqualTo("api");
  }

  @Test
  void an_unknown_environment_fails_when_others_exist_and_warns_when_none_do() throws IOException {
    Path withEnvs = write("wrangler.toml", """
        name = "api"
        main = "src/index.js"
        [env.staging]
        [env.production]
        """);
    Path withoutEnvs = write("wrangler.json",
        "{ \"name\": \"api\", \"main\": \"src/index.js\", \"compatibility_date\": \"2025-01-01\" }");

    assertThatThrownBy(() -> WranglerConfig.load(withEnvs, "qa"))
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("No environment found in configuration with name \"qa\".")
        .hasMessageContaining("The available configured environment names are: [\"staging\",\"production\"]");
    WranglerConfig qa = WranglerConfig.load(withoutEnvs, "qa");
    assertThat(qa.name()).isEqualTo("api-qa");
    assertThat(qa.warnings()).singleElement().asString().startsWith("No environment found in configuration with name \"qa\".");
  }

  @Test
  void dev_vars_beside_the_file_override_vars_and_the_environments_own_file_wins() throws IOException {
    Path file = write("wrangler.toml", """
        name = "api"
        main = "src/index.js"
        [vars]
        GREETING = "from vars"
        [env.staging.vars]
        GREETING = "staging vars"
        """);
    write(".dev.vars", """
        # local secrets
        SECRET=top-secret
        export GREETING="from .dev.vars"
        QUOTED='single # not a comment'
        MULTI="line1\\nline2"
        """);
    write(".dev.vars.staging", "SECRET=staging-secret\n");

    WorkerOptions top = WranglerConfig.load(file).workerOptions();
    WorkerOptions staging = WranglerConfig.load(file, "staging").workerOptions();

    assertThat(top.bindings().get("SECRET").asText()).isEqualTo("top-secret");
    assertThat(top.bindings().get("GREETING").asText()).isEqualTo("from .dev.vars");
    assertThat(top.bindings().get("QUOTED").asText()).isEqualTo("single # not a comment");
    assertThat(top.bindings().get("MULTI").asText()).isEqualTo("line1\nline2");
    assertThat(staging.bindings().get("SECRET").asText()).isEqualTo("staging-secret");
    assertThat(staging.bindings().get("GREETING").asText()).isEqualTo("staging vars");
  }

  @Test
  void malformed_toml_fails_with_file_line_and_expectation() throws IOException {
    Path file = write("wrangler.toml", """
        name = "api"
        main = "src/index.js"
        compatibility_date = 2025-01-01x
        """);

    assertThatThrownBy(() -> WranglerConfig.load(file))
        .isInstanceOf(MiniflareException.class)
        .satisfies(e -> assertThat(((MiniflareException) e).code()).isEqualTo(ErrorCode.ERR_VALIDATION))
        .hasMessageStartingWith(file + ":3:")
        .hasMessageContaining("malformed TOML");
  }

  @Test
  void malformed_json_fails_with_file_line_and_expectation() throws IOException {
    Path file = write("wrangler.jsonc", """
        {
          "name": "api",
          "main": "src/index.js"
          "vars": {}
        }
        """);

    assertThatThrownBy(() -> WranglerConfig.load(file))
        .hasMessageStartingWith(file + ":4:")
        .hasMessageContaining("malformed JSON")
        .hasMessageContaining("expecting comma");
  }

  @Test
  void a_setting_of_the_wrong_shape_fails_with_its_line() throws IOException {
    Path file = write("wrangler.toml", """
        name = "api"
        main = "src/index.js"

        [[kv_namespaces]]
        id = "no-binding"
        """);
    Path jsonFile = write("wrangler.json", """
        {
          "name": "api",
          "main": "src/index.js",
          "vars": "GREETING=hi"
        }
        """);

    assertThatThrownBy(() -> WranglerConfig.load(file))
        .hasMessage(file + ":4: \"kv_namespaces[0]\" should have a string \"binding\" field but got {\"id\":\"no-binding\"}");
    assertThatThrownBy(() -> WranglerConfig.load(jsonFile))
        .hasMessage(jsonFile + ":4: \"vars\" should be a table of variables, but got \"GREETING=hi\"");
  }

  @Test
  void missing_main_a_main_file_not_there_and_route_with_routes_are_refused() throws IOException {
    Path noMain = write("a.toml", "name = \"api\"\n");
    Path tsMain = write("b.toml", "name = \"api\"\nmain = \"src/index.tsx\"\n");
    Path both = write("c.toml", "name = \"api\"\nmain = \"src/index.js\"\nroute = \"a.mf/*\"\nroutes = [\"b.mf/*\"]\n");

    assertThatThrownBy(() -> WranglerConfig.load(noMain)).hasMessageContaining("\"main\" is missing");
    assertThatThrownBy(() -> WranglerConfig.load(tsMain)).hasMessageStartingWith(
        tsMain + ":2: \"main\" = \"src/index.tsx\" does not exist: no file ");
    assertThatThrownBy(() -> WranglerConfig.load(both)).hasMessage(
        both + ":3: Expected exactly one of the following fields [\"routes\",\"route\"].");
  }

  @Test
  void unknown_and_unsupported_keys_are_ignored_with_one_warning() throws IOException {
    Path file = write("wrangler.toml", """
        name = "api"
        main = "src/index.js"
        compatibility_date = "2025-01-01"
        workers_dev = true
        colour = "blue"
        [[mtls_certificates]]
        binding = "CERT"
        certificate_id = "c1"
        [env.staging]
        flavour = "x"
        """);

    WranglerConfig config = WranglerConfig.load(file);

    assertThat(config.warnings()).containsExactly(
        "ignoring settings miniflare4j does not emulate [mtls_certificates] (their bindings throw an Error naming them when used, other settings are ignored) "
            + "and unknown keys [colour, env.staging.flavour] (not Wrangler settings: check their spelling)");
  }

  @Test
  void module_settings_alias_define_base_dir_and_no_bundle_become_module_options() throws IOException {
    Path file = write("wrangler.toml", """
        name = "api"
        main = "src/index.ts"
        compatibility_date = "2025-01-01"
        base_dir = "src"
        no_bundle = true
        find_additional_modules = true
        [alias]
        "node-fetch" = "./shims/fetch.ts"
        [define]
        DEBUG = "false"
        "process.env.NODE_ENV" = "\\"test\\""
        """);
    Files.writeString(dir.resolve("src/index.ts"), "export default {} satisfies object;");

    var modules = WranglerConfig.load(file).workerOptions().moduleOptions();

    assertThat(modules.aliases()).containsExactly(Map.entry("node-fetch", "./shims/fetch.ts"));
    assertThat(modules.aliasBase()).isEqualTo(dir.toAbsolutePath());
    assertThat(modules.defines()).containsExactly(Map.entry("DEBUG", "false"), Map.entry("process.env.NODE_ENV", "\"test\""));
    assertThat(modules.baseDir()).isEqualTo(dir.toAbsolutePath().resolve("src"));
    assertThat(modules.bundle()).isFalse();
    assertThat(modules.findAdditionalModules()).isTrue();
    assertThat(WranglerConfig.load(file).warnings()).isEmpty();
  }

  @Test
  void a_define_that_is_not_a_string_is_refused_with_its_line() throws IOException {
    Path file = write("wrangler.toml", "name = \"api\"\nmain = \"src/index.js\"\n[define]\nDEBUG = false\n");

    assertThatThrownBy(() -> WranglerConfig.load(file))
        .hasMessage(file + ":4: \"define.DEBUG\" should be a string holding a JavaScript expression, but got false");
  }

  @Test
  void several_files_make_several_workers_the_first_being_the_entry() throws IOException {
    Files.createDirectories(dir.resolve("auth"));
    Files.writeString(dir.resolve("auth/index.js"),
        "export default { fetch(req, env) { return new Response('auth says ' + env.ROLE) } }");
    Path auth = write("auth/wrangler.toml", """
        name = "auth"
        main = "index.js"
        routes = ["auth.mf/*"]
        [vars]
        ROLE = "admin"
        """);
    Files.writeString(dir.resolve("src/front.js"),
        "export default { fetch(req, env) { return env.AUTH.fetch(req) } }");
    Path front = write("wrangler.jsonc", """
        { "name": "front", "main": "src/front.js", "services": [ { "binding": "AUTH", "service": "auth" } ] }
        """);

    try (Miniflare mf = new Miniflare(WranglerConfig.options(null, front, auth).build())) {
      assertThat(mf.workerNames()).containsExactly("front", "auth");
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("auth says admin");
      assertThat(mf.dispatchFetch("http://auth.mf/").text()).isEqualTo("auth says admin");
    }
  }

  @Test
  void an_unreadable_or_misnamed_file_says_what_to_fix() {
    assertThatThrownBy(() -> WranglerConfig.load(dir.resolve("missing.toml")))
        .hasMessageContaining("Cannot read Wrangler configuration");
    assertThatThrownBy(() -> WranglerConfig.load(dir.resolve("wrangler.yaml")))
        .hasMessageContaining("expected a .toml, .json or .jsonc file");
  }
}
