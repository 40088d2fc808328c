// HTMLRewriter as workerd has it: the class is here; its implementation (html-rewriter-impl.js,
// over Java's io.github.miniflare4j.htmlrewriter) is loaded on the first method called.

// @imports defineGlobal, lazyModule, illegalInvocation, newOnly from core.js
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
  /** Whether `o` is one of this class's objects: the receiver check of every member. */
  static #is(o) { return typeof o === "object" && o !== null && #registrations in o; }
  #registrations = [];
  constructor() {}
  on(selector = undefined, handlers) {
    if (!HTMLRewriter.#is(this)) throw illegalInvocation();
    lazyModule("html-rewriter-impl.js").readOn(selector, handlers, (r) => this.#registrations.push(r));
    return this;
  }
  onDocument(handlers = undefined) {
    if (!HTMLRewriter.#is(this)) throw illegalInvocation();
    lazyModule("html-rewriter-impl.js").readOnDocument(handlers, (r) => this.#registrations.push(r));
    return this;
  }
  transform(response = undefined) {
    if (!HTMLRewriter.#is(this)) throw illegalInvocation();
    return lazyModule("html-rewriter-impl.js").transform(response, () => this.#registrations);
  }
}
constructorLast(HTMLRewriter);
Object.defineProperty(HTMLRewriter.prototype, Symbol.toStringTag, { value: "HTMLRewriter", configurable: true });

defineGlobal("HTMLRewriter", newOnly(HTMLRewriter, "HTMLRewriter"));
