// Runs the dispatch path once in a Context prepared ahead of its worker (SpareContexts), so that
// the worker's first request does not pay for the Context's first use of these classes. No
// worker code runs and nothing observable stays behind: no global, timer, log or storage.

// @imports newEvent from core.js
// @imports URL from url.js
// @imports requestFromHost from request.js
// @imports Response, hasLiveStream, responseToData from response.js
// @imports invokeModuleFetch, ExecutionContext from worker.js

internals.warmUp = function (data) {
  const state = newEvent(null);
  const handler = {
    fetch(request) {
      const url = new URL(request.url);
      url.searchParams.get("q");
      return new Response(url.pathname + request.headers.get("accept"), { headers: { "content-type": "text/plain" } });
    },
  };
  // the module-format dispatch path of dispatchFetch, with a handler of our own
  return invokeModuleFetch(requestFromHost(data), new ExecutionContext(state), handler)
    .then((response) => (hasLiveStream(response) ? null : responseToData(response, false)))
    .then((out) => out?.status);
};
