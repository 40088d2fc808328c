package io.github.miniflare4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One worker of a {@link MiniflareTest}. Set exactly one of {@link #script()} and {@link
 * #scriptPath()}. Binding lists use short {@code "NAME=value"} entries.
 */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Worker {

  /**
   * The worker's name: the target of service bindings and {@code @WorkerRef}.
   *
   * @return the name, or {@code ""} for an unnamed worker
   */
  String name() default "";

  /**
   * The worker's code, inline.
   *
   * @return the JavaScript source, or {@code ""} when {@link #scriptPath()} is used
   */
  String script() default "";

  /**
   * The entry file: a file path (relative to the working directory) or {@code
   * classpath:path/to/worker.js} for a resource on the test class path. Its directory resolves
   * relative imports.
   *
   * @return the path, or {@code ""} when {@link #script()} is used
   */
  String scriptPath() default "";

  /**
   * The code's format; by default decided from the code (a top-level export makes a module).
   *
   * @return the format
   */
  Format format() default Format.AUTO;

  /**
   * The compatibility date, {@code yyyy-mm-dd}.
   *
   * @return the date, or {@code ""} for none
   */
  String compatibilityDate() default "";

  /**
   * Compatibility flags.
   *
   * @return the flags, possibly empty
   */
  String[] compatibilityFlags() default {};

  /**
   * Plain text variables, {@code "NAME=value"}; the value is a string.
   *
   * @return the {@code NAME=value} pairs
   */
  String[] vars() default {};

  /**
   * KV namespaces, {@code "BINDING"} (the id is the binding name) or {@code "BINDING=id"}.
   *
   * @return the bindings, each {@code BINDING} or {@code BINDING=id}
   */
  String[] kvNamespaces() default {};

  /**
   * Service bindings to other workers, {@code "BINDING=workerName"}. Bindings answered by Java
   * are declared with {@link ServiceBindingHandler} methods instead.
   *
   * @return the bindings, each {@code BINDING=workerName}
   */
  String[] serviceBindings() default {};

  /**
   * Durable Object namespaces, {@code "BINDING=ClassName"} or {@code
   * "BINDING=ClassName@scriptName"} for a class exported by another worker.
   *
   * @return the bindings, each {@code BINDING=ClassName} or {@code BINDING=ClassName@scriptName}
   */
  String[] durableObjects() default {};

  /**
   * Route patterns in Cloudflare's syntax.
   *
   * @return the patterns, such as {@code api.example.com/*}
   */
  String[] routes() default {};

  /**
   * Cron triggers in Cloudflare's syntax, such as {@code "0 3 * * *"}: advancing the injected
   * {@code MiniflareClock} past their times runs the worker's {@code scheduled()} handler.
   *
   * @return the cron expressions
   */
  String[] crons() default {};

  /**
   * Further worker options in Miniflare's own JSON names, for the binding kinds that have no
   * attribute here (D1, R2, queues, ...), e.g. {@code options = "{\"d1Databases\": [\"DB\"]}"},
   * or to change what a Wrangler file of {@link MiniflareTest#config()} says for this class
   * ({@code queueConsumers}, {@code compatibilityFlags}, ...). Read as {@code
   * MiniflareOptions.fromJson} reads a worker and merged over the other attributes (and the
   * file) as Miniflare's {@code mergeWorkerOptions} merges: see {@link MiniflareTest#miniflare()}.
   *
   * @return a JSON object of worker options, or {@code ""}
   */
  String options() default "";

  /** A worker's code format. */
  enum Format {
    /** Decided from the code. */
    AUTO,
    /** ES modules ({@code export default { fetch }}). */
    MODULES,
    /** Service-worker format ({@code addEventListener("fetch", ...)}). */
    SERVICE_WORKER
  }
}
