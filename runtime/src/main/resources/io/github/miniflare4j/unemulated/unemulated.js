// A binding of a kind miniflare4j does not emulate: every use throws an Error that names the
// kind and the binding (the message comes from Java). `then` reads undefined so that returning
// `env` from an async function or awaiting the binding does not throw by itself.
(function (internals) {
  return function unemulatedBinding(message) {
    const fail = () => { throw new Error(message); };
    return new Proxy(function () {}, {
      get(target, property) {
        if (property === "then" || typeof property === "symbol") return undefined;
        fail();
      },
      has: fail, set: fail, apply: fail, construct: fail, ownKeys: fail, deleteProperty: fail,
      defineProperty: fail, getOwnPropertyDescriptor: fail,
    });
  };
})
