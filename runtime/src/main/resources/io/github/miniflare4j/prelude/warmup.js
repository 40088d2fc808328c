// Runs the dispatch path once in a Context prepared ahead of its worker (SpareContexts), so that
// the worker's first request does not pay for the Context's first use of these classes. No
// worker code runs and nothing observable stays behind: no global, timer, log or storage.
internals.warmUp = function (data) {
  const request = requestFromHost(data);
  const url = new URL(request.url);
  url.searchParams.get("q");
  const response = new Response(url.pathname + request.headers.get("accept"), { headers: { "content-type": "text/plain" } });
  return responseToData(response).then((out) => out.status);
};
