package io.github.miniflare4j.service;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.Objects;

/**
 * One service binding of a worker: {@code env.NAME} reaching another worker (its default export
 * or a named entrypoint) or Java code.
 *
 * @param name the binding name
 * @param target what the binding reaches
 */
public record ServiceDeclaration(String name, ServiceTarget target) implements BindingDeclaration {

  /** The kind of service bindings. */
  public static final String KIND = "service";

  /**
   * Checks the components.
   *
   * @param name the binding name
   * @param target what the binding reaches
   */
  public ServiceDeclaration {
    Objects.requireNonNull(name, "binding name");
    Objects.requireNonNull(target, "target");
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String targetWorker(String declaringWorker) {
    return target.isJava() ? null : target.workerName();
  }
}
