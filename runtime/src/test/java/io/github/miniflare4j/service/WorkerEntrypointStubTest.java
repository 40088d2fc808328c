package io.github.miniflare4j.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code Miniflare.getWorkerEntrypoint}: RPC from Java to a default or named WorkerEntrypoint. */
class WorkerEntrypointStubTest {

  static final String CALC = """
      import { WorkerEntrypoint } from "cloudflare:workers";
      export default class extends WorkerEntrypoint {
        add(a, b) { return a + b; }
        describe(o) { return { got: o, tag: this.env.TAG }; }
        fail() { throw new RangeError("rpc failure"); }
        async later() { await new Promise((r) => setTimeout(r, 1)); return "later"; }
        async hang() { await new Promise((r) => setTimeout(r, 1)); return new Promise(() => {}); }
        fetch() { return new Response("calc fetch"); }
      }
      export class Admin extends WorkerEntrypoint {
        reset(what) { return "reset " + what; }
        async fetch(request) {
          if (request.method === "DELETE") throw new TypeError("admin refuses " + request.method);
          return new Response("admin " + request.method + " " + request.url + " " + (await request.text()),
              { status: 201, headers: { "x-admin": typeof this.ctx.waitUntil } });
        }
      }
      export const handlerObject = { fetch(request, env) { return new Response("object " + env.TAG); } };
      export function notAnEntrypoint() { return 42; }
      """;

  static Miniflare mf;

  @BeforeAll
  static void start() {
    mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("calc").modules(true).script(CALC).binding("TAG", "t1"))
        .worker(WorkerOptions.builder().name("plain").modules(true)
            .script("export default { fetch() { return new Response('x') }, echo(v) { return v; } };"))
        .build());
  }

  @AfterAll
  static void stop() {
    mf.close();
  }

  @Test
  void calls_a_method_of_the_default_entrypoint() {
    WorkerEntrypointStub calc = mf.getWorkerEntrypoint("calc", null);

    assertThat(calc.call("add", 2, 3)).isEqualTo(5.0);
    assertThat(calc.call("describe", Map.of("n", List.of(1, 2))))
        .isEqualTo(Map.of("got", Map.of("n", List.of(1.0, 2.0)), "tag", "t1"));
  }

  @Test
  void fetch_reaches_the_fetch_handler_of_a_named_entrypoint_or_handler_object() {
    FetchResponse admin = mf.getWorkerEntrypoint("calc", "Admin")
        .fetch(FetchRequest.builder("https://example.com/x").method("PUT").body("data").build());
    assertThat(admin.status()).isEqualTo(201);
    assertThat(admin.text()).isEqualTo("admin PUT https://example.com/x data");
    assertThat(admin.headers().get("x-admin")).isEqualTo("function");
    assertThat(mf.getWorkerEntrypoint("calc", null).fetch("http://any/").text()).isEqualTo("calc fetch");
    assertThat(mf.getWorkerEntrypoint("calc", "handlerObject").fetch("http://any/").text()).isEqualTo("object t1");
  }

  @Test
  void fetch_surfaces_the_handlers_error() {
    WorkerEntrypointStub admin = mf.getWorkerEntrypoint("calc", "Admin");
    assertThatThrownBy(() -> admin.fetch(FetchRequest.builder("https://example.com/").method("DELETE").build()))
        .isInstanceOfSatisfying(WorkerException.class, e -> {
          assertThat(e.errorName()).isEqualTo("TypeError");
          assertThat(e.errorMessage()).isEqualTo("admin refuses DELETE");
        });
  }

  @Test
  void calls_a_named_entrypoint() {
    assertThat(mf.getWorkerEntrypoint("calc", "Admin").call("reset", "all")).isEqualTo("reset all");
  }

  @Test
  void call_async_completes_with_the_result() throws Exception {
    assertThat(mf.getWorkerEntrypoint("calc", null).callAsync("later").get()).isEqualTo("later");
  }

  @Test
  void a_thrown_error_keeps_its_name_and_message() {
    assertThatThrownBy(() -> mf.getWorkerEntrypoint("calc", null).call("fail"))
        .isInstanceOfSatisfying(WorkerException.class, e -> {
          assertThat(e.errorName()).isEqualTo("RangeError");
          assertThat(e.errorMessage()).isEqualTo("rpc failure");
        });
  }

  @Test
  void a_method_that_can_never_settle_fails_with_workerds_hung_error() {
    assertThatThrownBy(() -> mf.getWorkerEntrypoint("calc", null).call("hang"))
        .isInstanceOfSatisfying(WorkerException.class, e -> {
          assertThat(e.errorName()).isEqualTo("Error");
          assertThat(e.errorMessage()).startsWith("The Workers runtime canceled this request because it detected that "
              + "your Worker's code had hung and would never generate a response.");
        });
  }

  @Test
  void an_async_call_fails_with_the_thrown_error() {
    assertThatThrownBy(() -> mf.getWorkerEntrypoint("calc", null).callAsync("fail").get())
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(WorkerException.class).hasMessageStartingWith("Worker \"calc\" threw RangeError: rpc failure");
  }

  @Test
  void a_missing_method_is_the_runtime_type_error() {
    assertThatThrownBy(() -> mf.getWorkerEntrypoint("calc", null).call("nope"))
        .isInstanceOfSatisfying(WorkerException.class, e -> {
          assertThat(e.errorName()).isEqualTo("TypeError");
          assertThat(e.errorMessage()).isEqualTo("The RPC receiver does not implement the method \"nope\".");
        });
  }

  @Test
  void method_names_list_rpc_methods_without_reserved_handlers() {
    assertThat(mf.getWorkerEntrypoint("calc", null).methodNames()).containsExactly("add", "describe", "fail", "hang", "later");
    assertThat(mf.getWorkerEntrypoint("plain", null).methodNames()).containsExactly("echo");
  }

  @Test
  void an_unknown_entrypoint_names_those_that_exist() {
    assertThatThrownBy(() -> mf.getWorkerEntrypoint("calc", "notAnEntrypoint"))
        .isInstanceOf(MiniflareException.class)
        .hasMessage("Worker \"calc\" exports no class \"notAnEntrypoint\" extending WorkerEntrypoint; its entrypoints are [default, Admin, handlerObject]");
  }

  @Test
  void an_unknown_worker_is_refused() {
    assertThatThrownBy(() -> mf.getWorkerEntrypoint("nope", null))
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("No worker named \"nope\"");
  }

  @Test
  void the_stub_survives_a_restart_of_the_workers() {
    WorkerEntrypointStub calc = mf.getWorkerEntrypoint("calc", null);
    mf.restartWorkers();
    assertThat(calc.call("add", 1, 1)).isEqualTo(2.0);
  }
}
