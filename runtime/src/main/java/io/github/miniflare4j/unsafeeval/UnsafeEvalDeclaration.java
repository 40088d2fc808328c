package io.github.miniflare4j.unsafeeval;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.Objects;

/**
 * The unsafe-eval binding of a worker.
 *
 * @param name the binding name
 */
public record UnsafeEvalDeclaration(String name) implements BindingDeclaration {

  /** The kind of the unsafe-eval binding. */
  public static final String KIND = "unsafe-eval";

  /**
   * Checks the name.
   *
   * @param name the binding name
   */
  public UnsafeEvalDeclaration {
    Objects.requireNonNull(name, "binding name");
  }

  @Override
  public String kind() {
    return KIND;
  }
}
