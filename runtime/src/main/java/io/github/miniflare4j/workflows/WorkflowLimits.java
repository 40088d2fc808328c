package io.github.miniflare4j.workflows;

import java.util.regex.Pattern;

/** Miniflare's workflow limits and the messages of their refusals, in one place. */
final class WorkflowLimits {

  /** Instance ids: at most 100 characters of letters, digits, '_' and '-', not starting with '-'. */
  static final int MAX_INSTANCE_ID_LENGTH = 100;
  /** {@code step.do} calls a run may make when its workflow sets no {@code stepLimit}. */
  static final int DEFAULT_STEP_LIMIT = 10_000;
  static final Pattern INSTANCE_ID = Pattern.compile("^[a-zA-Z0-9_][a-zA-Z0-9-_]*$");

  static final String INVALID_ID = "Workflow instance has invalid id";
  static final String NOT_FOUND = "instance.not_found";
  static final String EMPTY_BATCH = "batchCreate should have at least 1 instance";
  static final String CANNOT_TERMINATE = "(instance.cannot_terminate) Cannot terminate instance since its on a finite state";
  static final String DOES_NOT_EXIST = "(instance.not_found) Instance does not exist";
  static final String NON_RETRYABLE_UNHANDLED =
      "The execution of the Workflow instance was terminated, as a step threw an NonRetryableError and it was not handled";

  private WorkflowLimits() {}

  static boolean validInstanceId(String id) {
    return id != null && id.length() <= MAX_INSTANCE_ID_LENGTH && INSTANCE_ID.matcher(id).matches();
  }

  static String unreachable(String id, String reached, String expected) {
    return "[WorkflowIntrospector] The Workflow instance " + id + " has reached status '" + reached
        + "'. This is a finite status that prevents it from ever reaching the expected status of '" + expected + "'.";
  }

  static String noOutput(String status) {
    return "Cannot retrieve output: Workflow instance is in status \"" + status + "\" but must be \"complete\" to have an output available";
  }

  static String noError(String status) {
    return "Cannot retrieve error: Workflow instance is in status \"" + status + "\" but must be \"errored\" to have error information available";
  }
}
