package io.github.miniflare4j.coverage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Instrument;

/**
 * Finds the {@link CoverageRecorder} of an engine and runs the coverage that the system
 * property {@value #PROPERTY} asks for: counting from the engine's creation, the report written
 * when the JVM exits.
 */
public final class CoverageSession {

  /**
   * The system property that turns coverage on: {@code true} writes the report to {@value
   * #DEFAULT_DIR}, any other value names the directory.
   */
  public static final String PROPERTY = "miniflare4j.coverage";
  /** Where the report goes when {@value #PROPERTY} is {@code true} (relative to the working directory). */
  public static final String DEFAULT_DIR = "target/miniflare4j-coverage";
  /** Files of installed packages are left out: the project's own code is what is measured. */
  public static final Predicate<String> PROJECT_FILES = path -> !path.replace('\\', '/').contains("/node_modules/");

  private CoverageSession() {}

  /**
   * The engine's recorder.
   *
   * @param engine the polyglot engine
   * @return its recorder
   * @throws IllegalStateException when the instrument is not on the class path
   */
  public static CoverageRecorder recorder(Engine engine) {
    Instrument instrument = engine.getInstruments().get(CoverageInstrument.ID);
    CoverageRecorder recorder = instrument == null ? null : instrument.lookup(CoverageRecorder.class);
    if (recorder == null) {
      throw new IllegalStateException("the coverage instrument " + CoverageInstrument.ID + " is not registered: "
          + "META-INF/services/com.oracle.truffle.api.instrumentation.provider.TruffleInstrumentProvider is "
          + "missing from the class path (a shaded jar must merge service files)");
    }
    return recorder;
  }

  /**
   * Starts coverage on a new engine when {@value #PROPERTY} is set (and not {@code false}), and
   * writes {@code lcov.info} and {@code summary.txt} when the JVM exits.
   *
   * @param engine the engine just created
   */
  public static void startIfRequested(Engine engine) {
    String value = System.getProperty(PROPERTY);
    if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
      return;
    }
    Path dir = value.equalsIgnoreCase("true") ? Path.of(DEFAULT_DIR) : Path.of(value);
    CoverageRecorder recorder = recorder(engine);
    recorder.start(PROJECT_FILES);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      CoverageSnapshot snapshot = recorder.snapshot();
      Path lcov = write(snapshot, dir);
      System.out.println("miniflare4j coverage: " + snapshot.files().size() + " files, report in " + lcov);
    }, "miniflare4j-coverage-report"));
  }

  /**
   * Writes {@code lcov.info} and {@code summary.txt} into {@code dir}.
   *
   * @param snapshot what to write
   * @param dir the directory, created when needed
   * @return the path of {@code lcov.info}
   * @throws UncheckedIOException when the files cannot be written
   */
  public static Path write(CoverageSnapshot snapshot, Path dir) {
    try {
      Files.createDirectories(dir);
      Path lcov = dir.resolve("lcov.info");
      Files.writeString(lcov, snapshot.lcov(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("summary.txt"), snapshot.summary(), StandardCharsets.UTF_8);
      return lcov.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the coverage report to " + dir.toAbsolutePath() + ": " + e, e);
    }
  }
}
