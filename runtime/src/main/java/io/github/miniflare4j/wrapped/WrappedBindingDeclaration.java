package io.github.miniflare4j.wrapped;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.Map;
import java.util.Objects;

/**
 * One wrapped binding: {@code env.NAME} is the result of calling the default export (or the
 * named {@code entrypoint}) of worker {@code scriptName}'s single ES module with an {@code env}
 * of the extra {@code bindings} followed by that worker's own bindings.
 *
 * @param name the binding name
 * @param scriptName the worker whose module wraps the binding; it does not run as a worker of
 *     its own
 * @param entrypoint the exported function to call, or {@code null} for the default export
 * @param bindings extra variables the function's {@code env} has, before the worker's own (in
 *     this order)
 */
public record WrappedBindingDeclaration(String name, String scriptName, String entrypoint, Map<String, JsonNode> bindings)
    implements BindingDeclaration {

  /** The kind of wrapped bindings. */
  public static final String KIND = "wrapped";

  /**
   * Checks the components.
   *
   * @param name the binding name
   * @param scriptName the wrapping worker
   * @param entrypoint the exported function, or {@code null}
   * @param bindings extra variables
   */
  public WrappedBindingDeclaration {
    Objects.requireNonNull(name, "binding name");
    Objects.requireNonNull(scriptName, "scriptName");
    bindings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bindings == null ? Map.of() : bindings));
  }

  /**
   * A binding to the default export of worker {@code scriptName}.
   *
   * @param name the binding name
   * @param scriptName the wrapping worker
   * @return the declaration, for {@code WorkerOptions.builder().bind(...)}
   */
  public static WrappedBindingDeclaration wrapped(String name, String scriptName) {
    return new WrappedBindingDeclaration(name, scriptName, null, Map.of());
  }

  @Override
  public String kind() {
    return KIND;
  }
}
