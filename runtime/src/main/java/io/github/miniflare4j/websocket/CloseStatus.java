package io.github.miniflare4j.websocket;

/**
 * How a WebSocket was closed by its peer.
 *
 * @param code the close code; 1005 when the peer gave none, 1006 when the connection was lost
 * @param reason the close reason, possibly empty
 */
public record CloseStatus(int code, String reason) {}
