package io.github.miniflare4j.engine;

/**
 * Completes a future given to {@link WorkerIsolate#settleLater} whose outcome will never come (a
 * cancelled timer, a wait of an abandoned run): the operation stops counting as the worker's
 * pending I/O, and the promise waiting on it is left pending.
 */
public final class OperationDropped extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The one instance: it carries no state. */
  public static final OperationDropped INSTANCE = new OperationDropped();

  private OperationDropped() {
    super("operation dropped", null, false, false);
  }
}
