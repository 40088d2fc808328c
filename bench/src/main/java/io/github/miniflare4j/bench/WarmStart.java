package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Warm start: in a JVM that has started instances before, a new instance to its first response,
 * then closed; 10 cycles after the warm-up ({@link WarmUp}: 10 cycles, more until its time
 * has passed), for hello-world and the two-worker example.
 *
 * <p>Reported twice: first from a child JVM under C1 only ({@link JvmSetup#c1}, the README's
 * configuration for test suites; keys {@code warm.*[c1]}), while this JVM is idle, then in this
 * JVM with its own options (keys {@code warm.*}). In JVMs this young, HotSpot's compiler threads
 * are still compiling GraalJS's interpreter and take about half the CPU of a cycle with the
 * default tiered compilation; the C1 figures show what is left without the optimizing compiler.
 */
final class WarmStart {

  private WarmStart() {}

  /**
   * The C1 child: reports {@code warm.hello[label]} and {@code warm.multi[label]}.
   *
   * @param args the label of the keys and the cycle count
   */
  public static void main(String[] args) {
    cycles("warm.hello[" + args[0] + "]", Workers::hello, Integer.parseInt(args[1]));
    cycles("warm.multi[" + args[0] + "]", Workers::multi, Integer.parseInt(args[1]));
    System.exit(0);
  }

  /** Reports {@code warm.hello[c1]} and {@code warm.multi[c1]} from a child, then {@code warm.hello} and {@code warm.multi}. */
  static void run(int cycles) throws IOException, InterruptedException {
    JvmSetup c1 = JvmSetup.c1(Bench.jvmOptions());
    List<String> command = new ArrayList<>(c1.command(false, System.getProperty("java.class.path"), WarmStart.class.getName()));
    command.add(c1.label());
    command.add(Integer.toString(cycles));
    int code = new ProcessBuilder(command).inheritIO().start().waitFor();
    if (code != 0) {
      throw new IllegalStateException("warm-start child (" + String.join(" ", command) + ") exited with " + code);
    }
    cycles("warm.hello", Workers::hello, cycles);
    cycles("warm.multi", Workers::multi, cycles);
  }

  private static void cycles(String key, Supplier<MiniflareOptions> options, int cycles) {
    WarmUp.repeat(cycles, () -> cycle(options.get()));
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < cycles; i++) {
      times.add(cycle(options.get()));
    }
    Figures.emitTimes(key, times);
  }

  private static double cycle(MiniflareOptions options) {
    long start = System.nanoTime();
    try (Miniflare mf = new Miniflare(options)) {
      mf.dispatchFetch("http://localhost/").text();
    }
    return Figures.millisSince(start);
  }
}
