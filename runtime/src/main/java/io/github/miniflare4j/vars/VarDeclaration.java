package io.github.miniflare4j.vars;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.Objects;

/**
 * One plain variable of a worker: a JSON value under {@code env.NAME}.
 *
 * @param name the binding name
 * @param value the JSON value the worker sees
 */
public record VarDeclaration(String name, JsonNode value) implements BindingDeclaration {

  /** The kind of variables. */
  public static final String KIND = "vars";

  /**
   * Checks the components.
   *
   * @param name the binding name
   * @param value the JSON value the worker sees
   */
  public VarDeclaration {
    Objects.requireNonNull(name, "binding name");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String kind() {
    return KIND;
  }
}
