package io.github.miniflare4j.cache.internal;

import io.github.miniflare4j.storage.StoredValue;
import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;

/** One cached response as the prelude reads it back: its head (JSON) and its body. */
public final class CachedEntry {

  private final StoredValue value;

  CachedEntry(StoredValue value) {
    this.value = value;
  }

  /**
   * The response head as the prelude stored it (JSON).
   *
   * @return the JSON text, never {@code null}
   */
  @HostAccess.Export
  public String head() {
    return value.metadataJson();
  }

  /**
   * A read-only view of the body; the prelude copies it.
   *
   * @return a read-only buffer over the stored bytes
   */
  @HostAccess.Export
  public ByteBuffer body() {
    return ByteBuffer.wrap(value.value()).asReadOnlyBuffer();
  }
}
