// node:_http_server (legacy internals of node:http; enable_nodejs_http_server_modules).
import { STATUS_CODES, Server, ServerResponse } from "node-internal:http_server";
import { notImplemented } from "node-internal:stubs";
export { STATUS_CODES, Server, ServerResponse };
export const _connectionListener = notImplemented("_connectionListener");
export const httpServerPreClose = notImplemented("httpServerPreClose");
export const setupConnectionsTracking = notImplemented("setupConnectionsTracking");
export const storeHTTPOptions = notImplemented("storeHTTPOptions");
export const kConnectionsCheckingInterval = Symbol("http.server.connectionsCheckingInterval");
export const kServerResponse = Symbol("ServerResponse");
export default { STATUS_CODES, Server, ServerResponse, _connectionListener, httpServerPreClose, kConnectionsCheckingInterval,
  kServerResponse, setupConnectionsTracking, storeHTTPOptions };
