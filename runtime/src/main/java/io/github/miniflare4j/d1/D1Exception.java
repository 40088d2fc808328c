package io.github.miniflare4j.d1;

/**
 * A D1 operation of the Java handle failed. The message is the one a worker sees for the same
 * failure ({@code D1_ERROR: no such table: users: SQLITE_ERROR}); nothing was changed.
 */
public final class D1Exception extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message.
   *
   * @param message what failed, worded as D1 words it
   */
  public D1Exception(String message) {
    super(message);
  }

  /**
   * An exception with a message and a cause.
   *
   * @param message what failed
   * @param cause the underlying failure
   */
  public D1Exception(String message, Throwable cause) {
    super(message, cause);
  }
}
