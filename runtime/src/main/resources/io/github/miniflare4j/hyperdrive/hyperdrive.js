// A Hyperdrive binding: connection details as workerd shows them (own enumerable properties, a
// host of the binding's own, the scheme's port; recorded: hyperdrive-*), and connect() through
// cloudflare:sockets, where the binding's host:port stands for the local database.
(function (internals) {
  const targets = new WeakMap();
  class Hyperdrive {
    constructor() { throw new TypeError("Illegal constructor"); }
    connect() {
      const binding = targets.get(this);
      if (binding === undefined) throw internals.illegalInvocation();
      return internals.builtinModule("cloudflare:sockets").connect({ hostname: binding.host, port: binding.port });
    }
  }
  return (host) => {
    const binding = Object.create(Hyperdrive.prototype);
    const info = {
      connectionString: host.connectionString(), port: host.port(), host: host.host(),
      password: host.password(), user: host.user(), database: host.database(),
    };
    Object.assign(binding, info);
    targets.set(binding, info);
    internals.builtinModule("cloudflare:sockets");
    internals.socketRoute(info.host, info.port, { hostname: host.targetHost(), port: host.targetPort() });
    return binding;
  };
})
