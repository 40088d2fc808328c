// node:https — the client of node:http for https: URLs (port 443); servers as node:http's.
import { HttpsAgent as Agent, httpsGlobalAgent as globalAgent, httpsRequest as request, httpsGet as get } from "node-internal:http_client";
import { Server as HttpServer } from "node-internal:http_server";
export { Agent, globalAgent, request, get };
export class Server extends HttpServer {}
export function createServer(options, requestListener) { return new Server(options, requestListener); }
export default { Agent, Server, createServer, get, globalAgent, request };
