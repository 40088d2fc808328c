// A Hyperdrive binding: connection details as workerd shows them (own enumerable, read-only but
// configurable properties, a host of the binding's own, the scheme's port; an enumerable connect()
// on the prototype; recorded: hyperdrive-*), and connect() through cloudflare:sockets, where the
// binding's host:port stands for the local database.
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
  Object.defineProperty(Hyperdrive.prototype, "connect", { enumerable: true });
  Object.defineProperty(Hyperdrive.prototype, Symbol.toStringTag, { value: "Hyperdrive" });
  const readOnly = (value) => ({ value, enumerable: true, configurable: true, writable: false });
  return (host) => {
    const binding = Object.create(Hyperdrive.prototype);
    const info = {
      connectionString: host.connectionString(), port: host.port(), host: host.host(),
      password: host.password(), user: host.user(), database: host.database(),
    };
    for (const [name, value] of Object.entries(info)) Object.defineProperty(binding, name, readOnly(value));
    targets.set(binding, info);
    internals.builtinModule("cloudflare:sockets");
    internals.socketRoute(info.host, info.port, { hostname: host.targetHost(), port: host.targetPort() });
    return binding;
  };
})
