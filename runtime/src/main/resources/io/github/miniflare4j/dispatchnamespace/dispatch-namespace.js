// A dispatch namespace as Miniflare wraps it: a plain object with an own enumerable get (Object.keys
// lists it, JSON.stringify gives "{}"; recorded: httperr-dispatch-namespace-shape-and-calls) that
// asks a proxy client, whose get() is an RPC call: its result is an RPC promise (a callable whose
// tag is JsRpcPromise), every member of which rejects, since Miniflare only proxies namespaces to
// Cloudflare (recorded: dispatch-namespace-local, svc25-dispatch-namespace-argument-checks).
(function (internals) {
  // Miniflare's wrapper (workerd's structuredClone quotes this method's text; here a binding's
  // functions print as native code, so that message differs)
  const wrapped = (env) => ({
    get(name, args, options) {
      return env.proxyClient.get(name, args, options);
    },
  });

  const remoteOnlyClient = (bindingName) => {
    // an RPC promise that rejects when awaited: callable, and every member (a pipelined call or
    // property) is another such promise (recorded: typeof stub.connect("a:1") is "function")
    const rejecting = () => {
      const rejected = Promise.reject(new Error(`Binding ${bindingName} needs to be run remotely`));
      rejected.catch(() => {}); // RPC promises are lazy: one never awaited reports nothing
      return new Proxy(function () {}, {
        get(target, property) {
          if (property === "then" || property === "catch" || property === "finally") return rejected[property].bind(rejected);
          if (property === Symbol.toStringTag) return "JsRpcPromise";
          if (typeof property === "symbol") return undefined;
          return rejecting();
        },
        apply: () => rejecting(),
      });
    };
    // get() itself is a call of the proxy client: a new RPC promise each time
    const stub = () => new Proxy(function () {}, {
      get(target, property) {
        if (property === Symbol.toStringTag) return "JsRpcPromise";
        if (property === "then" || typeof property === "symbol") return undefined;
        return rejecting();
      },
      apply: () => rejecting(),
    });
    return { get: stub };
  };

  return (host, bindingName) => wrapped({ proxyClient: remoteOnlyClient(bindingName) });
})
