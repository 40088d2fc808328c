package io.github.miniflare4j.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.Worker;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.junit.WorkerRef;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A pricing worker exposing RPC methods on a {@code WorkerEntrypoint}, called by a checkout
 * worker through a service binding, and by the test itself through typed Java proxies: the
 * interface below is the test's view of the worker's API.
 */
@MiniflareTest(workers = {
    @Worker(name = "checkout", scriptPath = "classpath:entrypoint-rpc/checkout.js", serviceBindings = "PRICING=pricing"),
    @Worker(name = "pricing", scriptPath = "classpath:entrypoint-rpc/pricing.js",
        kvNamespaces = "PRICES", vars = "CURRENCY=EUR")})
class EntrypointRpcSampleTest {

  /** The default export's quote(), waiting for the result. Only the methods we call are declared. */
  interface PricingApi {
    Quote quote(Order order);
  }

  /** The same RPC method without waiting: a CompletableFuture return type. */
  interface AsyncPricingApi {
    CompletableFuture<Quote> quote(Order order);
  }

  /** The named entrypoint {@code Admin}. */
  interface PricingAdmin {
    void setPrice(String sku, int cents);
  }

  record Item(String sku, int quantity) {}

  record Order(List<Item> items, String coupon) {}

  record Quote(int total, int discount, String currency) {}

  @BeforeAll
  static void prices(@WorkerRef(value = "pricing", entrypoint = "Admin") PricingAdmin admin) {
    admin.setPrice("pen", 250);
    admin.setPrice("pad", 400);
  }

  @Test
  void java_calls_the_rpc_method_with_records(@WorkerRef("pricing") PricingApi pricing) {
    Quote quote = pricing.quote(new Order(List.of(new Item("pen", 2), new Item("pad", 1)), null));

    assertThat(quote).isEqualTo(new Quote(900, 0, "EUR"));
  }

  @Test
  void calls_can_run_concurrently(@WorkerRef("pricing") AsyncPricingApi pricing) {
    CompletableFuture<Quote> pens = pricing.quote(new Order(List.of(new Item("pen", 1)), null));
    CompletableFuture<Quote> pads = pricing.quote(new Order(List.of(new Item("pad", 1)), null));

    assertThat(pens.join().total() + pads.join().total()).isEqualTo(650);
  }

  @Test
  void the_coupon_takes_ten_percent_off(@WorkerRef("pricing") PricingApi pricing) {
    assertThat(pricing.quote(new Order(List.of(new Item("pad", 5)), "WELCOME10")))
        .isEqualTo(new Quote(1800, 200, "EUR"));
  }

  @Test
  void a_thrown_js_error_keeps_its_name_and_message(@WorkerRef("pricing") PricingApi pricing) {
    assertThatThrownBy(() -> pricing.quote(new Order(List.of(new Item("ink", 1)), null)))
        .isInstanceOfSatisfying(WorkerException.class, e -> {
          assertThat(e.errorName()).isEqualTo("TypeError");
          assertThat(e.errorMessage()).isEqualTo("unknown sku ink");
        });
  }

  @Test
  void the_checkout_worker_reaches_the_same_api_through_its_binding(WorkerClient checkout) {
    Map<String, Object> order = Map.of("items", List.of(Map.of("sku", "pen", "quantity", 4)));

    assertThat(checkout.post("/").json(order).send()).hasStatus(200)
        .hasJsonBody("{\"total\": 1000, \"discount\": 0, \"currency\": \"EUR\"}");
    assertThat(checkout.post("/").json(Map.of("items", List.of())).send()).hasStatus(422)
        .hasJsonBody("{\"error\": \"RangeError\", \"message\": \"an order needs at least one item\"}");
  }

  @Test
  void price_changes_in_one_test_do_not_leak_into_the_next(
      @WorkerRef(value = "pricing", entrypoint = "Admin") PricingAdmin admin, @WorkerRef("pricing") PricingApi pricing) {
    admin.setPrice("pen", 1);

    assertThat(pricing.quote(new Order(List.of(new Item("pen", 1)), null)).total()).isEqualTo(1);
  }
}
