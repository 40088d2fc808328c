package io.github.miniflare4j.engine;

import io.github.miniflare4j.WorkerModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * What the prelude reaches the worker's modules through: the bytes of a Data or CompiledWasm
 * module (the synthetic JavaScript module that stands for such a file asks for them by path),
 * and the synchronous loads behind {@code createRequire()}'s {@code require} and {@code
 * process.getBuiltinModule}. Loop thread only.
 */
public final class JsModuleContents {

  private final ModuleFileSystem files;
  private final boolean nodeBareSpecifiers;
  private int loads;

  JsModuleContents(ModuleFileSystem files, boolean nodeBareSpecifiers) {
    this.files = files;
    this.nodeBareSpecifiers = nodeBareSpecifiers;
  }

  /**
   * The bytes of a Data or CompiledWasm module of this worker.
   *
   * @param path the module's absolute path, as its synthetic source names it
   * @return a read-only buffer over the bytes
   * @throws IllegalArgumentException when the worker has no such module
   */
  @HostAccess.Export
  public ByteBuffer bytes(String path) {
    try {
      return ByteBuffer.wrap(files.moduleBytes(Path.of(path))).asReadOnlyBuffer();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read module " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * The worker's modules as node:fs's {@code /bundle} shows them, flattened: name, bytes, name,
   * bytes, ... (see {@link ModuleFileSystem#bundleFiles}).
   *
   * @return the pairs
   */
  @HostAccess.Export
  public Object[] bundleFiles() {
    java.util.List<Object> out = new java.util.ArrayList<>();
    files.bundleFiles().forEach((name, bytes) -> {
      out.add(name);
      out.add(ByteBuffer.wrap(bytes).asReadOnlyBuffer());
    });
    return out.toArray();
  }

  /**
   * Where {@code require(specifier)} leads (see {@link RequireSpecifiers}).
   *
   * @param specifier the specifier, as a string
   * @param base the absolute path {@code createRequire} was given
   * @return a built-in specifier, a module path from the modules root starting with {@code /},
   *     or {@code null} when the path leads out of the modules root
   */
  @HostAccess.Export
  public String resolve(String specifier, String base) {
    return RequireSpecifiers.resolve(specifier, base, nodeBareSpecifiers);
  }

  /**
   * Whether a target of {@link #resolve} exists: a module of the worker, or a Node.js module
   * miniflare4j has. Other built-in schemes ({@code cloudflare:}) answer {@code true}: the
   * prelude's registry knows them.
   *
   * @param target a target {@link #resolve} returned
   * @return whether loading it can find it
   */
  @HostAccess.Export
  public boolean exists(String target) {
    if (target.startsWith("/")) {
      try {
        return files.hasModule(files.modulePath(target.substring(1)));
      } catch (java.nio.file.InvalidPathException e) {
        return false; // a name this platform's paths cannot hold
      }
    }
    return !target.startsWith("node:") || BuiltinModules.hasNodeModule(target.substring(5));
  }

  /**
   * Whether {@code require} gives the target's namespace (an ES module or a built-in) rather than
   * its default export (Text, Data, CompiledWasm and CommonJS modules), as in workerd.
   *
   * @param target a target {@link #resolve} returned
   * @return {@code true} for the namespace
   */
  @HostAccess.Export
  public boolean givesNamespace(String target) {
    return !target.startsWith("/")
        || files.moduleType(files.modulePath(target.substring(1))) == WorkerModule.Type.ES_MODULE;
  }

  /**
   * The code of a CommonJS module of this worker as a function of {@code (exports, require,
   * module, __filename, __dirname)}, compiled from a script named by its path (sloppy mode, as
   * in workerd; see {@link CommonJsModuleSource#function}).
   *
   * @param path the module's absolute path, as its body module names it
   * @return the function
   * @throws IllegalArgumentException when the worker has no CommonJS module there
   */
  @HostAccess.Export
  public Value commonJsFunction(String path) {
    byte[] code = files.commonJsCode(Path.of(path));
    if (code == null) {
      throw new IllegalArgumentException("no CommonJS module at " + path);
    }
    // a source of the module's path, so that an import() in the code resolves from its folder
    Source source;
    try {
      source = Source.newBuilder("js", new java.io.File(path))
          .content(CommonJsModuleSource.function(new String(code, java.nio.charset.StandardCharsets.UTF_8)))
          .build();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Context.getCurrent().eval(source);
  }

  /**
   * Whether the target is a CommonJS module of the worker, which {@code require} runs through
   * its body module ({@link CommonJsModuleSource}).
   *
   * @param target a module path {@link #resolve} returned
   * @return {@code true} for a CommonJS module
   */
  @HostAccess.Export
  public boolean isCommonJs(String target) {
    return target.startsWith("/")
        && files.moduleType(files.modulePath(target.substring(1))) == WorkerModule.Type.COMMON_JS;
  }

  /**
   * Loads and evaluates a module now, inside the current call: a one-line module importing it
   * is evaluated in this Context, so the module is the same instance an {@code import} gets.
   * The caller checks that the target exists first: a module whose evaluation fails is not
   * reported here, GraalJS rethrows its error when the current call returns.
   *
   * @param target a target {@link #resolve} returned, which {@link #exists}
   * @return the module's namespace, or {@code null} when its evaluation did not finish
   *     synchronously (a top-level {@code await}) or failed
   */
  @HostAccess.Export
  public Value load(String target) {
    String specifier = target.startsWith("/") ? files.modulePath(target.substring(1)).toString() : target;
    String code =
        "export * as namespace from " + SyntheticModules.quote(specifier) + ";\nexport const evaluated = true;\n";
    // a name of its own per load: GraalJS keeps every evaluated module; the prelude loads each
    // target once
    Source source =
        Source.newBuilder("js", code, "miniflare4j-require-" + (++loads) + ".mjs")
            .mimeType("application/javascript+module")
            .cached(false)
            .buildLiteral();
    Value wrapper = Context.getCurrent().eval(source);
    try {
      // an unevaluated module's binding is still in its temporal dead zone
      wrapper.getMember("evaluated");
    } catch (PolyglotException notEvaluated) {
      return null;
    }
    return wrapper.getMember("namespace");
  }
}
