// cloudflare:node — httpServerHandler, the bridge from a fetch handler to a node:http server.
export { httpServerHandler } from "node-internal:http_server";
