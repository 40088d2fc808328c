package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.assertj.MiniflareAssertions;

import io.github.miniflare4j.durable.DurableObjectNamespace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** Durable Object namespaces and typed RPC proxies as parameters, and their reset between tests. */
class DurableObjectsTest {

  static final String COUNTER = """
      import { DurableObject } from "cloudflare:workers";
      export class Counter extends DurableObject {
        async increment(by = 1) {
          const value = ((await this.ctx.storage.get("value")) ?? 0) + by;
          await this.ctx.storage.put("value", value);
          return value;
        }
        async value() { return (await this.ctx.storage.get("value")) ?? 0; }
        async describe(item) { return { label: item.name + " x" + item.count, tags: ["a", "b"] }; }
      }
      export default {
        async fetch(request, env) {
          const name = new URL(request.url).pathname.slice(1) || "default";
          return Response.json({ value: await env.COUNTER.getByName(name).increment() });
        }
      };
      """;

  /** The Java view of the Counter's RPC methods. */
  interface Counter {
    int increment(int by);

    int value();

    Description describe(Item item);
  }

  /** The same object without waiting. */
  interface AsyncCounter {
    java.util.concurrent.CompletableFuture<Integer> increment(int by);
  }

  record Item(String name, int count) {}

  record Description(String label, java.util.List<String> tags) {}

  @MiniflareTest(workers = @Worker(name = "app", script = COUNTER, durableObjects = "COUNTER=Counter"))
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class Counters {
    @BeforeAll
    static void seed(@DurableObjectRef(binding = "COUNTER", name = "seeded") Counter seeded) {
      seeded.increment(10);
    }

    @Test
    @Order(1)
    void proxies_call_rpc_methods_with_jackson_conversion(@DurableObjectRef(binding = "COUNTER", name = "likes") Counter likes) {
      assertThat(likes.increment(2)).isEqualTo(2);
      assertThat(likes.increment(3)).isEqualTo(5);
      assertThat(likes.describe(new Item("pen", 3))).isEqualTo(new Description("pen x3", java.util.List.of("a", "b")));
    }

    @Test
    @Order(2)
    void the_next_test_starts_from_the_baseline(
        @DurableObjectRef(binding = "COUNTER", name = "likes") Counter likes,
        @DurableObjectRef(binding = "COUNTER", name = "seeded") Counter seeded) {
      assertThat(likes.value()).isZero();
      assertThat(seeded.value()).isEqualTo(10);
    }

    @Test
    @Order(4)
    void storage_assertions_compare_values_structurally(DurableObjectNamespace counters, WorkerClient app) {
      app.fetch("/views");
      app.fetch("/views");
      var storage = counters.storage(counters.idFromName("views"));

      MiniflareAssertions.assertThat(storage).containsEntry("value", 2).hasSize(1).hasNoAlarm().doesNotContainKey("other");
      MiniflareAssertions.assertThat(storage).keys().containsExactly("value");
      assertThatThrownBy(() -> MiniflareAssertions.assertThat(storage).containsEntry("value", 3))
          .hasMessageContaining("to map key:%n  value%nto:%n  3%nbut it maps to:%n  2.0".formatted());
      assertThatThrownBy(() -> MiniflareAssertions.assertThat(storage).containsKey("other"))
          .hasMessageContaining("to contain key:%n  other%nbut its keys are:%n  [value]".formatted());
    }

    @Test
    @Order(5)
    void future_methods_of_a_durable_object_proxy_do_not_wait(@DurableObjectRef(binding = "COUNTER", name = "async") AsyncCounter counter)
        throws Exception {
      assertThat(counter.increment(4).get()).isEqualTo(4);
    }

    @Test
    @Order(3)
    void the_namespace_is_injected(DurableObjectNamespace counters, @Binding("COUNTER") DurableObjectNamespace same, WorkerClient app) {
      app.fetch("/views");
      assertThat(counters.storage(counters.idFromName("views")).get("value")).isEqualTo(1.0);
      assertThat(same.className()).isEqualTo("Counter");
    }
  }

  @Test
  void durable_objects_are_injected_and_reset_between_tests() {
    Fixtures.assertAllSucceeded(Fixtures.run(Counters.class), 5);
  }

  /** Where {@link PersistedCounters} keeps its objects; created by the test that runs it. */
  static java.nio.file.Path persistDirectory;

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PersistedCounters {
    @org.junit.jupiter.api.extension.RegisterExtension
    static MiniflareExtension miniflare = MiniflareExtension.builder()
        .options(b -> b.worker(io.github.miniflare4j.WorkerOptions.builder().name("app").script(COUNTER)
                .durableObject("COUNTER", "Counter"))
            .durableObjectsPersist(persistDirectory))
        .build();

    @BeforeAll
    static void seed(@DurableObjectRef(binding = "COUNTER", name = "seeded") Counter seeded) {
      seeded.increment(10);
    }

    @Test
    @Order(1)
    void writes(@DurableObjectRef(binding = "COUNTER", name = "seeded") Counter seeded,
        @DurableObjectRef(binding = "COUNTER", name = "fresh") Counter fresh) {
      assertThat(seeded.increment(5)).isEqualTo(15);
      assertThat(fresh.increment(1)).isEqualTo(1);
    }

    @Test
    @Order(2)
    void the_next_test_sees_the_class_baseline(@DurableObjectRef(binding = "COUNTER", name = "seeded") Counter seeded,
        @DurableObjectRef(binding = "COUNTER", name = "fresh") Counter fresh) {
      assertThat(seeded.value()).isEqualTo(10);
      assertThat(fresh.value()).isZero();
    }
  }

  @Test
  void persisted_durable_objects_go_back_to_the_class_baseline(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    persistDirectory = dir;
    Fixtures.assertAllSucceeded(Fixtures.run(PersistedCounters.class), 2);
    assertThat(dir.resolve("app-Counter")).isDirectoryContaining("glob:**.sqlite");
  }

  @MiniflareTest(workers = @Worker(name = "app", script = COUNTER, durableObjects = "COUNTER=Counter"))
  static class UnknownBinding {
    @Test
    void test(@Binding("TIMERS") DurableObjectNamespace timers) {}
  }

  @Test
  void an_unknown_binding_lists_the_bindings() {
    MisuseTest.assertTestFails(UnknownBinding.class, ParameterResolutionException.class,
        "Parameter [DurableObjectNamespace timers] of method UnknownBinding.test(DurableObjectNamespace) names binding \"TIMERS\", "
            + "but worker \"app\" binds only [COUNTER]");
  }

  @MiniflareTest(workers = @Worker(name = "app", script = COUNTER, durableObjects = "COUNTER=Counter"))
  static class ProxyOnClass {
    @Test
    void test(@DurableObjectRef(binding = "COUNTER", name = "x") String counter) {}
  }

  @Test
  void a_proxy_needs_an_interface() {
    MisuseTest.assertTestFails(ProxyOnClass.class, ParameterResolutionException.class,
        "@DurableObjectRef on parameter [String counter] of method ProxyOnClass.test(String) "
            + "needs an interface whose methods name the object's RPC methods; found class java.lang.String");
  }
}
