// Fetcher: a service binding's JavaScript face.

class Fetcher {
  #host;
  constructor(hostObject) { this.#host = hostObject; }
  async fetch(input, init = undefined) {
    if (input === undefined || (typeof input !== "string" && !(input instanceof Request) && !(input instanceof URL))) {
      throw new TypeError("Failed to execute 'fetch' on 'Fetcher': parameter 1 is not of type 'Request or string'.");
    }
    const request = new Request(input, init);
    const data = await requestToData(request);
    const responseData = await hostPromise((resolve, reject) => this.#host.fetch(data, resolve, reject));
    return responseFromHost(responseData, null);
  }
  connect() {
    throw new Error("connect() is not supported by miniflare4j service bindings.");
  }
}

internals.bindingFactories = internals.bindingFactories ?? {};
internals.bindingFactories.service = (hostObject) => new Fetcher(hostObject);
internals.bindingFactories.json = (text) => JSON.parse(text);
internals.Fetcher = Fetcher;
