package io.github.miniflare4j.kv;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.Objects;

/**
 * One KV namespace binding of a worker: {@code env.NAME} on the namespace {@code namespaceId};
 * bindings of the same id, in any worker, share its data.
 *
 * @param name the binding name
 * @param namespaceId the namespace id
 */
public record KvNamespaceDeclaration(String name, String namespaceId) implements BindingDeclaration {

  /** The kind of KV namespaces, also the name of their persist directory. */
  public static final String KIND = "kv";

  /**
   * Checks the components.
   *
   * @param name the binding name
   * @param namespaceId the namespace id
   */
  public KvNamespaceDeclaration {
    Objects.requireNonNull(name, "binding name");
    Objects.requireNonNull(namespaceId, "namespace id");
  }

  @Override
  public String kind() {
    return KIND;
  }
}
