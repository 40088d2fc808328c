package io.github.miniflare4j.engine.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the fixed cost of a JVM's first worker goes: named marks on the way from the JVM's start
 * to the first response (engine created, prelude built, first Context, prelude evaluated, first
 * worker started, first response, and whatever a caller such as a test launcher adds), each with
 * the wall time since the JVM started and the CPU time that every kind of thread (main, JIT
 * compilers, GC, the VM thread, event loops of workers and spare Contexts, others) spent since the previous mark.
 *
 * <p>Off unless the system property {@code miniflare4j.startupProfile} is set: {@code true} prints
 * the table to standard error when the JVM exits; any other value names a file that gets one TSV
 * line per mark appended (phase, ms since JVM start, then CPU ms by thread kind), for scripts that
 * aggregate many runs ({@code bench/run-startup-profile.sh}). When off, {@link #mark} costs one
 * field read. Each phase name is recorded once, the first time it is reached.
 *
 * <p>Thread CPU comes from Linux's {@code /proc/self/task/* /stat} (10 ms ticks, every thread,
 * also the JVM's own compiler and GC threads, which Java's thread beans do not list); the
 * process total from the operating-system bean. Elsewhere only the total is shown.
 */
public final class StartupProfile {

  private static final String SETTING = System.getProperty("miniflare4j.startupProfile", "");
  private static final boolean ENABLED = !SETTING.isEmpty() && !SETTING.equals("false");
  /** Thread kinds, in column order; the comm name (15 characters at most) decides. */
  private static final List<String> KINDS = List.of("main", "jit", "gc", "vm", "loops", "other");

  private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();
  private static final List<Mark> MARKS = new ArrayList<>();
  private static final long START_NANOS;
  /** The last CPU figure of every thread seen, by thread id (guarded by the class). */
  private static final Map<String, ThreadCpu> THREADS = new java.util.HashMap<>();

  static {
    // when off, nothing here loads the management classes
    if (ENABLED) {
      START_NANOS = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
      Runtime.getRuntime().addShutdownHook(new Thread(StartupProfile::report, "miniflare4j-startup-profile"));
    } else {
      START_NANOS = 0;
    }
  }

  private StartupProfile() {}

  /**
   * Whether profiling is on ({@code -Dminiflare4j.startupProfile=...}).
   *
   * @return {@code true} when marks are recorded
   */
  public static boolean enabled() {
    return ENABLED;
  }

  /**
   * Records that {@code phase} was reached now, unless it was reached before.
   *
   * @param phase a short name, e.g. {@code "first worker started"}
   */
  public static void mark(String phase) {
    if (!ENABLED || !SEEN.add(phase)) {
      return;
    }
    Mark mark = new Mark(phase, (System.nanoTime() - START_NANOS) / 1e6, processCpuMillis(), threadCpuMillis(),
        ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount(), compileMillis());
    synchronized (MARKS) {
      MARKS.add(mark);
    }
  }

  /**
   * Computes a value and marks {@code phase} when it is done (when profiling, a mark {@code
   * "<phase>: begin"} first).
   *
   * @param <T> the value's type
   * @param phase the phase that ends with the value
   * @param work computes the value
   * @return the value
   */
  public static <T> T marked(String phase, java.util.function.Supplier<T> work) {
    mark(phase + ": begin");
    T value = work.get();
    mark(phase);
    return value;
  }

  private static void report() {
    mark("exit");
    List<Mark> marks;
    synchronized (MARKS) {
      marks = new ArrayList<>(MARKS);
    }
    marks.sort((a, b) -> Double.compare(a.atMillis, b.atMillis));
    if (SETTING.equals("true")) {
      print(marks, System.err);
    } else {
      StringBuilder lines = new StringBuilder();
      Mark previous = Mark.ZERO;
      for (Mark mark : marks) {
        lines.append(mark.phase).append('\t').append(format(mark.atMillis)).append('\t')
            .append(format(mark.processCpu - previous.processCpu));
        for (String kind : KINDS) {
          lines.append('\t').append(format(mark.cpu(kind) - previous.cpu(kind)));
        }
        lines.append('\t').append(mark.classes - previous.classes).append('\t')
            .append(mark.compileMillis - previous.compileMillis).append('\n');
        previous = mark;
      }
      try {
        Files.writeString(Path.of(SETTING), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        System.err.println("miniflare4j.startupProfile: cannot write " + SETTING + ": " + e);
      }
    }
  }

  private static void print(List<Mark> marks, PrintStream out) {
    out.println("miniflare4j start-up profile: each row is the phase ending at the mark; wall and CPU in ms");
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-34s %8s %8s %8s", "phase", "at", "wall", "cpu"));
    for (String kind : KINDS) {
      header.append(String.format(Locale.ROOT, " %7s", kind));
    }
    out.println(header.append(String.format(Locale.ROOT, " %8s %7s", "classes", "jit_ms")));
    Mark previous = Mark.ZERO;
    for (Mark mark : marks) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-34s %8.0f %8.0f %8.0f", mark.phase,
          mark.atMillis, mark.atMillis - previous.atMillis, mark.processCpu - previous.processCpu));
      for (String kind : KINDS) {
        row.append(String.format(Locale.ROOT, " %7.0f", mark.cpu(kind) - previous.cpu(kind)));
      }
      out.println(row.append(String.format(Locale.ROOT, " %8d %7d", mark.classes - previous.classes,
          mark.compileMillis - previous.compileMillis)));
      previous = mark;
    }
  }

  private static String format(double millis) {
    return String.format(Locale.ROOT, "%.1f", millis);
  }

  private static double processCpuMillis() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e6;
    }
    return 0;
  }

  private static long compileMillis() {
    var compiler = ManagementFactory.getCompilationMXBean();
    return compiler != null && compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime() : 0;
  }

  /**
   * CPU ms by thread kind (10 ms ticks), summed over every thread seen so far: a thread that
   * ended keeps the figure it had when last seen.
   */
  private static synchronized Map<String, Double> threadCpuMillis() {
    Path tasks = Path.of("/proc/self/task");
    if (Files.isDirectory(tasks)) {
      try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
        for (Path thread : threads) {
          try {
            String name = Files.readString(thread.resolve("comm")).trim();
            String stat = Files.readString(thread.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double millis = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
            THREADS.put(thread.getFileName().toString(), new ThreadCpu(kindOf(name), millis));
          } catch (IOException | RuntimeException gone) {
            // the thread ended while we looked
          }
        }
      } catch (IOException e) {
        // no per-thread figures on this system
      }
    }
    Map<String, Double> byKind = new LinkedHashMap<>();
    THREADS.values().forEach(t -> byKind.merge(t.kind, t.millis, Double::sum));
    return byKind;
  }

  private record ThreadCpu(String kind, double millis) {}

  private static String kindOf(String name) {
    // the launcher's main thread keeps the process's name
    if (name.equals("main") || name.equals("java")) {
      return "main";
    }
    if (name.contains("CompilerThre")) {
      return "jit";
    }
    if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Periodic")
        || name.startsWith("Parallel GC") || name.startsWith("ZGC") || name.startsWith("Serial")) {
      return name.startsWith("VM Periodic") ? "vm" : "gc";
    }
    if (name.equals("VM Thread")) {
      return "vm";
    }
    if (name.startsWith("miniflare4j-wor") || name.startsWith("miniflare4j-spa")) {
      // worker and spare-Context loops alike: a thread keeps the OS name it started with
      return "loops";
    }
    return "other";
  }

  private record Mark(String phase, double atMillis, double processCpu, Map<String, Double> threads, long classes,
      long compileMillis) {
    static final Mark ZERO = new Mark("", 0, 0, Map.of(), 0, 0);

    double cpu(String kind) {
      return threads.getOrDefault(kind, 0.0);
    }
  }
}
