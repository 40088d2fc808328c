package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.WorkerException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** Typed RPC proxies of a worker's {@code WorkerEntrypoint}s, injected with {@code @WorkerRef}. */
class WorkerEntrypointsTest {

  static final String CALC = """
      import { WorkerEntrypoint } from "cloudflare:workers";
      let calls = 0;
      export default class extends WorkerEntrypoint {
        add(a, b) { calls++; return a + b; }
        async slowAdd(a, b) { await new Promise((r) => setTimeout(r, 5)); return a + b; }
        describe(item) { return { label: item.name + " x" + item.count, tags: [this.env.TAG] }; }
        calls() { return calls; }
        fail(message) { throw new RangeError(message); }
        async reject() { throw new TypeError("async failure"); }
        async save(key, value) { await this.env.KV.put(key, value); }
        fetch() { return new Response("calc over fetch"); }
      }
      export class Admin extends WorkerEntrypoint {
        async read(key) { return this.env.KV.get(key); }
      }
      """;

  static final String FRONT = """
      export default { async fetch(request, env) { return new Response(String(await env.CALC.add(20, 22))); } };
      """;

  /** The Java view of the default entrypoint. */
  interface Calculator {
    int add(int a, int b);

    CompletableFuture<Integer> slowAdd(int a, int b);

    CompletionStage<Description> describeLater(Item item);

    Description describe(Item item);

    int calls();

    void fail(String message);

    CompletableFuture<Void> reject();

    void save(String key, String value);

    /** Default methods run in Java. */
    default int twice(int a) {
      return add(a, a);
    }
  }

  /** The subset of the default entrypoint that exists (describeLater does not). */
  interface Calc {
    int add(int a, int b);

    CompletableFuture<Integer> slowAdd(int a, int b);

    Description describe(Item item);

    int calls();

    void fail(String message);

    CompletableFuture<Void> reject();

    void save(String key, String value);

    default int twice(int a) {
      return add(a, a);
    }
  }

  interface AdminApi {
    String read(String key);
  }

  record Item(String name, int count) {}

  record Description(String label, List<String> tags) {}

  @MiniflareTest(workers = {
      @Worker(name = "front", script = FRONT, serviceBindings = "CALC=calc"),
      @Worker(name = "calc", script = CALC, vars = "TAG=t1", kvNamespaces = "KV")})
  static class Proxies {
    @Test
    void sync_methods_call_rpc_methods_with_jackson_conversion(@WorkerRef("calc") Calc calc) {
      assertThat(calc.add(2, 3)).isEqualTo(5);
      assertThat(calc.describe(new Item("pen", 3))).isEqualTo(new Description("pen x3", List.of("t1")));
      assertThat(calc.twice(4)).isEqualTo(8);
    }

    @Test
    void future_methods_do_not_wait(@WorkerRef("calc") Calc calc) throws Exception {
      CompletableFuture<Integer> sum = calc.slowAdd(1, 2);

      assertThat(sum.get()).isEqualTo(3);
      assertThat(calc.reject()).failsWithin(java.time.Duration.ofSeconds(10))
          .withThrowableOfType(ExecutionException.class)
          .havingCause().isInstanceOf(WorkerException.class);
    }

    @Test
    void a_js_error_surfaces_with_its_name_and_message(@WorkerRef("calc") Calc calc) {
      assertThatThrownBy(() -> calc.fail("too big"))
          .isInstanceOfSatisfying(WorkerException.class, e -> {
            assertThat(e.errorName()).isEqualTo("RangeError");
            assertThat(e.errorMessage()).isEqualTo("too big");
          });
    }

    @Test
    void a_named_entrypoint_sees_the_same_env(
        @WorkerRef("calc") Calc calc, @WorkerRef(value = "calc", entrypoint = "Admin") AdminApi admin) {
      calc.save("k", "v");

      assertThat(admin.read("k")).isEqualTo("v");
    }

    @Test
    void the_proxy_reaches_the_worker_that_other_workers_bind(@WorkerRef("calc") Calc calc, WorkerClient front) {
      assertThat(front.fetch("/").text()).isEqualTo("42");
      assertThat(calc.calls()).isEqualTo(1);
    }

    @Test
    void module_globals_start_fresh_in_each_test(@WorkerRef("calc") Calc calc) {
      calc.add(1, 1);
      assertThat(calc.calls()).isEqualTo(1);
    }

    @Test
    void to_string_names_the_target(@WorkerRef(value = "calc", entrypoint = "Admin") AdminApi admin) {
      assertThat(admin.toString()).isEqualTo("AdminApi proxy of WorkerEntrypointStub[worker \"calc\" entrypoint \"Admin\"]");
    }
  }

  @Test
  void worker_entrypoint_proxies_call_rpc_methods() {
    Fixtures.assertAllSucceeded(Fixtures.run(Proxies.class), 7);
  }

  @MiniflareTest(workers = @Worker(name = "calc", script = CALC, vars = "TAG=t1", kvNamespaces = "KV"))
  static class EntryWorkerByDefault {
    @Test
    void test(@WorkerRef Calc calc) {
      assertThat(calc.add(1, 2)).isEqualTo(3);
    }
  }

  @Test
  void a_worker_ref_without_a_name_proxies_the_entry_worker() {
    Fixtures.assertAllSucceeded(Fixtures.run(EntryWorkerByDefault.class), 1);
  }

  @MiniflareTest(workers = @Worker(name = "calc", script = CALC, vars = "TAG=t1", kvNamespaces = "KV"))
  static class MissingMethod {
    @Test
    void test(@WorkerRef("calc") Calculator calc) {}
  }

  @Test
  void an_interface_method_the_entrypoint_lacks_is_refused_at_injection() {
    MisuseTest.assertTestFails(MissingMethod.class, ParameterResolutionException.class,
        "@WorkerRef(\"calc\") on parameter [Calculator calc] of method MissingMethod.test(Calculator): Calculator declares "
            + "[describeLater()], but the default export of worker \"calc\" has no such RPC method; its RPC methods are "
            + "[add, calls, describe, fail, reject, save, slowAdd]. Rename the interface's methods, or make them default methods");
  }

  @MiniflareTest(workers = @Worker(name = "calc", script = CALC, vars = "TAG=t1", kvNamespaces = "KV"))
  static class UnknownEntrypoint {
    @Test
    void test(@WorkerRef(value = "calc", entrypoint = "Billing") AdminApi billing) {}
  }

  @Test
  void an_unknown_entrypoint_names_the_entrypoints() {
    MisuseTest.assertTestFails(UnknownEntrypoint.class, ParameterResolutionException.class,
        "@WorkerRef(value = \"calc\", entrypoint = \"Billing\") on parameter [AdminApi billing] of method "
            + "UnknownEntrypoint.test(AdminApi) cannot be proxied: Worker \"calc\" exports no class \"Billing\" extending "
            + "WorkerEntrypoint; its entrypoints are [default, Admin]");
  }

  @MiniflareTest(workers = @Worker(name = "calc", script = CALC, vars = "TAG=t1", kvNamespaces = "KV"))
  static class UnknownWorker {
    @Test
    void test(@WorkerRef("billing") AdminApi billing) {}
  }

  @Test
  void an_unknown_worker_names_the_workers() {
    MisuseTest.assertTestFails(UnknownWorker.class, ParameterResolutionException.class,
        "@WorkerRef(\"billing\") on parameter [AdminApi billing] of method UnknownWorker.test(AdminApi) "
            + "names no worker of this instance; its workers are [calc]");
  }

  @MiniflareTest(workers = @Worker(name = "calc", script = CALC, vars = "TAG=t1", kvNamespaces = "KV"))
  static class ProxyOnClass {
    @Test
    void test(@WorkerRef("calc") Item calc) {}
  }

  @Test
  void a_proxy_needs_an_interface() {
    MisuseTest.assertTestFails(ProxyOnClass.class, ParameterResolutionException.class,
        "@WorkerRef(\"calc\") on parameter [Item calc] of method ProxyOnClass.test(Item) is only allowed on WorkerClient "
            + "parameters and on interfaces (typed RPC proxies); found class io.github.miniflare4j.junit.WorkerEntrypointsTest$Item");
  }

  @MiniflareTest(workers = @Worker(name = "calc", script = CALC, vars = "TAG=t1", kvNamespaces = "KV"))
  static class EntrypointOnClient {
    @Test
    void test(@WorkerRef(value = "calc", entrypoint = "Admin") WorkerClient calc) {}
  }

  @Test
  void an_entrypoint_on_a_client_is_refused() {
    MisuseTest.assertTestFails(EntrypointOnClient.class, ParameterResolutionException.class,
        "@WorkerRef(value = \"calc\", entrypoint = \"Admin\") on parameter [WorkerClient calc] of method "
            + "EntrypointOnClient.test(WorkerClient) names an entrypoint, but a WorkerClient sends requests to the worker's "
            + "fetch handler: drop entrypoint, or declare an interface of the entrypoint's RPC methods as the parameter type");
  }

  @MiniflareTest(workers = @Worker(name = "plain", script = "export default { fetch() { return new Response('x') } };"))
  static class NoRpcExport {
    @Test
    void test(@WorkerRef(value = "plain", entrypoint = "default") AdminApi api) {}
  }

  @Test
  void a_named_entrypoint_called_default_is_refused_when_no_class() {
    MisuseTest.assertTestFails(NoRpcExport.class, ParameterResolutionException.class,
        "@WorkerRef(value = \"plain\", entrypoint = \"default\") on parameter [AdminApi api] of method NoRpcExport.test(AdminApi) "
            + "cannot be proxied: Worker \"plain\" exports no class \"default\" extending WorkerEntrypoint; its entrypoints are [default]");
  }
}
