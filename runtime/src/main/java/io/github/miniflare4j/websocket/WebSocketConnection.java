package io.github.miniflare4j.websocket;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The Java side of a worker's WebSocket: what the worker returned in a 101 response (from {@code
 * FetchResponse.webSocket()}). Sends reach the worker's socket as {@code message} events, in
 * order; the worker's sends arrive here. Thread-safe.
 */
public interface WebSocketConnection {

  /**
   * Sends a text message.
   *
   * @param text the text
   * @throws IllegalStateException after {@link #close(int, String)}
   */
  void send(String text);

  /**
   * Sends a binary message (the worker sees an {@code ArrayBuffer}).
   *
   * @param bytes the bytes, copied
   * @throws IllegalStateException after {@link #close(int, String)}
   */
  void send(byte[] bytes);

  /**
   * Closes the socket with a code and reason; the worker's socket gets a {@code close} event.
   * Closing twice does nothing.
   *
   * @param code a close code: 1000, or 1001 to 4999 but not 1004, 1005, 1006 or 1015
   * @param reason the reason, possibly empty
   * @throws IllegalArgumentException for a code a WebSocket may not send
   */
  void close(int code, String reason);

  /**
   * Closes the socket without a code, as a worker's {@code ws.close()} does: the worker's socket
   * gets a {@code close} event with code 1005 (no status) and an empty reason. Closing twice does
   * nothing.
   */
  void close();

  /**
   * Waits for the next message the worker sent that was not taken yet.
   *
   * @param timeout how long to wait
   * @return the message, or empty when none came within {@code timeout} or the worker closed the
   *     socket and every message was taken
   * @throws IllegalStateException when the thread is interrupted while waiting
   */
  Optional<WebSocketMessage> nextMessage(Duration timeout);

  /**
   * Adds a listener called with every message the worker sends from now on (on the worker's
   * thread: keep it short), before {@link #nextMessage(Duration)} can return the same message;
   * messages also stay available to {@link #nextMessage(Duration)}.
   *
   * @param listener the listener
   */
  void onMessage(Consumer<WebSocketMessage> listener);

  /**
   * Completes when the worker closes its socket, with its code and reason.
   *
   * @return the close status future
   */
  CompletableFuture<CloseStatus> closed();
}
