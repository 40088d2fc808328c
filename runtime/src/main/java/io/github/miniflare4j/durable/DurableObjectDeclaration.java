package io.github.miniflare4j.durable;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.Objects;

/**
 * One Durable Object namespace binding of a worker: {@code env.NAME} on the objects of a class, or
 * an unbound namespace of one of the worker's own classes, which only {@code ctx.exports.Class}
 * reaches (Wrangler's classes provisioned without a binding, Miniflare's {@code
 * additionalUnboundDurableObjects}).
 *
 * @param name the binding name; the class name for an unbound namespace
 * @param definition the class, the worker exporting it and its storage kind
 * @param unbound whether {@code env} leaves the namespace out
 */
public record DurableObjectDeclaration(String name, DurableObjectBinding definition, boolean unbound)
    implements BindingDeclaration {

  /** The kind of Durable Objects, also the name of their persist directory ({@code .mf/do}). */
  public static final String KIND = "do";

  /**
   * Checks the components.
   *
   * @param name the binding name
   * @param definition the class, the worker exporting it and its storage kind
   * @param unbound whether {@code env} leaves the namespace out
   */
  public DurableObjectDeclaration {
    Objects.requireNonNull(name, "binding name");
    Objects.requireNonNull(definition, "definition");
  }

  /**
   * A binding {@code env.NAME}.
   *
   * @param name the binding name
   * @param definition the class, the worker exporting it and its storage kind
   */
  public DurableObjectDeclaration(String name, DurableObjectBinding definition) {
    this(name, definition, false);
  }

  /**
   * An unbound namespace of one of the declaring worker's classes.
   *
   * @param className the class, exported by the declaring worker
   * @param sqlite whether its objects are SQLite-backed
   * @return the declaration
   */
  public static DurableObjectDeclaration unbound(String className, boolean sqlite) {
    return new DurableObjectDeclaration(className, DurableObjectBinding.of(className).withSqlite(sqlite), true);
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

  @Override
  public String targetWorker(String declaringWorker) {
    return owner(declaringWorker);
  }
}
