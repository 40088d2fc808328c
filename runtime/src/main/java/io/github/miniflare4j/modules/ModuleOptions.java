package io.github.miniflare4j.modules;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a worker's modules are found and prepared when it is loaded from files: Wrangler's
 * {@code alias}, {@code define}, {@code base_dir}, {@code no_bundle} and {@code
 * find_additional_modules}, the project root whose files may be imported, the directory of the
 * TypeScript output cache, and module types for other file kinds. Immutable.
 *
 * <pre>{@code
 * WorkerOptions.builder()
 *     .scriptPath("worker/src/index.ts")
 *     .moduleOptions(ModuleOptions.builder()
 *         .alias("lodash", "lodash-es")
 *         .define("process.env.NODE_ENV", "\"test\"")
 *         .build())
 *     .build();
 * }</pre>
 */
public final class ModuleOptions {

  /** The system property naming the TypeScript output cache directory ({@code none} turns it off). */
  public static final String CACHE_DIR_PROPERTY = "miniflare4j.tsCacheDir";

  private static final ModuleOptions DEFAULTS = builder().build();

  private final Path projectRoot;
  private final Path baseDir;
  private final Map<String, String> aliases;
  private final Path aliasBase;
  private final Map<String, String> defines;
  private final Map<String, String> bundlerDefines;
  private final boolean bundle;
  private final boolean findAdditionalModules;
  private final Path cacheDir;
  private final Map<String, ModuleType> moduleTypes;

  private ModuleOptions(Builder b) {
    this.projectRoot = b.projectRoot;
    this.baseDir = b.baseDir;
    this.aliases = Collections.unmodifiableMap(new LinkedHashMap<>(b.aliases));
    this.aliasBase = b.aliasBase;
    this.defines = Collections.unmodifiableMap(new LinkedHashMap<>(b.defines));
    this.bundlerDefines = bundlerDefines(this.defines, b.bundle);
    this.bundle = b.bundle;
    this.findAdditionalModules = b.findAdditionalModules;
    this.cacheDir = b.cacheDir;
    this.moduleTypes = Collections.unmodifiableMap(new LinkedHashMap<>(b.moduleTypes));
  }

  /**
   * The options used when none are given: bundling on, no alias, no define.
   *
   * @return the defaults
   */
  public static ModuleOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Starts options with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The directory whose files the worker may import, or {@code null} to use the nearest
   * directory above the entry that holds a {@code package.json} or {@code node_modules}.
   *
   * @return the project root, or {@code null}
   */
  public Path projectRoot() {
    return projectRoot;
  }

  /**
   * Wrangler's {@code base_dir}: also importable, or {@code null}.
   *
   * @return the base directory, or {@code null}
   */
  public Path baseDir() {
    return baseDir;
  }

  /**
   * Wrangler's {@code alias}: package name to replacement.
   *
   * @return an unmodifiable map, in order
   */
  public Map<String, String> aliases() {
    return aliases;
  }

  /**
   * Where relative alias targets are resolved, or {@code null} for the project root.
   *
   * @return the directory, or {@code null}
   */
  public Path aliasBase() {
    return aliasBase;
  }

  /**
   * Wrangler's {@code define}: a global name or dotted path to the JavaScript expression replacing it.
   *
   * @return an unmodifiable map, in order
   */
  public Map<String, String> defines() {
    return defines;
  }

  /**
   * The defines the bundler applies: when bundling, Wrangler's own {@code process.env.NODE_ENV},
   * {@code global.process.env.NODE_ENV} and {@code globalThis.process.env.NODE_ENV}, replaced by
   * the {@code NODE_ENV} of the environment or {@code "development"} (what {@code wrangler dev}
   * and its test integrations bundle with), then {@link #defines()}, which may override them;
   * without bundling, {@link #defines()} only ({@code no_bundle} skips esbuild altogether).
   *
   * @return an unmodifiable map, in order
   */
  public Map<String, String> bundlerDefines() {
    return bundlerDefines;
  }

  private static Map<String, String> bundlerDefines(Map<String, String> defines, boolean bundle) {
    if (!bundle) {
      return defines;
    }
    String nodeEnv = System.getenv("NODE_ENV");
    String value = "\"" + (nodeEnv == null || nodeEnv.isEmpty() ? "development" : nodeEnv.replace("\\", "\\\\").replace("\"", "\\\"")) + "\"";
    Map<String, String> all = new LinkedHashMap<>();
    for (String name : List.of("process.env.NODE_ENV", "global.process.env.NODE_ENV", "globalThis.process.env.NODE_ENV")) {
      all.put(name, value);
    }
    all.putAll(defines);
    return Collections.unmodifiableMap(all);
  }

  /**
   * {@code false} for Wrangler's {@code no_bundle}: imports are taken literally.
   *
   * @return whether imports are resolved as the bundler would
   */
  public boolean bundle() {
    return bundle;
  }

  /**
   * Wrangler's {@code find_additional_modules}; files under the base directory are importable
   * (dynamically too) either way, so this only records the setting.
   *
   * @return the setting
   */
  public boolean findAdditionalModules() {
    return findAdditionalModules;
  }

  /**
   * The directory of the TypeScript output cache, or {@code null} for the default: the system
   * property {@value #CACHE_DIR_PROPERTY}, else {@code miniflare4j-ts-cache} in the temporary
   * directory.
   *
   * @return the directory, or {@code null}
   */
  public Path cacheDir() {
    return cacheDir;
  }

  /**
   * Module types by file-name suffix.
   *
   * @return an unmodifiable map
   */
  public Map<String, ModuleType> moduleTypes() {
    return moduleTypes;
  }

  /** What makes two loaders produce different output for the same file. */
  String fingerprint() {
    return aliases + "|" + aliasBase + "|" + defines + "|" + bundle + "|" + moduleTypes.keySet();
  }

  @Override
  public String toString() {
    return "ModuleOptions[root=" + projectRoot + ", baseDir=" + baseDir + ", aliases=" + aliases + ", defines="
        + defines + ", bundle=" + bundle + "]";
  }

  /** Builds {@link ModuleOptions}. */
  public static final class Builder {
    private Path projectRoot;
    private Path baseDir;
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private Path aliasBase;
    private final Map<String, String> defines = new LinkedHashMap<>();
    private boolean bundle = true;
    private boolean findAdditionalModules;
    private Path cacheDir;
    private final Map<String, ModuleType> moduleTypes = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the directory whose files may be imported.
     *
     * @param projectRoot the directory
     * @return this builder
     */
    public Builder projectRoot(Path projectRoot) {
      this.projectRoot = Objects.requireNonNull(projectRoot, "projectRoot");
      return this;
    }

    /**
     * Sets Wrangler's {@code base_dir}.
     *
     * @param baseDir the directory
     * @return this builder
     */
    public Builder baseDir(Path baseDir) {
      this.baseDir = Objects.requireNonNull(baseDir, "baseDir");
      return this;
    }

    /**
     * Maps a package (and its subpaths) to another package or to a path, as Wrangler's {@code alias}.
     *
     * @param packageName the name imported
     * @param replacement a package name, or a path starting with {@code ./} or {@code ../}
     * @return this builder
     */
    public Builder alias(String packageName, String replacement) {
      aliases.put(Objects.requireNonNull(packageName, "packageName"), Objects.requireNonNull(replacement, "replacement"));
      return this;
    }

    /**
     * Sets where relative alias targets resolve (Wrangler: the configuration's directory).
     *
     * @param dir the directory
     * @return this builder
     */
    public Builder aliasBase(Path dir) {
      this.aliasBase = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /**
     * Replaces a global name or dotted path by an expression in every module, as Wrangler's {@code define}.
     *
     * @param name such as {@code DEBUG} or {@code process.env.NODE_ENV}
     * @param expression JavaScript, such as {@code "\"production\""} or {@code "false"}
     * @return this builder
     */
    public Builder define(String name, String expression) {
      defines.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(expression, "expression"));
      return this;
    }

    /**
     * {@code false} takes imports literally, as Wrangler's {@code no_bundle = true}.
     *
     * @param bundle whether to resolve as the bundler does
     * @return this builder
     */
    public Builder bundle(boolean bundle) {
      this.bundle = bundle;
      return this;
    }

    /**
     * Records Wrangler's {@code find_additional_modules}.
     *
     * @param find the setting
     * @return this builder
     */
    public Builder findAdditionalModules(boolean find) {
      this.findAdditionalModules = find;
      return this;
    }

    /**
     * Sets the TypeScript output cache directory.
     *
     * @param cacheDir the directory, created when needed
     * @return this builder
     */
    public Builder cacheDir(Path cacheDir) {
      this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
      return this;
    }

    /**
     * Makes files whose name ends with {@code suffix} importable through {@code type}.
     *
     * @param suffix such as {@code .txt}
     * @param type how such a file becomes a module
     * @return this builder
     */
    public Builder moduleType(String suffix, ModuleType type) {
      moduleTypes.put(Objects.requireNonNull(suffix, "suffix"), Objects.requireNonNull(type, "type"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public ModuleOptions build() {
      return new ModuleOptions(this);
    }
  }
}
