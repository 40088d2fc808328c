package io.github.miniflare4j.junit.spi;

import java.lang.annotation.Annotation;

/**
 * A binding kind's annotation-driven seeding: each annotation of type {@link #annotationType()}
 * on a test class (repeatable, found on the class and its superclasses, not on enclosing classes)
 * fills one binding before the class's {@code @BeforeAll} methods run. What the seeds write is
 * part of the baseline every test of the class is reset to, by the runtime's storage snapshot
 * ({@code PluginInstance.snapshot()}); a provider has nothing to undo.
 *
 * <p>Register an implementation (public, with a public no-argument constructor) in {@code
 * META-INF/services/io.github.miniflare4j.junit.spi.SeedProvider}. Providers run in class-path
 * order, the extension's own first (KV, D1, R2); annotations of one type in declaration order.
 *
 * <p>A provider reports bad configuration by throwing {@link SeedContext#failure}; any other
 * runtime exception (a refused SQL statement, a missing binding) becomes the same configuration
 * error with the exception's message, naming the annotation ({@link #describe}) and the class.
 *
 * @param <A> the annotation type
 */
public interface SeedProvider<A extends Annotation> {

  /**
   * The annotation this provider applies.
   *
   * @return the (repeatable) annotation type
   */
  Class<A> annotationType();

  /**
   * How error messages name one annotation, e.g. {@code @R2Seed(binding = "FILES", folder =
   * "classpath:site")}.
   *
   * @param annotation an annotation of {@link #annotationType()}
   * @return the annotation as a reader would write it
   */
  String describe(A annotation);

  /**
   * Applies one annotation to the instance of the context.
   *
   * @param annotation an annotation of {@link #annotationType()} found on the test class
   * @param context the test class, its instance, and helpers to read locations
   */
  void seed(A annotation, SeedContext context);
}
