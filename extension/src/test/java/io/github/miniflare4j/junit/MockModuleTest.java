package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.miniflare4j.ModuleExports;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** {@code @MockModule}: a worker module replaced by test code for the class, as {@code vi.mock} does. */
@MiniflareTest(config = "classpath:wrangler/shop/wrangler.toml")
@MockModule(value = "src/cart", resource = "classpath:mocks/cart.ts")
class MockModuleTest {

  @Test
  void the_worker_imports_the_mock(WorkerClient client) {
    assertThat(client.post("/").body("[1, 2, 3]").send().text()).isEqualTo("{\"id\":\"order-from-mock\",\"total\":-3}");
  }

  @Test
  void java_imports_the_mock_too(@ModulePath("src/cart.ts") ModuleExports cart) {
    assertThat(cart.get("CURRENCY")).isEqualTo("XTS");
  }

  @MiniflareTest(config = "classpath:wrangler/shop/wrangler.toml")
  @MockModule(value = "src/cart", source = "export const total = () => 0;", resource = "classpath:mocks/cart.ts")
  static class BothSourceAndResource {
    @Test
    void test() {}
  }

  @MiniflareTest(config = "classpath:wrangler/shop/wrangler.toml")
  @MockModule(value = "src/cart", source = "export const total = () => 0;", worker = "billing")
  static class UnknownWorker {
    @Test
    void test() {}
  }

  @Nested
  class Misuse {
    @Test
    void source_and_resource_together_are_refused() {
      Fixtures.run(BothSourceAndResource.class).containerEvents().assertThatEvents()
          .haveExactly(1, event(finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(
              "@MockModule(\"src/cart\") on io.github.miniflare4j.junit.MockModuleTest$BothSourceAndResource must set exactly one "
                  + "of source (the mock's code) and resource (a file holding it)"))));
    }

    @Test
    void a_mock_for_an_unknown_worker_names_the_workers() {
      Fixtures.run(UnknownWorker.class).containerEvents().assertThatEvents()
          .haveExactly(1, event(finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(
              "@MockModule(\"src/cart\") on io.github.miniflare4j.junit.MockModuleTest$UnknownWorker names no worker of the class; "
                  + "its workers are [shop]"))));
    }
  }
}
