package io.github.miniflare4j;

/**
 * An error thrown by a worker's JavaScript and seen from Java: by a Java caller that awaited a
 * result, or by a worker calling another through a binding. Carries the JavaScript error's
 * name, message and stack.
 */
public class WorkerException extends MiniflareException {

  private static final long serialVersionUID = 1L;

  /** The JavaScript error's name. */
  private final String errorName;
  /** The JavaScript error's message. */
  private final String errorMessage;
  /** The JavaScript stack frames, possibly empty. */
  private final String jsStack;
  /** workerd's flags set on the error (retryable, overloaded, durableObjectReset), comma-separated. */
  private final String errorFlags;
  /** What else of the error travels to another worker (enhanced_error_serialization); empty for nothing. */
  private final String errorDetails;

  /**
   * Creates the exception from the parts of a JavaScript error.
   *
   * @param workerName the name of the worker that threw, for the message
   * @param errorName the error's {@code name}, such as {@code TypeError}
   * @param errorMessage the error's {@code message}
   * @param jsStack the stack frames, or {@code null} for none
   */
  public WorkerException(String workerName, String errorName, String errorMessage, String jsStack) {
    this(workerName, errorName, errorMessage, jsStack, "");
  }

  /**
   * Creates the exception from the parts of a JavaScript error, with the workerd flags it carries
   * to a caller in another worker or Durable Object.
   *
   * @param workerName the name of the worker that threw, for the message
   * @param errorName the error's {@code name}, such as {@code TypeError}
   * @param errorMessage the error's {@code message}
   * @param jsStack the stack frames, or {@code null} for none
   * @param errorFlags the names of the flags that are {@code true} on the error ({@code retryable},
   *     {@code overloaded}, {@code durableObjectReset}), comma-separated; {@code null} or empty for none
   */
  public WorkerException(String workerName, String errorName, String errorMessage, String jsStack, String errorFlags) {
    this(workerName, errorName, errorMessage, jsStack, errorFlags, "");
  }

  /**
   * Creates the exception from the parts of a JavaScript error, with the workerd flags and the
   * further details (own properties, cause, a thrown non-error value) it carries to a caller in
   * another worker or Durable Object.
   *
   * @param workerName the name of the worker that threw, for the message
   * @param errorName the error's {@code name}, such as {@code TypeError}
   * @param errorMessage the error's {@code message}
   * @param jsStack the stack frames, or {@code null} for none
   * @param errorFlags the flags that are {@code true} on the error, comma-separated; {@code null} or empty for none
   * @param errorDetails the runtime's serialized details of the error; {@code null} or empty for none
   */
  public WorkerException(
      String workerName, String errorName, String errorMessage, String jsStack, String errorFlags, String errorDetails) {
    super(
        ErrorCode.ERR_SCRIPT,
        "Worker \"" + workerName + "\" threw " + errorName + ": " + errorMessage
            + (jsStack == null || jsStack.isEmpty() ? "" : "\n" + jsStack));
    this.errorName = errorName;
    this.errorMessage = errorMessage;
    this.jsStack = jsStack == null ? "" : jsStack;
    this.errorFlags = errorFlags == null ? "" : errorFlags;
    this.errorDetails = errorDetails == null ? "" : errorDetails;
  }

  /**
   * The JavaScript error's {@code name}, such as {@code TypeError}.
   *
   * @return the name
   */
  public String errorName() {
    return errorName;
  }

  /**
   * The JavaScript error's {@code message}.
   *
   * @return the message
   */
  public String errorMessage() {
    return errorMessage;
  }

  /**
   * The JavaScript stack frames, one {@code at ...} line each; may be empty.
   *
   * @return the frames, never {@code null}
   */
  public String jsStack() {
    return jsStack;
  }

  /**
   * workerd's flags that are {@code true} on the error and travel with it to a caller: any of
   * {@code retryable}, {@code overloaded} and {@code durableObjectReset}, comma-separated.
   *
   * @return the flags, empty for none, never {@code null}
   */
  public String errorFlags() {
    return errorFlags;
  }

  /**
   * What else of the error travels to a caller in another worker when the thrower's compatibility
   * settings enable workerd's {@code enhanced_error_serialization}: its own properties, cause and
   * aggregated errors, or the non-error value thrown, in the runtime's own serialized form.
   *
   * @return the details, empty for none, never {@code null}
   */
  public String errorDetails() {
    return errorDetails;
  }
}
