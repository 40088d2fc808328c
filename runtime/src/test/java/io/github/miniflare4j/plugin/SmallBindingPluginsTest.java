package io.github.miniflare4j.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.StorageSnapshot;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.analytics.AnalyticsEngineBinding;
import io.github.miniflare4j.analytics.AnalyticsEngineDataset;
import io.github.miniflare4j.analytics.DataPoint;
import io.github.miniflare4j.config.WranglerConfig;
import io.github.miniflare4j.ratelimit.RateLimitBinding;
import io.github.miniflare4j.ratelimit.RateLimiter;
import io.github.miniflare4j.secrets.SecretsStoreBinding;
import io.github.miniflare4j.secrets.SecretsStoreSecret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small binding kinds built on the plugin interface: options, behaviour, Java handles, reset. */
class SmallBindingPluginsTest {

  private static final String WORKER = """
      export default { async fetch(req, env) {
        const url = new URL(req.url);
        if (url.pathname === "/limit") return Response.json(await env.LIMITER.limit({ key: "k" }));
        if (url.pathname === "/detached") { const limit = env.LIMITER.limit; try { await limit({ key: "k" }); return new Response("called"); } catch (e) { return new Response(e.name + ": " + e.message); } }
        if (url.pathname === "/write") { env.AE.writeDataPoint({ blobs: ["GET", new TextEncoder().encode("b")], doubles: [2], indexes: ["i"] }); return new Response("ok"); }
        if (url.pathname === "/secret") { try { return new Response(await env.KEY.get()); } catch (e) { return new Response(e.message, { status: 404 }); } }
        return Response.json(env.VERSION);
      } };
      """;

  private static Miniflare start() {
    return new Miniflare(MiniflareOptions.builder().worker(WorkerOptions.builder().modules(true).script(WORKER)
        .bind(RateLimitBinding.of("LIMITER", 2, 10))
        .bind(AnalyticsEngineBinding.of("AE", "events"))
        .bind(SecretsStoreBinding.of("KEY", "store", "api-key"))
        .bind(new io.github.miniflare4j.versionmetadata.VersionMetadataBinding("VERSION"))).build());
  }

  @Test
  void a_rate_limit_counts_per_window_of_the_instance_clock() {
    try (Miniflare mf = start()) {
      assertThat(List.of(mf.dispatchFetch("http://x/limit").text(), mf.dispatchFetch("http://x/limit").text(),
          mf.dispatchFetch("http://x/limit").text()))
          .containsExactly("{\"success\":true}", "{\"success\":true}", "{\"success\":false}");
      mf.clock().advance(Duration.ofSeconds(10));
      assertThat(mf.dispatchFetch("http://x/limit").text()).isEqualTo("{\"success\":true}");
      RateLimiter limiter = mf.getBinding(RateLimiter.class, "LIMITER");
      assertThat(List.of(limiter.limit("k"), limiter.limit("k"))).containsExactly(true, false);
    }
  }

  @Test
  void refused_calls_are_not_counted_and_a_new_window_forgets_every_key() {
    try (Miniflare mf = start()) {
      RateLimiter limiter = mf.getBinding(RateLimiter.class, "LIMITER");
      assertThat(List.of(limiter.limit("a"), limiter.limit("a"), limiter.limit("a"), limiter.limit("b")))
          .containsExactly(true, true, false, true);
      // two accepted calls so far: a call allowing three passes
      assertThat(limiter.limitWith("a", 3, 10)).isTrue();
      mf.clock().advance(Duration.ofSeconds(10));
      assertThat(List.of(limiter.limitWith("a", 1, 10), limiter.limitWith("b", 1, 10))).containsExactly(true, true);
    }
  }

  @Test
  void a_detached_rate_limit_method_fails_with_workerds_illegal_invocation() {
    try (Miniflare mf = start()) {
      assertThat(mf.dispatchFetch("http://x/detached").text()).isEqualTo(
          "TypeError: Illegal invocation: function called with incorrect `this` reference. See "
              + "https://developers.cloudflare.com/workers/observability/errors/#illegal-invocation-errors for details.");
    }
  }

  @Test
  void data_points_secrets_and_counters_go_back_with_the_storage_snapshot() {
    try (Miniflare mf = start()) {
      StorageSnapshot empty = mf.snapshotStorage();
      mf.dispatchFetch("http://x/write");
      mf.getBinding(SecretsStoreSecret.class, "KEY").set("s3cr3t");
      mf.dispatchFetch("http://x/limit");
      mf.dispatchFetch("http://x/limit");

      assertThat(mf.getBinding(AnalyticsEngineDataset.class, "AE").dataPoints())
          .containsExactly(new DataPoint(List.of("GET", "b"), List.of(2.0), List.of("i")));
      assertThat(mf.dispatchFetch("http://x/secret").text()).isEqualTo("s3cr3t");

      mf.restoreStorage(empty);
      assertThat(mf.getBinding(AnalyticsEngineDataset.class, "AE").dataPoints()).isEmpty();
      assertThat(mf.dispatchFetch("http://x/secret").text()).isEqualTo("Secret \"api-key\" not found");
      assertThat(mf.dispatchFetch("http://x/limit").text()).isEqualTo("{\"success\":true}");
    }
  }

  @Test
  void version_metadata_is_one_version_per_instance() {
    try (Miniflare mf = start()) {
      String version = mf.dispatchFetch("http://x/").text();
      assertThat(version).matches("\\{\"id\":\"[0-9a-f-]{36}\",\"tag\":\"\",\"timestamp\":\"\\d{4}-.*Z\"}");
      mf.restartWorkers();
      assertThat(mf.dispatchFetch("http://x/").text()).isEqualTo(version);
    }
  }

  @Test
  void getBinding_names_what_the_worker_has_when_asked_for_something_else() {
    try (Miniflare mf = start()) {
      assertThatThrownBy(() -> mf.getBinding(RateLimiter.class, "AE"))
          .isInstanceOf(MiniflareException.class)
          .hasMessageContaining("has no RateLimiter bound as \"AE\"")
          .hasMessageContaining("LIMITER (ratelimit)");
    }
  }

  @Test
  void wrangler_keys_declare_the_same_bindings(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("index.js"), WORKER);
    Files.writeString(dir.resolve("wrangler.toml"), """
        name = "api"
        main = "index.js"
        compatibility_date = "2025-01-01"
        version_metadata = { binding = "VERSION" }
        [[ratelimits]]
        name = "LIMITER"
        namespace_id = "1001"
        simple = { limit = 1, period = 60 }
        [[analytics_engine_datasets]]
        binding = "AE"
        dataset = "events"
        [[secrets_store_secrets]]
        binding = "KEY"
        store_id = "s"
        secret_name = "api-key"
        """);
    WranglerConfig config = WranglerConfig.load(dir.resolve("wrangler.toml"));
    assertThat(config.warnings()).isEmpty();
    try (Miniflare mf = new Miniflare(config.toOptions().build())) {
      assertThat(mf.dispatchFetch("http://x/limit").text()).isEqualTo("{\"success\":true}");
      assertThat(mf.dispatchFetch("http://x/limit").text()).isEqualTo("{\"success\":false}");
      mf.dispatchFetch("http://x/write");
      assertThat(mf.getBinding(AnalyticsEngineDataset.class, "api", "AE").dataPoints()).hasSize(1);
    }
  }

  @Test
  void a_remote_only_binding_answered_by_java_replaces_the_unemulated_one() {
    String worker = """
        export default { async fetch(req, env) {
          const answer = await env.AI.run("@cf/model", { prompt: "hi" });
          let failure;
          try { await env.AI.embed("x"); } catch (e) { failure = e.message; }
          return Response.json({ answer, failure });
        } };
        """;
    WorkerOptions declared = MiniflareOptions.fromJson(
        "{\"modules\": true, \"ai\": {\"binding\": \"AI\"}}").workers().get(0);
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(declared.toBuilder().script(worker)
        .bind(io.github.miniflare4j.standin.StandInBinding.workersAi("AI",
            (model, inputs) -> java.util.Map.of("response", model + " says hello to " + inputs.get("prompt").asText()))))
        .build())) {
      assertThat(mf.dispatchFetch("http://x/").text()).isEqualTo(
          "{\"answer\":{\"response\":\"@cf/model says hello to hi\"},"
              + "\"failure\":\"Workers AI stand-in \\\"AI\\\" answers run(model, inputs) only, not embed()\"}");
    }
  }

  @Test
  void pipeline_records_are_kept_for_assertions() {
    String worker = "export default { async fetch(req, env) { await env.PIPE.send([{ n: 1 }, { n: 2 }]); return new Response('sent'); } };";
    try (Miniflare mf = new Miniflare(MiniflareOptions.fromJson(
        "{\"modules\": true, \"pipelines\": {\"PIPE\": \"events\"}, \"script\": \"" + worker + "\"}"))) {
      StorageSnapshot empty = mf.snapshotStorage();
      mf.dispatchFetch("http://x/");
      io.github.miniflare4j.pipelines.Pipeline pipeline = mf.getBinding(io.github.miniflare4j.pipelines.Pipeline.class, "PIPE");
      assertThat(pipeline.name()).isEqualTo("events");
      assertThat(pipeline.records()).extracting(r -> r.get("n").asInt()).containsExactly(1, 2);
      mf.restoreStorage(empty);
      assertThat(pipeline.records()).isEmpty();
    }
  }

  @Test
  void a_wrong_period_is_refused_naming_the_option() {
    assertThatThrownBy(() -> MiniflareOptions.fromJson(
        "{\"script\": \"\", \"ratelimits\": {\"L\": {\"simple\": {\"limit\": 5, \"period\": 30}}}}"))
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("options.ratelimits.L.simple")
        .hasMessageContaining("period must be 10 or 60 seconds, was 30");
  }
}
