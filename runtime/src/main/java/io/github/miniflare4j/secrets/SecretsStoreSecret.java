package io.github.miniflare4j.secrets;

import org.graalvm.polyglot.HostAccess;

/**
 * One secret of a Secrets Store, as the worker's binding and Java see it. Empty until a test (or
 * the application's set-up) sets it, as in Miniflare, where {@code get()} then fails with
 * {@code Secret "<name>" not found}. Thread-safe.
 */
public final class SecretsStoreSecret {

  private final String secretName;
  private volatile String value;

  SecretsStoreSecret(String secretName) {
    this.secretName = secretName;
  }

  /**
   * Sets the secret's value.
   *
   * @param value the value, or {@code null} to delete it
   */
  public void set(String value) {
    this.value = value;
  }

  /**
   * The value, for the worker's {@code get()}.
   *
   * @return the value, or {@code null} when not set
   */
  @HostAccess.Export
  public String value() {
    return value;
  }

  /**
   * The secret's name in its store.
   *
   * @return the name
   */
  @HostAccess.Export
  public String secretName() {
    return secretName;
  }
}
