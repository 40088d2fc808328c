package io.github.miniflare4j.junit;

/** What the extension does to an instance's storage and workers between tests. */
public enum StorageMode {

  /**
   * Every test starts from the class's baseline: the seeded data plus what {@code @BeforeAll}
   * wrote. The workers are restarted (fresh module globals) and the clock is reset.
   */
  RESET_EACH_TEST,

  /** Nothing is reset: each test sees what the previous ones left, for ordered scenarios. */
  KEEP
}
