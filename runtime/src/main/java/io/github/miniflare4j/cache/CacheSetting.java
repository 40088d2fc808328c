package io.github.miniflare4j.cache;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.Objects;

/**
 * One of Miniflare's worker options for the Cache API, {@code cache} or {@code cacheWarnUsage},
 * declared for one worker. Not an {@code env} entry. A later setting of the same option replaces
 * an earlier one; a worker declaring none has the cache on and no warning.
 *
 * <pre>{@code
 * WorkerOptions.builder().script(...).bind(CacheSetting.disabled())
 * }</pre>
 *
 * @param option which option
 * @param value its value
 */
public record CacheSetting(Option option, boolean value) implements BindingDeclaration {

  /** The Cache API's worker options, by Miniflare's names. */
  public enum Option {
    /**
     * Whether the worker's caches store anything ({@code true} by default). Off, every cache of
     * the worker is a no-op: {@code put} validates and stores nothing, {@code match} misses,
     * {@code delete} answers {@code false}.
     */
    CACHE("cache"),
    /**
     * Whether the first cache operation logs Miniflare's warning that cache operations have no
     * effect on a {@code workers.dev} subdomain ({@code false} by default).
     */
    WARN_USAGE("cacheWarnUsage");

    private final String jsonKey;

    Option(String jsonKey) {
      this.jsonKey = jsonKey;
    }

    /**
     * The option's name in Miniflare's options.
     *
     * @return {@code "cache"} or {@code "cacheWarnUsage"}
     */
    public String jsonKey() {
      return jsonKey;
    }
  }

  /**
   * A setting.
   *
   * @param option which option; not {@code null}
   * @param value its value
   */
  public CacheSetting {
    Objects.requireNonNull(option, "option");
  }

  /**
   * The cache turned off for the worker ({@code cache: false}).
   *
   * @return the setting
   */
  public static CacheSetting disabled() {
    return new CacheSetting(Option.CACHE, false);
  }

  /**
   * The usage warning turned on for the worker ({@code cacheWarnUsage: true}).
   *
   * @return the setting
   */
  public static CacheSetting warnUsage() {
    return new CacheSetting(Option.WARN_USAGE, true);
  }

  @Override
  public String kind() {
    return CachePlugin.KIND;
  }

  /** The option's name in Miniflare's options. */
  @Override
  public String name() {
    return option.jsonKey();
  }

  @Override
  public boolean inEnv() {
    return false;
  }
}
