package io.github.miniflare4j;

import java.util.List;
import java.util.Objects;

/**
 * Which files a worker loaded from disk imports as which module type: Miniflare's {@code
 * modulesRules} and Wrangler's {@code rules} ({@code { type, globs, fallthrough }}). Globs match
 * the path relative to the entry's directory, with {@code **} for any directories. Rules given by
 * the user come before the defaults ({@link #DEFAULTS}); the first rule matching a file wins,
 * and a rule without {@code fallthrough} hides later rules of the same type. A JavaScript file
 * that no rule matches is an ES module.
 *
 * @param type the module type given to matching files
 * @param include glob patterns, such as {@code "**}{@code /*.wasm"}
 * @param fallthrough whether later rules of the same type still apply
 */
public record ModuleRule(WorkerModule.Type type, List<String> include, boolean fallthrough) {

  /**
   * Wrangler's default rules, after the user's own: {@code .wasm} (and {@code .wasm?module})
   * CompiledWasm, {@code .txt}/{@code .html}/{@code .sql} Text, {@code .bin} Data.
   */
  public static final List<ModuleRule> DEFAULTS =
      List.of(
          new ModuleRule(WorkerModule.Type.COMPILED_WASM, List.of("**/*.wasm", "**/*.wasm?module"), false),
          new ModuleRule(WorkerModule.Type.TEXT, List.of("**/*.txt", "**/*.html", "**/*.sql"), false),
          new ModuleRule(WorkerModule.Type.DATA, List.of("**/*.bin"), false));

  /**
   * Checks and copies.
   *
   * @param type the module type
   * @param include the globs; not empty
   * @param fallthrough whether later rules of the same type still apply
   */
  public ModuleRule {
    Objects.requireNonNull(type, "type");
    include = List.copyOf(include);
    if (include.isEmpty()) {
      throw new IllegalArgumentException("a module rule needs at least one glob");
    }
  }

  /**
   * A rule without fallthrough.
   *
   * @param type the module type
   * @param include the globs
   * @return the rule
   */
  public static ModuleRule of(WorkerModule.Type type, String... include) {
    return new ModuleRule(type, List.of(include), false);
  }
}
