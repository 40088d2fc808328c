package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.http.FetchResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Cold start: a fresh JVM ({@code java -cp <class path> ...ColdStart}) to the first response of
 * the hello-world worker, and to the process's exit after {@code close()}, with the default JVM
 * options and with the configurations the README documents for test suites ({@link JvmSetup}).
 * Environment: {@code BENCH_AOT_JAVA_HOME} (a JDK 25 for the ahead-of-time cache), {@code
 * BENCH_COLD_SETUPS} (comma-separated labels to keep, e.g. {@code defaults,c1}).
 */
final class ColdStart {

  private ColdStart() {}

  /** The child process: start, dispatch once, print {@code FIRST}, close, print the peak RSS. */
  public static void main(String[] args) {
    try (Miniflare mf = new Miniflare(Workers.hello())) {
      FetchResponse response = mf.dispatchFetch("http://localhost/");
      if (response.status() != 200) {
        throw new IllegalStateException("hello-world answered " + response.status());
      }
      System.out.println("FIRST");
      System.out.flush();
    }
    System.out.println("PEAK " + Figures.peakRssMiB());
  }

  /**
   * Runs the children and reports {@code cold.*} for each setup ({@link JvmSetup#coldStartSetups}):
   * the training runs of the setups with a cache first, then one warm-up run per setup (file
   * system caches), then {@code runs} rounds, each running every setup once in a rotating order,
   * so that the load of the machine falls on every setup alike.
   */
  static void run(List<String> jvmOptions, int runs) throws IOException, InterruptedException {
    Path caches = Files.createTempDirectory("miniflare4j-bench-cold");
    try {
      List<JvmSetup> setups = JvmSetup.coldStartSetups(jvmOptions, System.getenv("BENCH_AOT_JAVA_HOME"),
          System.getenv("BENCH_COLD_SETUPS"), caches);
      String classPath = System.getProperty("java.class.path");
      for (JvmSetup setup : setups) {
        setup.train(classPath, ColdStart.class.getName());
        once(setup, classPath);
      }
      Map<JvmSetup, List<double[]>> results = new LinkedHashMap<>();
      setups.forEach(s -> results.put(s, new ArrayList<>()));
      for (int round = 0; round < runs; round++) {
        for (int i = 0; i < setups.size(); i++) {
          JvmSetup setup = setups.get((round + i) % setups.size());
          results.get(setup).add(once(setup, classPath));
        }
      }
      results.forEach((setup, rows) -> {
        Figures.emitTimes(setup.key("cold.first_response"), rows.stream().map(r -> r[0]).toList());
        Figures.emitTimes(setup.key("cold.process_exit"), rows.stream().map(r -> r[1]).toList());
        Figures.emit(setup.key("cold.peak_rss"), Figures.Stats.of(rows.stream().map(r -> r[2]).toList()).median(), "MiB");
      });
    } finally {
      try (Stream<Path> files = Files.walk(caches)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private static double[] once(JvmSetup setup, String classPath) throws IOException, InterruptedException {
    List<String> command = setup.command(false, classPath, ColdStart.class.getName());
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    double first = Double.NaN;
    double peak = Double.NaN;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.equals("FIRST")) {
          first = Figures.millisSince(start);
        } else if (line.startsWith("PEAK ")) {
          peak = Double.parseDouble(line.substring(5));
        }
      }
    }
    int code = process.waitFor();
    double exit = Figures.millisSince(start);
    if (code != 0 || Double.isNaN(first)) {
      throw new IllegalStateException("cold-start child (" + String.join(" ", command) + ") exited with " + code
          + " before its first response");
    }
    return new double[] {first, exit, peak};
  }
}
