// A dispatch namespace: get(script) gives a stub, as in Miniflare, whose every call rejects, since
// Miniflare only proxies namespaces to Cloudflare (recorded: dispatch-namespace-local).
(function (internals) {
  const names = new WeakMap();
  class DispatchNamespace {
    constructor() { throw new TypeError("Illegal constructor"); }
    get(name, args, options) {
      const bindingName = names.get(this);
      if (bindingName === undefined) throw internals.illegalInvocation();
      const remoteOnly = () => Promise.reject(new Error(`Binding ${bindingName} needs to be run remotely`));
      return new Proxy(function () {}, {
        get(target, property) {
          if (property === "then" || typeof property === "symbol") return undefined;
          return remoteOnly;
        },
        apply: remoteOnly,
      });
    }
  }
  return (bindingName) => {
    const namespace = Object.create(DispatchNamespace.prototype);
    names.set(namespace, bindingName);
    return namespace;
  };
})
