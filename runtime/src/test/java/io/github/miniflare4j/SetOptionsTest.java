package io.github.miniflare4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.d1.D1Databases;
import io.github.miniflare4j.r2.R2Buckets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link Miniflare#setOptions}, as Node Miniflare's {@code mf.setOptions}: new scripts and
 * bindings, fresh module globals, in-memory storage (KV, D1, R2, Cache API, Durable Objects) kept by id, a failing configuration leaving
 * the old one serving. Recorded with miniflare 4: after {@code /put} then {@code setOptions} with
 * V changed, {@code {kv: 'v1', v: 'b', g: null, rows: {n: 1}}}; with KV bound to another id,
 * {@code kv: null}; a script that does not parse rejects and the previous answers go on.
 */
class SetOptionsTest {

  private static final String SCRIPT = """
      export default { async fetch(req, env) { const u = new URL(req.url);
        if (u.pathname === "/put") {
          await env.KV.put("k", "v1");
          await env.DB.exec("CREATE TABLE IF NOT EXISTS t (x)");
          await env.DB.prepare("INSERT INTO t VALUES (1)").run();
          await env.B.put("o", "r2");
          await caches.default.put("http://x/c", new Response("cached", { headers: { "cache-control": "max-age=3600" } }));
          globalThis.g = 1;
          return new Response("ok");
        }
        const rows = await env.DB.prepare("SELECT count(*) AS n FROM t").first("n").catch(e => String(e));
        const o = await env.B.get("o");
        const c = await caches.default.match("http://x/c");
        return Response.json({ kv: await env.KV.get("k"), v: env.V ?? null, g: globalThis.g ?? null, rows,
          r2: o && await o.text(), cache: c && await c.text() });
      } }""";

  private static MiniflareOptions options(String v, UnaryOperator<WorkerOptions.Builder> more) {
    return MiniflareOptions.builder()
        .worker(more.apply(WorkerOptions.builder().modules(true).script(SCRIPT)
            .bind(D1Databases.database("DB")).bind(R2Buckets.bucket("B")).binding("V", v)))
        .build();
  }

  private static MiniflareOptions options(String v) {
    return options(v, w -> w.kvNamespace("KV"));
  }

  @Test
  void new_bindings_and_fresh_globals_while_storage_of_the_same_ids_is_kept() {
    try (Miniflare mf = new Miniflare(options("a"))) {
      assertThat(mf.dispatchFetch("http://localhost/put").text()).isEqualTo("ok");
      assertThat(mf.dispatchFetch("http://localhost/").text())
          .isEqualTo("{\"kv\":\"v1\",\"v\":\"a\",\"g\":1,\"rows\":1,\"r2\":\"r2\",\"cache\":\"cached\"}");

      mf.setOptions(options("b"));

      assertThat(mf.dispatchFetch("http://localhost/").text())
          .isEqualTo("{\"kv\":\"v1\",\"v\":\"b\",\"g\":null,\"rows\":1,\"r2\":\"r2\",\"cache\":\"cached\"}");
      assertThat(mf.options().workers().get(0).bindings().get("V").asText()).isEqualTo("b");
      assertThat(mf.getKVNamespace("KV").get("k")).isEqualTo("v1");
    }
  }

  @Test
  void a_binding_to_another_id_sees_that_ids_data_and_the_first_id_keeps_its_own() {
    try (Miniflare mf = new Miniflare(options("a"))) {
      mf.dispatchFetch("http://localhost/put").text();

      mf.setOptions(options("c", w -> w.kvNamespace("KV", "other")));
      assertThat(mf.dispatchFetch("http://localhost/").text())
          .isEqualTo("{\"kv\":null,\"v\":\"c\",\"g\":null,\"rows\":1,\"r2\":\"r2\",\"cache\":\"cached\"}");

      mf.setOptions(options("d"));
      assertThat(mf.dispatchFetch("http://localhost/").text()).contains("\"kv\":\"v1\"");
    }
  }

  @Test
  void a_storage_snapshot_taken_before_set_options_restores_into_the_new_configuration() {
    try (Miniflare mf = new Miniflare(options("a"))) {
      StorageSnapshot empty = mf.snapshotStorage();
      mf.dispatchFetch("http://localhost/put").text();
      StorageSnapshot filled = mf.snapshotStorage();

      mf.setOptions(options("b"));
      mf.restoreStorage(empty);
      assertThat(mf.dispatchFetch("http://localhost/").text())
          .isEqualTo("{\"kv\":null,\"v\":\"b\",\"g\":null,\"rows\":\"Error: D1_ERROR: no such table: t: SQLITE_ERROR\",\"r2\":null}");

      mf.restartWorkers(filled);
      assertThat(mf.dispatchFetch("http://localhost/").text())
          .isEqualTo("{\"kv\":\"v1\",\"v\":\"b\",\"g\":null,\"rows\":1,\"r2\":\"r2\",\"cache\":\"cached\"}");
    }
  }

  @Test
  void a_configuration_that_fails_to_start_is_rejected_and_the_old_one_keeps_serving() {
    try (Miniflare mf = new Miniflare(options("a"))) {
      mf.dispatchFetch("http://localhost/put").text();

      MiniflareOptions broken = MiniflareOptions.builder()
          .worker(WorkerOptions.builder().name("broken").modules(true).script("export default {")).build();
      assertThatThrownBy(() -> mf.setOptions(broken))
          .isInstanceOfSatisfying(MiniflareException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.ERR_MODULE_PARSE))
          .hasMessageStartingWith("Unable to parse \"script-0\" of worker \"broken\":");

      assertThat(mf.dispatchFetch("http://localhost/").text())
          .isEqualTo("{\"kv\":\"v1\",\"v\":\"a\",\"g\":1,\"rows\":1,\"r2\":\"r2\",\"cache\":\"cached\"}");
      assertThat(mf.workerNames()).containsExactly("");
      assertThat(mf.options().workers().get(0).bindings().get("V").asText()).isEqualTo("a");
    }
  }

  @Test
  void a_refusal_found_once_the_new_workers_run_also_leaves_the_old_configuration_serving() {
    try (Miniflare mf = new Miniflare(options("a"))) {
      mf.dispatchFetch("http://localhost/put").text();
      MiniflareOptions missingEntrypoint = MiniflareOptions.builder()
          .worker(WorkerOptions.builder().name("caller").modules(true).script("export default { fetch() {} }")
              .serviceBinding("S", "callee", "Missing"))
          .worker(WorkerOptions.builder().name("callee").modules(true).script("export default { fetch() {} }"))
          .build();

      assertThatThrownBy(() -> mf.setOptions(missingEntrypoint))
          .isInstanceOf(MiniflareException.class)
          .hasMessageContaining("\"Missing\"");

      assertThat(mf.workerNames()).containsExactly("");
      assertThat(mf.dispatchFetch("http://localhost/").text())
          .isEqualTo("{\"kv\":\"v1\",\"v\":\"a\",\"g\":1,\"rows\":1,\"r2\":\"r2\",\"cache\":\"cached\"}");
    }
  }

  @Test
  void invalid_options_are_rejected_as_the_constructor_rejects_them() {
    try (Miniflare mf = new Miniflare(options("a"))) {
      MiniflareOptions twoUnnamed = MiniflareOptions.builder()
          .worker(WorkerOptions.builder().script("export default {}").modules(true))
          .worker(WorkerOptions.builder().script("export default {}").modules(true))
          .build();
      MiniflareException expected = null;
      try {
        new Miniflare(twoUnnamed).close();
      } catch (MiniflareException e) {
        expected = e;
      }
      assertThat(expected).as("the constructor refuses these options").isNotNull();
      String message = expected.getMessage();
      assertThatThrownBy(() -> mf.setOptions(twoUnnamed)).isInstanceOf(MiniflareException.class).hasMessage(message);
      assertThat(mf.dispatchFetch("http://localhost/").status()).isEqualTo(200);
    }
  }

  @Test
  void after_close_it_is_refused_as_miniflare_refuses_a_disposed_instance() {
    Miniflare mf = new Miniflare(options("a"));
    mf.close();

    assertThatThrownBy(() -> mf.setOptions(options("b")))
        .isInstanceOfSatisfying(MiniflareException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ERR_DISPOSED))
        .hasMessage("Cannot use disposed instance");
  }

  @Test
  void durable_objects_are_constructed_anew_and_keep_their_storage() {
    String script = """
        import { DurableObject } from "cloudflare:workers";
        export class Counter extends DurableObject {
          constructor(ctx, env) { super(ctx, env); this.constructed = (globalThis.constructions ?? 0) + 1;
            globalThis.constructions = this.constructed; }
          async fetch() {
            const n = ((await this.ctx.storage.get("n")) ?? 0) + 1;
            await this.ctx.storage.put("n", n);
            return new Response(n + "/" + this.constructed);
          }
        }
        export default { fetch(req, env) { return env.C.get(env.C.idFromName("x")).fetch(req); } }
        """;
    UnaryOperator<String> withTag = tag -> script.replace("export default", "const TAG = '" + tag + "';\nexport default");
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(withTag.apply("a")).durableObject("C", "Counter")).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("1/1");
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("2/1");

      mf.setOptions(MiniflareOptions.builder()
          .worker(WorkerOptions.builder().modules(true).script(withTag.apply("b")).durableObject("C", "Counter")).build());

      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("3/1");
    }
  }

  @Test
  void the_http_server_keeps_its_port_when_unchanged_and_moves_when_asked() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().port(0)
        .worker(WorkerOptions.builder().modules(true).script("export default { fetch() { return new Response('one') } }"))
        .build())) {
      int first = mf.port();

      mf.setOptions(MiniflareOptions.builder().port(0)
          .worker(WorkerOptions.builder().modules(true).script("export default { fetch() { return new Response('two') } }"))
          .build());
      assertThat(mf.port()).isEqualTo(first);
      assertThat(get(client, mf.url())).isEqualTo("two");

      mf.setOptions(MiniflareOptions.builder().port(0).logRequests(false)
          .worker(WorkerOptions.builder().modules(true).script("export default { fetch(r) { return new Response('three ' + new URL(r.url).host) } }"))
          .build());
      URI moved = mf.url();
      assertThat(get(client, moved)).isEqualTo("three " + moved.getAuthority());

      mf.setOptions(MiniflareOptions.builder()
          .worker(WorkerOptions.builder().modules(true).script("export default { fetch() { return new Response('four') } }"))
          .build());
      assertThatThrownBy(mf::port).isInstanceOf(IllegalStateException.class);
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("four");
    }
  }

  private static String get(HttpClient client, URI url) throws Exception {
    return client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  @Test
  void new_crons_replace_the_old() {
    MiniflareClock clock = MiniflareClock.frozenAt(java.time.Instant.parse("2026-01-01T00:00:30Z"));
    String script = "export default { scheduled(c) { console.log(c.cron) } }";
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().clock(clock)
        .worker(WorkerOptions.builder().modules(true).script(script).crons("* * * * *")).build())) {
      assertThat(mf.cronTriggers().triggers().get("")).hasToString("[* * * * *]");

      mf.setOptions(MiniflareOptions.builder().clock(clock)
          .worker(WorkerOptions.builder().modules(true).script(script).crons("0 * * * *")).build());

      assertThat(mf.cronTriggers().triggers().get("")).hasToString("[0 * * * *]");
      clock.advance(java.time.Duration.ofMinutes(2));
      assertThat(mf.cronTriggers().fired()).isEmpty();
      clock.advance(java.time.Duration.ofHours(1));
      assertThat(mf.cronTriggers().awaitIdle(java.time.Duration.ofSeconds(10))).extracting(io.github.miniflare4j.scheduled.ScheduledResult::cron)
          .containsExactly("0 * * * *");
    }
  }

  @Test
  void queue_messages_not_yet_delivered_are_dropped_as_miniflare_drops_them_and_new_ones_reach_the_new_consumer() {
    MiniflareClock clock = new MiniflareClock();
    java.util.function.Function<String, MiniflareOptions> queueOptions = tag -> MiniflareOptions.builder().clock(clock)
        .worker(WorkerOptions.builder().name("app").modules(true).kvNamespace("KV")
            .script("export default { async queue(batch, env) { await env.KV.put('got', '" + tag + ":' + batch.messages.map(m => m.body).join()) } }")
            .bind(io.github.miniflare4j.queues.QueueProducerBinding.of("JOBS", "jobs"))
            .bind(io.github.miniflare4j.queues.QueueConsumer.of("jobs").maxBatchSize(10).maxBatchTimeout(30)))
        .build();
    java.time.Duration wait = java.time.Duration.ofSeconds(20);
    try (Miniflare mf = new Miniflare(queueOptions.apply("old"))) {
      mf.getQueueProducer("JOBS").send("before");
      assertThat(mf.getQueueProducer("JOBS").backlog()).isEqualTo(1);

      mf.setOptions(queueOptions.apply("new"));

      io.github.miniflare4j.queues.QueueProducer jobs = mf.getQueueProducer("JOBS");
      assertThat(jobs.backlog()).isZero();
      jobs.send("after");
      clock.advance(java.time.Duration.ofSeconds(30));
      assertThat(jobs.awaitDeliveries(wait)).hasSize(1);
      assertThat(mf.getKVNamespace("KV").get("got")).isEqualTo("new:after");
    }
  }

  @Test
  void a_running_workflow_instance_resumes_in_the_new_workers_from_its_stored_steps() {
    MiniflareClock clock = new MiniflareClock();
    java.util.function.Function<String, MiniflareOptions> flowOptions = tag -> MiniflareOptions.builder().clock(clock)
        .worker(WorkerOptions.builder().name("app").modules(true)
            .script("""
                import { WorkflowEntrypoint } from "cloudflare:workers";
                export class Flow extends WorkflowEntrypoint {
                  async run(event, step) {
                    const first = await step.do("first", async () => "TAG");
                    await step.sleep("nap", "1 hour");
                    return first + ">" + await step.do("second", async () => "TAG");
                  }
                }
                export default { fetch() { return new Response("") } }
                """.replace("TAG", tag))
            .bind(io.github.miniflare4j.workflows.WorkflowDeclaration.of("FLOW", "flow", "Flow")))
        .build();
    try (Miniflare mf = new Miniflare(flowOptions.apply("old"))) {
      mf.getBinding(io.github.miniflare4j.workflows.Workflow.class, "FLOW").create("w1", java.util.Map.of()).waitUntilIdle();

      mf.setOptions(flowOptions.apply("new"));

      io.github.miniflare4j.workflows.WorkflowInstance instance =
          mf.getBinding(io.github.miniflare4j.workflows.Workflow.class, "FLOW").get("w1");
      instance.waitUntilIdle();
      clock.advance(java.time.Duration.ofHours(1));
      instance.waitForStatus(io.github.miniflare4j.workflows.WorkflowInstanceStatus.COMPLETE);
      assertThat(instance.output()).isEqualTo("old>new");
    }
  }

  @Test
  void a_dispatch_racing_set_options_is_served_by_the_old_or_the_new_configuration_whole() throws Exception {
    try (Miniflare mf = new Miniflare(options("a"))) {
      mf.dispatchFetch("http://localhost/put").text();
      AtomicBoolean switching = new AtomicBoolean(true);
      List<String> answers = java.util.Collections.synchronizedList(new ArrayList<>());
      CompletableFuture<Void> dispatching = CompletableFuture.runAsync(() -> {
        while (switching.get()) {
          try {
            answers.add(mf.dispatchFetch("http://localhost/").text());
          } catch (MiniflareException e) {
            // abandoned on the old workers as they closed: must say so, nothing else
            assertThat(e.code()).isEqualTo(ErrorCode.ERR_DISPOSED);
            answers.add("disposed");
          }
        }
      });
      for (String v : List.of("b", "c", "d", "e")) {
        mf.setOptions(options(v));
      }
      switching.set(false);
      dispatching.get(60, java.util.concurrent.TimeUnit.SECONDS);

      assertThat(answers).isNotEmpty();
      assertThat(answers).allSatisfy(answer -> assertThat(answer).matches(
          "disposed|\\{\"kv\":\"v1\",\"v\":\"[a-e]\",\"g\":(1|null),\"rows\":1,\"r2\":\"r2\",\"cache\":\"cached\"\\}"));
      assertThat(mf.dispatchFetch("http://localhost/").text()).contains("\"v\":\"e\"");
    }
  }
}
