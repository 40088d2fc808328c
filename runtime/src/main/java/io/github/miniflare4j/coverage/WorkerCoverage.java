package io.github.miniflare4j.coverage;

import io.github.miniflare4j.coverage.internal.CoverageRecorder;
import io.github.miniflare4j.coverage.internal.CoverageSession;
import io.github.miniflare4j.engine.SharedEngine;
import java.nio.file.Path;

/**
 * Coverage of worker code from Java: every worker of the JVM shares one engine, so coverage is
 * JVM-wide. Usually switched on for a whole test run with {@code -Dminiflare4j.coverage=true}
 * (or a directory); these methods serve a build that wants its own report.
 *
 * <pre>{@code
 * WorkerCoverage.start();
 * // ... run workers ...
 * WorkerCoverage.report().writeTo(Path.of("target/worker-coverage"));
 * }</pre>
 */
public final class WorkerCoverage {

  private WorkerCoverage() {}

  /**
   * Starts counting statements and conditions of the project's worker files (files under {@code
   * node_modules} are left out); does nothing when already counting.
   */
  public static void start() {
    recorder().start(CoverageSession.PROJECT_FILES);
  }

  /** Stops counting; the counts stay. */
  public static void stop() {
    recorder().stop();
  }

  /** Forgets every count. */
  public static void reset() {
    recorder().reset();
  }

  /**
   * Whether counting is on.
   *
   * @return {@code true} while counting
   */
  public static boolean active() {
    return recorder().active();
  }

  /**
   * What was counted so far.
   *
   * @return the report
   */
  public static CoverageReport report() {
    return new CoverageReport(recorder().snapshot());
  }

  /**
   * Writes the report that {@code -Dminiflare4j.coverage} writes at exit, now.
   *
   * @param dir where {@code lcov.info} and {@code summary.txt} go
   * @return the path of {@code lcov.info}
   */
  public static Path writeReport(Path dir) {
    return report().writeTo(dir);
  }

  private static CoverageRecorder recorder() {
    return CoverageSession.recorder(SharedEngine.engine());
  }
}
