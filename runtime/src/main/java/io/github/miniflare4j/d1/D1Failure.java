package io.github.miniflare4j.d1;

/**
 * A D1 request that failed: its message is what Miniflare answers ({@code near "SELEC": syntax
 * error at offset 0: SQLITE_ERROR}); the binding prefixes it with {@code D1_ERROR: } or {@code
 * D1_EXEC_ERROR: ...}. The request's transaction has been rolled back.
 */
final class D1Failure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  D1Failure(String message) {
    super(message, null, false, false);
  }
}
