// A Secrets Store secret binding: get() resolves the value set from Java, or fails as Miniflare
// does when the store has none (recorded). Its prototype is a Fetcher's, as in workerd.
(function (internals) {
  const hosts = new WeakMap();
  class SecretsStoreSecret {
    async fetch() { throw new Error("Secrets Store bindings only support get()"); }
    connect() { throw new Error("Secrets Store bindings only support get()"); }
  }
  Object.defineProperty(SecretsStoreSecret.prototype, Symbol.toStringTag, { value: "Fetcher", configurable: true });
  // get() is an RPC method of workerd's Fetcher, reached through the stub, not on its prototype
  async function get() {
    const host = hosts.get(this);
    if (host === undefined) throw new TypeError("Illegal invocation");
    const value = host.value();
    if (value === null || value === undefined) throw new Error(`Secret "${host.secretName()}" not found`);
    return value;
  }
  return (host) => {
    const target = Object.create(SecretsStoreSecret.prototype);
    const binding = new Proxy(target, {
      get(object, property, receiver) { return property === "get" ? get : Reflect.get(object, property, receiver); },
    });
    hosts.set(binding, host);
    return binding;
  };
})
