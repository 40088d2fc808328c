package io.github.miniflare4j.websocket.internal;

import io.github.miniflare4j.websocket.CloseStatus;
import io.github.miniflare4j.websocket.WebSocketConnection;
import io.github.miniflare4j.websocket.WebSocketMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The Java-side end of a worker's WebSocket, handed out as a {@link WebSocketConnection}. When the
 * 101 response goes on to another worker instead (a service binding's caller), that worker
 * {@linkplain #handOver(LinkedEnd) takes over} the link: what arrived here and was not taken is
 * replayed to it, and from then on the worker's socket talks to it directly.
 */
public final class JavaSocketEnd extends LinkedEnd implements WebSocketConnection {

  // Marks the end of the stream in the inbox, so that waiters wake when the worker closes.
  private static final Frame END = Frame.close(1006, "");

  private final LinkedBlockingDeque<Frame> inbox = new LinkedBlockingDeque<>();
  private final List<Consumer<WebSocketMessage>> listeners = new CopyOnWriteArrayList<>();
  private final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
  private boolean sentClose;
  private SocketEnd takenBy;

  /**
   * A Java end linked both ways to a worker's end.
   *
   * @param workerEnd the end inside the worker
   * @return the Java end
   */
  public static JavaSocketEnd linkedTo(LinkedEnd workerEnd) {
    JavaSocketEnd end = new JavaSocketEnd();
    LinkedEnd.pair(end, workerEnd);
    return end;
  }

  /**
   * A Java end not linked yet: link it with {@link LinkedEnd#pair(LinkedEnd, LinkedEnd)}.
   *
   * @return the end
   */
  public static JavaSocketEnd unlinked() {
    return new JavaSocketEnd();
  }

  private JavaSocketEnd() {}

  @Override
  public void receive(Frame frame) {
    SocketEnd forward;
    synchronized (this) {
      forward = takenBy;
      if (forward == null) {
        if (frame.isFinal()) {
          inbox.add(END);
          closed.complete(new CloseStatus(frame.kind().equals("close") ? frame.code() : 1006, frame.text()));
          return;
        }
        // listeners hear a message before nextMessage(...) can hand it out
        WebSocketMessage message = toMessage(frame);
        for (Consumer<WebSocketMessage> listener : listeners) {
          listener.accept(message);
        }
        inbox.add(frame);
      }
    }
    if (forward != null) {
      forward.receive(frame);
    }
  }

  /**
   * Gives the link to another end (a worker's socket that received this response): frames not
   * taken yet are replayed to it, later ones go to it, and its sends reach the worker.
   *
   * @param successor the new end
   * @throws IllegalStateException when the link was handed over before
   */
  public void handOver(LinkedEnd successor) {
    List<Frame> waiting = new ArrayList<>();
    SocketEnd workerEnd;
    synchronized (this) {
      if (takenBy != null) {
        throw new IllegalStateException("this WebSocket was already handed to another worker");
      }
      takenBy = successor;
      inbox.drainTo(waiting);
      workerEnd = peer();
      for (Frame frame : waiting) {
        successor.receive(frame == END ? Frame.close(closedCode(), closedReason()) : frame);
      }
      closed.complete(new CloseStatus(1006, "handed to another worker"));
    }
    successor.link(workerEnd);
    if (workerEnd instanceof LinkedEnd linked) {
      linked.link(successor);
    }
  }

  private int closedCode() {
    return closed.join().code();
  }

  private String closedReason() {
    return closed.join().reason();
  }

  @Override
  public void send(String text) {
    checkOpen();
    sendToPeer(Frame.text(text));
  }

  @Override
  public void send(byte[] bytes) {
    checkOpen();
    sendToPeer(Frame.binary(bytes.clone()));
  }

  @Override
  public void close(int code, String reason) {
    if (code < 1000 || code >= 5000 || code == 1004 || code == 1005 || code == 1006 || code == 1015) {
      throw new IllegalArgumentException("Invalid WebSocket close code: " + code
          + " (use 1000, or 1001 to 4999 except 1004, 1005, 1006 and 1015)");
    }
    sendClose(code, reason == null ? "" : reason);
  }

  @Override
  public void close() {
    sendClose(1005, "");
  }

  private void sendClose(int code, String reason) {
    synchronized (this) {
      if (sentClose) {
        return;
      }
      sentClose = true;
    }
    sendToPeer(Frame.close(code, reason));
  }

  private synchronized void checkOpen() {
    if (takenBy != null) {
      throw new IllegalStateException("this WebSocket was handed to another worker; use it there");
    }
    if (sentClose) {
      throw new IllegalStateException("Can't call WebSocket send() after close().");
    }
  }

  @Override
  public Optional<WebSocketMessage> nextMessage(Duration timeout) {
    try {
      Frame frame = inbox.pollFirst(timeout.toNanos(), TimeUnit.NANOSECONDS);
      if (frame == null) {
        return Optional.empty();
      }
      if (frame == END) {
        inbox.addFirst(END); // later calls see the end too
        return Optional.empty();
      }
      return Optional.of(toMessage(frame));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a WebSocket message", e);
    }
  }

  @Override
  public void onMessage(Consumer<WebSocketMessage> listener) {
    listeners.add(listener);
  }

  @Override
  public CompletableFuture<CloseStatus> closed() {
    return closed;
  }

  private static WebSocketMessage toMessage(Frame frame) {
    return frame.kind().equals("text") ? WebSocketMessage.text(frame.text()) : WebSocketMessage.binary(frame.bytes());
  }
}
