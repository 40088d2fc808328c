package io.github.miniflare4j.service;

import io.github.miniflare4j.http.FetchHandler;
import java.util.Objects;

/**
 * What a service binding points at: another worker of the same instance, by name, or a Java
 * {@link FetchHandler}.
 */
public final class ServiceTarget {

  private final String workerName;
  private final String entrypoint;
  private final FetchHandler handler;

  private ServiceTarget(String workerName, String entrypoint, FetchHandler handler) {
    this.workerName = workerName;
    this.entrypoint = entrypoint;
    this.handler = handler;
  }

  /**
   * A binding to the worker of this name.
   *
   * @param name the worker name; must name a worker of the instance
   * @return the target
   */
  public static ServiceTarget worker(String name) {
    return new ServiceTarget(Objects.requireNonNull(name, "worker name"), null, null);
  }

  /**
   * A binding to a named {@code WorkerEntrypoint} export of the worker of this name, as
   * Miniflare's {@code { name, entrypoint }}: {@code fetch()} and RPC calls reach that class.
   *
   * @param name the worker name; must name a worker of the instance
   * @param entrypoint the named export (a class extending {@code WorkerEntrypoint}), or {@code
   *     null} for the default export; the instance refuses to start when the worker does not
   *     export it
   * @return the target
   */
  public static ServiceTarget worker(String name, String entrypoint) {
    return new ServiceTarget(Objects.requireNonNull(name, "worker name"), entrypoint, null);
  }

  /**
   * A binding answered by Java code.
   *
   * @param handler answers each request on the host executor; not {@code null}
   * @return the target
   */
  public static ServiceTarget java(FetchHandler handler) {
    return new ServiceTarget(null, null, Objects.requireNonNull(handler, "handler"));
  }

  /**
   * The target worker's name, or {@code null} for a Java binding.
   *
   * @return the worker name, or {@code null}
   */
  public String workerName() {
    return workerName;
  }

  /**
   * The named export of the target worker the binding calls, or {@code null} for its default
   * export (and for a Java binding).
   *
   * @return the entrypoint name, or {@code null}
   */
  public String entrypoint() {
    return entrypoint;
  }

  /**
   * The Java handler, or {@code null} for a worker binding.
   *
   * @return the handler, or {@code null}
   */
  public FetchHandler handler() {
    return handler;
  }

  /**
   * Whether this binding is answered by Java code.
   *
   * @return {@code true} for a Java binding
   */
  public boolean isJava() {
    return handler != null;
  }

  @Override
  public String toString() {
    if (isJava()) {
      return "Java handler " + handler;
    }
    return "worker \"" + workerName + "\"" + (entrypoint == null ? "" : " entrypoint \"" + entrypoint + "\"");
  }
}
