package io.github.miniflare4j.workflows;

/**
 * A workflow operation refused, with the error a worker sees for it: {@link #errorName()} and
 * {@link #errorMessage()} (a worker sees {@code Error: <name>: <message>} for names other than
 * {@code Error}, as after workerd's RPC).
 */
public final class WorkflowException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The error's name as Miniflare names it. */
  private final String errorName;
  /** Miniflare's message. */
  private final String errorMessage;

  /**
   * An operation refused.
   *
   * @param errorName the error's name as Miniflare names it, e.g. {@code "WorkflowError"}
   * @param errorMessage Miniflare's message
   * @param detail what a Java caller should know besides (may be empty)
   */
  public WorkflowException(String errorName, String errorMessage, String detail) {
    super((errorName.equals("Error") ? "" : errorName + ": ") + errorMessage + (detail.isEmpty() ? "" : " (" + detail + ")"));
    this.errorName = errorName;
    this.errorMessage = errorMessage;
  }

  /**
   * The error's name as Miniflare names it.
   *
   * @return e.g. {@code "WorkflowError"}
   */
  public String errorName() {
    return errorName;
  }

  /**
   * Miniflare's message.
   *
   * @return e.g. {@code "Workflow instance has invalid id"}
   */
  public String errorMessage() {
    return errorMessage;
  }
}
