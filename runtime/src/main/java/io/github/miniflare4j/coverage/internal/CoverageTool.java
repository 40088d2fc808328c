package io.github.miniflare4j.coverage.internal;

import io.github.miniflare4j.engine.EngineTool;
import org.graalvm.polyglot.Engine;

/** Starts coverage on the shared engine when {@code -Dminiflare4j.coverage} asks for it. */
public final class CoverageTool implements EngineTool {

  /** Created by {@link java.util.ServiceLoader}. */
  public CoverageTool() {}

  @Override
  public void engineCreated(Engine engine) {
    CoverageSession.startIfRequested(engine);
  }
}
