package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.http.FetchResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cold start: a fresh JVM ({@code java -cp <class path> ...ColdStart}) to the first response of
 * the hello-world worker, and to the process's exit after {@code close()}. One warm-up run (file
 * system caches), then {@code runs} measured ones.
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

  /** Runs the children and reports {@code cold.*}. */
  static void run(List<String> jvmOptions, int runs) throws IOException, InterruptedException {
    once(jvmOptions);
    List<Double> first = new ArrayList<>();
    List<Double> exit = new ArrayList<>();
    List<Double> peak = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      double[] r = once(jvmOptions);
      first.add(r[0]);
      exit.add(r[1]);
      peak.add(r[2]);
    }
    Figures.emitTimes("cold.first_response", first);
    Figures.emitTimes("cold.process_exit", exit);
    Figures.emit("cold.peak_rss", Figures.Stats.of(peak).median(), "MiB");
  }

  private static double[] once(List<String> jvmOptions) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Bench.javaExecutable());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ColdStart.class.getName());
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
      throw new IllegalStateException("cold-start child exited with " + code + " before its first response");
    }
    return new double[] {first, exit, peak};
  }
}
