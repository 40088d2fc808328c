package io.github.miniflare4j.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import io.github.miniflare4j.engine.internal.StartOnce;
import io.github.miniflare4j.engine.internal.StartupProfile;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;

/**
 * The one GraalJS {@link Engine} of the JVM, with the one {@link HostAccess} policy and the
 * cached sources that every worker Context shares. Sharing the engine is what makes a second
 * Context evaluating the same {@link Source} cheap (code caching).
 */
public final class SharedEngine {

  /**
   * The only host-access policy: scripts reach nothing but members annotated with {@link
   * HostAccess.Export} on the bridge objects we hand them, plus byte buffers (bulk body
   * transfer) and arrays.
   */
  public static final HostAccess HOST_ACCESS =
      HostAccess.newBuilder(HostAccess.EXPLICIT)
          .allowBufferAccess(true)
          .allowArrayAccess(true)
          .build();

  private static final Map<String, Source> SOURCES = new ConcurrentHashMap<>();

  private SharedEngine() {}

  // "wasm" is permitted on the engine; only Contexts that ask for it initialize it (WasmContexts)
  private static final StartOnce<Engine> ENGINE = new StartOnce<>(() -> StartupProfile.marked("engine created",
      () -> withRequestedTools(WasmLanguageLoader.discoverLanguages(
          () ->
              Engine.newBuilder(WasmContexts.ENGINE_LANGUAGES)
                  .option("engine.WarnInterpreterOnly", "false")
                  .out(java.io.OutputStream.nullOutputStream())
                  .err(java.io.OutputStream.nullOutputStream())
                  .build()))));
  private static final StartOnce<PreludeModules> MODULES = new StartOnce<>(PreludeModules::load);
  private static final StartOnce<Source> PRELUDE =
      new StartOnce<>(() -> StartupProfile.marked("prelude source built", () -> MODULES.get().eagerSource()));

  /**
   * Starts creating the engine and building the prelude's source on a background thread, unless
   * that started already. {@code Miniflare}'s constructor calls it first thing, so that in a cold
   * JVM the engine (about half a second of CPU) is built on a second core while the caller's thread
   * checks the options and sets up the bindings; then the same thread loads the classes the first
   * worker will need ({@link StartupClasses}). Whoever needs either value first waits for it; a
   * failure reaches every caller of {@link #engine()} as the exception the engine threw.
   */
  public static void startInBackground() {
    ENGINE.startInBackground("miniflare4j-engine-start", () -> {
      PRELUDE.computeHere();
      StartupClasses.load(); // ahead of the loop thread, which parses and runs the prelude now
    });
  }

  /**
   * Starts, in the background, everything the JVM's first worker start needs before it gets to the
   * worker's own code: the engine and the prelude's source ({@link #startInBackground}), and one
   * Context with the prelude evaluated, which that start then takes (waiting for it if it is not
   * ready yet). Nothing when {@code -Dminiflare4j.prepareAhead=false}, when spare Contexts are off
   * ({@code miniflare4j.spareContexts=0}) or once the JVM's first worker start has ended.
   */
  public static void prepareFirstContextInBackground() {
    if (!Boolean.parseBoolean(System.getProperty("miniflare4j.prepareAhead", "true"))) {
      return;
    }
    startInBackground();
    SpareContexts.prepareFirstAhead();
  }

  /** The registered {@link EngineTool}s (coverage, when asked for) attach from the engine's creation. */
  private static Engine withRequestedTools(Engine engine) {
    java.util.ServiceLoader.load(EngineTool.class, EngineTool.class.getClassLoader()).forEach(t -> t.engineCreated(engine));
    return engine;
  }

  /**
   * The shared engine, created on first use.
   *
   * @return the engine shared by every Context of the JVM
   */
  public static Engine engine() {
    return ENGINE.get();
  }

  /**
   * The web-platform prelude: one function expression {@code (function (host, preludeModules) {
   * ... return internals; })} built from the eager files listed in {@code prelude/index.txt}, in
   * order (see {@link PreludeModules}).
   *
   * @return the source, built once per JVM
   */
  public static Source prelude() {
    return PRELUDE.get();
  }

  /**
   * A lazily loaded prelude module ({@code lazy} in {@code prelude/index.txt}), built once per JVM.
   *
   * @param name the file name
   * @return the cached source of its function
   */
  static Source preludeModule(String name) {
    return SOURCES.computeIfAbsent("p:" + name, k -> MODULES.get().lazySource(name));
  }

  /**
   * A cached module or script source, keyed by path and content, so that a second instance of
   * the same worker reuses the parsed code.
   *
   * @param path the module's path, used as the source name in stack traces; a relative one (an
   *     inline script's {@code script-0}) resolves in the worker's module file system
   * @param content the code
   * @param module {@code true} for an ES module, {@code false} for a script
   * @return the source, shared with earlier calls of the same path and content
   */
  public static Source moduleSource(String path, String content, boolean module) {
    String key = (module ? "m:" : "s:") + path + '\0' + content;
    return SOURCES.computeIfAbsent(
        key,
        k -> {
          try {
            Source.Builder builder =
                module
                    ? Source.newBuilder("js", new java.io.File(path))
                        .content(content)
                        .mimeType("application/javascript+module")
                    : Source.newBuilder("js", content, path);
            return builder.cached(true).build();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * The factory script of a binding kind ({@link JsBinding#factoryScript()}), read and parsed
   * once per JVM.
   *
   * @param resource the class-path resource
   * @return the cached source
   * @throws IllegalStateException when the resource is missing
   */
  public static Source factoryScript(String resource) {
    return SOURCES.computeIfAbsent("f:" + resource, k -> {
      try (InputStream in = SharedEngine.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("binding script missing from the class path: " + resource);
        }
        String code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        // internal, as the prelude: a binding's frames are left out of stack traces
        return Source.newBuilder("js", code, "miniflare4j:" + resource.substring(resource.lastIndexOf('/') + 1))
            .cached(true).internal(true).buildLiteral();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
