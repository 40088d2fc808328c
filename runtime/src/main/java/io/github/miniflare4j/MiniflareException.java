package io.github.miniflare4j;

/**
 * The one exception type of the runtime: a problem with options, a worker that failed to
 * start, or an instance used after it was closed. {@link #code()} tells which, with the same
 * {@code ERR_*} codes as Miniflare's {@code MiniflareCoreError}.
 */
public class MiniflareException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The Miniflare error code. */
  private final ErrorCode code;

  /**
   * Creates an exception with a code and a message that says what to fix.
   *
   * @param code the error code; names the kind of failure
   * @param message what went wrong and how to fix it
   */
  public MiniflareException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  /**
   * Creates an exception with a code, a message and the underlying cause.
   *
   * @param code the error code; names the kind of failure
   * @param message what went wrong and how to fix it
   * @param cause the underlying failure, or {@code null}
   */
  public MiniflareException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /**
   * The Miniflare error code.
   *
   * @return the code, never {@code null}
   */
  public ErrorCode code() {
    return code;
  }

  @Override
  public String toString() {
    return getClass().getName() + " [" + code + "]: " + getMessage();
  }
}
