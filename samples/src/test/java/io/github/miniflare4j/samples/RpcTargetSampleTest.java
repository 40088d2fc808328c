package io.github.miniflare4j.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.RpcProperty;
import io.github.miniflare4j.junit.Worker;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.junit.WorkerRef;
import org.junit.jupiter.api.Test;

/**
 * An {@code RpcTarget} used from another worker and from Java: the cart service returns a cart
 * object that stays in its worker; the storefront worker and the test call it by reference.
 */
@MiniflareTest(workers = {
    @Worker(name = "storefront", scriptPath = "classpath:rpc-target/storefront.js", serviceBindings = "CARTS=carts"),
    @Worker(name = "carts", scriptPath = "classpath:rpc-target/cart.js")})
class RpcTargetSampleTest {

  /** The Java view of the Cart RpcTarget: methods, and getters marked {@link RpcProperty}. */
  interface Cart extends AutoCloseable {
    int add(String sku, int quantity);

    @RpcProperty
    int count();

    @RpcProperty
    String owner();

    @Override
    void close();
  }

  /** The cart service: openCart() returns a Cart, which arrives as a proxy of the interface. */
  interface CartService {
    Cart openCart(String owner);
  }

  @Test
  void java_uses_the_rpc_target_through_a_typed_proxy(@WorkerRef("carts") CartService carts) {
    Cart cart = carts.openCart("java");

    cart.add("pen", 2);
    assertThat(cart.add("pad", 1)).isEqualTo(3);
    assertThat(cart.count()).isEqualTo(3);
    assertThat(cart.owner()).isEqualTo("java");
  }

  @Test
  void a_closed_cart_stub_can_no_longer_be_used(@WorkerRef("carts") CartService carts) {
    Cart cart = carts.openCart("done");
    cart.close();

    assertThatThrownBy(() -> cart.add("pen", 1)).hasMessage("RPC stub used after being disposed.");
  }

  @Test
  void another_worker_uses_the_same_target_with_pipelining_and_a_callback(WorkerClient storefront) {
    assertThat(storefront.get("/").send()).hasStatus(200)
        .hasJsonBody("{\"count\": 3, \"receipt\": {\"owner\": \"web\", \"total\": 900}, \"quick\": 1}");
  }
}
