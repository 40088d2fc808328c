package io.github.miniflare4j.kv.internal;

/**
 * One {@code put} as the prelude passes it, after workerd's argument conversions.
 *
 * @param key the key
 * @param value the value's bytes (a string as UTF-8), or {@code null} for a value of no accepted
 *     kind, refused once the key and options have been checked
 * @param expiration the absolute expiry in epoch seconds, or {@code null} when not given
 * @param expirationTtl the time to live in seconds, or {@code null} when not given
 * @param metadataJson {@code JSON.stringify(metadata)}, or {@code null} when no metadata was given
 * @param metadataUnserializable metadata was given but {@code JSON.stringify} returned undefined
 */
public record KvPut(
    String key, byte[] value, Integer expiration, Integer expirationTtl, String metadataJson,
    boolean metadataUnserializable) {}
