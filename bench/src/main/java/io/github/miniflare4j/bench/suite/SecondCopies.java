package io.github.miniflare4j.bench.suite;

/**
 * The second copy of each class for the 100-test variant, as the Vitest suite's generator writes
 * each of its five files twice: each copy runs the same ten tests as a class of its own (its
 * own baseline, on the same shared instance).
 */
final class SecondCopies {

  private SecondCopies() {}

  static final class BasicRoutesB extends BasicRoutesTest {}

  static final class ItemsCrudB extends ItemsCrudTest {}

  static final class ItemsListB extends ItemsListTest {}

  static final class IsolationB extends IsolationTest {}

  static final class WaitUntilAuditB extends WaitUntilAuditTest {}
}
