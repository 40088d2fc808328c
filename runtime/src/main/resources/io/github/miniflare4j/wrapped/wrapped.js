// Wrapped bindings: env.NAME is what the wrapped worker's exported function returns, called once
// when this worker starts with an env of its inner bindings. Bindings of the same wrapped worker
// share one evaluation of its module per worker.
(function (internals) {
  const namespaces = new Map();
  return (host, name) => {
    const script = host.script();
    let namespace = namespaces.get(script);
    if (namespace === undefined) {
      namespace = host.evaluate();
      namespaces.set(script, namespace);
    }
    const entrypoint = host.entrypoint() ?? "default";
    const fn = namespace[entrypoint];
    if (typeof fn !== "function") {
      throw new Error("Entrypoint \"" + entrypoint + "\" of wrapped binding \"" + name + "\" (worker \"" + script + "\") is not a function.");
    }
    return fn.call(globalThis, host.env());
  };
})
