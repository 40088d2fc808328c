package io.github.miniflare4j.websocket.internal;

/** One end of a WebSocket: receives, in order, what its peer sends. */
public interface SocketEnd {

  /**
   * Takes one frame from the peer; callable from any thread, never blocks for long.
   *
   * @param frame the frame
   */
  void receive(Frame frame);
}
