package io.github.miniflare4j.durable;

import java.util.Objects;

/**
 * A Durable Object namespace binding: the exported class that implements the objects, and the
 * worker that exports it ({@code null} for the binding worker itself).
 */
public final class DurableObjectBinding {

  private final String className;
  private final String scriptName;

  private DurableObjectBinding(String className, String scriptName) {
    this.className = Objects.requireNonNull(className, "className");
    this.scriptName = scriptName;
  }

  /** A class exported by the binding worker itself. */
  public static DurableObjectBinding of(String className) {
    return new DurableObjectBinding(className, null);
  }

  /** A class exported by another worker of the instance. */
  public static DurableObjectBinding of(String className, String scriptName) {
    return new DurableObjectBinding(className, scriptName);
  }

  /** The exported class name. */
  public String className() {
    return className;
  }

  /** The worker exporting the class, or {@code null} for the binding worker. */
  public String scriptName() {
    return scriptName;
  }

  @Override
  public String toString() {
    return scriptName == null ? className : className + " (from worker \"" + scriptName + "\")";
  }
}
