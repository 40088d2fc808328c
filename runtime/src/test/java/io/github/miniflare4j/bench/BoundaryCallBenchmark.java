package io.github.miniflare4j.bench;

import io.github.miniflare4j.engine.SharedEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * CPU time of one Java-to-JavaScript entry call shaped like {@code internals.dispatchFetch}, in
 * three forms measured in turn in the same Context: six positional arguments, one record read
 * through exported accessor methods, one object read through exported final fields. Each round
 * makes the JavaScript side read every argument, as the prelude does.
 *
 * <p>Not a test: {@code ./mvnw -q -o -pl runtime test-compile exec:java
 * -Dexec.mainClass=io.github.miniflare4j.bench.BoundaryCallBenchmark -Dexec.classpathScope=test}
 */
public final class BoundaryCallBenchmark {

  /** The call as a record with exported accessors. */
  public record AsRecord(
      @HostAccess.Export Object request,
      @HostAccess.Export boolean rejectErrors,
      @HostAccess.Export Object work,
      @HostAccess.Export Object done,
      @HostAccess.Export Object sink,
      @HostAccess.Export String entrypoint) {}

  /** The call as an object with exported final fields. */
  public static final class AsFields {
    @HostAccess.Export public final Object request;
    @HostAccess.Export public final boolean rejectErrors;
    @HostAccess.Export public final Object work;
    @HostAccess.Export public final Object done;
    @HostAccess.Export public final Object sink;
    @HostAccess.Export public final String entrypoint;

    AsFields(Object request, boolean rejectErrors, Object work, Object done, Object sink, String entrypoint) {
      this.request = request;
      this.rejectErrors = rejectErrors;
      this.work = work;
      this.done = done;
      this.sink = sink;
      this.entrypoint = entrypoint;
    }
  }

  /** Stands for the Java objects passed along. */
  public static final class Token {
    @HostAccess.Export public int n() {
      return 1;
    }
  }

  private BoundaryCallBenchmark() {}

  public static void main(String[] args) {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    try (Context context = Context.newBuilder("js").engine(SharedEngine.engine())
        .allowHostAccess(SharedEngine.HOST_ACCESS).build()) {
      Value positional = context.eval("js",
          "(function (data, rejectErrors, work, done, sink = null, entrypoint = null) {"
              + " return (data !== null) + rejectErrors + (work !== null) + (sink === null) + (entrypoint === null) + (typeof done); })");
      Value record = context.eval("js",
          "(function (call) { const data = call.request(), rejectErrors = call.rejectErrors(), work = call.work(),"
              + " done = call.done(), sink = call.sink(), entrypoint = call.entrypoint();"
              + " return (data !== null) + rejectErrors + (work !== null) + (sink === null) + (entrypoint === null) + (typeof done); })");
      Value fields = context.eval("js",
          "(function (call) { const { request: data, rejectErrors, work, done, sink, entrypoint } = call;"
              + " return (data !== null) + rejectErrors + (work !== null) + (sink === null) + (entrypoint === null) + (typeof done); })");
      Token data = new Token();
      Token work = new Token();
      Object done = (org.graalvm.polyglot.proxy.ProxyExecutable) a -> null;
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      double[] sums = new double[3];
      for (int round = 0; round < 8; round++) {
        long t0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < calls; i++) {
          positional.execute(data, false, work, done, null, null);
        }
        long t1 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < calls; i++) {
          record.execute(new AsRecord(data, false, work, done, null, null));
        }
        long t2 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < calls; i++) {
          fields.execute(new AsFields(data, false, work, done, null, null));
        }
        long t3 = threads.getCurrentThreadCpuTime();
        if (round >= 3) { // the first rounds warm up
          sums[0] += (t1 - t0) / (double) calls;
          sums[1] += (t2 - t1) / (double) calls;
          sums[2] += (t3 - t2) / (double) calls;
        }
        System.out.printf(Locale.ROOT, "round %d: positional %.0f ns, record accessors %.0f ns, exported fields %.0f ns%n",
            round, (t1 - t0) / (double) calls, (t2 - t1) / (double) calls, (t3 - t2) / (double) calls);
      }
      System.out.printf(Locale.ROOT, "mean of rounds 3-7 (CPU ns per call): positional %.0f, record accessors %.0f, exported fields %.0f%n",
          sums[0] / 5, sums[1] / 5, sums[2] / 5);
    }
  }
}
