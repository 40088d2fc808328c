package io.github.miniflare4j.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.internal.JsonOptionsReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Service bindings to a named {@code WorkerEntrypoint} export ({@code { name, entrypoint }}),
 * with the outcomes recorded from Miniflare: fetch and RPC reach the named class, its errors keep
 * their class, an entrypoint the target does not export (or "default" named explicitly) stops
 * the instance from starting, and one that is another exported class fails every call.
 */
class NamedEntrypointBindingTest {

  static final String TARGET = """
      import { WorkerEntrypoint } from "cloudflare:workers";
      export class Admin extends WorkerEntrypoint {
        fetch(req) { return new Response("admin " + new URL(req.url).pathname + " " + this.env.V); }
        add(a, b) { return a + b; }
        fail() { throw new RangeError("boom"); }
      }
      export class NoFetch extends WorkerEntrypoint { ping() { return "pong"; } }
      export class Plain { hi() { return 1; } }
      export default { fetch() { return new Response("default"); }, dm() { return "dm"; } };
      """;

  /** The calling worker answers with what the binding returned, or the error's class and message. */
  static final String MAIN = """
      export default {
        async fetch(req, env) {
          const run = async () => {
            const what = new URL(req.url).pathname;
            if (what === "/fetch") return await (await env.ADMIN.fetch("http://h/q")).text();
            if (what === "/add") return String(await env.ADMIN.add(2, 3));
            if (what === "/nope") return String(await env.ADMIN.nope());
            if (what === "/fail") return String(await env.ADMIN.fail());
            if (what === "/ping") return String(await env.NOFETCH.ping());
            if (what === "/nofetch") return (await env.NOFETCH.fetch("http://h/")).text();
            if (what === "/default") return (await (await env.DEFAULT.fetch("http://h/")).text()) + " " + (await env.DEFAULT.dm(0));
          };
          try { return new Response(await run()); }
          catch (e) { return new Response("ERR " + e.constructor.name + ": " + e.message); }
        }
      };
      """;

  static Miniflare mf;

  @BeforeAll
  static void start() {
    mf = new Miniflare(options("Admin").build());
  }

  @AfterAll
  static void stop() {
    mf.close();
  }

  static MiniflareOptions.Builder options(String adminEntrypoint) {
    return MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("main").modules(true).script(MAIN)
            .serviceBinding("ADMIN", "target", adminEntrypoint)
            .serviceBinding("NOFETCH", "target", "NoFetch")
            .serviceBinding("DEFAULT", "target"))
        .worker(WorkerOptions.builder().name("target").modules(true).script(TARGET).binding("V", "v1"));
  }

  private static String get(String path) {
    return mf.dispatchFetch("http://localhost" + path).text();
  }

  @Test
  void fetch_reaches_the_named_class_with_the_targets_env() {
    assertThat(get("/fetch")).isEqualTo("admin /q v1");
  }

  @Test
  void rpc_reaches_the_named_class() {
    assertThat(get("/add")).isEqualTo("5");
    assertThat(get("/ping")).isEqualTo("pong");
  }

  @Test
  void the_default_export_stays_the_target_without_an_entrypoint() {
    assertThat(get("/default")).isEqualTo("default dm");
  }

  @Test
  void errors_are_miniflares() {
    assertThat(get("/nope")).isEqualTo("ERR TypeError: The RPC receiver does not implement the method \"nope\".");
    assertThat(get("/fail")).isEqualTo("ERR RangeError: boom");
    assertThat(get("/nofetch")).isEqualTo("ERR Error: Handler does not export a fetch() function.");
  }

  @Test
  void an_entrypoint_the_target_does_not_export_fails_the_start() {
    for (String missing : new String[] {"Missing", "default"}) {
      assertThatThrownBy(() -> new Miniflare(options(missing).build()).close())
          .isInstanceOfSatisfying(MiniflareException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ERR_RUNTIME_FAILURE))
          .hasMessageStartingWith("The Workers runtime failed to start: Worker \"main\"'s binding \"ADMIN\" refers to "
              + "service \"target\" with a named entrypoint \"" + missing + "\", but \"target\" has no such named entrypoint.")
          .hasMessageContaining("are [Admin, NoFetch]");
    }
  }

  @Test
  void another_exported_class_starts_but_every_call_fails_internally() {
    try (Miniflare plain = new Miniflare(options("Plain").build())) {
      for (String path : new String[] {"/fetch", "/add"}) {
        assertThat(plain.dispatchFetch("http://localhost" + path).text()).matches("ERR Error: internal error; reference = [0-9a-v]{24}");
      }
    }
  }

  @Test
  void json_options_read_the_entrypoint() {
    MiniflareOptions options = JsonOptionsReader.read("""
        { "workers": [ { "name": "main", "script": "", "serviceBindings": {
            "A": { "name": "target", "entrypoint": "Admin" }, "B": "target" } } ] }
        """).build();
    assertThat(options.workers().get(0).serviceBindings().get("A").entrypoint()).isEqualTo("Admin");
    assertThat(options.workers().get(0).serviceBindings().get("B").entrypoint()).isNull();
  }
}
