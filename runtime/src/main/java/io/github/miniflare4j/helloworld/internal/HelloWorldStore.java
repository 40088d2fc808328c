package io.github.miniflare4j.helloworld.internal;

import org.graalvm.polyglot.HostAccess;

/**
 * The value of one hello-world store (the bindings of one setting), as its structured clone's
 * serialized text. Thread-safe. Not API.
 */
public final class HelloWorldStore {

  private final boolean timer;
  private volatile String serialized;

  /**
   * An empty store.
   *
   * @param enableTimer the bindings' {@code enable_timer}, or {@code null}
   */
  public HelloWorldStore(Boolean enableTimer) {
    this.timer = Boolean.TRUE.equals(enableTimer);
  }

  /**
   * The stored value's serialized clone, for {@code get()} and the reset between tests.
   *
   * @return the text, or {@code null} when nothing was set
   */
  @HostAccess.Export
  public String serialized() {
    return serialized;
  }

  /**
   * Replaces the value.
   *
   * @param serialized the serialized clone of the new value, or {@code null} for none
   */
  @HostAccess.Export
  public void store(String serialized) {
    this.serialized = serialized;
  }

  /**
   * Whether {@code get()} reports the timer ({@code ms: 100}).
   *
   * @return the bindings' {@code enable_timer}
   */
  @HostAccess.Export
  public boolean timer() {
    return timer;
  }
}
