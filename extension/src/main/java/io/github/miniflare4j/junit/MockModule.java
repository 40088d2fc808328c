package io.github.miniflare4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Replaces one of a worker's modules with test code for the whole class, as Vitest's {@code
 * vi.mock(path, factory)} does in a test file: every import of the module, the worker's own
 * included, gets the mock instead, and the real module's imports are not loaded. Repeatable. For
 * workers read from files (a Wrangler file, {@code scriptPath}); see {@code
 * WorkerOptions.Builder.mockModule}.
 *
 * <pre>{@code
 * @MiniflareTest(config = "classpath:billing/wrangler.toml")
 * @MockModule(value = "src/db", source = "export async function loadUser(id) { return { id, name: 'Ada' }; }")
 * @MockModule(value = "stripe", resource = "classpath:mocks/stripe.js")
 * class BillingTest { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(MockModules.class)
public @interface MockModule {

  /**
   * The module to replace: a path relative to the project root ({@code "src/db.ts"}; the
   * extension may be left out where the worker's imports leave it out), a package name, or a
   * built-in module ({@code "cloudflare:sockets"}, {@code "node:dns"}; the mock is JavaScript and its
   * own imports resolve from the project root).
   *
   * @return the module
   */
  String value();

  /**
   * The ES module that stands for it (TypeScript when the replaced file is {@code .ts}). Set this
   * or {@link #resource()}.
   *
   * @return the mock's source, or empty
   */
  String source() default "";

  /**
   * A file holding the mock's source: {@code classpath:mocks/db.js} or a path. Set this or {@link
   * #source()}.
   *
   * @return the mock's file, or empty
   */
  String resource() default "";

  /**
   * The worker whose module it is; by default the entry worker (the first declared).
   *
   * @return the worker's name, or empty
   */
  String worker() default "";
}
