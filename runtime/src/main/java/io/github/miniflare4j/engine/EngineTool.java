package io.github.miniflare4j.engine;

import org.graalvm.polyglot.Engine;

/**
 * Something that attaches to the shared engine as it is created (coverage, ...), found with
 * {@link java.util.ServiceLoader} (the resource {@code
 * META-INF/services/io.github.miniflare4j.engine.EngineTool}), so that the engine names none of
 * them.
 */
public interface EngineTool {

  /**
   * Called once, right after the shared engine is built and before any Context uses it.
   *
   * @param engine the engine shared by every Context of the JVM
   */
  void engineCreated(Engine engine);
}
