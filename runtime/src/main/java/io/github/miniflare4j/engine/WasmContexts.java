package io.github.miniflare4j.engine;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotAccess;

/**
 * How a worker Context gets the {@code WebAssembly} global: GraalJS's WebAssembly JS API over
 * GraalWasm, which needs the {@code wasm} language permitted and polyglot access between the
 * two languages (never exposed to the worker: the {@code Polyglot} global stays off). Only the
 * Contexts of workers that may use WebAssembly pay for it (see {@link ModuleSet#mayUseWasm}).
 */
final class WasmContexts {

  /**
   * Whether workers can have WebAssembly: GraalWasm is on the class path and the system property
   * {@code miniflare4j.wasm} is not {@code false} (which keeps the wasm language out of the
   * engine altogether).
   */
  static final boolean AVAILABLE =
      !"false".equals(System.getProperty("miniflare4j.wasm")) && WasmLanguageLoader.available();

  /** The languages the shared engine permits. */
  static final String[] ENGINE_LANGUAGES = AVAILABLE ? new String[] {"js", "wasm"} : new String[] {"js"};

  private static final PolyglotAccess JS_TO_WASM =
      PolyglotAccess.newBuilder()
          .allowEval("js", "wasm")
          .allowBindingsAccess("js")
          .allowBindingsAccess("wasm")
          .build();

  private WasmContexts() {}

  /** A Context builder for a worker, with the wasm language when asked for and available. */
  static Context.Builder newBuilder(boolean wasm) {
    if (!wasm || !AVAILABLE) {
      return Context.newBuilder("js");
    }
    return Context.newBuilder("js", "wasm")
        .allowPolyglotAccess(JS_TO_WASM)
        .option("js.webassembly", "true")
        .option("js.polyglot-builtin", "false")
        // proposals workerd's V8 compiles (recorded) that GraalWasm has behind options
        .option("wasm.MultiMemory", "true")
        .option("wasm.ExtendedConstExpressions", "true")
        .option("wasm.RelaxedSIMD", "true")
        .option("wasm.Threads", "true");
  }
}
