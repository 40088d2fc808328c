package io.github.miniflare4j.workflows;

import java.util.List;

/**
 * What {@code instance.status()} reports, with JSON values read into Java ({@code null}, {@link
 * String}, {@link Number}, {@link Boolean}, {@link List}, {@link java.util.Map}).
 *
 * @param status the instance's status
 * @param output what {@code run()} returned (as JSON), or {@code null}
 * @param error the instance's error when it failed, or {@code null}
 * @param stepOutputs the results of its completed {@code step.do} steps and the payloads of the
 *     events it received, in the order they completed (Miniflare's {@code
 *     __LOCAL_DEV_STEP_OUTPUTS})
 */
public record WorkflowStatus(WorkflowInstanceStatus status, Object output, WorkflowError error, List<Object> stepOutputs) {}
