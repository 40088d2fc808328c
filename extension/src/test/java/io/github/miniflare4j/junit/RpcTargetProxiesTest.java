package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Typed proxies beyond method calls: {@link RpcProperty} reads, and {@code RpcTarget} results
 * as Java proxies of an interface, on entrypoints and Durable Objects.
 */
class RpcTargetProxiesTest {

  static final String SHOP = """
      import { WorkerEntrypoint, RpcTarget, DurableObject } from "cloudflare:workers";
      class Cart extends RpcTarget {
        #items = [];
        #owner;
        constructor(owner) { super(); this.#owner = owner; }
        add(item) { this.#items.push(item); return this.#items.length; }
        get size() { return this.#items.length; }
        get owner() { return this.#owner; }
      }
      export class Store extends DurableObject {
        get city() { return "store " + this.ctx.id.name; }
        openCart(owner) { return new Cart(owner); }
      }
      export default class extends WorkerEntrypoint {
        get version() { return "1.2"; }
        openCart(owner) { return new Cart(owner); }
        async count(cart) { return await cart.size; }
      }
      """;

  /** A Java view of the Cart RpcTarget. */
  interface Cart extends AutoCloseable {
    int add(String item);

    @RpcProperty
    int size();

    @RpcProperty("owner")
    String ownerName();

    @Override
    void close();
  }

  interface ShopApi {
    @RpcProperty
    String version();

    Cart openCart(String owner);

    int count(Cart cart);
  }

  interface StoreApi {
    @RpcProperty
    String city();

    Cart openCart(String owner);
  }

  @MiniflareTest(workers = @Worker(name = "shop", script = SHOP, durableObjects = "STORE=Store"))
  static class Targets {
    @Test
    void a_property_method_reads_the_getter(@WorkerRef("shop") ShopApi shop) {
      assertThat(shop.version()).isEqualTo("1.2");
    }

    @Test
    void an_rpc_target_result_is_a_proxy_of_the_declared_interface(@WorkerRef("shop") ShopApi shop) {
      Cart cart = shop.openCart("ann");

      assertThat(cart.add("pen")).isEqualTo(1);
      assertThat(cart.add("ink")).isEqualTo(2);
      assertThat(cart.size()).isEqualTo(2);
      assertThat(cart.ownerName()).isEqualTo("ann");
    }

    @Test
    void a_target_proxy_passed_back_moves_to_the_callee(@WorkerRef("shop") ShopApi shop) {
      Cart cart = shop.openCart("bob");
      cart.add("pen");

      assertThat(shop.count(cart)).isEqualTo(1);
      assertThatThrownBy(cart::size).hasMessage("RPC stub used after being disposed.");
    }

    @Test
    void closing_a_target_proxy_disposes_its_stub(@WorkerRef("shop") ShopApi shop) {
      Cart cart = shop.openCart("cy");
      cart.close();

      assertThatThrownBy(() -> cart.add("pen")).hasMessage("RPC stub used after being disposed.");
    }

    @Test
    void durable_object_proxies_read_properties_and_return_targets(@DurableObjectRef(binding = "STORE", name = "paris") StoreApi store) {
      assertThat(store.city()).isEqualTo("store paris");
      assertThat(store.openCart("dee").add("map")).isEqualTo(1);
    }
  }

  @Test
  void rpc_targets_and_properties_work_through_typed_proxies() {
    Fixtures.assertAllSucceeded(Fixtures.run(Targets.class), 5);
  }
}
