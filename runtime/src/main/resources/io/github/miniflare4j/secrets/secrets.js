// A Secrets Store secret binding: get() resolves the value set from Java, or fails as Miniflare
// does when the store has none (recorded). Its prototype is a Fetcher's, as in workerd.
(function (internals) {
  const hosts = new WeakMap();
  class SecretsStoreSecret {
    async fetch() { throw new Error("Secrets Store bindings only support get()"); }
    connect() { throw new Error("Secrets Store bindings only support get()"); }
  }
  Object.defineProperty(SecretsStoreSecret.prototype, "get", {
    value: async function get() {
      const host = hosts.get(this);
      if (host === undefined) throw new TypeError("Illegal invocation");
      const value = host.value();
      if (value === null || value === undefined) throw new Error(`Secret "${host.secretName()}" not found`);
      return value;
    },
    enumerable: false, writable: true, configurable: true,
  });
  return (host) => {
    const binding = Object.create(SecretsStoreSecret.prototype);
    hosts.set(binding, host);
    return binding;
  };
})
