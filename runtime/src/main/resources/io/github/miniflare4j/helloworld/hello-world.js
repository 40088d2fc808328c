// Miniflare's hello-world demo binding: a service binding to an entrypoint with get() and set(),
// here a Fetcher-like object (recorded: "[object Fetcher]", no own keys) whose other members are
// RPC methods the entrypoint lacks.
(function (internals) {
  const hosts = new WeakMap();
  class HelloWorldBinding {}
  Object.defineProperty(HelloWorldBinding.prototype, Symbol.toStringTag, { value: "Fetcher", configurable: true });
  const methods = {
    async get() {
      const host = hosts.get(this);
      const text = host.serialized();
      const result = { value: text == null ? "" : internals.cloneDeserialize(text) };
      if (host.timer()) result.ms = 100;
      return result;
    },
    async set(value) {
      // the value goes through RPC, then a Durable Object's storage.put (its message, recorded)
      if (value === undefined) throw new TypeError("put() called with undefined value.");
      hosts.get(this).store(internals.cloneSerialize(value));
    },
    async fetch() {
      throw new Error("Handler does not export a fetch() function.");
    },
  };
  const missing = (name) => async function () {
    throw new TypeError(`The RPC receiver does not implement the method "${name}".`);
  };
  return (host) => {
    const binding = new Proxy(Object.create(HelloWorldBinding.prototype), {
      get(target, property, receiver) {
        if (typeof property === "symbol" || property === "then") return Reflect.get(target, property, receiver);
        return Object.prototype.hasOwnProperty.call(methods, property) ? methods[property] : missing(property);
      },
    });
    hosts.set(binding, host);
    return binding;
  };
})
