/**
 * Workflows: the {@code workflows} binding kind (Miniflare's {@code workflows} option, Wrangler's
 * {@code [[workflows]]}), {@code WorkflowEntrypoint} classes run step by step on the instance
 * clock, every step's outcome kept in the storage layer ({@code workflowsPersist}), and the Java
 * handle {@link io.github.miniflare4j.workflows.Workflow} with Cloudflare's workflow introspection.
 */
package io.github.miniflare4j.workflows;
