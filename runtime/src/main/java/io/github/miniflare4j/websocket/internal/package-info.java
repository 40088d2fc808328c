/** How the ends of a WebSocket are linked across isolates, Java and the HTTP server. */
package io.github.miniflare4j.websocket.internal;
