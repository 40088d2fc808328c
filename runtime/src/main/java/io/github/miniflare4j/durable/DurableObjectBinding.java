package io.github.miniflare4j.durable;

import java.util.Objects;

/**
 * A Durable Object namespace binding: the exported class that implements the objects, the
 * worker that exports it ({@code null} for the binding worker itself), and whether the class is
 * SQLite-backed (Miniflare's {@code useSQLite}, wrangler's {@code new_sqlite_classes}), which
 * enables {@code ctx.storage.sql}.
 */
public final class DurableObjectBinding {

  private final String className;
  private final String scriptName;
  private final boolean sqlite;

  private DurableObjectBinding(String className, String scriptName, boolean sqlite) {
    this.className = Objects.requireNonNull(className, "className");
    this.scriptName = scriptName;
    this.sqlite = sqlite;
  }

  /**
   * A class exported by the binding worker itself.
   *
   * @param className the exported class name; not {@code null}
   * @return a binding without SQL storage
   */
  public static DurableObjectBinding of(String className) {
    return new DurableObjectBinding(className, null, false);
  }

  /**
   * A class exported by another worker of the instance.
   *
   * @param className the exported class name; not {@code null}
   * @param scriptName the name of the worker exporting it; must name a worker of the instance
   * @return a binding without SQL storage
   */
  public static DurableObjectBinding of(String className, String scriptName) {
    return new DurableObjectBinding(className, scriptName, false);
  }

  /**
   * The same binding with {@code ctx.storage.sql} enabled (or disabled).
   *
   * @param enabled whether {@code ctx.storage.sql} works
   * @return a new binding; this one is unchanged
   */
  public DurableObjectBinding withSqlite(boolean enabled) {
    return new DurableObjectBinding(className, scriptName, enabled);
  }

  /**
   * The exported class name.
   *
   * @return the class name
   */
  public String className() {
    return className;
  }

  /**
   * The worker exporting the class, or {@code null} for the binding worker.
   *
   * @return the worker name, or {@code null}
   */
  public String scriptName() {
    return scriptName;
  }

  /**
   * Whether the class is SQLite-backed ({@code ctx.storage.sql} works).
   *
   * @return {@code true} when SQL storage is enabled
   */
  public boolean sqlite() {
    return sqlite;
  }

  @Override
  public String toString() {
    String base = scriptName == null ? className : className + " (from worker \"" + scriptName + "\")";
    return sqlite ? base + " [SQLite]" : base;
  }
}
