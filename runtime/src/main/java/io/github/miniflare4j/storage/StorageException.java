package io.github.miniflare4j.storage;

/** A storage operation failed (the database could not be opened, read or written). */
public final class StorageException extends RuntimeException {

  /**
   * Creates the exception; {@code cause} may be {@code null}.
   *
   * @param message what failed, naming the file or store
   * @param cause the underlying failure, or {@code null}
   */
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
