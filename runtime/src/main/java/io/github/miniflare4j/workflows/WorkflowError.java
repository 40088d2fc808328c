package io.github.miniflare4j.workflows;

/**
 * The error of a failed workflow instance or step, as Miniflare reports it: {@code {name,
 * message}}.
 *
 * @param name the error's name, e.g. {@code "Error"} or {@code "WorkflowFatalError"}
 * @param message its message
 */
public record WorkflowError(String name, String message) {}
