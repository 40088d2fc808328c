package io.github.miniflare4j.websocket.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A socket end that sends to a peer linked later: frames sent before {@link #link(SocketEnd)}
 * wait and go out, in order, when it is linked. Thread-safe.
 */
public abstract class LinkedEnd implements SocketEnd {

  private SocketEnd peer;
  private final List<Frame> unsent = new ArrayList<>();

  /**
   * Links (or re-links) this end to the peer it sends to; frames waiting go out first.
   *
   * @param target the peer
   */
  public final void link(SocketEnd target) {
    List<Frame> waiting;
    synchronized (this) {
      peer = target;
      waiting = new ArrayList<>(unsent);
      unsent.clear();
    }
    for (Frame frame : waiting) {
      target.receive(frame);
    }
  }

  /**
   * The linked peer.
   *
   * @return the peer, or {@code null} before {@link #link(SocketEnd)}
   */
  protected final synchronized SocketEnd peer() {
    return peer;
  }

  /**
   * Sends a frame to the peer, or keeps it until one is linked.
   *
   * @param frame the frame
   */
  protected final void sendToPeer(Frame frame) {
    SocketEnd target;
    synchronized (this) {
      if (peer == null) {
        unsent.add(frame);
        return;
      }
      target = peer;
    }
    target.receive(frame);
  }

  /**
   * Links two ends to each other.
   *
   * @param a one end
   * @param b the other
   */
  public static void pair(LinkedEnd a, LinkedEnd b) {
    a.link(b);
    b.link(a);
  }
}
