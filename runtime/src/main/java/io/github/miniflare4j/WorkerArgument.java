package io.github.miniflare4j;

/**
 * Arguments of {@link ModuleExports#call} that Java cannot build: the worker itself supplies
 * them at the call, in the argument's position.
 */
public enum WorkerArgument {
  /** The worker's {@code env}: its bindings, as its handlers receive them. */
  ENV,
  /**
   * A new {@code ExecutionContext} ({@code ctx}): {@code ctx.waitUntil(...)} work is tracked by
   * the instance as a request's ({@link Miniflare#waitUntilSettled(java.time.Duration)}).
   */
  EXECUTION_CONTEXT
}
