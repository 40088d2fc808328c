package io.github.miniflare4j.dispatchnamespace;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.Objects;

/**
 * A dispatch namespace binding. Not emulated locally, as in Miniflare: scripts of the namespace
 * only run on Cloudflare, so every call on {@code env.NAME.get(script)} rejects.
 *
 * @param name the binding name
 * @param namespace the namespace name
 */
public record DispatchNamespaceBinding(String name, String namespace) implements BindingDeclaration {

  /** The plugin kind. */
  public static final String KIND = "dispatch-namespace";

  /**
   * Checks the components.
   *
   * @param name the binding name
   * @param namespace the namespace name
   */
  public DispatchNamespaceBinding {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(namespace, "namespace");
  }

  @Override
  public String kind() {
    return KIND;
  }
}
