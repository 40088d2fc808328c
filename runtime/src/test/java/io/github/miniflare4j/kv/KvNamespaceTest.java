package io.github.miniflare4j.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.storage.StoreSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Java handle: the same data, clock, limits and messages as the workers. */
class KvNamespaceTest {

  static final String WORKER =
      """
      export default {
        async fetch(req, env) {
          const url = new URL(req.url);
          const k = url.searchParams.get("k");
          if (url.pathname === "/put") { await env.CACHE.put(k, url.searchParams.get("v")); return new Response("ok"); }
          if (url.pathname === "/json") return Response.json(await env.CACHE.get(k, "json"));
          if (url.pathname === "/list") return Response.json((await env.CACHE.list()).keys.map((x) => x.name));
          const v = await env.CACHE.get(k);
          return new Response(v ?? "<null>");
        }
      };
      """;

  Miniflare mf;
  KvNamespace kv;

  @BeforeEach
  void start() {
    mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("api").modules(true).script(WORKER).kvNamespace("CACHE", "cache-id"))
        .build());
    kv = mf.getKVNamespace("CACHE");
  }

  @AfterEach
  void stop() {
    mf.close();
  }

  String fetch(String pathAndQuery) {
    return mf.dispatchFetch("http://localhost" + pathAndQuery).text();
  }

  @Test
  void java_writes_are_seen_by_the_worker_and_back() {
    kv.put("greeting", "hello");
    assertThat(fetch("/get?k=greeting")).isEqualTo("hello");
    fetch("/put?k=from-js&v=42");
    assertThat(kv.get("from-js")).isEqualTo("42");
    assertThat(mf.getKVNamespace("api", "CACHE").get("from-js")).isEqualTo("42");
    assertThat(kv.namespaceId()).isEqualTo("cache-id");
  }

  @Test
  void json_values_go_through_jackson() {
    kv.putJson("config", new java.util.TreeMap<>(Map.of("beta", true, "n", 3)));
    assertThat(fetch("/json?k=config")).isEqualTo("{\"beta\":true,\"n\":3}");
    Map<String, Object> read = kv.getJson("config", new TypeReference<>() {});
    assertThat(read).containsEntry("beta", true).containsEntry("n", 3);
    record Config(boolean beta, int n) {}
    assertThat(kv.getJson("config", Config.class)).isEqualTo(new Config(true, 3));
    kv.put("bad", "not json");
    assertThatThrownBy(() -> kv.getJson("bad", Config.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("value of key \"bad\" in KV namespace \"cache-id\" is not JSON readable as");
  }

  @Test
  void bytes_and_missing_keys() {
    kv.put("b", new byte[] {1, 2, 3});
    assertThat(kv.getBytes("b")).containsExactly(1, 2, 3);
    assertThat(kv.get("missing")).isNull();
    assertThat(kv.getBytes("missing")).isNull();
    assertThat(kv.getWithMetadata("missing")).isNull();
  }

  @Test
  void metadata_and_expiration_round_trip() {
    Instant at = mf.clock().instant().plusSeconds(3600);
    kv.put("k", "v", KvPutOptions.builder().expiration(at).metadata(Map.of("owner", "me")).build());
    KvEntry entry = kv.getWithMetadata("k");
    assertThat(entry.text()).isEqualTo("v");
    assertThat(entry.expiration()).isEqualTo(Instant.ofEpochSecond(at.getEpochSecond()));
    assertThat(entry.metadata(Map.class)).isEqualTo(Map.of("owner", "me"));
    KvKey key = kv.list().keys().get(0);
    assertThat(key.name()).isEqualTo("k");
    assertThat(key.metadataJson()).isEqualTo("{\"owner\":\"me\"}");
    assertThat(key.expirationIfAny()).contains(Instant.ofEpochSecond(at.getEpochSecond()));
  }

  @Test
  void null_metadata_is_no_metadata_but_json_null_is_kept() {
    kv.put("none", "v", KvPutOptions.builder().metadata(null).build());
    kv.put("json-null", "v", KvPutOptions.builder().metadataJson("null").build());
    assertThat(kv.getWithMetadata("none").metadataJson()).isNull();
    assertThat(kv.list().keys()).extracting(KvKey::name, KvKey::metadataJson)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json-null", "null"), org.assertj.core.groups.Tuple.tuple("none", null));
  }

  @Test
  void keys_with_lone_surrogates_are_refused_as_miniflare_cannot_url_decode_them() {
    assertThatThrownBy(() -> kv.put("a\ud800", "v"))
        .hasMessageContaining("KV PUT failed: 400 Could not URL-decode key name");
    assertThatThrownBy(() -> kv.get("\udc00b"))
        .hasMessageContaining("KV GET failed: 400 Could not URL-decode key name");
    kv.put("pair\ud83d\ude00", "ok");
    assertThat(kv.get("pair\ud83d\ude00")).isEqualTo("ok");
  }

  @Test
  void expiry_follows_the_instance_clock_in_java_and_in_the_worker() {
    // KV expirations are whole seconds: start on a second boundary
    mf.clock().set(Instant.ofEpochSecond(mf.clock().instant().getEpochSecond()));
    kv.put("session", "s1", KvPutOptions.builder().expirationTtl(Duration.ofSeconds(60)).build());
    kv.put("forever", "f");
    assertThat(fetch("/get?k=session")).isEqualTo("s1");
    mf.clock().advance(Duration.ofSeconds(59));
    assertThat(kv.get("session")).isEqualTo("s1");
    mf.clock().advance(Duration.ofSeconds(2));
    assertThat(kv.get("session")).isNull();
    assertThat(fetch("/get?k=session")).isEqualTo("<null>");
    assertThat(fetch("/list")).isEqualTo("[\"forever\"]");
    assertThat(kv.keys().map(KvKey::name)).containsExactly("forever");
  }

  @Test
  void same_limits_and_messages_as_the_workers() {
    assertThatThrownBy(() -> kv.put("", "v"))
        .isInstanceOf(KvException.class)
        .hasMessageStartingWith("Key name cannot be empty.")
        .extracting(e -> ((KvException) e).errorName()).isEqualTo("TypeError");
    assertThatThrownBy(() -> kv.get(".."))
        .hasMessageStartingWith("\"..\" is not allowed as a key name.");
    assertThatThrownBy(() -> kv.put("a".repeat(513), "v"))
        .isInstanceOf(KvException.class)
        .hasMessage("KV PUT failed: 414 UTF-8 encoded length of 513 exceeds key length limit of 512."
            + " [KV namespace \"cache-id\", key \"" + "a".repeat(60) + "…\"]")
        .extracting(e -> ((KvException) e).status()).isEqualTo(414);
    assertThatThrownBy(() -> kv.put("k", "v", KvPutOptions.builder().expirationTtl(Duration.ofSeconds(30)).build()))
        .hasMessageStartingWith("KV PUT failed: 400 Invalid expiration_ttl of 30. Expiration TTL must be at least 60.");
    assertThatThrownBy(() -> kv.put("k", "v", KvPutOptions.builder().expirationEpochSeconds(1000).build()))
        .hasMessageStartingWith("KV PUT failed: 400 Invalid expiration of 1000. Please specify integer greater than");
    assertThatThrownBy(() -> kv.put("k", "v", KvPutOptions.builder().metadataJson("\"" + "x".repeat(1023) + "\"").build()))
        .hasMessageStartingWith("KV PUT failed: 413 Metadata length of 1025 exceeds limit of 1024.");
    assertThatThrownBy(() -> kv.put("k", new byte[KvLimits.MAX_VALUE_BYTES + 1]))
        .hasMessageStartingWith("KV PUT failed: 413 Value length of 26214401 exceeds limit of 26214400.");
    assertThatThrownBy(() -> kv.list(null, 1001, null))
        .hasMessageStartingWith("KV GET failed: 400 Invalid key_count_limit of 1001. Please specify an integer less than 1000.");
    assertThatThrownBy(() -> kv.list(null, 0, null))
        .hasMessageStartingWith("KV GET failed: 400 Invalid key_count_limit of 0. Please specify an integer greater than 0.");
    assertThatThrownBy(() -> kv.put("k", "v", KvPutOptions.builder().expiration(Instant.parse("2100-01-01T00:00:00Z")).build()))
        .hasMessageStartingWith(KvLimits.INT32_RANGE);
    assertThatThrownBy(() -> kv.get(IntStream.range(0, 101).mapToObj(i -> "k" + i).toList()))
        .hasMessageStartingWith("KV GET_BULK failed: 400 You can request a maximum of 100 keys");
  }

  @Test
  void list_pages_with_prefix_limit_and_cursor_and_keys_iterates_everything() {
    for (int i = 0; i < 25; i++) {
      kv.put(String.format("item:%02d", i), "v");
    }
    kv.put("other", "v");
    KvListResult first = kv.list("item:", 10, null);
    assertThat(first.keys()).hasSize(10);
    assertThat(first.listComplete()).isFalse();
    KvListResult second = kv.list("item:", 10, first.cursor());
    assertThat(second.keys().get(0).name()).isEqualTo("item:10");
    KvListResult third = kv.list("item:", 10, second.cursor());
    assertThat(third.keys()).hasSize(5);
    assertThat(third.listComplete()).isTrue();
    assertThat(third.nextCursor()).isEmpty();
    assertThat(kv.keys("item:")).hasSize(25);
    assertThat(kv.keys().map(KvKey::name)).hasSize(26).endsWith("other");
  }

  @Test
  void keys_iterates_past_one_page() {
    for (int i = 0; i < 1005; i++) {
      kv.put("k" + i, "v");
    }
    assertThat(kv.keys().count()).isEqualTo(1005);
  }

  @Test
  void bulk_get_returns_values_in_the_order_asked() {
    kv.put("a", "1");
    kv.put("b", "2");
    assertThat(kv.get(List.of("b", "missing", "a"))).containsExactly(
        Map.entry("b", "2"), new java.util.AbstractMap.SimpleEntry<>("missing", null), Map.entry("a", "1"));
  }

  @Test
  void delete_clear_snapshot_and_restore() {
    kv.put("a", "1");
    StoreSnapshot snapshot = kv.snapshot();
    kv.put("b", "2");
    kv.delete("a");
    assertThat(fetch("/list")).isEqualTo("[\"b\"]");
    kv.restore(snapshot);
    assertThat(fetch("/list")).isEqualTo("[\"a\"]");
    kv.clear();
    assertThat(fetch("/list")).isEqualTo("[]");
  }

  @Test
  void whole_storage_snapshot_resets_every_namespace() {
    kv.put("a", "1");
    KvStorage.Snapshot baseline = mf.kvStorage().snapshot();
    kv.put("b", "2");
    mf.kvStorage().namespace("created-later").put("x", io.github.miniflare4j.storage.StoredValue.of(new byte[1]));
    mf.kvStorage().restore(baseline);
    assertThat(kv.keys().map(KvKey::name)).containsExactly("a");
    assertThat(mf.kvStorage().namespace("created-later").size()).isZero();
    assertThat(baseline.namespaceIds()).containsExactly("cache-id");
  }

  @Test
  void unknown_bindings_and_workers_are_named_in_the_error() {
    assertThatThrownBy(() -> mf.getKVNamespace("SESSIONS"))
        .isInstanceOf(MiniflareException.class)
        .hasMessage("getKVNamespace: worker \"api\" has no KV namespace bound as \"SESSIONS\"; its KV bindings are [CACHE]."
            + " Bind one with WorkerOptions.Builder.kvNamespace(\"SESSIONS\", namespaceId).")
        .extracting(e -> ((MiniflareException) e).code()).isEqualTo(ErrorCode.ERR_VALIDATION);
    assertThatThrownBy(() -> mf.getKVNamespace("web", "CACHE"))
        .hasMessage("getKVNamespace(\"web\", \"CACHE\"): no worker is named \"web\"; the workers are [api].");
  }
}
