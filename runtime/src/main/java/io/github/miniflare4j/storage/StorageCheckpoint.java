package io.github.miniflare4j.storage;

/**
 * A point in the history of an instance's storage that writes can be rolled back to. Taken with
 * {@code Miniflare.checkpointStorage()}; used by the JUnit extension to give every test the
 * same starting data.
 *
 * <p>Checkpoints nest: restoring one invalidates the checkpoints taken after it. Restoring costs
 * time in proportion to the writes made since the checkpoint, not to the data stored.
 */
public interface StorageCheckpoint extends AutoCloseable {

  /**
   * Undoes every write (put, delete, clear) made since this checkpoint was taken, in every
   * namespace, including namespaces first used after it. The checkpoint stays valid and can be
   * restored again.
   *
   * @throws IllegalStateException when the checkpoint was closed, or invalidated by restoring
   *     an earlier one
   */
  void restore();

  /** Stops tracking writes for this checkpoint (and later ones); the data stays as it is. */
  @Override
  void close();
}
