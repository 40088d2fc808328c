// A Pipelines binding: send(records) resolves undefined whatever it is given, as in Miniflare
// (recorded); an array of JSON-serializable records is kept in Java for assertions. Its
// prototype is a Fetcher's, as in workerd, with send reached through the stub.
(function (internals) {
  const hosts = new WeakMap();
  class Pipeline {
    async fetch() { throw new Error("Pipelines bindings only support send()"); }
    connect() { throw new Error("Pipelines bindings only support send()"); }
  }
  async function send(records) {
    const host = hosts.get(this);
    if (host === undefined) throw internals.illegalInvocation();
    if (Array.isArray(records)) host.send(JSON.stringify(records));
    return undefined;
  }
  return (host) => {
    const binding = new Proxy(Object.create(Pipeline.prototype), {
      get(object, property, receiver) { return property === "send" ? send : Reflect.get(object, property, receiver); },
    });
    hosts.set(binding, host);
    return binding;
  };
})
