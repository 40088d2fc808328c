package io.github.miniflare4j.workflows.internal;

import io.github.miniflare4j.workflows.WorkflowError;
import io.github.miniflare4j.workflows.WorkflowInstanceStatus;
import java.util.List;

/**
 * What the engine's {@code status(id)} reports: JSON values as text.
 *
 * @param status the instance's status
 * @param stepOutputs the outputs of its finished steps, as JSON text, in order
 * @param output what the run returned, as JSON text, or {@code null}
 * @param error the error the run failed with, or {@code null}
 */
public record StatusReport(WorkflowInstanceStatus status, List<String> stepOutputs, String output, WorkflowError error) {}
