// HTMLRewriter as workerd has it: the class is here; its implementation (html-rewriter-impl.js,
// over Java's io.github.miniflare4j.htmlrewriter) is loaded on the first method called.

// @imports defineGlobal, lazyModule, guardReceivers, newOnly from core.js
// @exports constructorLast

/**
 * Moves `constructor` after the methods, the order in which workerd's prototypes list them.
 * (workerd puts the tokens' properties, such as `tagName`, on each instance; here they are
 * prototype accessors, which costs a fraction per token in the interpreter.)
 */
function constructorLast(cls) {
  delete cls.prototype.constructor;
  Object.defineProperty(cls.prototype, "constructor", { value: cls, writable: true, configurable: true, enumerable: false });
}

class HTMLRewriter {
  #registrations = [];
  constructor() {}
  on(selector, handlers) {
    lazyModule("html-rewriter-impl.js").readOn(selector, handlers, (r) => this.#registrations.push(r));
    return this;
  }
  onDocument(handlers) {
    lazyModule("html-rewriter-impl.js").readOnDocument(handlers, (r) => this.#registrations.push(r));
    return this;
  }
  transform(response) {
    return lazyModule("html-rewriter-impl.js").transform(response, () => this.#registrations);
  }
  static { guardReceivers(this, (o) => typeof o === "object" && o !== null && #registrations in o); }
}
constructorLast(HTMLRewriter);
Object.defineProperty(HTMLRewriter.prototype, Symbol.toStringTag, { value: "HTMLRewriter", configurable: true });

defineGlobal("HTMLRewriter", newOnly(HTMLRewriter, "HTMLRewriter"));
