package io.github.miniflare4j.kv;

import org.graalvm.polyglot.HostAccess;

/**
 * A KV operation was refused, from a worker or from the Java {@link KvNamespace} handle. The
 * message is exactly what the real runtime says (see {@link KvLimits}); {@link #errorName()} is
 * the JavaScript class a worker sees ({@code "TypeError"} for client-side checks, {@code
 * "Error"} for storage-side ones), {@link #status()} the HTTP-like status of storage-side ones.
 */
public final class KvException extends RuntimeException {

  /** The JavaScript error class a worker sees. */
  private final String errorName;
  /** The HTTP-like status of a storage-side failure, 0 for a TypeError. */
  private final int status;
  /** The message as a worker sees it, without the Java handle's context. */
  private final String errorMessage;

  private KvException(String errorName, int status, String errorMessage, String message) {
    super(message);
    this.errorName = errorName;
    this.status = status;
    this.errorMessage = errorMessage;
  }

  private KvException(String errorName, int status, String message) {
    this(errorName, status, message, message);
  }

  /** The same refusal, its message followed by where it happened (for the Java handle). */
  KvException withContext(String context) {
    return new KvException(errorName, status, errorMessage, errorMessage + " [" + context + "]");
  }

  static KvException typeError(String message) {
    return new KvException("TypeError", 0, message);
  }

  /** An error a storage service threw instead of answering: its message as the worker sees it. */
  static KvException thrown(int status, String message) {
    return new KvException("Error", status, message);
  }

  static KvException failed(KvLimits.Op op, int status, String message) {
    return new KvException("Error", status, KvLimits.failed(op, status, message));
  }

  /**
   * The JavaScript error class a worker sees: {@code "TypeError"} or {@code "Error"}.
   *
   * @return {@code "TypeError"} for client-side checks, {@code "Error"} for storage-side ones
   */
  @HostAccess.Export
  public String errorName() {
    return errorName;
  }

  /**
   * The message as a worker sees it (without the context the Java handle adds).
   *
   * @return the exact message of the real runtime
   */
  @HostAccess.Export
  public String errorMessage() {
    return errorMessage;
  }

  /**
   * The HTTP-like status of a storage-side failure (400, 413, 414, 500), or 0 for a TypeError.
   *
   * @return 400, 413, 414 or 500 for storage-side failures, 0 for a TypeError
   */
  public int status() {
    return status;
  }
}
