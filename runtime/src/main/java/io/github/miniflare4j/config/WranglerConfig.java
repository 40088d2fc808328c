package io.github.miniflare4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A worker described by a Wrangler configuration file, read the way {@code wrangler dev}
 * reads it:
 *
 * <pre>{@code
 * // one worker, the top-level environment
 * WorkerOptions api = WranglerConfig.load(Path.of("api/wrangler.toml")).workerOptions();
 *
 * // several workers (one per file, the first is the entry worker), environment "staging"
 * try (Miniflare mf = new Miniflare(
 *     WranglerConfig.options("staging", Path.of("site/wrangler.jsonc"), Path.of("api/wrangler.toml"))
 *         .port(8787)
 *         .build())) { ... }
 * }</pre>
 *
 * <p>Read: {@code name}, {@code main} (relative to the file; JavaScript or TypeScript, loaded as
 * Wrangler would bundle it: types stripped in the JVM, imports resolved from disk and {@code
 * node_modules}, see {@link io.github.miniflare4j.WorkerOptions.Builder#scriptPath(Path)}), {@code
 * alias}, {@code define}, {@code base_dir}, {@code no_bundle}, {@code find_additional_modules},
 * {@code compatibility_date}, {@code compatibility_flags}, {@code
 * vars}, {@code kv_namespaces} (namespace = {@code id}, else the binding name), {@code
 * durable_objects.bindings} (with {@code script_name}), {@code services} (with {@code
 * environment}: the worker {@code <service>-<environment>}; with {@code entrypoint}: that named
 * {@code WorkerEntrypoint} export), {@code route}/{@code routes}
 * (strings or {@code {pattern = ...}} tables), {@code [env.NAME]} sections with Wrangler's
 * inheritance rules (see {@link #load(Path, String)}), and {@code .dev.vars} beside the file,
 * whose values override {@code vars}. Other keys are ignored; bindings miniflare4j does not
 * emulate and keys Wrangler does not know are reported in one warning per file ({@link
 * #warnings()}, also logged to {@code miniflare4j.config}).
 */
public final class WranglerConfig {

  private static final Logger LOG = LoggerFactory.getLogger("miniflare4j.config");

  private final Path file;
  private final String environment;
  private final WorkerOptions workerOptions;
  private final List<String> warnings;

  /**
   * The compatibility date of a Wrangler file without {@code compatibility_date}: as Wrangler and
   * its Vitest integration do, the release date of the runtime (workerd) that the emulated
   * Miniflare version ships, here 4.20260426.0's.
   */
  public static final String DEFAULT_COMPATIBILITY_DATE = "2026-04-26";

  private static String noCompatibilityDate(Path file) {
    String name = file.getFileName().toString();
    String snippet = name.endsWith(".toml")
        ? "compatibility_date = \"" + DEFAULT_COMPATIBILITY_DATE + "\""
        : "\"compatibility_date\": \"" + DEFAULT_COMPATIBILITY_DATE + "\"";
    return "No compatibility_date was specified. Using the default compatibility date: " + DEFAULT_COMPATIBILITY_DATE
        + ". Add one to your " + name + " file: " + snippet;
  }

  private WranglerConfig(Path file, String environment, WorkerOptions workerOptions, List<String> warnings) {
    this.file = file;
    this.environment = environment;
    this.workerOptions = workerOptions;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Reads a file's top-level environment; same as {@code load(file, null)}.
   *
   * @param file the configuration file ({@code .toml}, {@code .json} or {@code .jsonc})
   * @return the configuration read
   * @throws MiniflareException {@code ERR_VALIDATION} for a file that cannot be read or is
   *     malformed, as {@link #load(Path, String)}
   */
  public static WranglerConfig load(Path file) {
    return load(file, null);
  }

  /**
   * Reads a {@code wrangler.toml}, {@code wrangler.json} or {@code wrangler.jsonc}.
   *
   * <p>With an environment, the {@code [env.NAME]} section applies over the top level as in
   * Wrangler: {@code main}, {@code compatibility_date}, {@code compatibility_flags}, {@code
   * route}/{@code routes} and the other build settings are inherited; {@code name} is inherited
   * as {@code <name>-<env>} unless the section names the worker (or {@code legacy_env = false});
   * {@code vars}, {@code kv_namespaces}, {@code durable_objects}, {@code services} and every
   * other binding are <em>not</em> inherited (Wrangler's warning is recorded when the top level
   * has them and the section does not). {@code .dev.vars.<env>} is read instead of {@code
   * .dev.vars} when it exists; without either, the {@code .env} files are (see {@link
   * LocalSecrets}).
   *
   * @param environment the {@code [env.NAME]} to use, or {@code null} for the top level
   * @throws MiniflareException {@code ERR_VALIDATION} for a file that cannot be read, is
   *     malformed (with file, line, column and what the parser expected), has a setting of the
   *     wrong shape (with file, line and setting), or asks for an environment it lacks
   * @param file the configuration file ({@code .toml}, {@code .json} or {@code .jsonc}); relative
   *     paths resolve against the working directory
   * @return the configuration read, its warnings logged and kept in {@link #warnings()}
   */
  public static WranglerConfig load(Path file, String environment) {
    ConfigFormat format = ConfigFormat.of(file);
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new MiniflareException(
          ErrorCode.ERR_VALIDATION,
          "Cannot read Wrangler configuration " + file.toAbsolutePath() + " (" + e + "); check the path, "
              + "relative paths resolve against " + Path.of("").toAbsolutePath(),
          e);
    }
    String env = environment == null || environment.isEmpty() ? null : environment;
    JsonNode raw = format.parse(file, text);
    List<String> warnings = new ArrayList<>();
    ObjectNode settings = Environments.resolve(file, raw, env, warnings);
    Map<String, String> devVars = LocalSecrets.load(file.toAbsolutePath().getParent(), env, settings, System.getenv());
    WorkerOptions worker =
        new WorkerReader(file, new KeyLocator(text, format), env).read(settings, devVars).build();
    if (settings.get("compatibility_date") == null) {
      warnings.add(noCompatibilityDate(file));
    }
    String ignored = ignoredKeys(raw, settings);
    if (ignored != null) {
      warnings.add(ignored);
    }
    warnings.forEach(w -> LOG.warn("{}: {}", file, w));
    return new WranglerConfig(file, env, worker, warnings);
  }

  /**
   * Options for an instance with one worker per file, the first file's worker being the entry
   * worker, every file read with the same environment ({@code null}: top level). Add a port,
   * more workers or other settings to the builder before building.
   *
   * @param environment the {@code [env.NAME]} to use, or {@code null} for the top level
   * @param files the configuration files, at least one
   * @return a builder with one worker per file, in order
   * @throws MiniflareException {@code ERR_NO_WORKERS} for no files, {@code ERR_VALIDATION} for a
   *     file that cannot be read or is malformed
   */
  public static MiniflareOptions.Builder options(String environment, Path... files) {
    return options(environment, List.of(files));
  }

  /**
   * Same as {@link #options(String, Path...)}.
   *
   * @param environment the {@code [env.NAME]} to use, or {@code null} for the top level
   * @param files the configuration files, at least one
   * @return a builder with one worker per file, in order
   * @throws MiniflareException {@code ERR_NO_WORKERS} for no files, {@code ERR_VALIDATION} for a
   *     file that cannot be read or is malformed
   */
  public static MiniflareOptions.Builder options(String environment, List<Path> files) {
    if (files.isEmpty()) {
      throw new MiniflareException(ErrorCode.ERR_NO_WORKERS, "No Wrangler configuration files given");
    }
    MiniflareOptions.Builder options = MiniflareOptions.builder();
    for (Path file : files) {
      options.worker(load(file, environment).workerOptions());
    }
    return options;
  }

  /**
   * The worker this file describes.
   *
   * @return the worker's options, code path resolved against the file's directory
   */
  public WorkerOptions workerOptions() {
    return workerOptions;
  }

  /**
   * Options for an instance running just this worker.
   *
   * @return a new builder with this worker as its only worker
   */
  public MiniflareOptions.Builder toOptions() {
    return MiniflareOptions.builder().worker(workerOptions);
  }

  /**
   * The worker's name ({@code <name>-<env>} in an environment that does not name it).
   *
   * @return the name, or {@code ""} when the file names none
   */
  public String name() {
    return workerOptions.name();
  }

  /**
   * The file read.
   *
   * @return the path as given to {@link #load(Path, String)}
   */
  public Path file() {
    return file;
  }

  /**
   * The environment applied, or {@code null} for the top level.
   *
   * @return the environment name, or {@code null}
   */
  public String environment() {
    return environment;
  }

  /**
   * Wrangler's warnings and the ignored keys, one entry each; empty for a clean file.
   *
   * @return an immutable list, empty when nothing was ignored
   */
  public List<String> warnings() {
    return warnings;
  }

  /** One warning naming every ignored key that matters, or {@code null} when there is none. */
  private static String ignoredKeys(JsonNode raw, JsonNode settings) {
    Set<String> unknown = new TreeSet<>();
    collectUnknown(raw, unknown, "");
    JsonNode envs = raw.path("env");
    envs.fields().forEachRemaining(e -> collectUnknown(e.getValue(), unknown, "env." + e.getKey() + "."));
    Set<String> unsupported = WorkerReader.unsupported(settings);
    if (unknown.isEmpty() && unsupported.isEmpty()) {
      return null;
    }
    StringBuilder message = new StringBuilder("ignoring");
    if (!unsupported.isEmpty()) {
      message.append(" settings miniflare4j does not emulate ").append(unsupported)
          .append(" (their bindings throw an Error naming them when used, other settings are ignored)");
    }
    if (!unknown.isEmpty()) {
      message.append(unsupported.isEmpty() ? "" : " and").append(" unknown keys ").append(unknown)
          .append(" (not Wrangler settings: check their spelling)");
    }
    return message.toString();
  }

  private static void collectUnknown(JsonNode table, Set<String> unknown, String prefix) {
    if (!table.isObject()) {
      return;
    }
    for (Iterator<String> keys = table.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      boolean known = Environments.INHERITABLE.contains(key)
          || Environments.NOT_INHERITABLE.contains(key)
          || (prefix.isEmpty() && Environments.TOP_LEVEL_ONLY.contains(key));
      if (!known) {
        unknown.add(prefix + key);
      }
    }
  }

  @Override
  public String toString() {
    return "WranglerConfig[" + file + (environment == null ? "" : ", env " + environment) + ", worker \"" + name() + "\"]";
  }
}
