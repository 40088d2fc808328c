package io.github.miniflare4j.bench;

import io.github.miniflare4j.engine.SharedEngine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark harness. Prints one TSV line per figure (key, median, min, max, unit), the same
 * keys as {@code bench/node/bench.mjs} prints for the real Miniflare.
 *
 * <pre>
 * java -cp &lt;class path&gt; io.github.miniflare4j.bench.Bench [GROUP...]
 * </pre>
 *
 * <p>Groups: {@code cold warm dispatch-hello dispatch-kv dispatch-multi reset-1000 reset-100000
 * http d1 r2
 * html-rewriter websocket}, and, only when named, {@code kv-ops} (KV operations per second, in memory and
 * persisted) and {@code request-cost} (bytes allocated and loop-thread CPU per request: {@link
 * RequestCost}). Each group runs in a fresh JVM and also reports {@code peak_rss.<group>}: the peak resident set size
 * of its JVM. Child JVMs get this JVM's options, so a JIT opt-in on the command line reaches
 * them. Environment: {@code BENCH_ROUNDS} (5), {@code BENCH_COLD_RUNS} (10), {@code
 * BENCH_RESET_100K_RUNS} (20), {@code BENCH_R2_LARGE_RUNS} (2: 100 MiB put+get cycles), {@code BENCH_SCALE} (1: the request counts of the dispatch and
 * HTTP groups).
 */
public final class Bench {

  /** Every group, in the order they run. */
  static final List<String> GROUPS =
      List.of("cold", "warm", "dispatch-hello", "dispatch-kv", "dispatch-multi", "reset-1000", "reset-100000", "http",
          "d1", "r2", "html-rewriter", "websocket");

  /** Groups that run only when named (no counterpart on the Node.js side). */
  static final List<String> NAMED_ONLY_GROUPS = List.of("kv-ops", "request-cost", "start-cost");

  private Bench() {}

  /**
   * Runs the named groups (every group when none is named), each in a fresh JVM.
   *
   * @param args group names; {@code --with-peak GROUP} runs one group in this JVM and adds its
   *     peak RSS
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--with-peak")) {
      runGroup(args[1]);
      if (!args[1].equals("cold")) {
        Figures.emit("peak_rss." + args[1], Figures.peakRssMiB(), "MiB");
      }
    } else {
      System.err.println("miniflare4j bench: GraalJS runtime \"" + SharedEngine.engine().getImplementationName()
          + "\" (\"Interpreted\" means no JIT compilation of JavaScript; see the README's JIT section)");
      for (String group : args.length == 0 ? GROUPS : List.of(args)) {
        if (!GROUPS.contains(group) && !NAMED_ONLY_GROUPS.contains(group)) {
          throw new IllegalArgumentException(
              "unknown benchmark group \"" + group + "\"; groups: " + String.join(" ", GROUPS));
        }
        runInChild(group);
      }
    }
    System.exit(0);
  }

  static void runGroup(String group) throws IOException, InterruptedException {
    int rounds = env("BENCH_ROUNDS", 5);
    switch (group) {
      case "cold" -> ColdStart.run(jvmOptions(), env("BENCH_COLD_RUNS", 10));
      case "warm" -> WarmStart.run(10);
      case "dispatch-hello" -> Dispatch.run("hello", Workers.hello(), scaled(1000), rounds);
      case "dispatch-kv" -> Dispatch.run("kv", Workers.kv(), scaled(500), rounds);
      case "dispatch-multi" -> Dispatch.run("multi", Workers.multi(), scaled(200), rounds);
      case "reset-1000" -> Reset.run(1000, 20);
      case "reset-100000" -> Reset.run(100_000, env("BENCH_RESET_100K_RUNS", 20));
      case "http" -> HttpLoad.run(scaled(2000), rounds);
      case "kv-ops" -> KvThroughput.run(rounds);
      case "request-cost" -> RequestCost.run(rounds);
      case "start-cost" -> StartCost.run(rounds);
      case "d1" -> {
        Dispatch.run("d1-select", Workers.d1(), "/select", scaled(500), rounds);
        Dispatch.run("d1-insert", Workers.d1(), "/insert", scaled(500), rounds);
      }
      case "r2" -> {
        R2Transfer.runLargeObject(env("BENCH_R2_LARGE_RUNS", 2));
        Dispatch.run("r2-1mib", Workers.r2(null, false), "/roundtrip", scaled(100), rounds);
      }
      case "html-rewriter" -> RewriteLargePage.run(scaled(20));
      case "websocket" -> WebSocketEcho.run(scaled(1000), rounds);
      default -> throw new IllegalArgumentException(
          "unknown benchmark group \"" + group + "\"; groups: " + String.join(" ", GROUPS));
    }
  }

  private static void runInChild(String group) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    command.addAll(jvmOptions());
    command.addAll(Arrays.asList("-cp", System.getProperty("java.class.path"), Bench.class.getName(), "--with-peak", group));
    int code = new ProcessBuilder(command).inheritIO().start().waitFor();
    if (code != 0) {
      throw new IllegalStateException("benchmark group " + group + " failed with exit code " + code);
    }
  }

  /** The {@code java} launcher of this JVM. */
  static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** This JVM's options (heap, stack, JIT opt-in), handed on to child JVMs. */
  static List<String> jvmOptions() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments();
  }

  /** A request count scaled by {@code BENCH_SCALE} (default 1), at least 10. */
  private static int scaled(int count) {
    String scale = System.getenv("BENCH_SCALE");
    double factor = scale == null || scale.isBlank() ? 1 : Double.parseDouble(scale.trim());
    return Math.max(10, (int) Math.round(count * factor));
  }

  private static int env(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }
}
