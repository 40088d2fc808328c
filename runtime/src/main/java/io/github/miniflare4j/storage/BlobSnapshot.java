package io.github.miniflare4j.storage;

/**
 * The content of one {@link BlobStore} at one moment, to give back to {@link
 * BlobStore#restore}. Immutable and reusable.
 */
public final class BlobSnapshot {

  private final Object origin;
  private final Object state;

  BlobSnapshot(Object origin, Object state) {
    this.origin = origin;
    this.state = state;
  }

  /** The state, for the store that took it; {@code IllegalArgumentException} for any other. */
  Object stateFor(Object requester) {
    if (requester != origin) {
      throw new IllegalArgumentException("A BlobSnapshot can only be restored into the store that took it");
    }
    return state;
  }

  /**
   * The state, for any store of {@code kind}: for in-memory stores, whose states are immutable
   * once shared (copy-on-write), so that {@code Miniflare.setOptions} can carry a bucket into the
   * store of its new configuration.
   *
   * @param kind the class of the store asking
   * @return the state
   * @throws IllegalArgumentException when another kind of store took the snapshot
   */
  Object stateForStoreOf(Class<?> kind) {
    if (!kind.isInstance(origin)) {
      throw new IllegalArgumentException("A BlobSnapshot can only be restored into the store that took it");
    }
    return state;
  }
}
