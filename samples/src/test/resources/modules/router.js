// A tiny path router: exact pathname to handler, 404 otherwise.
export function route(request, table) {
  const url = new URL(request.url);
  const handler = table[url.pathname];
  return handler ? handler(url) : new Response("Not found: " + url.pathname, { status: 404 });
}
