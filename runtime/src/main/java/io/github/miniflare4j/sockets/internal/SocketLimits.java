package io.github.miniflare4j.sockets.internal;

/** The messages workerd gives for sockets, worded as it words them, and the I/O sizes. */
final class SocketLimits {

  /** What every failed connection reports (workerd's proxy hides the cause: refused, DNS, ...). */
  static final String CONNECT_FAILED = "proxy request failed, cannot connect to the specified address";
  /** A read returns at most this many bytes. */
  static final int CHUNK = 64 * 1024;
  /** How long a connection attempt may take before it fails. */
  static final int CONNECT_TIMEOUT_MILLIS = 10_000;

  private SocketLimits() {}
}
