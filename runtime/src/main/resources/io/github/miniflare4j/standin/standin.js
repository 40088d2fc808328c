// A binding answered by Java: every method call (env.AI.run(...), env.INDEX.query(...)) becomes
// a promise of the Java handler's JSON result. Arguments cross as JSON.
(function (internals) {
  return function standIn(host, name) {
    const call = (method) => (...args) => new Promise((resolve, reject) => host.call(method, JSON.stringify(args),
      (json) => resolve(JSON.parse(json)),
      (errorName, message, stack) => reject(internals.reviveError(errorName, message, stack))));
    return new Proxy({}, {
      get(target, property) {
        if (typeof property === "symbol" || property === "then") return undefined;
        return call(property);
      },
    });
  };
})
