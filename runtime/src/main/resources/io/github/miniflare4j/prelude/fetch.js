// The global fetch(): to Java (outbound handler or real HTTP), following redirects per mode.

async function fetchImpl(input, init = undefined) {
  const request = new Request(input, init);
  if (request.signal.aborted) throw request.signal.reason;
  let current = request;
  for (let redirects = 0; ; redirects++) {
    // workerd fetches only over HTTP(S): no file:, data: or other schemes reach the host
    if (!/^https?:$/.test(new URL(current.url).protocol)) throw new TypeError(`Fetch API cannot load: ${current.url}`);
    const data = await requestToData(current);
    const pending = hostPromise((resolve, reject) => host.fetch(data, resolve, reject));
    const abortable = request.signal
      ? new Promise((_, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true }))
      : null;
    const responseData = abortable ? await Promise.race([pending, abortable]) : await pending;
    const response = responseFromHost(responseData, current.url);
    if (!REDIRECT_STATUSES.includes(response.status) || request.redirect === "manual") return response;
    if (request.redirect === "error") throw new TypeError("Fetch failed: redirect mode is set to error.");
    if (redirects >= 20) throw new TypeError("Fetch failed: too many redirects.");
    const location = response.headers.get("location");
    if (location === null) return response;
    const next = new URL(location, current.url).href;
    const keepBody = response.status === 307 || response.status === 308;
    const method = !keepBody && current.method !== "HEAD" ? "GET" : current.method;
    current = new Request(next, { method, headers: current.headers, body: keepBody ? data.body : undefined, redirect: request.redirect });
  }
}

function fetch(input, init = undefined) {
  if (arguments.length === 0) return Promise.reject(new TypeError("Failed to execute 'fetch' on 'ServiceWorkerGlobalScope': 1 argument required, but only 0 present."));
  try {
    return fetchImpl(input, init);
  } catch (e) {
    return Promise.reject(e);
  }
}
defineGlobal("fetch", fetch);
