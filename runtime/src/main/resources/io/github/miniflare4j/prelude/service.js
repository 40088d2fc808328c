// Fetcher: a service binding's JavaScript face.

// @imports remotePromise from core.js
// @imports URL from url.js
// @imports Request from request.js
// @imports responseFromHost from response.js
// @imports fetchFollowingRedirects from fetch.js
// @imports later RpcStubState, rpcIllegalConstructor, rpcStubMember from rpc.js
// @exports Fetcher

class Fetcher {
  #host;
  constructor(hostObject) { this.#host = hostObject; }
  // a plain function returning a promise, as workerd's native method (an async function would
  // also cost two more turns of the microtask queue adopting the promise it returns)
  fetch(input, init = undefined) {
    let request, host;
    try {
      host = this.#host;
      if (input === undefined || (typeof input !== "string" && !(input instanceof Request) && !(input instanceof URL))) {
        throw new TypeError("Failed to execute 'fetch' on 'Fetcher': parameter 1 is not of type 'Request or string'.");
      }
      request = new Request(input, init);
    } catch (error) {
      return Promise.reject(error);
    }
    // redirects are followed through the binding itself, as workerd does
    return fetchFollowingRedirects(request, (current, data) =>
      remotePromise((resolve, reject) => host.fetch(data, resolve, reject)).then((answer) => responseFromHost(answer, current.url)));
  }
  connect() {
    throw new Error("connect() is not supported by miniflare4j service bindings.");
  }
}

internals.bindingFactories = internals.bindingFactories ?? {};
/** A Fetcher whose other properties are RPC methods of the target's WorkerEntrypoint. */
internals.bindingFactories.service = (hostObject) => {
  const fetcher = new Fetcher(hostObject);
  const state = new RpcStubState((method, text) => remotePromise((resolve, reject) => hostObject.call(method, text, resolve, reject)));
  const members = new Map();
  // the Fetcher's own methods bound to it, made once each: env.SERVICE.fetch is one function, as in workerd
  const bound = new Map();
  return new Proxy(fetcher, {
    get(target, prop) {
      if (prop === "constructor") return rpcIllegalConstructor;
      // JSON.stringify(env) shows a service binding as {}, as in workerd
      if (prop === "toJSON") return undefined;
      if (typeof prop === "symbol" || prop in target || prop === "then") {
        const value = Reflect.get(target, prop);
        if (typeof value !== "function") return value;
        const known = bound.get(prop);
        if (known !== undefined && known.value === value) return known.fn;
        const fn = value.bind(target);
        bound.set(prop, { value, fn });
        return fn;
      }
      let member = members.get(prop);
      if (!member) {
        member = rpcStubMember(state, prop);
        members.set(prop, member);
      }
      return member;
    },
  });
};
internals.bindingFactories.json = (text) => JSON.parse(text);
internals.Fetcher = Fetcher;
