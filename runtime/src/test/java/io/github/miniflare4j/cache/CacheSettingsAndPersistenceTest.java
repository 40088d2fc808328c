package io.github.miniflare4j.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Miniflare's {@code cache}, {@code cacheWarnUsage} and {@code cachePersist} options, and {@code purgeCache}. */
class CacheSettingsAndPersistenceTest {

  /** PUT /?k=key&v=value stores in the cache named by ?c= (default cache without), GET reads it back. */
  private static final String WORKER =
      """
      export default {
        async fetch(req) {
          const url = new URL(req.url);
          const name = url.searchParams.get("c");
          const cache = name === null ? caches.default : await caches.open(name);
          const key = "http://cache.test/" + url.searchParams.get("k");
          if (req.method === "PUT") {
            await cache.put(key, new Response(url.searchParams.get("v"), { headers: { "cache-control": "max-age=3600" } }));
            return new Response("stored");
          }
          const hit = await cache.match(key);
          return new Response(hit === undefined ? "miss" : await hit.text());
        }
      };
      """;

  @TempDir Path dir;

  private static WorkerOptions.Builder worker(String name) {
    return WorkerOptions.builder().name(name).modules(true).script(WORKER);
  }

  private static String put(Miniflare mf, String worker, String query) {
    return mf.dispatchFetch(worker, FetchRequest.builder("http://localhost/?" + query).method("PUT").build()).text();
  }

  private static String get(Miniflare mf, String worker, String query) {
    return mf.dispatchFetch(worker, FetchRequest.get("http://localhost/?" + query)).text();
  }

  @Test
  void a_worker_with_the_cache_off_stores_nothing_while_its_neighbours_share_theirs() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(worker("on"))
        .worker(worker("off").bind(CacheSetting.disabled()))
        .build())) {
      put(mf, "on", "k=a&v=from-on");
      put(mf, "off", "k=b&v=from-off");

      assertThat(get(mf, "off", "k=a")).as("a disabled cache finds nothing, not even other workers' entries").isEqualTo("miss");
      assertThat(get(mf, "on", "k=b")).as("a disabled cache stored nothing").isEqualTo("miss");
      assertThat(get(mf, "on", "k=a")).isEqualTo("from-on");
      assertThat(mf.cacheStorage().size(CacheStorage.DEFAULT)).isEqualTo(1);
    }
  }

  @Test
  void json_options_use_miniflares_names_and_refuse_non_booleans() {
    MiniflareOptions options = MiniflareOptions.fromJson("""
        { "modules": true, "script": "export default { fetch() { return new Response('x'); } }", "cache": false, "cacheWarnUsage": true }
        """);
    assertThat(options.workers().get(0).declarations()).containsExactlyInAnyOrder(
        CacheSetting.disabled(), CacheSetting.warnUsage());

    assertThatThrownBy(() -> MiniflareOptions.fromJson("""
        { "modules": true, "script": "export default {}", "cache": "no" }
        """))
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("cache")
        .hasMessageContaining("must be a boolean, was \"no\"");
  }

  @Test
  void persisted_caches_outlive_the_instance_and_purge_counts_what_it_removes() {
    MiniflareOptions options = MiniflareOptions.builder().persist(CachePlugin.KIND, dir).worker(worker("w")).build();
    try (Miniflare first = new Miniflare(options)) {
      put(first, "w", "k=a&v=1");
      put(first, "w", "k=b&v=2");
      put(first, "w", "k=a&v=named&c=pages");
    }
    try (Miniflare second = new Miniflare(options)) {
      assertThat(get(second, "w", "k=a")).isEqualTo("1");
      assertThat(get(second, "w", "k=a&c=pages")).isEqualTo("named");

      assertThat(second.purgeCache()).isEqualTo(2);
      assertThat(get(second, "w", "k=a")).isEqualTo("miss");
      assertThat(get(second, "w", "k=a&c=pages")).as("purging the default cache leaves named ones").isEqualTo("named");
      assertThat(second.purgeCache("pages")).isEqualTo(1);
      assertThat(second.purgeCache("never-used")).isZero();
    }
  }

  @Test
  void json_cache_persist_true_is_the_default_directory() {
    MiniflareOptions options = MiniflareOptions.fromJson("""
        { "modules": true, "script": "export default {}", "cachePersist": true }
        """);
    assertThat(options.persist(CachePlugin.KIND)).isEqualTo(Path.of(".mf", "cache"));
  }

  @Test
  void a_snapshot_of_persisted_caches_restores_them() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().persist(CachePlugin.KIND, dir).worker(worker("w")).build())) {
      put(mf, "w", "k=a&v=before");
      var snapshot = mf.snapshotStorage();
      put(mf, "w", "k=a&v=after");
      put(mf, "w", "k=z&v=new");
      mf.restoreStorage(snapshot);
      assertThat(get(mf, "w", "k=a")).isEqualTo("before");
      assertThat(get(mf, "w", "k=z")).isEqualTo("miss");
    }
  }
}
