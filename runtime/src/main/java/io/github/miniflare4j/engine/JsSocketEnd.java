package io.github.miniflare4j.engine;

import io.github.miniflare4j.websocket.internal.Frame;
import io.github.miniflare4j.websocket.internal.LinkedEnd;
import java.nio.ByteBuffer;
import java.util.concurrent.RejectedExecutionException;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The end of a WebSocket link inside a worker: the prelude sends through it, and what the peer
 * sends becomes a task on the worker's loop that calls the prelude's callback with {@code (kind,
 * text or bytes, code, reason)}; a close's second argument is {@code "clean"} when it answers
 * the peer's close cleanly (see {@link Frame#clean()}), else {@code null}.
 */
public final class JsSocketEnd extends LinkedEnd {

  private final EventLoop loop;
  private final Value callback;
  // counts the end among the worker's outstanding host operations until the peer's close arrives
  private final Runnable operation;

  JsSocketEnd(EventLoop loop, Value callback, Runnable operation) {
    this.loop = loop;
    this.callback = callback;
    this.operation = operation;
  }

  @Override
  public void receive(Frame frame) {
    try {
      loop.execute(() -> {
        if ("close".equals(frame.kind()) || "error".equals(frame.kind())) {
          operation.run();
        }
        switch (frame.kind()) {
          case "text" -> callback.executeVoid("text", frame.text(), 0, "");
          case "binary" -> callback.executeVoid("binary", ByteBuffer.wrap(frame.bytes()), 0, "");
          case "close" -> callback.executeVoid("close", frame.clean() ? "clean" : null, frame.code(), frame.text());
          default -> callback.executeVoid("error", null, 0, frame.text());
        }
      });
    } catch (RejectedExecutionException e) {
      // the worker is gone: nothing is left to receive
      operation.run();
    }
  }

  /**
   * Sends a text message to the peer.
   *
   * @param text the text
   */
  @HostAccess.Export
  public void sendText(String text) {
    sendToPeer(Frame.text(text));
  }

  /**
   * Sends a binary message to the peer.
   *
   * @param bytes a Uint8Array; copied
   */
  @HostAccess.Export
  public void sendBytes(Value bytes) {
    sendToPeer(Frame.binary(JsValues.bytesOrNull(bytes)));
  }

  /**
   * Sends a close to the peer.
   *
   * @param code the close code (1005 for none)
   * @param reason the reason, possibly empty
   */
  @HostAccess.Export
  public void close(int code, String reason) {
    sendToPeer(Frame.close(code, reason));
  }

  /**
   * Sends a close that answers the peer's close cleanly (see {@link Frame#clean()}).
   *
   * @param code the close code (1005 for none)
   * @param reason the reason, possibly empty
   */
  @HostAccess.Export
  public void closeClean(int code, String reason) {
    sendToPeer(Frame.cleanClose(code, reason));
  }
}
