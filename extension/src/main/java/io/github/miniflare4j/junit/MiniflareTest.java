package io.github.miniflare4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts a Miniflare instance for a test class and injects it, its workers and its bindings
 * into constructors, lifecycle methods and tests.
 *
 * <pre>{@code
 * @MiniflareTest(workers = @Worker(
 *     name = "api",
 *     script = "export default { fetch() { return new Response('hi') } }",
 *     kvNamespaces = "CACHE"))
 * class ApiTest {
 *   @Test
 *   void says_hi(WorkerClient api) {
 *     assertThat(api.fetch("/")).hasStatus(200).hasBody("hi");
 *   }
 * }
 * }</pre>
 *
 * <p>Lifecycle: one instance per test class, started before {@code @BeforeAll} methods and
 * closed after the class; {@code @Nested} classes reuse the enclosing class's instance unless
 * they carry {@code @MiniflareTest} themselves. With {@link #shared()} the instance is reused by
 * every class of the run with the same configuration.
 *
 * <p>Between tests (unless {@link #storage()} is {@link StorageMode#KEEP} or the class or
 * method is {@link KeepStorage}): the workers are restarted (fresh module globals), storage is
 * rolled back to the class's baseline (what existed after {@code @BeforeAll}) and the clock is
 * reset.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MiniflareExtension.class)
public @interface MiniflareTest {

  /**
   * The {@link #kvPersist()} value for a directory the extension creates for the instance and
   * deletes when the instance closes (after the class, or at the end of the run when shared).
   */
  String TEMP_DIR = "@TempDir";

  /**
   * The workers; the first is the entry worker (after those of {@link #config()}). A worker with
   * the name of one read from a config file overrides what it sets there.
   *
   * @return the workers, possibly empty when {@link #config()} names files
   */
  Worker[] workers() default {};

  /**
   * Wrangler configuration files ({@code wrangler.toml}, {@code .json}, {@code .jsonc}), one
   * worker each, the first being the entry worker: file paths, or {@code classpath:...}.
   *
   * @return the files, possibly empty
   */
  String[] config() default {};

  /**
   * The {@code [env.NAME]} of the config files to use; empty for the top level.
   *
   * @return the environment name, or {@code ""}
   */
  String environment() default "";

  /**
   * Miniflare options merged over the workers of {@link #config()} and {@link #workers()} for
   * this class, as {@code vitest.config}'s {@code miniflare: { ... }} is merged over the Wrangler
   * file with {@code @cloudflare/vitest-pool-workers}: a JSON object in Miniflare's own worker
   * option names ({@code queueConsumers}, {@code bindings}, {@code compatibilityFlags}, {@code
   * d1Databases}, ...). Its top-level options go to the entry worker; each element of its {@code
   * workers} array goes to the worker of its {@code name}, or, with code of its own ({@code
   * script}, {@code scriptPath}, {@code modules}), is added as a further worker. The merge is
   * Miniflare's {@code mergeWorkerOptions}: a value replaces the file's, an array is appended to
   * (compatibility flags, routes), a record of bindings replaces only the entries it names (one
   * queue's consumer settings, whole). Instance-wide options have their own attributes here and
   * are not read. For example, a shorter batch timeout than the file's {@code
   * max_batch_timeout}: {@code miniflare = "{\"queueConsumers\": {\"queue\": {\"maxBatchTimeout\": 0.05}}}"}
   * (a text block reads better).
   *
   * @return a JSON object, or {@code ""}
   */
  String miniflare() default "";

  /**
   * Starts the HTTP server on a free port; inject its address with {@link ServerUrl}.
   *
   * @return whether to start the HTTP server
   */
  boolean server() default false;

  /**
   * Persists KV namespaces in SQLite files under a directory instead of memory, for tests that
   * check data survives a restart ({@link MiniflareRestarter}): {@link #TEMP_DIR} for a
   * directory managed by the extension, or a path (relative to the working directory) that
   * outlives the run. Empty (the default): in memory. The reset between tests still applies.
   *
   * @return {@link #TEMP_DIR}, a directory path, or empty
   */
  String kvPersist() default "";

  /**
   * What happens to storage and workers between tests; by default each test starts over.
   *
   * @return the storage mode
   */
  StorageMode storage() default StorageMode.RESET_EACH_TEST;

  /**
   * Reuse one instance for every test class of the run declaring the same configuration (the
   * same workers, handlers and settings), like Spring's test context cache. It is closed when
   * the run ends. Each class still starts from its own baseline.
   *
   * @return whether the instance may be shared across test classes
   */
  boolean shared() default false;

  /**
   * The CPU time one uninterrupted run of the workers' JavaScript may use, as {@code
   * MiniflareOptions.cpuLimit(...)} sets it; a worker's top-level code gets at least as much
   * (by default 2 minutes, {@code MiniflareOptions.startupCpuLimit(...)}). A request that runs
   * large packages in a cold JVM can need more than the default on a loaded machine; a test of
   * the 1102 error, less.
   *
   * @return an ISO-8601 duration ({@code "PT30S"}, {@code "PT0.2S"}), or empty for the runtime's
   *     default (10 s)
   */
  String cpuLimit() default "";

  /**
   * How long the extension waits for the workers to start, as {@code
   * MiniflareOptions.startupTimeout(...)} sets it.
   *
   * @return an ISO-8601 duration ({@code "PT10M"}), or empty for the runtime's default (5 minutes)
   */
  String startupTimeout() default "";
}
