package io.github.miniflare4j.service;

import io.github.miniflare4j.http.FetchHandler;
import java.util.Objects;

/**
 * What a service binding points at: another worker of the same instance, by name, or a Java
 * {@link FetchHandler}.
 */
public final class ServiceTarget {

  private final String workerName;
  private final FetchHandler handler;

  private ServiceTarget(String workerName, FetchHandler handler) {
    this.workerName = workerName;
    this.handler = handler;
  }

  /**
   * A binding to the worker of this name.
   *
   * @param name the worker name; must name a worker of the instance
   * @return the target
   */
  public static ServiceTarget worker(String name) {
    return new ServiceTarget(Objects.requireNonNull(name, "worker name"), null);
  }

  /**
   * A binding answered by Java code.
   *
   * @param handler answers each request on the host executor; not {@code null}
   * @return the target
   */
  public static ServiceTarget java(FetchHandler handler) {
    return new ServiceTarget(null, Objects.requireNonNull(handler, "handler"));
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
    return isJava() ? "Java handler " + handler : "worker \"" + workerName + "\"";
  }
}
