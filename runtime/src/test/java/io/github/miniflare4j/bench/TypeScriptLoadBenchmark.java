package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.engine.SharedEngine;
import io.github.miniflare4j.modules.ModuleLoader;
import io.github.miniflare4j.modules.ModuleOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * What loading TypeScript costs: the Java stripper on a realistic 300-line file (first call of
 * the JVM, warm calls, the disk cache), the same file through sucrase and TypeScript's {@code
 * transpileModule} run in GraalJS when their bundles are given, and a generated project of 200
 * TypeScript modules (first load, load from the disk cache, load from memory, instance start).
 *
 * <p>Not a test: run it with {@code ./mvnw -q -pl runtime test-compile exec:java
 * -Dexec.mainClass=io.github.miniflare4j.bench.TypeScriptLoadBenchmark -Dexec.classpathScope=test
 * -Dexec.args="<work dir> [sucrase.bundle.js] [typescript.js]"}. The 200-module project is written
 * to {@code <work dir>/project}; its stripped output is cached in {@code <work dir>/cache}, so a
 * second run of the benchmark measures the disk cache of an earlier JVM.
 */
public final class TypeScriptLoadBenchmark {

  private TypeScriptLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args.length > 0 ? args[0] : "target/ts-bench");
    Files.createDirectories(work);
    String ts = resource("/bench/realistic.ts");
    Path cache = work.resolve("cache");
    ModuleOptions options = ModuleOptions.builder().cacheDir(cache).build();

    Path file = work.resolve("single/realistic.ts");
    Files.createDirectories(file.getParent());
    Files.writeString(file, ts);
    Files.writeString(file.resolveSibling("runtime-types.ts"), "export interface KVNamespace {}\nexport interface ExecutionContext {}\n");
    Files.writeString(work.resolve("single/realistic.stripped.mjs"), ModuleLoader.scriptSource(file, ts));
    int n = 300;
    long[] strip = io.github.miniflare4j.modules.StripTiming.measure(ts, cache, n);
    System.out.println("load average at start: " + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
        + " on " + Runtime.getRuntime().availableProcessors() + " cores");
    report("java stripper, 294-line file: first call in this JVM", strip[0]);
    report("java stripper, warm (mean of " + n + ")", strip[1]);
    report("disk cache hit: hash + read (mean of " + n + ")", strip[2]);

    if (args.length > 1 && !args[1].isEmpty()) {
      jsTranspiler("sucrase", Path.of(args[1]), ts,
          "(src) => sucraseTransform(src, { transforms: ['typescript'], disableESTransforms: true }).code");
    }
    if (args.length > 2 && !args[2].isEmpty()) {
      jsTranspiler("typescript transpileModule", Path.of(args[2]), ts,
          "(src) => ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText");
    }

    Path project = ProjectGenerator.write(work.resolve("project"), 200);
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = cpu.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    ModuleLoader.load(project.resolve("src/index.ts"), options);
    long load = System.nanoTime() - t0;
    long loadCpu = cpu.getCurrentThreadCpuTime() - c0;
    c0 = cpu.getCurrentThreadCpuTime();
    t0 = System.nanoTime();
    ModuleLoader.load(project.resolve("src/index.ts"), options);
    long again = System.nanoTime() - t0;
    long againCpu = cpu.getCurrentThreadCpuTime() - c0;
    report("200-module project: prepare all modules (strip or disk cache, resolve, rewrite), wall", load);
    report("200-module project: the same, CPU time of the thread", loadCpu);
    report("200-module project: prepare again in the same JVM (memory), wall", again);
    report("200-module project: the same, CPU time of the thread", againCpu);
    for (int round = 1; round <= 2; round++) {
      t0 = System.nanoTime();
      try (Miniflare mf = new Miniflare(MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(5))
          .worker(WorkerOptions.builder().scriptPath(project.resolve("src/index.ts")).moduleOptions(options)).build())) {
        long started = System.nanoTime() - t0;
        String body = mf.dispatchFetch("http://localhost/").text();
        report("200-module project: Miniflare start #" + round + " (GraalJS parses and links the modules) -> " + body, started);
      }
    }
  }

  private static void jsTranspiler(String name, Path bundle, String ts, String call) throws IOException {
    long t0 = System.nanoTime();
    try (Context context = Context.newBuilder("js").engine(SharedEngine.engine()).allowHostAccess(SharedEngine.HOST_ACCESS).build()) {
      context.eval(Source.newBuilder("js", bundle.toFile()).build());
      Value transform = context.eval("js", call);
      long loaded = System.nanoTime() - t0;
      transform.execute(ts).asString();
      long first = System.nanoTime() - t0 - loaded;
      int n = 20;
      long t1 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        transform.execute(ts + "\n// " + i).asString();
      }
      long warm = (System.nanoTime() - t1) / n;
      report(name + " in GraalJS: load its bundle (" + Files.size(bundle) / 1024 + " KB)", loaded);
      report(name + " in GraalJS: first transform", first);
      report(name + " in GraalJS: warm transform (mean of " + n + ")", warm);
    }
  }

  private static void report(String what, long nanos) {
    System.out.println(String.format(Locale.ROOT, "%-100s %10.3f ms", what, nanos / 1e6));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TypeScriptLoadBenchmark.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
