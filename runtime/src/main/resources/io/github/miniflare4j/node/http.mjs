// node:http — the server half (createServer, reached through cloudflare:node's httpServerHandler)
// of node-internal:http_server. The client half (request/get) is not implemented in miniflare4j.
import { STATUS_CODES, METHODS, IncomingMessage, ServerResponse, Server, createServer } from "node-internal:http_server";
export { STATUS_CODES, METHODS, IncomingMessage, ServerResponse, Server, createServer };
export default { STATUS_CODES, METHODS, IncomingMessage, ServerResponse, Server, createServer };
