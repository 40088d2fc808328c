package io.github.miniflare4j.bench;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.nodes.RootNode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the loop threads spend their CPU while a fresh two-worker instance is constructed and
 * answers its first requests, with the spare Contexts ready: a sampler charges each loop thread's
 * CPU time since its previous sample to the phase the main thread is in, to the JavaScript
 * function on top of the thread's guest stack and to a coarse class of its Java stack (parsing,
 * translating a function on its first call, specializing nodes, our Java code). See {@link
 * DispatchJsProfile} for the sampling method and its caveats; here they weigh more, since a loop
 * thread's burst of work is charged to the stack it is parked in when the burst ended between
 * two samples (the {@code parked} class and {@code (no JavaScript)}): read the other lines as
 * shares of what was caught running.
 *
 * <p>Not a test: {@code java --add-opens java.base/java.lang=ALL-UNNAMED -cp <test classpath>
 * io.github.miniflare4j.bench.WarmJsProfile <bench workers dir> hello|multi [cycles, default 60]
 * [period in microseconds, default 300] [lines, default 30]}; {@code -DwarmJsProfile.young=true}
 * runs hello-world's cycles first, for a JVM as young as the bench's warm group.
 */
public final class WarmJsProfile {

  private static final String[][] JAVA_CLASSES = {
    {"parse", "com.oracle.js.parser."},
    {"parse", "GraalJSEvaluator.parse"},
    {"translate on first call", "translateFunctionOnDemand"},
    {"regex compile", "RegexLanguage.parse"},
    {"context close", "PolyglotContextImpl.close"},
    {"specialize", "executeAndSpecialize"},
    {"miniflare4j java", "io.github.miniflare4j.engine.WorkerIsolate"},
  };

  private final GuestStacks guestStacks;
  private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
  private final Map<Long, Long> lastCpu = new HashMap<>();
  private final Map<String, Long> self = new HashMap<>();
  private final Map<String, Long> inclusive = new HashMap<>();
  private final Map<String, Long> javaClasses = new HashMap<>();
  private final Map<String, Long> javaTops = new HashMap<>();
  private volatile String phase = "idle";
  private volatile boolean running = true;

  private WarmJsProfile() throws ReflectiveOperationException {
    guestStacks = new GuestStacks();
  }

  /** Runs the cycles and prints the tables. */
  public static void main(String[] args) throws Exception {
    MiniflareOptions options = io.github.miniflare4j.engine.WarmCycleProbeAccess.options(Path.of(args[0]), args[1]);
    int cycles = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    long period = args.length > 3 ? Long.parseLong(args[3]) : 300;
    int lines = args.length > 4 ? Integer.parseInt(args[4]) : 30;
    WarmJsProfile profile = new WarmJsProfile();
    if (Boolean.getBoolean("warmJsProfile.young")) {
      // as young a JVM as the bench's warm group: hello-world's cycles first
      MiniflareOptions hello = io.github.miniflare4j.engine.WarmCycleProbeAccess.options(Path.of(args[0]), "hello");
      for (int i = 0; i < 2 * cycles; i++) {
        cycle(hello, profile, false);
      }
    }
    for (int i = 0; i < cycles; i++) {
      cycle(options, profile, false);
    }
    Thread sampler = profile.start(period);
    for (int i = 0; i < cycles; i++) {
      cycle(options, profile, true);
    }
    profile.running = false;
    sampler.join();
    profile.print(cycles, lines);
    System.exit(0);
  }

  private static void cycle(MiniflareOptions options, WarmJsProfile profile, boolean sampled) throws Exception {
    io.github.miniflare4j.engine.WarmCycleProbeAccess.awaitSpares();
    profile.phase = sampled ? "construct" : "idle";
    Miniflare mf = new Miniflare(options);
    profile.phase = sampled ? "first response" : "idle";
    mf.dispatchFetch("http://localhost/").text();
    profile.phase = sampled ? "second response" : "idle";
    mf.dispatchFetch("http://localhost/").text();
    profile.phase = sampled ? "close" : "idle";
    mf.close();
    profile.phase = "idle";
  }

  private Thread start(long periodMicros) {
    return GuestStacks.startSampler(periodMicros, () -> running, () -> {
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        if (t.getName().startsWith("miniflare4j-worker") || t.getName().startsWith("miniflare4j-spare")) {
          sample(t);
        }
      }
    });
  }

  private void sample(Thread thread) {
    String at = phase;
    long cpu = mx.getThreadCpuTime(thread.getId());
    Long before = lastCpu.put(thread.getId(), cpu);
    long micros = before == null ? 0 : (cpu - before) / 1000;
    if (micros <= 0 || at.equals("idle")) {
      return;
    }
    String kind = at + " / " + (thread.getName().startsWith("miniflare4j-spare") ? "spare" : "worker");
    List<String> frames = guestStacks.frames(thread);
    if (frames == null) {
      return; // the thread moved on while being read
    }
    StackTraceElement[] java = thread.getStackTrace();
    String javaClass = "interpreting / other";
    outer:
    for (String[] c : JAVA_CLASSES) {
      for (StackTraceElement e : java) {
        if ((e.getClassName() + "." + e.getMethodName()).contains(c[1])) {
          javaClass = c[0];
          break outer;
        }
      }
    }
    if (java.length == 0 || java[0].getClassName().startsWith("jdk.internal.misc.Unsafe") && java[0].getMethodName().equals("park")) {
      javaClass = "parked";
    }
    javaClasses.merge(kind + ": " + javaClass, micros, Long::sum);
    String top = "";
    for (StackTraceElement e : java) {
      if (!e.getClassName().startsWith("com.oracle.truffle.js.nodes") && !e.getClassName().startsWith("com.oracle.truffle.api.impl")
          && !e.getClassName().startsWith("com.oracle.truffle.js.runtime.JavaScriptRealmBoundaryRootNode")) {
        top = e.getClassName() + "." + e.getMethodName();
        break;
      }
    }
    javaTops.merge(kind + ": " + top, micros, Long::sum);
    if (frames.isEmpty()) {
      frames.add("(no JavaScript)");
    }
    self.merge(kind + ": " + frames.get(0), micros, Long::sum);
    Set<String> seen = new HashSet<>();
    for (String function : frames) {
      if (seen.add(function)) {
        inclusive.merge(kind + ": " + function, micros, Long::sum);
      }
    }
  }


  private void print(int cycles, int lines) {
    table("java stack class", javaClasses, cycles, 100);
    table("java top frame (outside the interpreter's nodes)", javaTops, cycles, lines);
    table("self", self, cycles, lines);
    table("inclusive", inclusive, cycles, lines);
  }

  private static void table(String title, Map<String, Long> figures, int cycles, int lines) {
    System.out.println("--- " + title + ": us per cycle");
    figures.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .limit(lines)
        .forEach(e -> System.out.printf(Locale.ROOT, "%8.1f %s%n", (double) e.getValue() / cycles, e.getKey()));
  }
}
