package io.github.miniflare4j.bench;

import io.github.miniflare4j.engine.SharedEngine;
import io.github.miniflare4j.interop.JsOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * CPU time of one JavaScript-to-Java host call shaped like the prelude's RPC call ({@code
 * host.rpc().call}), in three forms measured in turn in the same Context: six positional
 * arguments, one options object read through {@link JsOptions} plus the two callbacks, and a
 * capability host object (owner and id kept in final fields) whose call takes four arguments.
 * Each form's Java side reads every argument, as {@code RpcHost} does; the callbacks are passed,
 * not called.
 *
 * <p>Not a test: {@code ./mvnw -q -o -pl runtime test-compile exec:java
 * -Dexec.mainClass=io.github.miniflare4j.bench.RpcCallShapeBenchmark -Dexec.classpathScope=test}
 */
public final class RpcCallShapeBenchmark {

  /** The host object of the three shapes; sums what it reads so that nothing is optimised away. */
  public static final class Host {
    long sink;

    /**
     * Six positional arguments.
     *
     * @param owner the owner's token
     * @param id the capability id
     * @param member the member
     * @param argsText the arguments
     * @param resolve a callback
     * @param reject a callback
     */
    @HostAccess.Export
    public void call(String owner, int id, String member, String argsText, Value resolve, Value reject) {
      sink += owner.length() + id + member.length() + argsText.length() + (resolve == reject ? 1 : 0);
    }

    /**
     * One options object {@code {owner, id, member, argsText}} and the callbacks.
     *
     * @param options the options
     * @param resolve a callback
     * @param reject a callback
     */
    @HostAccess.Export
    public void callWith(Value options, Value resolve, Value reject) {
      JsOptions call = JsOptions.of(options, "RPC call");
      String owner = call.string("owner");
      int id = call.integer("id");
      String member = call.optionalString("member");
      String argsText = call.optionalString("argsText");
      sink += owner.length() + id + member.length() + argsText.length() + (resolve == reject ? 1 : 0);
    }

    /**
     * A capability host object with the owner and id in final fields.
     *
     * @param owner the owner's token
     * @param id the capability id
     * @return the object
     */
    @HostAccess.Export
    public Capability capability(String owner, int id) {
      return new Capability(this, owner, id);
    }
  }

  /** The third shape: owner and id fixed once per stub. */
  public static final class Capability {
    private final Host host;
    private final String owner;
    private final int id;

    Capability(Host host, String owner, int id) {
      this.host = host;
      this.owner = owner;
      this.id = id;
    }

    /**
     * Four arguments.
     *
     * @param member the member
     * @param argsText the arguments
     * @param resolve a callback
     * @param reject a callback
     */
    @HostAccess.Export
    public void call(String member, String argsText, Value resolve, Value reject) {
      host.sink += owner.length() + id + member.length() + argsText.length() + (resolve == reject ? 1 : 0);
    }
  }

  private RpcCallShapeBenchmark() {}

  public static void main(String[] args) {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    try (Context context = Context.newBuilder("js").engine(SharedEngine.engine())
        .allowHostAccess(SharedEngine.HOST_ACCESS).build()) {
      Host host = new Host();
      String setup = "const owner = 'tok-' + Math.random(); const id = 7; const resolve = () => {}; const reject = () => {};";
      Value positional = context.eval("js", "(function (h, n) { " + setup
          + " for (let i = 0; i < n; i++) h.call(owner, id, 'm', '[1]', resolve, reject); })");
      Value options = context.eval("js", "(function (h, n) { " + setup
          + " for (let i = 0; i < n; i++) h.callWith({ owner, id, member: 'm', argsText: '[1]' }, resolve, reject); })");
      Value capability = context.eval("js", "(function (h, n) { " + setup
          + " const cap = h.capability(owner, id); for (let i = 0; i < n; i++) cap.call('m', '[1]', resolve, reject); })");
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      double[] sums = new double[3];
      int rounds = 10;
      for (int round = 0; round < rounds; round++) {
        long t0 = threads.getCurrentThreadCpuTime();
        positional.execute(host, calls);
        long t1 = threads.getCurrentThreadCpuTime();
        options.execute(host, calls);
        long t2 = threads.getCurrentThreadCpuTime();
        capability.execute(host, calls);
        long t3 = threads.getCurrentThreadCpuTime();
        if (round >= 4) { // the first rounds warm up
          sums[0] += (t1 - t0) / (double) calls;
          sums[1] += (t2 - t1) / (double) calls;
          sums[2] += (t3 - t2) / (double) calls;
        }
        System.out.printf(Locale.ROOT, "round %d: positional %.0f ns, options object %.0f ns, capability object %.0f ns%n",
            round, (t1 - t0) / (double) calls, (t2 - t1) / (double) calls, (t3 - t2) / (double) calls);
      }
      int measured = rounds - 4;
      System.out.printf(Locale.ROOT, "mean of rounds 4-%d (CPU ns per call): positional %.0f, options object %.0f, capability object %.0f (sink %d)%n",
          rounds - 1, sums[0] / measured, sums[1] / measured, sums[2] / measured, host.sink);
    }
  }
}
