package io.github.miniflare4j.durable;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.Objects;

/**
 * One Durable Object namespace binding of a worker: {@code env.NAME} on the objects of a class.
 *
 * @param name the binding name
 * @param definition the class, the worker exporting it and its storage kind
 */
public record DurableObjectDeclaration(String name, DurableObjectBinding definition) implements BindingDeclaration {

  /** The kind of Durable Objects, also the name of their persist directory ({@code .mf/do}). */
  public static final String KIND = "do";

  /**
   * Checks the components.
   *
   * @param name the binding name
   * @param definition the class, the worker exporting it and its storage kind
   */
  public DurableObjectDeclaration {
    Objects.requireNonNull(name, "binding name");
    Objects.requireNonNull(definition, "definition");
  }

  /**
   * The worker that exports the class.
   *
   * @param worker the declaring worker, the owner when the definition names no script
   * @return the owner's name
   */
  public String owner(String worker) {
    return definition.scriptName() != null ? definition.scriptName() : worker;
  }

  @Override
  public String kind() {
    return KIND;
  }
}
