package io.github.miniflare4j.bench.suite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The suite's size variants, as the Vitest suite's {@code gen.mjs} makes them: N classes of ten
 * tests each.
 */
enum SuiteVariant {
  /** One class (the CRUD tests), 10 tests. */
  TESTS_10(10, List.of(ItemsCrudTest.class)),
  /** The five classes, 50 tests. */
  TESTS_50(50, List.of(BasicRoutesTest.class, ItemsCrudTest.class, ItemsListTest.class, IsolationTest.class,
      WaitUntilAuditTest.class)),
  /** The five classes and a second copy of each, 100 tests. */
  TESTS_100(100, withSecondCopies());

  private final int tests;
  private final List<Class<?>> classes;

  SuiteVariant(int tests, List<Class<?>> classes) {
    this.tests = tests;
    this.classes = classes;
  }

  int tests() {
    return tests;
  }

  List<Class<?>> classes() {
    return classes;
  }

  /**
   * The variant of {@code tests} tests.
   *
   * @throws IllegalArgumentException naming the sizes there are
   */
  static SuiteVariant ofTests(String tests) {
    return Arrays.stream(values()).filter(v -> String.valueOf(v.tests).equals(tests)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no suite of " + tests + " tests; choose one of "
            + Arrays.stream(values()).map(v -> String.valueOf(v.tests)).collect(Collectors.joining(", "))));
  }

  private static List<Class<?>> withSecondCopies() {
    List<Class<?>> all = new ArrayList<>(List.of(BasicRoutesTest.class, ItemsCrudTest.class, ItemsListTest.class,
        IsolationTest.class, WaitUntilAuditTest.class));
    all.addAll(List.of(SecondCopies.BasicRoutesB.class, SecondCopies.ItemsCrudB.class, SecondCopies.ItemsListB.class,
        SecondCopies.IsolationB.class, SecondCopies.WaitUntilAuditB.class));
    return List.copyOf(all);
  }
}
