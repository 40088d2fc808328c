package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.junit.spi.SeedProvider;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Applies a class's seed annotations through the {@link SeedProvider}s on the class path (the
 * extension's own and any a binding kind registers), in provider order, each annotation type in
 * declaration order.
 */
final class SeedLoader {

  private static final List<SeedProvider<?>> PROVIDERS = load();

  private SeedLoader() {}

  private static List<SeedProvider<?>> load() {
    return ServiceLoader.load(SeedProvider.class, SeedLoader.class.getClassLoader()).stream()
        .<SeedProvider<?>>map(ServiceLoader.Provider::get)
        .toList();
  }

  /** Applies the seeds declared on the class itself (not those of enclosing classes). */
  static void apply(Class<?> testClass, Miniflare miniflare) {
    for (SeedProvider<?> provider : PROVIDERS) {
      applyAll(provider, testClass, miniflare);
    }
  }

  private static <A extends Annotation> void applyAll(SeedProvider<A> provider, Class<?> testClass, Miniflare miniflare) {
    for (A annotation : AnnotationSupport.findRepeatableAnnotations(testClass, provider.annotationType())) {
      ClassSeedContext context = new ClassSeedContext(testClass, miniflare, provider.describe(annotation));
      try {
        provider.seed(annotation, context);
      } catch (ExtensionConfigurationException e) {
        throw e;
      } catch (RuntimeException e) {
        ExtensionConfigurationException failure = context.failure(e.getMessage());
        failure.initCause(e);
        throw failure;
      }
    }
  }
}
