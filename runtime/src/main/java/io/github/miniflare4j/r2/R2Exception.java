package io.github.miniflare4j.r2;

import org.graalvm.polyglot.HostAccess;

/**
 * An R2 storage error: what the worker sees as {@code Error("<op>: <message> (<code>)")} and a
 * Java caller as this exception. The stored data is unchanged when it is thrown.
 */
public final class R2Exception extends RuntimeException {

  /** R2's error code. */
  private final int code;
  /** The message without operation and code. */
  private final String reason;

  /**
   * An R2 error as the worker sees it.
   *
   * @param operation the binding method, such as {@code "get"}
   * @param code R2's error code
   * @param reason the message without operation and code
   */
  public R2Exception(String operation, int code, String reason) {
    super(operation + ": " + reason + " (" + code + ")");
    this.code = code;
    this.reason = reason;
  }

  /**
   * R2's error code, e.g. {@code 10020} for an invalid key.
   *
   * @return the code
   */
  public int code() {
    return code;
  }

  /**
   * The message without the operation and code.
   *
   * @return e.g. {@code The specified object name is not valid.}
   */
  public String reason() {
    return reason;
  }

  /**
   * The JavaScript error class a worker sees.
   *
   * @return always {@code "Error"}
   */
  @HostAccess.Export
  public String errorName() {
    return "Error";
  }

  /**
   * The message a worker sees.
   *
   * @return {@code <op>: <message> (<code>)}
   */
  @HostAccess.Export
  public String errorMessage() {
    return getMessage();
  }
}
