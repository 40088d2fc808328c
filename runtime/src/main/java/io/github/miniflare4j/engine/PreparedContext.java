package io.github.miniflare4j.engine;

import io.github.miniflare4j.engine.internal.StartupProfile;
import io.github.miniflare4j.http.FetchRequest;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * A worker Context before its worker is known: built on the shared engine with the one set of
 * options every worker uses, the prelude evaluated, owned by its {@link EventLoop}. What makes it
 * a particular worker's (file system, host bridge, compatibility settings, env, code) comes
 * later, in {@link WorkerIsolate}.
 */
final class PreparedContext {

  private static final FetchRequest WARM_UP_REQUEST =
      FetchRequest.builder("http://localhost/warm-up?q=1").header("accept", "*/*").build();

  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  final EventLoop loop;
  final Context context;
  final Value internals;
  final HostBridge bridge;
  final DeferredFileSystem files;
  /** Whether this Context translates functions on their first call ({@link CodeTranslation}). */
  final boolean lazyTranslation;
  /** The CPU time the warm-up took on the loop thread, in nanoseconds; 0 without warm-up. */
  final long warmUpNanos;

  private PreparedContext(EventLoop loop, Context context, Value internals, HostBridge bridge, DeferredFileSystem files,
      boolean lazyTranslation, long warmUpNanos) {
    this.loop = loop;
    this.context = context;
    this.internals = internals;
    this.bridge = bridge;
    this.files = files;
    this.lazyTranslation = lazyTranslation;
    this.warmUpNanos = warmUpNanos;
  }

  /**
   * Builds the Context and evaluates the prelude; on {@code loop}'s thread. With {@code warmUp}
   * (a spare, prepared off the critical path) it also runs the dispatch path once without worker
   * code (the prelude's {@code internals.warmUp}). The Context is closed again when this fails.
   *
   * @throws org.graalvm.polyglot.PolyglotException when the prelude fails
   */
  static PreparedContext create(EventLoop loop, boolean warmUp) {
    return create(loop, warmUp, false);
  }

  /**
   * Like {@link #create(EventLoop, boolean)}, with the {@code WebAssembly} global when {@code
   * wasm} is set (see {@link WasmContexts}).
   */
  static PreparedContext create(EventLoop loop, boolean warmUp, boolean wasm) {
    DeferredFileSystem files = new DeferredFileSystem();
    boolean lazyTranslation = CodeTranslation.lazy();
    Context context =
        WasmContexts.newBuilder(wasm)
            .engine(SharedEngine.engine())
            .allowHostAccess(SharedEngine.HOST_ACCESS)
            .allowIO(IOAccess.newBuilder().fileSystem(files).build())
            .allowCreateThread(false)
            .allowNativeAccess(false)
            .allowCreateProcess(false)
            .allowExperimentalOptions(true)
            .option("js.esm-eval-returns-exports", "true")
            // workerd resolves a bare specifier ("lib.js") like "./lib.js": against the importer
            .option("js.esm-bare-specifier-relative-lookup", "true")
            .option("js.print", "false")
            // no `arguments` global of GraalJS's shell (workerd has none)
            .option("js.global-arguments", "false")
            .option("js.load", "false")
            // the Graal global carries setUnhandledPromiseRejectionHandler: global-scope.js takes
            // it for the "unhandledrejection" events and removes the global
            .option("js.unhandled-rejections", "handler")
            // no Java, Packages, java, javax, ... globals: host class lookup stays off as well
            .option("js.java-package-globals", "false")
            .option("js.timezone", "UTC")
            // workerd's default locale, whatever the JVM's
            .option("js.locale", "en-US")
            .option("js.text-encoding", "true")
            // the ECMAScript proposals V8 ships and workerd has (Math.sumPrecise, JSON.rawJSON,
            // Iterator.concat, Map.prototype.getOrInsert, ...); v8-compat.js takes out the ones V8
            // lacks and words their errors as V8 does
            .option("js.ecmascript-version", "staging")
            // AsyncLocalStorage (node:async_hooks) rides on the AsyncContext proposal
            .option("js.async-context", "true")
            // functions translated on their first call, until coverage starts (CodeTranslation)
            .option("js.lazy-translation", Boolean.toString(lazyTranslation))
            .build();
    StartupProfile.mark("first Context created");
    try {
      HostBridge bridge = new HostBridge();
      Value factory = context.eval(SharedEngine.prelude());
      StartupProfile.mark(warmUp ? "first spare: prelude parsed" : "first prelude parsed");
      Value internals = factory.execute(bridge, PreludeModuleLoader.INSTANCE);
      StartupProfile.mark(warmUp ? "first spare: prelude run" : "first prelude run");
      long warmUpNanos = 0;
      if (warmUp) {
        long before = THREADS.getCurrentThreadCpuTime();
        internals.getMember("warmUp").execute(new JsRequestData(WARM_UP_REQUEST));
        warmUpNanos = Math.max(1, THREADS.getCurrentThreadCpuTime() - before);
        StartupProfile.mark("first spare: warmed up");
      }
      return new PreparedContext(loop, context, internals, bridge, files, lazyTranslation, warmUpNanos);
    } catch (RuntimeException e) {
      context.close(true);
      throw e;
    }
  }
}
