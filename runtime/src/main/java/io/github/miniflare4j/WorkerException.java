package io.github.miniflare4j;

/**
 * An error thrown by a worker's JavaScript and seen from Java: by a Java caller that awaited a
 * result, or by a worker calling another through a binding. Carries the JavaScript error's
 * name, message and stack.
 */
public class WorkerException extends MiniflareException {

  private static final long serialVersionUID = 1L;

  private final String errorName;
  private final String errorMessage;
  private final String jsStack;

  /** Creates the exception from the parts of a JavaScript error. */
  public WorkerException(String workerName, String errorName, String errorMessage, String jsStack) {
    super(
        ErrorCode.ERR_SCRIPT,
        "Worker \"" + workerName + "\" threw " + errorName + ": " + errorMessage
            + (jsStack == null || jsStack.isEmpty() ? "" : "\n" + jsStack));
    this.errorName = errorName;
    this.errorMessage = errorMessage;
    this.jsStack = jsStack == null ? "" : jsStack;
  }

  /** The JavaScript error's {@code name}, such as {@code TypeError}. */
  public String errorName() {
    return errorName;
  }

  /** The JavaScript error's {@code message}. */
  public String errorMessage() {
    return errorMessage;
  }

  /** The JavaScript stack frames, one {@code at ...} line each; may be empty. */
  public String jsStack() {
    return jsStack;
  }
}
