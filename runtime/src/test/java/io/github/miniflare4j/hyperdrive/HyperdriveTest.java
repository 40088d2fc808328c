package io.github.miniflare4j.hyperdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.WranglerSection;
import io.github.miniflare4j.sockets.TcpTestServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hyperdrive bindings: what the worker sees, and a query reaching a Java "database". */
class HyperdriveTest {

  /** A database of one command: "QUERY x" answers "ROW x" and hangs up. */
  private static final TcpTestServer.Protocol DATABASE = (in, out) -> {
    String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
    out.write(("ROW " + line.substring("QUERY ".length()) + "\n").getBytes(StandardCharsets.UTF_8));
  };

  private static final String WORKER = """
      import { connect } from "cloudflare:sockets";
      async function query(socket, text) {
        const writer = socket.writable.getWriter();
        await writer.write(new TextEncoder().encode("QUERY " + text + "\\n"));
        let answer = "";
        for await (const chunk of socket.readable) answer += new TextDecoder().decode(chunk);
        return answer.trim();
      }
      export default { async fetch(req, env) {
        const url = new URL(req.url);
        if (url.pathname === "/binding") return Response.json(env.DB);
        if (url.pathname === "/connect") return new Response(await query(env.DB.connect(), "via connect()"));
        return new Response(await query(connect({ hostname: env.DB.host, port: env.DB.port }), "via sockets"));
      } };
      """;

  private static Miniflare start(String connectionString) {
    return new Miniflare(MiniflareOptions.builder().worker(WorkerOptions.builder().modules(true).script(WORKER)
        .bind(HyperdriveBinding.of("DB", connectionString))).build());
  }

  @Test
  void the_binding_shows_its_own_host_and_the_schemes_port_with_the_decoded_credentials() throws Exception {
    try (Miniflare mf = start("postgres://app%40corp:s%3Acret@127.0.0.1:6543/my%20db")) {
      JsonNode binding = new ObjectMapper().readTree(mf.dispatchFetch("http://x/binding").text());
      String host = binding.get("host").asText();
      assertThat(host).matches("[0-9a-f]{32}\\.hyperdrive\\.local");
      assertThat(binding.get("port").asInt()).isEqualTo(5432);
      assertThat(binding.get("user").asText()).isEqualTo("app@corp");
      assertThat(binding.get("password").asText()).isEqualTo("s:cret");
      assertThat(binding.get("database").asText()).isEqualTo("my db");
      assertThat(binding.get("connectionString").asText())
          .isEqualTo("postgres://app@corp:s:cret@" + host + ":5432/my db?sslmode=disable");
      Hyperdrive handle = mf.getBinding(Hyperdrive.class, "DB");
      assertThat(handle.host()).isEqualTo(host);
      assertThat(handle.targetPort()).isEqualTo(6543);
    }
  }

  @Test
  void connect_reaches_the_local_database_of_the_connection_string() throws Exception {
    try (TcpTestServer database = new TcpTestServer(DATABASE); Miniflare mf = start("postgresql://u:p@127.0.0.1:" + database.port() + "/db")) {
      assertThat(mf.dispatchFetch("http://x/connect").text()).isEqualTo("ROW via connect()");
    }
  }

  @Test
  void a_driver_connecting_to_the_bindings_host_and_port_reaches_the_database_too() throws Exception {
    try (TcpTestServer database = new TcpTestServer(DATABASE); Miniflare mf = start("mysql://u:p@localhost:" + database.port() + "/db")) {
      assertThat(mf.dispatchFetch("http://x/sockets").text()).isEqualTo("ROW via sockets");
    }
  }

  @Test
  void a_connection_string_miniflare_rejects_fails_with_its_message() {
    assertThatThrownBy(() -> HyperdriveBinding.of("DB", "redis://u:p@localhost/db"))
        .hasMessage("Hyperdrive binding \"DB\": Only PostgreSQL-compatible or MySQL-compatible databases are currently supported.");
    assertThatThrownBy(() -> HyperdriveBinding.of("DB", "postgres://u@localhost/db"))
        .hasMessageContaining("You must provide a password");
    assertThatThrownBy(() -> MiniflareOptions.fromJson("{\"modules\":true,\"script\":\"\",\"hyperdrives\":{\"DB\":\"postgres://localhost/db\"}}"))
        .isInstanceOf(MiniflareException.class)
        .satisfies(e -> assertThat(((MiniflareException) e).code()).isEqualTo(ErrorCode.ERR_VALIDATION))
        .hasMessageContaining("hyperdrives.DB")
        .hasMessageContaining("You must provide a username");
  }

  @Test
  void wrangler_reads_localConnectionString(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("index.js"), WORKER);
    Files.writeString(dir.resolve("wrangler.toml"), """
        name = "api"
        main = "index.js"
        [[hyperdrive]]
        binding = "DB"
        id = "0123456789abcdef"
        localConnectionString = "postgres://user:pass@localhost:5432/app"
        """);
    try (Miniflare mf = new Miniflare(WranglerConfig.load(dir.resolve("wrangler.toml")).toOptions().build())) {
      assertThat(mf.getBinding(Hyperdrive.class, "DB").database()).isEqualTo("app");
    }
  }

  @Test
  void the_environment_variable_wins_over_the_file_and_its_absence_is_explained() throws Exception {
    JsonNode tables = new ObjectMapper().readTree("[{\"binding\":\"DB\",\"id\":\"x\",\"localConnectionString\":\"postgres://a:b@file/db\"}]");
    Map<String, String> env = Map.of("CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_DB", "postgres://a:b@fromenv/db");
    List<BindingDeclaration> read = new HyperdrivePlugin(env::get).readWrangler("hyperdrive", tables, new Section());
    assertThat(((HyperdriveBinding) read.get(0)).connectionString()).isEqualTo("postgres://a:b@fromenv/db");

    JsonNode bare = new ObjectMapper().readTree("[{\"binding\":\"DB\",\"id\":\"x\"}]");
    assertThatThrownBy(() -> new HyperdrivePlugin(name -> null).readWrangler("hyperdrive", bare, new Section()))
        .hasMessageContaining("set the value of the 'CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_DB' variable or \"DB\"'s \"localConnectionString\"");
  }

  /** The few WranglerSection checks the plugin uses, without a file. */
  private static final class Section implements WranglerSection {
    @Override
    public void eachTable(JsonNode list, String at, String expected, BiConsumer<JsonNode, String> read) {
      for (int i = 0; i < list.size(); i++) {
        read.accept(list.get(i), at + "[" + i + "]");
      }
    }

    @Override
    public String optionalText(JsonNode table, String at, String key) {
      return table.has(key) ? table.get(key).asText() : null;
    }

    @Override
    public String requiredText(JsonNode table, String at, String key) {
      return table.get(key).asText();
    }

    @Override
    public void expect(boolean ok, String at, String expected, JsonNode found) {
      if (!ok) {
        throw error(at, expected);
      }
    }

    @Override
    public Path resolve(String relative) {
      return Path.of(relative);
    }

    @Override
    public MiniflareException error(String at, String message) {
      return new MiniflareException(ErrorCode.ERR_VALIDATION, at + ": " + message);
    }
  }
}
