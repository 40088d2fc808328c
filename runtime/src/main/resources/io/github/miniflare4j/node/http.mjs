// node:http — the client (node-internal:http_client: request/get over fetch) and the server
// (node-internal:http_server: createServer, reached through cloudflare:node's httpServerHandler).
import { STATUS_CODES, METHODS, IncomingMessage, ServerResponse, Server, createServer } from "node-internal:http_server";
import { Agent, globalAgent, ClientRequest, OutgoingMessage, request, get, validateHeaderName, validateHeaderValue } from "node-internal:http_client";
import { notImplemented } from "node-internal:stubs";
export { STATUS_CODES, METHODS, IncomingMessage, ServerResponse, Server, createServer };
export { Agent, globalAgent, ClientRequest, OutgoingMessage, request, get, validateHeaderName, validateHeaderValue };
export const maxHeaderSize = 16384;
export const setMaxIdleHTTPParsers = notImplemented("setMaxIdleHTTPParsers");
export const _connectionListener = notImplemented("_connectionListener");
export const WebSocket = globalThis.WebSocket, CloseEvent = globalThis.CloseEvent, MessageEvent = globalThis.MessageEvent;
export default { Agent, ClientRequest, CloseEvent, IncomingMessage, METHODS, MessageEvent, OutgoingMessage, STATUS_CODES, Server,
  ServerResponse, WebSocket, _connectionListener, createServer, get, globalAgent, maxHeaderSize, request, setMaxIdleHTTPParsers,
  validateHeaderName, validateHeaderValue };
