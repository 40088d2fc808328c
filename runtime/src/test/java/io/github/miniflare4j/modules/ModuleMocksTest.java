package io.github.miniflare4j.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link WorkerOptions.Builder#mockModule}: a module replaced by test code, as {@code vi.mock} does. */
class ModuleMocksTest {

  @TempDir Path dir;
  private Path config;

  @BeforeEach
  void project() throws Exception {
    Files.createDirectories(dir.resolve("src"));
    Files.createDirectories(dir.resolve("node_modules/payments"));
    Files.writeString(dir.resolve("node_modules/payments/package.json"), "{\"name\":\"payments\",\"main\":\"index.js\"}");
    Files.writeString(dir.resolve("node_modules/payments/index.js"), "export function charge(cents) { throw new Error('network call'); }");
    Files.writeString(dir.resolve("src/index.ts"), """
        import { loadUser } from "./db";
        import { charge } from "payments";
        export default {
          async fetch(): Promise<Response> {
            const user = await loadUser(7);
            return new Response(user.name + " paid " + charge(250));
          },
        };
        """);
    // the real module imports something the test cannot provide
    Files.writeString(dir.resolve("src/db.ts"), """
        import { connect } from "./pg-driver";
        export async function loadUser(id: number): Promise<{ name: string }> { return (await connect()).user(id); }
        """);
    config = Files.writeString(dir.resolve("wrangler.toml"), """
        name = "billing"
        main = "src/index.ts"
        compatibility_date = "2025-01-01"
        """);
  }

  private WorkerOptions.Builder worker() throws Exception {
    return WranglerConfig.load(config).workerOptions().toBuilder();
  }

  @Test
  void a_mocked_file_and_a_mocked_package_stand_in_for_the_real_ones() throws Exception {
    WorkerOptions worker = worker()
        .mockModule("src/db", "export async function loadUser(id: number) { return { name: 'user-' + id }; }")
        .mockModule("payments", "export function charge(cents) { return 'ok:' + cents; }")
        .build();

    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(worker).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("user-7 paid ok:250");
      // the module Java imports is the mock too
      assertThat(mf.importModule("src/db.ts").exportNames()).containsExactly("loadUser");
    }
  }

  @Test
  void a_mocked_built_in_module_stands_in_for_it_in_every_importer() throws Exception {
    // vi.mock("cloudflare:sockets", () => ({ connect: vi.fn() })): the worker's modules get the
    // mock, under either spelling of a Node.js built-in too, and the mock may import the project's files
    Files.writeString(dir.resolve("src/fake-socket.ts"), "export const opened = 'fake';");
    Files.writeString(dir.resolve("src/mailer.ts"), """
        import { connect } from "cloudflare:sockets";
        import { Buffer } from "buffer";
        export function send(): string { return connect("smtp.example.com:25").opened + ":" + Buffer.from("x").kind; }
        """);
    // a CommonJS package's require of the built-in gets the mock too
    Files.createDirectories(dir.resolve("node_modules/legacy"));
    Files.writeString(dir.resolve("node_modules/legacy/package.json"), "{\"name\":\"legacy\",\"main\":\"index.js\"}");
    Files.writeString(dir.resolve("node_modules/legacy/index.js"),
        "const { connect } = require('cloudflare:sockets'); exports.open = () => connect('db:5432').opened;");
    Files.writeString(dir.resolve("src/index.ts"), """
        import { open } from "legacy";
        import { send } from "./mailer";
        import { connect } from "cloudflare:sockets";
        import { Buffer } from "node:buffer";
        export default {
          async fetch(): Promise<Response> {
            return new Response(send() + " " + (connect === globalThis.__connect) + " " + Buffer.from("y").kind + " " + open());
          },
        };
        """);
    WorkerOptions worker = worker()
        .mockModule("cloudflare:sockets", """
            import { opened } from "./src/fake-socket";
            export const connect = (address) => ({ opened: opened + "@" + address });
            globalThis.__connect = connect;
            """)
        // a partial mock: the mock's own import of the built-in is the real module
        .mockModule("node:buffer", """
            import { Buffer as Real } from "node:buffer";
            export const Buffer = { from: (s) => ({ kind: 'mock-' + Real.from(s).toString("hex") }) };
            """)
        .compatibilityFlags(java.util.List.of("nodejs_compat"))
        .build();

    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(worker).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text())
          .isEqualTo("fake@smtp.example.com:25:mock-78 true mock-79 fake@db:5432");
    }
  }

  @Test
  void without_the_mock_the_real_module_fails_to_load() throws Exception {
    assertThatThrownBy(() -> new Miniflare(MiniflareOptions.builder().worker(worker().build()).build()).close())
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("pg-driver");
  }

  @Test
  void a_mock_of_nothing_names_what_was_tried() throws Exception {
    WorkerOptions worker = worker().mockModule("src/cache", "export const x = 1;").build();

    assertThatThrownBy(() -> new Miniflare(MiniflareOptions.builder().worker(worker).build()).close())
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("Cannot mock \"src/cache\"");
  }

  @Test
  void an_inline_worker_cannot_mock_modules() {
    WorkerOptions worker = WorkerOptions.builder().name("inline").modules(true)
        .script("export default { fetch() { return new Response('x'); } };")
        .mockModule("./db.js", "export const x = 1;").build();

    assertThatThrownBy(() -> new Miniflare(MiniflareOptions.builder().worker(worker).build()).close())
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("Worker \"inline\" mocks modules [./db.js], but only a worker read from files");
  }
}
