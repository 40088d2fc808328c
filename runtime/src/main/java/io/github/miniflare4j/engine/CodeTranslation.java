package io.github.miniflare4j.engine;

/**
 * When worker Contexts translate JavaScript functions into Truffle trees: on a function's first
 * call (GraalJS's {@code js.lazy-translation}, less CPU at start-up) until something that
 * instruments loaded code asks for translation when code is parsed. Coverage does: an instrument
 * that meets a function translated on demand trips an assertion in GraalJS. Contexts prepared
 * before the switch are not handed out afterwards.
 *
 * <p>Lazy translation is off from the start when {@code -Dminiflare4j.coverage} asks for coverage
 * or {@code -Dminiflare4j.lazyTranslation=false}.
 */
public final class CodeTranslation {

  private static volatile boolean lazy = initiallyLazy();

  private CodeTranslation() {}

  /**
   * Contexts created from now on translate functions when their code is parsed. Called before an
   * instrument (coverage) attaches to the shared engine.
   */
  public static void eagerFromNowOn() {
    lazy = false;
  }

  /** @return whether a Context created now translates functions on their first call */
  static boolean lazy() {
    return lazy;
  }

  private static boolean initiallyLazy() {
    String coverage = System.getProperty("miniflare4j.coverage");
    boolean coverageRequested = coverage != null && !coverage.isBlank() && !coverage.equalsIgnoreCase("false");
    return !coverageRequested && !"false".equalsIgnoreCase(System.getProperty("miniflare4j.lazyTranslation"));
  }
}
