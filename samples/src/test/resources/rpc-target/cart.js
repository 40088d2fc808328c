// A cart service: openCart() returns an RpcTarget, an object that stays in this worker and is
// used by reference. Callers (another worker, or Java) call its methods and read its getters
// through a stub; its state lives here between their calls.
import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";

class Cart extends RpcTarget {
  #owner;
  #lines = new Map();

  constructor(owner) {
    super();
    this.#owner = owner;
  }

  add(sku, quantity = 1) {
    this.#lines.set(sku, (this.#lines.get(sku) ?? 0) + quantity);
    return this.count;
  }

  // a getter: `await cart.count` in a worker, @RpcProperty in Java
  get count() {
    let n = 0;
    for (const quantity of this.#lines.values()) n += quantity;
    return n;
  }

  get owner() {
    return this.#owner;
  }

  // the caller passes a function: it is called back in the caller's worker
  async checkout(priceOf) {
    let total = 0;
    for (const [sku, quantity] of this.#lines) total += (await priceOf(sku)) * quantity;
    return { owner: this.#owner, total };
  }
}

export default class CartService extends WorkerEntrypoint {
  openCart(owner) {
    return new Cart(owner);
  }
}
