package io.github.miniflare4j.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable, ordered list of HTTP header fields with case-insensitive names.
 *
 * <p>Names are stored lower-cased, as the Fetch API exposes them. {@link #get(String)} joins
 * repeated fields with {@code ", "}, exactly as {@code Headers.get} does in a worker.
 */
public final class Headers {

  private static final Headers EMPTY = new Headers(List.of());

  private final List<Map.Entry<String, String>> fields;

  private Headers(List<Map.Entry<String, String>> fields) {
    this.fields = fields;
  }

  /**
   * Returns a header list with no fields.
   *
   * @return the shared empty list
   */
  public static Headers empty() {
    return EMPTY;
  }

  /**
   * Builds a header list from a map of single values, in the map's iteration order.
   *
   * @param values header name to value; names are lower-cased
   * @return the header list
   */
  public static Headers of(Map<String, String> values) {
    Builder builder = builder();
    values.forEach(builder::add);
    return builder.build();
  }

  /**
   * Starts a new, empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding a copy of these fields.
   *
   * @return a new builder; changing it leaves these headers unchanged
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.fields.addAll(fields);
    return builder;
  }

  /**
   * Returns the value of the named header, with repeated fields joined by {@code ", "}, or
   * {@code null} when absent.
   *
   * @param name the header name, in any case
   * @return the joined value, or {@code null}
   */
  public String get(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    StringBuilder joined = null;
    for (Map.Entry<String, String> field : fields) {
      if (field.getKey().equals(key)) {
        if (joined == null) {
          joined = new StringBuilder(field.getValue());
        } else {
          joined.append(", ").append(field.getValue());
        }
      }
    }
    return joined == null ? null : joined.toString();
  }

  /**
   * Returns every value of the named header, in order; empty when absent.
   *
   * @param name the header name, in any case
   * @return a new list of the values
   */
  public List<String> all(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, String> field : fields) {
      if (field.getKey().equals(key)) {
        values.add(field.getValue());
      }
    }
    return values;
  }

  /**
   * Whether a field of this name is present.
   *
   * @param name the header name, in any case
   * @return {@code true} when present
   */
  public boolean has(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    return fields.stream().anyMatch(f -> f.getKey().equals(key));
  }

  /**
   * The fields in order, names lower-cased; repeated names appear once per field.
   *
   * @return an immutable list of (lower-cased name, value) entries
   */
  public List<Map.Entry<String, String>> entries() {
    return fields;
  }

  /**
   * The fields grouped by name, in order of first appearance.
   *
   * @return an immutable map of lower-cased name to values
   */
  public Map<String, List<String>> asMap() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (Map.Entry<String, String> field : fields) {
      map.computeIfAbsent(field.getKey(), k -> new ArrayList<>()).add(field.getValue());
    }
    map.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(map);
  }

  /**
   * The number of fields.
   *
   * @return the field count; a repeated name counts once per field
   */
  public int size() {
    return fields.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Headers && ((Headers) o).fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return asMap().toString();
  }

  /** Accumulates header fields; names are lower-cased on the way in. */
  public static final class Builder {
    private final List<Map.Entry<String, String>> fields = new ArrayList<>();

    private Builder() {}

    /**
     * Appends a field, keeping any existing field of the same name.
     *
     * @param name the header name, stored lower-cased; not {@code null}
     * @param value the value; not {@code null}
     * @return this builder
     */
    public Builder add(String name, String value) {
      Objects.requireNonNull(name, "header name");
      Objects.requireNonNull(value, "header value");
      fields.add(Map.entry(name.toLowerCase(Locale.ROOT), value));
      return this;
    }

    /**
     * Replaces every field of this name with one field.
     *
     * @param name the header name, in any case; not {@code null}
     * @param value the value; not {@code null}
     * @return this builder
     */
    public Builder set(String name, String value) {
      remove(name);
      return add(name, value);
    }

    /**
     * Removes every field of this name.
     *
     * @param name the header name, in any case
     * @return this builder
     */
    public Builder remove(String name) {
      String key = name.toLowerCase(Locale.ROOT);
      fields.removeIf(f -> f.getKey().equals(key));
      return this;
    }

    /**
     * Whether a field of this name has been added.
     *
     * @param name the header name, in any case
     * @return {@code true} when present
     */
    public boolean has(String name) {
      String key = name.toLowerCase(Locale.ROOT);
      return fields.stream().anyMatch(f -> f.getKey().equals(key));
    }

    /**
     * Returns the immutable header list.
     *
     * @return the header list
     */
    public Headers build() {
      return fields.isEmpty() ? EMPTY : new Headers(List.copyOf(fields));
    }
  }
}
