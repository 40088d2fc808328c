package io.github.miniflare4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the worker module a {@link io.github.miniflare4j.ModuleExports} parameter stands for, to
 * call its exported functions as a Vitest unit test imports and calls them:
 *
 * <pre>{@code
 * @Test
 * void slugifies(@ModulePath("src/util.ts") ModuleExports util) {
 *   assertThat(util.call("slugify", "Hello World")).isEqualTo("hello-world");
 * }
 * }</pre>
 *
 * <p>The module is the one the worker's own imports load (the test's fresh worker, module state
 * included); see {@link io.github.miniflare4j.Miniflare#importModule(String, String)} for how
 * the path resolves.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ModulePath {

  /**
   * The module's path relative to the project root (the Wrangler file's folder), such as {@code
   * "src/util.ts"}; the extension may be left out where the worker's imports may leave it out. A
   * name no file answers to is a package specifier resolved from the project root, as a test's
   * {@code import { sign } from "hono/jwt"} is.
   *
   * @return the module's path
   */
  String value();

  /**
   * The worker whose module it is; by default the entry worker.
   *
   * @return the worker's name, or {@code ""} for the entry worker
   */
  String worker() default "";
}
