package io.github.miniflare4j.engine;

/**
 * Gives a worker's Durable Objects their storage: the prelude asks for the storage of (class,
 * id) when it constructs an object. Implemented by the {@code durable} package.
 */
public interface DurableStorageProvider {

  /** Provides nothing: a worker that defines no Durable Object classes. */
  DurableStorageProvider NONE = (worker, className, id) -> {
    throw new IllegalStateException("No Durable Object namespace for class \"" + className + "\" of worker \"" + worker + "\"");
  };

  /**
   * The Java object behind {@code ctx.storage} of one object.
   *
   * @param worker the worker that defines the class (the caller)
   * @param className the exported class
   * @param id the object's id, 64 hex digits
   * @return the storage object, the same one for the same (worker, class, id)
   */
  Object storage(String worker, String className, String id);
}
