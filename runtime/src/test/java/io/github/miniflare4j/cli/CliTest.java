package io.github.miniflare4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev server's command line: options, defaults, and what it serves. */
class CliTest {

  @TempDir Path dir;

  @Test
  void parses_every_option_in_both_spellings() throws Exception {
    CliArguments cli = CliArguments.parse(
        "--config", "a/wrangler.toml", "-c", "b/wrangler.jsonc", "--env=staging", "--host", "0.0.0.0",
        "--port=9000", "--persist", ".mf", "--modules", "--test-scheduled", "worker.js");

    assertThat(cli.configs()).containsExactly(Path.of("a/wrangler.toml"), Path.of("b/wrangler.jsonc"));
    assertThat(cli.env()).isEqualTo("staging");
    assertThat(cli.host()).isEqualTo("0.0.0.0");
    assertThat(cli.port()).isEqualTo(9000);
    assertThat(cli.persist()).isEqualTo(Path.of(".mf"));
    assertThat(cli.modules()).isTrue();
    assertThat(cli.testScheduled()).isTrue();
    assertThat(cli.script()).isEqualTo(Path.of("worker.js"));
    assertThat(cli.help()).isFalse();
  }

  @Test
  void defaults_to_loopback_port_8787() throws Exception {
    CliArguments cli = CliArguments.parse("worker.js");

    assertThat(cli.host()).isEqualTo("127.0.0.1");
    assertThat(cli.port()).isEqualTo(8787);
    assertThat(cli.configs()).isEmpty();
    assertThat(cli.testScheduled()).isFalse();
  }

  @Test
  void refuses_unknown_options_missing_values_bad_ports_and_two_scripts() {
    assertThatThrownBy(() -> CliArguments.parse("--prot", "1")).hasMessage("unknown option --prot; see --help for the options");
    assertThatThrownBy(() -> CliArguments.parse("--port")).hasMessage("--port needs a value; see --help");
    assertThatThrownBy(() -> CliArguments.parse("--port", "http")).hasMessage("--port must be a number from 0 to 65535, got \"http\"");
    assertThatThrownBy(() -> CliArguments.parse("a.js", "b.js")).hasMessage("only one script may be given, got a.js and b.js");
  }

  @Test
  void help_prints_the_usage_and_exits_zero() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status = Main.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("Usage: java -jar miniflare4j-runtime-<version>-cli.jar [options] [script.js]")
        .contains("--config FILE", "--env NAME", "--host HOST", "--port PORT", "--persist DIR", "--modules");
  }

  @Test
  void a_bad_command_line_exits_2_and_a_bad_configuration_exits_1_with_the_reason() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);

    assertThat(Main.run(new String[] {"--bogus"}, System.out, errors)).isEqualTo(2);
    assertThat(Main.run(new String[] {"--config", dir.resolve("none.toml").toString()}, System.out, errors)).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("error: unknown option --bogus")
        .contains("error: Cannot read Wrangler configuration");
  }

  @Test
  void serves_the_configurations_workers_with_request_logging_on_the_given_address() throws Exception {
    Files.writeString(dir.resolve("index.js"), "export default { fetch() { return new Response('x') } }");
    Files.writeString(dir.resolve("wrangler.toml"), "name = \"api\"\nmain = \"index.js\"\n[env.staging]\nroutes = [\"api.mf/*\"]\n");

    MiniflareOptions options = Main.options(
        CliArguments.parse("--config", dir.resolve("wrangler.toml").toString(), "--env", "staging", "--port", "0"),
        System.err).build();

    assertThat(options.workers()).extracting(WorkerOptions::name).containsExactly("api-staging");
    assertThat(options.workers().get(0).routes()).containsExactly("api.mf/*");
    assertThat(options.port()).isZero();
    assertThat(options.host()).isEqualTo("127.0.0.1");
    assertThat(options.logRequests()).isTrue();
  }

  @Test
  void a_script_replaces_the_first_configurations_main_and_modules_forces_the_format() throws Exception {
    Files.writeString(dir.resolve("index.js"), "export default { fetch() { return new Response('x') } }");
    Files.writeString(dir.resolve("other.js"), "addEventListener('fetch', e => e.respondWith(new Response('y')))");
    Files.writeString(dir.resolve("wrangler.toml"), "name = \"api\"\nmain = \"index.js\"\n");

    List<WorkerOptions> workers = Main.options(
        CliArguments.parse("-c", dir.resolve("wrangler.toml").toString(), "--modules", dir.resolve("other.js").toString()),
        System.err).build().workers();

    assertThat(workers).singleElement().satisfies(w -> {
      assertThat(w.name()).isEqualTo("api");
      assertThat(w.scriptPath()).isEqualTo(dir.resolve("other.js"));
      assertThat(w.modules()).isTrue();
    });
  }

  @Test
  void persist_keeps_kv_and_durable_objects_under_the_directory() throws Exception {
    Files.writeString(dir.resolve("w.js"), "export default { fetch() { return new Response('x') } }");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    MiniflareOptions options = Main.options(CliArguments.parse("--persist", ".mf", dir.resolve("w.js").toString()),
        new PrintStream(err, true, StandardCharsets.UTF_8)).build();

    assertThat(options.kvPersist()).isEqualTo(Path.of(".mf", "kv"));
    assertThat(options.durableObjectsPersist()).isEqualTo(Path.of(".mf", "do"));
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void vars_override_the_entry_workers_and_trigger_handlers_are_on_as_in_wrangler_dev() throws Exception {
    Files.writeString(dir.resolve("index.js"), "export default { fetch(r, env) { return Response.json([env.A, env.B, env.C]) },"
        + " scheduled(c, env) { globalThis.ran = c.cron } }");
    Files.writeString(dir.resolve("wrangler.toml"), "name = \"api\"\nmain = \"index.js\"\n[vars]\nA = \"from-config\"\nC = \"kept\"\n");

    MiniflareOptions options = Main.options(CliArguments.parse("-c", dir.resolve("wrangler.toml").toString(),
        "--var", "A:x:y", "--var=B:", "--port", "0"), System.err).build();

    assertThat(options.unsafeTriggerHandlers()).isTrue();
    try (io.github.miniflare4j.Miniflare mf = new io.github.miniflare4j.Miniflare(options)) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("[\"x:y\",\"\",\"kept\"]");
      assertThat(mf.dispatchFetch("http://localhost/cdn-cgi/handler/scheduled?cron=*+*+*+*+*").text()).isEqualTo("ok");
    }
    assertThatThrownBy(() -> CliArguments.parse("--var", "nocolon")).hasMessage("--var needs NAME:VALUE, got \"nocolon\"");
  }
}
