/**
 * WebSockets seen from Java: the client handle of a worker's WebSocket ({@link
 * io.github.miniflare4j.websocket.WebSocketConnection}, from {@code FetchResponse.webSocket()}),
 * its messages and its close status.
 */
package io.github.miniflare4j.websocket;
