package io.github.miniflare4j.junit;

import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.ModuleExports;
import io.github.miniflare4j.WorkerArgument;
import io.github.miniflare4j.kv.KvNamespace;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** {@code @ModulePath} parameters: a worker module's exports, called as a unit test calls them. */
@MiniflareTest(config = "classpath:wrangler/shop/wrangler.toml")
class ModulePathTest {

  @Test
  void calls_a_typescript_modules_exports(@ModulePath("src/cart") ModuleExports cart) {
    assertThat(cart.call("total", List.of(2, 3.5))).isEqualTo(5.5);
    assertThat(cart.get("CURRENCY")).isEqualTo("EUR");
  }

  @Test
  void passes_env_and_shares_module_state_with_the_worker(
      @ModulePath("src/cart.ts") ModuleExports cart, WorkerClient client, @Binding("ORDERS") KvNamespace orders) {
    assertThat(cart.call("placeOrder", WorkerArgument.ENV, List.of(4))).isEqualTo("order-1");
    assertThat(client.post("/").body("[1, 2]").send().text()).contains("\"id\":\"order-2\"");
    assertThat(orders.get("order-1")).isEqualTo("[4]");
  }

  @Test
  void module_state_starts_fresh_in_each_test(@ModulePath("src/cart") ModuleExports cart) {
    assertThat(cart.call("placeOrder", WorkerArgument.ENV, List.of())).isEqualTo("order-1");
  }

  /** The module's exports as Java sees them; conversions as for typed RPC proxies. */
  interface Cart {
    double total(List<Integer> prices);

    @RpcProperty("CURRENCY")
    String currency();

    String placeOrder(WorkerArgument env, List<Integer> prices);
  }

  @Test
  void an_interface_calls_the_exports_of_the_same_names(@ModulePath("src/cart") Cart cart, @Binding("ORDERS") KvNamespace orders) {
    assertThat(cart.total(List.of(1, 2, 3))).isEqualTo(6.0);
    assertThat(cart.currency()).isEqualTo("EUR");
    assertThat(cart.placeOrder(WorkerArgument.ENV, List.of(7))).isEqualTo("order-1");
    assertThat(orders.get("order-1")).isEqualTo("[7]");
  }

  @MiniflareTest(config = "classpath:wrangler/shop/wrangler.toml")
  static class MissingModule {
    @Test
    void test(@ModulePath("src/basket") ModuleExports basket) {}
  }

  @MiniflareTest(config = "classpath:wrangler/shop/wrangler.toml")
  static class WithoutPath {
    @Test
    void test(ModuleExports cart) {}
  }

  static void assertTestFails(Class<?> fixture, Class<? extends Throwable> type, Predicate<String> expected) {
    Fixtures.run(fixture).testEvents().assertThatEvents()
        .haveExactly(1, event(finishedWithFailure(instanceOf(type), message(expected))));
  }

  @Nested
  class Misuse {
    @Test
    void a_missing_module_names_the_path() {
      assertTestFails(MissingModule.class, ParameterResolutionException.class,
          m -> m.startsWith("@ModulePath(\"src/basket\") on parameter [ModuleExports basket] of method MissingModule.test(ModuleExports) "
              + "cannot be imported: Worker \"shop\" has no module \"src/basket\""));
    }

    @Test
    void module_exports_need_a_path() {
      assertTestFails(WithoutPath.class, ParameterResolutionException.class,
          m -> m.contains("a ModuleExports parameter needs @ModulePath"));
    }
  }
}
