// A dispatch namespace: get(script) gives a stub, as in Miniflare, whose every call rejects, since
// Miniflare only proxies namespaces to Cloudflare (recorded: dispatch-namespace-local). The binding
// is a plain object with an own enumerable get (Object.keys lists it, JSON.stringify gives "{}";
// recorded: httperr-dispatch-namespace-shape-and-calls).
(function (internals) {
  return (host, bindingName) => {
    const remoteOnly = () => Promise.reject(new Error(`Binding ${bindingName} needs to be run remotely`));
    return {
      get(name, args, options) {
        return new Proxy(function () {}, {
          get(target, property) {
            if (property === "then" || typeof property === "symbol") return undefined;
            return remoteOnly;
          },
          apply: remoteOnly,
        });
      },
    };
  };
})
