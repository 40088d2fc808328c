package io.github.miniflare4j.server;

import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.websocket.internal.Frame;
import io.github.miniflare4j.websocket.internal.JavaSocketEnd;
import io.github.miniflare4j.websocket.internal.LinkedEnd;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.OpCode;
import org.eclipse.jetty.websocket.core.WebSocketComponents;
import org.eclipse.jetty.websocket.core.server.Handshaker;
import org.eclipse.jetty.websocket.core.server.WebSocketNegotiator;
import org.eclipse.jetty.websocket.core.server.WebSocketServerComponents;

/**
 * Turns a worker's 101 response into a real WebSocket upgrade: Jetty answers the handshake (with
 * the worker's own headers) and the connection's frames are relayed to and from the worker's
 * socket. Messages are limited to 1 MiB, as on Cloudflare.
 */
final class WebSocketUpgrade {

  /** The largest message either side may send, as workerd allows. */
  static final int MAX_MESSAGE_BYTES = 1 << 20;

  private static final Handshaker HANDSHAKER = Handshaker.newInstance();
  // written by Jetty's handshake itself, never copied from the worker's response
  private static final Set<String> HANDSHAKE_HEADERS = Set.of("upgrade", "connection", "sec-websocket-accept",
      "sec-websocket-extensions", "sec-websocket-protocol", "content-length", "transfer-encoding");

  private WebSocketUpgrade() {}

  /**
   * Upgrades the connection, if the request is a WebSocket upgrade request.
   *
   * @return whether Jetty took the exchange over; {@code false} when the request was no upgrade
   */
  static boolean upgrade(Request request, Response response, Callback callback, FetchResponse result) {
    if (!(result.webSocket() instanceof JavaSocketEnd connection) || !HANDSHAKER.isWebSocketUpgradeRequest(request)) {
      return false;
    }
    WebSocketComponents components =
        WebSocketServerComponents.getWebSocketComponents(request.getConnectionMetaData().getConnector().getServer());
    WebSocketNegotiator negotiator = WebSocketNegotiator.from(
        (upgradeRequest, upgradeResponse, negotiated) -> {
          for (Map.Entry<String, String> field : result.headers().entries()) {
            if (!HANDSHAKE_HEADERS.contains(field.getKey())) {
              upgradeResponse.getHeaders().add(field.getKey(), field.getValue());
            }
          }
          return new JettyEnd(connection);
        },
        (socket, upgradeRequest, upgradeResponse) -> (FrameHandler) socket,
        configuration -> {
          configuration.setMaxFrameSize(MAX_MESSAGE_BYTES);
          configuration.setMaxTextMessageSize(MAX_MESSAGE_BYTES);
          configuration.setMaxBinaryMessageSize(MAX_MESSAGE_BYTES);
        });
    return HANDSHAKER.upgradeRequest(negotiator, request, response, callback, components, null);
  }

  /** The HTTP client's end: whole messages go to the worker, the worker's sends become frames. */
  private static final class JettyEnd extends LinkedEnd implements FrameHandler {

    private final JavaSocketEnd connection;
    private volatile CoreSession session;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private byte partialOpCode;
    private boolean closeForwarded;

    JettyEnd(JavaSocketEnd connection) {
      this.connection = connection;
    }

    @Override
    public void onOpen(CoreSession coreSession, Callback callback) {
      session = coreSession;
      callback.succeeded();
      connection.handOver(this); // what the worker sent before the upgrade goes out now
      coreSession.demand();
    }

    @Override
    public void onFrame(org.eclipse.jetty.websocket.core.Frame frame, Callback callback) {
      byte opCode = frame.getOpCode();
      if (opCode == OpCode.TEXT || opCode == OpCode.BINARY || opCode == OpCode.CONTINUATION) {
        if (opCode != OpCode.CONTINUATION) {
          partial.reset();
          partialOpCode = opCode;
        }
        ByteBuffer payload = frame.getPayload();
        if (payload != null) {
          byte[] bytes = new byte[payload.remaining()];
          payload.slice().get(bytes);
          partial.writeBytes(bytes);
        }
        if (partial.size() > MAX_MESSAGE_BYTES) {
          callback.succeeded();
          session.close(CloseStatus.MESSAGE_TOO_LARGE, "Message is too large: " + partial.size() + " bytes", Callback.NOOP);
          return;
        }
        if (frame.isFin()) {
          byte[] message = partial.toByteArray();
          partial.reset();
          sendToPeer(partialOpCode == OpCode.TEXT
              ? Frame.text(new String(message, StandardCharsets.UTF_8)) : Frame.binary(message));
        }
      } else if (opCode == OpCode.CLOSE) {
        CloseStatus status = new CloseStatus(frame.getPayload());
        forwardClose(status.getCode(), status.getReason());
      }
      callback.succeeded();
      session.demand();
    }

    @Override
    public void onError(Throwable cause, Callback callback) {
      callback.succeeded();
    }

    @Override
    public void onClosed(CloseStatus status, Callback callback) {
      forwardClose(status.getCode() == CloseStatus.NO_CODE || status.getCode() == CloseStatus.NORMAL ? status.getCode() : 1006,
          status.getReason());
      callback.succeeded();
    }

    private void forwardClose(int code, String reason) {
      synchronized (this) {
        if (closeForwarded) {
          return;
        }
        closeForwarded = true;
      }
      sendToPeer(Frame.close(code, reason == null ? "" : reason));
    }

    /** What the worker sends: a message or a close, written to the client. */
    @Override
    public void receive(Frame frame) {
      CoreSession current = session;
      switch (frame.kind()) {
        case "text" -> current.sendFrame(new org.eclipse.jetty.websocket.core.Frame(OpCode.TEXT, frame.text()), Callback.NOOP, false);
        case "binary" -> current.sendFrame(
            new org.eclipse.jetty.websocket.core.Frame(OpCode.BINARY, ByteBuffer.wrap(frame.bytes())), Callback.NOOP, false);
        case "close" -> {
          if (frame.code() == CloseStatus.NO_CODE) {
            current.close(Callback.NOOP);
          } else {
            current.close(frame.code(), frame.text(), Callback.NOOP);
          }
        }
        default -> current.close(CloseStatus.SERVER_ERROR, frame.text(), Callback.NOOP);
      }
    }
  }
}
