package io.github.miniflare4j.bench;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Truffle;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.http.FetchRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the workers' loop threads spend their CPU in JavaScript, by function, for one case of
 * {@link DispatchCpuProfile}: a sampler reads, every period, the guest call stack that the default
 * (interpreter-only) Truffle runtime keeps per thread, and charges the thread's CPU time since
 * the previous sample to the functions on it. JFR sees only the interpreter's Java frames, and
 * a safepoint-based sampler only the places where the interpreter polls.
 *
 * <p>An approximation for finding hot spots, not a measurement: the CPU between two samples is
 * charged to the stack of the second, so a place where a loop thread often loses the processor
 * (a Java callback that wakes another thread, such as the one completing a response) is charged
 * more than it uses on a loaded machine; compare figures with {@link DispatchCpuProfile}. Reads private
 * fields of the JDK and of Truffle, so it needs {@code --add-opens java.base/java.lang=ALL-UNNAMED};
 * without the optimizing Truffle runtime only (the JDK 17 default here).
 *
 * <p>Not a test: {@code java --add-opens java.base/java.lang=ALL-UNNAMED -cp <test classpath>
 * io.github.miniflare4j.bench.DispatchJsProfile hello|multi|d1 [warm-up requests, default 3000]
 * [sampled requests, default 5000] [period in microseconds, default 200] [lines, default 50]}.
 */
public final class DispatchJsProfile {

  private final GuestStacks guestStacks;
  private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
  private final Map<Long, Long> lastCpu = new HashMap<>();
  private final Map<List<String>, Long> stacks = new HashMap<>();
  private long outsideJavaScript;
  private volatile boolean running;

  private DispatchJsProfile() throws ReflectiveOperationException {
    guestStacks = new GuestStacks();
  }

  /** Samples the workers' loop threads; prints CPU per function, inclusive and self. */
  public static void main(String[] args) throws Exception {
    String name = args.length > 0 ? args[0] : "hello";
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    int requests = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
    long periodMicros = args.length > 3 ? Long.parseLong(args[3]) : 200;
    int lines = args.length > 4 ? Integer.parseInt(args[4]) : 50;
    DispatchJsProfile profile = new DispatchJsProfile();
    try (Miniflare mf = new Miniflare(DispatchCpuProfile.options(name))) {
      FetchRequest request = FetchRequest.get("http://localhost/select"); // see DispatchCpuProfile
      for (int i = 0; i < warm; i++) {
        mf.dispatchFetch(request);
      }
      Thread sampler = profile.start(periodMicros);
      for (int i = 0; i < requests; i++) {
        mf.dispatchFetch(request);
      }
      profile.running = false;
      sampler.join();
      profile.print(requests, lines);
    }
  }

  private Thread start(long periodMicros) {
    List<Thread> loops = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("miniflare4j-worker")) {
        loops.add(t);
      }
    }
    running = true;
    return GuestStacks.startSampler(periodMicros, () -> running, () -> loops.forEach(this::sample));
  }

  private void sample(Thread thread) {
    long cpu = mx.getThreadCpuTime(thread.getId());
    Long before = lastCpu.put(thread.getId(), cpu);
    long micros = before == null ? 0 : (cpu - before) / 1000;
    if (micros <= 0) {
      return;
    }
    List<String> frames = guestStacks.frames(thread);
    if (frames == null) {
      return; // the thread moved on while being read
    }
    if (frames.isEmpty()) {
      outsideJavaScript += micros;
    } else {
      stacks.merge(frames, micros, Long::sum);
    }
  }


  private void print(int requests, int lines) {
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> inclusive = new HashMap<>();
    long total = 0;
    for (Map.Entry<List<String>, Long> stack : stacks.entrySet()) {
      total += stack.getValue();
      self.merge(stack.getKey().get(0), stack.getValue(), Long::sum);
      Set<String> seen = new HashSet<>();
      for (String function : stack.getKey()) {
        if (seen.add(function)) {
          inclusive.merge(function, stack.getValue(), Long::sum);
        }
      }
    }
    System.out.printf(Locale.ROOT, "loop threads' CPU per request: %.1f us in JavaScript, %.1f us outside it%n",
        (double) total / requests, (double) outsideJavaScript / requests);
    table("inclusive", inclusive, total, requests, lines);
    table("self", self, total, requests, lines);
  }

  private static void table(String title, Map<String, Long> figures, long total, int requests, int lines) {
    System.out.println("--- " + title + ": us per request, share of the CPU in JavaScript, function (source:line)");
    figures.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .limit(lines)
        .forEach(e -> System.out.printf(Locale.ROOT, "%7.1f %5.1f%% %s%n",
            (double) e.getValue() / requests, 100.0 * e.getValue() / total, e.getKey()));
  }
}
