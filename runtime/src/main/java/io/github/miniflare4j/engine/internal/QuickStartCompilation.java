package io.github.miniflare4j.engine.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Makes HotSpot compile with its quick compiler (C1) only, from the moment it is applied, for the
 * rest of the JVM's life: the effect of {@code -XX:TieredStopAtLevel=1}, for a JVM already
 * running. A short run, such as a test suite, spends most of its second core on C2 compiling the
 * GraalJS interpreter, work a run of a few seconds never earns back; C1 compiles it at a fraction
 * of the cost.
 *
 * <p>How: one compiler directive ({@code c2: { Exclude: true }} for every method), added through
 * the JVM's {@code DiagnosticCommand} MBean ({@code jcmd Compiler.directives_add}). A method HotSpot
 * would compile with C2 is then compiled by C1 without profiling, as under the flag. Best effort:
 * on a JVM without that MBean or operation (not HotSpot) nothing happens.
 *
 * <p>{@code -Dminiflare4j.quickStart=false} keeps the JVM's own compilation whoever asks;
 * {@code -Dminiflare4j.quickStart=true} asks for it at the first {@code Miniflare}'s construction.
 */
public final class QuickStartCompilation {

  /** The system property that forbids ({@code false}) or asks for ({@code true}) quick start. */
  public static final String PROPERTY = "miniflare4j.quickStart";

  private static final String DIRECTIVE = "[ { match: \"*.*\", c2: { Exclude: true } } ]\n";
  private static final AtomicBoolean REQUESTED = new AtomicBoolean();
  private static final System.Logger LOG = System.getLogger(QuickStartCompilation.class.getName());

  private QuickStartCompilation() {}

  /** Whether {@code -Dminiflare4j.quickStart=true} asks for quick start without the extension. */
  public static boolean askedByProperty() {
    return "true".equalsIgnoreCase(System.getProperty(PROPERTY));
  }

  /**
   * Applies the directive on a background daemon thread, once per JVM (later calls do nothing),
   * unless {@code -Dminiflare4j.quickStart=false}. Returns at once: loading the JVM's management
   * classes takes a few hundred milliseconds of a second core, never the caller's.
   *
   * @return whether this call started applying it
   */
  public static boolean requestInBackground() {
    if ("false".equalsIgnoreCase(System.getProperty(PROPERTY)) || !REQUESTED.compareAndSet(false, true)) {
      return false;
    }
    Thread thread = new Thread(QuickStartCompilation::apply, "miniflare4j-quick-start");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
    return true;
  }

  /**
   * Adds the directive now, on this thread.
   *
   * @return whether the JVM took it
   */
  static boolean apply() {
    Path file = null;
    try {
      file = Files.createTempFile("miniflare4j-quick-start", ".json");
      Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
      Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"),
          "compilerDirectivesAdd",
          new Object[] {new String[] {file.toString()}},
          new String[] {String[].class.getName()});
      boolean taken = String.valueOf(answer).contains("1 compiler directives added");
      LOG.log(System.Logger.Level.DEBUG, "quick-start compilation: {0}", String.valueOf(answer).trim());
      return taken;
    } catch (JMException | IOException | RuntimeException | LinkageError e) {
      LOG.log(System.Logger.Level.DEBUG, "quick-start compilation not available on this JVM", e);
      return false;
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a temporary file of a few bytes; the JVM read it already
        }
      }
    }
  }
}
