package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.junit.MiniflareExtension;
import io.github.miniflare4j.junit.MiniflareTest;
import java.lang.reflect.Field;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.SelectorResolutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.NestedClassSelector;
import org.junit.platform.engine.discovery.NestedMethodSelector;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;

/**
 * Starts preparing the first instance's engine and worker Context ({@link
 * Miniflare#prepareInBackground()}) as soon as test discovery knows of a class that uses the
 * extension ({@link MiniflareTest}, or a {@link MiniflareExtension} field), so that discovery,
 * and everything the JUnit engine does up to the class's first test, runs beside it instead of
 * before it. When discovery starts, the request's class and method selectors (how Maven Surefire,
 * Gradle and IDEs name test classes) are looked at first; other selectors (packages, class-path
 * roots) start it when the engine has resolved such a class. A run without such a class starts
 * nothing. Registered through {@code META-INF/services}; {@code -Dminiflare4j.prepareAhead=false}
 * turns it off.
 */
public final class PrepareOnDiscovery implements LauncherDiscoveryListener {

  private final Runnable prepare;
  private volatile boolean started;

  /** The listener the launcher loads: it starts {@link Miniflare#prepareInBackground()}. */
  public PrepareOnDiscovery() {
    this(Miniflare::prepareInBackground);
  }

  /** A listener that runs {@code prepare}, at most once, instead (for tests). */
  PrepareOnDiscovery(Runnable prepare) {
    this.prepare = prepare;
  }

  /**
   * Looks at the selected classes before any engine resolves them, in the request's order, and
   * starts at the first that uses the extension. A selector whose class does not load is left to
   * the engine, which reports it.
   */
  @Override
  public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
    for (DiscoverySelector selector : request.getSelectorsByType(DiscoverySelector.class)) {
      if (started) {
        return;
      }
      Class<?> testClass;
      try {
        testClass = selectedClass(selector);
      } catch (RuntimeException | LinkageError notLoadable) {
        continue;
      }
      if (testClass != null && usesMiniflare(testClass)) {
        start();
      }
    }
  }

  @Override
  public void selectorProcessed(UniqueId engineId, DiscoverySelector selector, SelectorResolutionResult result) {
    if (started || result.getStatus() != SelectorResolutionResult.Status.RESOLVED) {
      return;
    }
    Class<?> testClass = selectedClass(selector);
    if (testClass != null && usesMiniflare(testClass)) {
      start();
    }
  }

  private void start() {
    started = true;
    prepare.run();
  }

  /** The class a class or method selector names, or {@code null} for other selectors. */
  static Class<?> selectedClass(DiscoverySelector selector) {
    if (selector instanceof ClassSelector c) {
      return c.getJavaClass();
    }
    if (selector instanceof MethodSelector m) {
      return m.getJavaClass();
    }
    if (selector instanceof NestedClassSelector n) {
      return n.getNestedClass();
    }
    if (selector instanceof NestedMethodSelector n) {
      return n.getNestedClass();
    }
    return null;
  }

  /**
   * Whether instances of {@code testClass} start Miniflare through the extension: it or a
   * superclass is annotated {@link MiniflareTest}, or declares a field of type {@link
   * MiniflareExtension} (the {@code @RegisterExtension} form).
   */
  static boolean usesMiniflare(Class<?> testClass) {
    if (AnnotationSupport.isAnnotated(testClass, MiniflareTest.class)) {
      return true;
    }
    for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (MiniflareExtension.class.isAssignableFrom(field.getType())) {
          return true;
        }
      }
    }
    return false;
  }
}
