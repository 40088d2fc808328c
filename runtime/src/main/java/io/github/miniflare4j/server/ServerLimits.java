package io.github.miniflare4j.server;

/**
 * The limits the HTTP server enforces before a request reaches a worker, with the answers it
 * gives. Defaults follow Cloudflare's published limits; Miniflare itself enforces none, so a
 * test that exceeds them locally would also fail in production.
 *
 * @param maxRequestHeaderBytes request line plus headers; more is answered {@code 431}
 * @param maxRequestBodyBytes request body, counted as it streams; more is answered {@code 413}
 */
public record ServerLimits(int maxRequestHeaderBytes, long maxRequestBodyBytes) {

  /** Cloudflare's limits: 128 KiB of request headers, 100 MiB of request body (Free plan). */
  public static final ServerLimits DEFAULT = new ServerLimits(128 * 1024, 100L * 1024 * 1024);

  /**
   * Validates the limits.
   *
   * @param maxRequestHeaderBytes request line plus headers, at least 1024
   * @param maxRequestBodyBytes request body, 0 to {@code Integer.MAX_VALUE - 8} (bodies are held in
   *     memory)
   * @throws IllegalArgumentException when a limit is out of range
   */
  public ServerLimits {
    if (maxRequestHeaderBytes < 1024) {
      throw new IllegalArgumentException(
          "maxRequestHeaderBytes must be at least 1024 so that a request line fits, was " + maxRequestHeaderBytes);
    }
    if (maxRequestBodyBytes < 0) {
      throw new IllegalArgumentException("maxRequestBodyBytes must be 0 or more, was " + maxRequestBodyBytes);
    }
  }

  /** The body of a {@code 431} answer. */
  String headersTooLarge() {
    return "431 Request Header Fields Too Large: the request line and headers exceed "
        + maxRequestHeaderBytes + " bytes (ServerLimits.maxRequestHeaderBytes)\n";
  }

  /** The body of a {@code 413} answer. */
  String bodyTooLarge(String found) {
    return "413 Payload Too Large: the request body " + found + " exceeds " + maxRequestBodyBytes
        + " bytes (ServerLimits.maxRequestBodyBytes)\n";
  }
}
