package io.github.miniflare4j.d1;

/**
 * A D1 request that failed: its message is what Miniflare answers ({@code near "SELEC": syntax
 * error at offset 0: SQLITE_ERROR}); the binding prefixes it with {@code D1_ERROR: } or {@code
 * D1_EXEC_ERROR: ...}. The request's transaction has been rolled back.
 *
 * <p>A failure {@link #thrown() thrown} by workerd's Durable Object instead of answered (a reset
 * after deferred constraints failed, an internal error) reaches the worker as a plain {@code
 * Error} with the message alone.
 */
final class D1Failure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean thrown;

  D1Failure(String message) {
    this(message, false);
  }

  D1Failure(String message, boolean thrown) {
    super(message, null, false, false);
    this.thrown = thrown;
  }

  /** Whether the database threw rather than answered: no {@code D1_ERROR} prefix, no cause. */
  boolean thrown() {
    return thrown;
  }
}
