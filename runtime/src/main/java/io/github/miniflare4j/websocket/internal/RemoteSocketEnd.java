package io.github.miniflare4j.websocket.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The end of a worker's outbound WebSocket that talks to a real server through the JDK's {@link
 * WebSocket}: frames from the worker are sent in order (one at a time, as the JDK requires), and
 * the server's messages, close and failure go to the worker.
 */
final class RemoteSocketEnd extends LinkedEnd implements WebSocket.Listener {

  private WebSocket socket;
  private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
  private final StringBuilder text = new StringBuilder();
  private final ByteArrayOutputStream binary = new ByteArrayOutputStream();

  synchronized void connected(WebSocket webSocket) {
    this.socket = webSocket;
  }

  @Override
  public synchronized void receive(Frame frame) {
    WebSocket target = socket;
    sending = sending.exceptionally(e -> null).thenCompose(ignored -> switch (frame.kind()) {
      case "text" -> target.sendText(frame.text(), true);
      case "binary" -> target.sendBinary(ByteBuffer.wrap(frame.bytes()), true);
      // a lost connection (1006) cannot be sent as a close frame: the connection is dropped instead
      case "close" -> {
        if (frame.code() == 1006) {
          target.abort();
          yield CompletableFuture.completedFuture(null);
        }
        // the JDK cannot send a close without a code (workerd sends 1005's empty close): 1000 instead
        yield target.sendClose(frame.code() == 1005 ? WebSocket.NORMAL_CLOSURE : frame.code(), frame.text());
      }
      default -> {
        target.abort();
        yield CompletableFuture.completedFuture(null);
      }
    });
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    text.append(data);
    if (last) {
      String message = text.toString();
      text.setLength(0);
      sendToPeer(Frame.text(message));
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    byte[] chunk = new byte[data.remaining()];
    data.get(chunk);
    binary.writeBytes(chunk);
    if (last) {
      byte[] message = binary.toByteArray();
      binary.reset();
      sendToPeer(Frame.binary(message));
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    sendToPeer(Frame.close(statusCode == -1 ? 1005 : statusCode, reason));
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    sendToPeer(Frame.error(error.getMessage() == null ? "Network connection lost." : error.getMessage()));
  }
}
