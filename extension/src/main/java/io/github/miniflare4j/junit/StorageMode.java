package io.github.miniflare4j.junit;

/** What the extension does to an instance's storage and workers between tests. */
public enum StorageMode {

  /**
   * Every test starts from the class's baseline: the seeded data plus what {@code @BeforeAll}
   * wrote. The workers are restarted (fresh module globals) and the clock is reset. The JUnit
   * configuration parameter {@code miniflare4j.keepWorkersBetweenTests=true} ({@code
   * junit-platform.properties} or a system property) makes every class of the run in this mode
   * behave as {@link #RESET_STORAGE_EACH_TEST}.
   */
  RESET_EACH_TEST,

  /**
   * Every test starts from the class's storage baseline and clock, as with {@link
   * #RESET_EACH_TEST}, but the workers keep running: module globals carry over from test to test
   * within the class, as between the tests of one Vitest file with {@code
   * @cloudflare/vitest-pool-workers}. Faster, since no worker restarts between tests. When a
   * request or {@code ctx.waitUntil} work of the previous test is still running at the next
   * test's start, the workers are restarted anyway, so that nothing it does can reach the next
   * test's storage.
   */
  RESET_STORAGE_EACH_TEST,

  /** Nothing is reset: each test sees what the previous ones left, for ordered scenarios. */
  KEEP
}
