package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the WebAssembly language costs a hello-world worker, three variants paired in one run
 * (each measurement of a round runs every variant once, in turn, so that machine load hits them
 * alike):
 *
 * <ul>
 *   <li>{@code no-wasm}: the engine without the wasm language ({@code -Dminiflare4j.wasm=false});
 *   <li>{@code lazy}: the engine permits wasm, the worker never names WebAssembly, so its Context
 *       has no wasm (the default for such workers);
 *   <li>{@code wasm}: the same worker naming WebAssembly in a comment, so its Context has it.
 * </ul>
 *
 * <p>Cold: a fresh JVM to the first response. Warm: in a JVM that started instances before, a new
 * instance to its first response, then closed (median of 20 cycles after 20 warm-up cycles; one
 * JVM per variant and round, as the engine's languages are fixed per JVM).
 *
 * <p>Not a test: {@code ./mvnw -q -o -pl runtime test-compile exec:java
 * -Dexec.mainClass=io.github.miniflare4j.bench.WasmStartCost -Dexec.classpathScope=test
 * -Dexec.args="5"} (the argument: rounds, default 5).
 */
public final class WasmStartCost {

  private static final String HELLO = "export default { fetch() { return new Response(\"Hello World!\"); } };";
  private static final String VARIANTS = "no-wasm lazy wasm";

  private WasmStartCost() {}

  /**
   * Runs the rounds, or (as a child) one measurement.
   *
   * @param args {@code [rounds]}, or {@code child cold|warm <variant>}
   * @throws Exception when a child fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("child")) {
      child(args[1], args[2]);
      return;
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Map<String, List<Double>> cold = new LinkedHashMap<>();
    Map<String, List<Double>> warm = new LinkedHashMap<>();
    for (String variant : VARIANTS.split(" ")) {
      spawn("cold", variant); // warm-up of the file system caches
    }
    for (int round = 0; round < rounds; round++) {
      for (String variant : VARIANTS.split(" ")) {
        cold.computeIfAbsent(variant, v -> new ArrayList<>()).add(spawn("cold", variant));
        warm.computeIfAbsent(variant, v -> new ArrayList<>()).add(spawn("warm", variant));
      }
    }
    report("cold first response", cold);
    report("warm new instance + first response", warm);
  }

  private static void report(String what, Map<String, List<Double>> times) {
    double base = median(times.get("no-wasm"));
    System.out.println(what + ":");
    times.forEach((variant, list) -> System.out.printf(Locale.ROOT, "  %-8s median %8.2f ms  (%.2fx no-wasm)  %s%n",
        variant, median(list), median(list) / base, list));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double spawn(String mode, String variant) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (variant.equals("no-wasm")) {
      command.add("-Dminiflare4j.wasm=false");
    }
    command.add("-Dminiflare4j.spareContexts=0");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(WasmStartCost.class.getName());
    command.add("child");
    command.add(mode);
    command.add(variant);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    double result = Double.NaN;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.equals("FIRST")) {
          result = (System.nanoTime() - start) / 1e6;
        } else if (line.startsWith("WARM ")) {
          result = Double.parseDouble(line.substring(5));
        }
      }
    }
    if (process.waitFor() != 0 || Double.isNaN(result)) {
      throw new IllegalStateException(mode + " " + variant + " child failed");
    }
    return result;
  }

  private static MiniflareOptions options(String variant) {
    String code = variant.equals("wasm") ? "// uses WebAssembly\n" + HELLO : HELLO;
    // a loaded machine must not fail a measurement: generous start-up limits
    return MiniflareOptions.builder()
        .startupTimeout(java.time.Duration.ofMinutes(5))
        .cpuLimit(java.time.Duration.ofMinutes(1))
        .worker(WorkerOptions.builder().modules(true).script(code).build())
        .build();
  }

  private static void child(String mode, String variant) {
    if (mode.equals("cold")) {
      try (Miniflare mf = new Miniflare(options(variant))) {
        mf.dispatchFetch("http://localhost/").text();
        System.out.println("FIRST");
        System.out.flush();
      }
      return;
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      long start = System.nanoTime();
      try (Miniflare mf = new Miniflare(options(variant))) {
        mf.dispatchFetch("http://localhost/").text();
      }
      if (i >= 20) {
        times.add((System.nanoTime() - start) / 1e6);
      }
    }
    System.out.println("WARM " + median(times));
  }
}
