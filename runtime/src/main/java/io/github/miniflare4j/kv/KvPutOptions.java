package io.github.miniflare4j.kv;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Options of {@link KvNamespace#put}: an absolute expiration or a time to live (the TTL wins
 * when both are set, as in Miniflare), and metadata. Immutable.
 *
 * <pre>{@code
 * KvPutOptions.builder().expirationTtl(Duration.ofMinutes(5)).metadata(Map.of("owner", "me")).build()
 * }</pre>
 */
public final class KvPutOptions {

  private static final KvPutOptions NONE = new KvPutOptions(null, null, null);

  private final Long expiration;
  private final Long expirationTtl;
  private final String metadataJson;

  private KvPutOptions(Long expiration, Long expirationTtl, String metadataJson) {
    this.expiration = expiration;
    this.expirationTtl = expirationTtl;
    this.metadataJson = metadataJson;
  }

  /**
   * No expiry, no metadata.
   *
   * @return the shared empty options
   */
  public static KvPutOptions none() {
    return NONE;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The absolute expiry in epoch seconds, or {@code null}.
   *
   * @return the epoch second, or {@code null} when not set
   */
  public Long expiration() {
    return expiration;
  }

  /**
   * The time to live in seconds, or {@code null}.
   *
   * @return the seconds, or {@code null} when not set
   */
  public Long expirationTtl() {
    return expirationTtl;
  }

  /**
   * The metadata as JSON text, or {@code null}.
   *
   * @return the JSON text, or {@code null} when not set
   */
  public String metadataJson() {
    return metadataJson;
  }

  /** Builds {@link KvPutOptions}. */
  public static final class Builder {
    private Long expiration;
    private Long expirationTtl;
    private String metadataJson;

    private Builder() {}

    /**
     * Expires the key at an instant (whole seconds; at least 60 s ahead of the instance clock).
     *
     * @param at the instant; not {@code null}; its fraction of a second is dropped
     * @return this builder
     */
    public Builder expiration(Instant at) {
      this.expiration = Objects.requireNonNull(at, "at").getEpochSecond();
      return this;
    }

    /**
     * Expires the key at an epoch second (at least 60 s ahead of the instance clock).
     *
     * @param epochSeconds seconds since the epoch
     * @return this builder
     */
    public Builder expirationEpochSeconds(long epochSeconds) {
      this.expiration = epochSeconds;
      return this;
    }

    /**
     * Expires the key this long after the put (whole seconds, at least 60).
     *
     * @param ttl the time to live; not {@code null}; its fraction of a second is dropped
     * @return this builder
     */
    public Builder expirationTtl(Duration ttl) {
      this.expirationTtl = Objects.requireNonNull(ttl, "ttl").getSeconds();
      return this;
    }

    /**
     * Attaches metadata, serialised to JSON with Jackson (at most 1024 bytes of JSON).
     *
     * @param metadata any value Jackson can serialise; {@code null} means no metadata, as a
     *     script's {@code metadata: null} does
     * @return this builder
     * @throws IllegalArgumentException when Jackson cannot serialise {@code metadata}
     */
    public Builder metadata(Object metadata) {
      this.metadataJson = metadata == null ? null : KvJson.write(metadata, "KV metadata");
      return this;
    }

    /**
     * Attaches metadata given as JSON text.
     *
     * @param json the metadata as JSON text; not {@code null}; not parsed here
     * @return this builder
     */
    public Builder metadataJson(String json) {
      this.metadataJson = Objects.requireNonNull(json, "json");
      return this;
    }

    /**
     * Builds the options; they are checked by the put, against the instance clock.
     *
     * @return the immutable options
     */
    public KvPutOptions build() {
      return new KvPutOptions(expiration, expirationTtl, metadataJson);
    }
  }
}
