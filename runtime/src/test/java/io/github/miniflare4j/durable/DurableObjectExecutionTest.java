package io.github.miniflare4j.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** How events reach objects: one instance per id, input gates, blockConcurrencyWhile, RPC. */
class DurableObjectExecutionTest {

  private static Miniflare single(String script) {
    return new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).durableObject("OBJ", "Obj").script(script))
        .build());
  }

  private static final String ROUTER = """
      export default { fetch(req, env) {
        const u = new URL(req.url);
        return env.OBJ.get(env.OBJ.idFromName(u.searchParams.get("name") ?? "one")).fetch(req);
      } };
      """;

  @Test
  void concurrent_read_modify_write_through_storage_loses_no_update() {
    try (Miniflare mf = single("""
        import { DurableObject } from "cloudflare:workers";
        export class Obj extends DurableObject {
          async fetch(req) {
            const n = ((await this.ctx.storage.get("n")) ?? 0) + 1;
            await this.ctx.storage.put("n", n);
            return new Response(String(n));
          }
        }
        """ + ROUTER)) {
      List<CompletableFuture<FetchResponse>> sent = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        sent.add(mf.dispatchFetchAsync(FetchRequest.get("http://localhost/")));
      }
      List<String> seen = sent.stream().map(f -> f.join().text()).sorted().toList();

      assertThat(seen).doesNotHaveDuplicates().hasSize(8);
      assertThat(mf.getDurableObjectNamespace("OBJ").storage(mf.getDurableObjectNamespace("OBJ").idFromName("one"))
          .get("n")).isEqualTo(8.0);
    }
  }

  @Test
  void awaiting_other_io_lets_a_second_request_interleave_as_in_workerd() {
    try (Miniflare mf = single("""
        import { DurableObject } from "cloudflare:workers";
        export class Obj extends DurableObject {
          async fetch(req) {
            if (new URL(req.url).pathname === "/release") { this.release(); return new Response("released"); }
            const before = (await this.ctx.storage.get("n")) ?? 0;
            await new Promise((r) => { this.release = r; });
            await this.ctx.storage.put("n", before + 1);
            return new Response("wrote " + (before + 1));
          }
        }
        """ + ROUTER)) {
      CompletableFuture<FetchResponse> waiting = mf.dispatchFetchAsync(FetchRequest.get("http://localhost/wait"));

      assertThat(mf.dispatchFetch("http://localhost/release").text()).isEqualTo("released");
      assertThat(waiting.join().text()).isEqualTo("wrote 1");
    }
  }

  @Test
  void block_concurrency_while_holds_other_events_until_it_settles() {
    try (Miniflare mf = single("""
        import { DurableObject } from "cloudflare:workers";
        export class Obj extends DurableObject {
          constructor(ctx, env) {
            super(ctx, env);
            this.log = [];
            ctx.blockConcurrencyWhile(async () => {
              await new Promise((r) => setTimeout(r, 150));
              this.log.push("constructor ready");
            });
          }
          async fetch(req) {
            this.log.push(new URL(req.url).pathname);
            return Response.json(this.log);
          }
        }
        """ + ROUTER)) {
      CompletableFuture<FetchResponse> first = mf.dispatchFetchAsync(FetchRequest.get("http://localhost/a"));
      CompletableFuture<FetchResponse> second = mf.dispatchFetchAsync(FetchRequest.get("http://localhost/b"));

      assertThat(first.join().text()).isEqualTo("[\"constructor ready\",\"/a\"]");
      assertThat(second.join().text()).isEqualTo("[\"constructor ready\",\"/a\",\"/b\"]");
    }
  }

  @Test
  void one_instance_per_id_keeps_in_memory_fields_and_sees_its_id() {
    try (Miniflare mf = single("""
        import { DurableObject } from "cloudflare:workers";
        export class Obj extends DurableObject {
          hits = 0;
          fetch() { return new Response(++this.hits + " " + this.ctx.id.name + " " + this.ctx.id); }
        }
        """ + ROUTER)) {
      DurableObjectNamespace ns = mf.getDurableObjectNamespace("OBJ");
      mf.dispatchFetch("http://localhost/?name=a");

      assertThat(mf.dispatchFetch("http://localhost/?name=a").text()).isEqualTo("2 a " + ns.idFromName("a").hex());
      assertThat(mf.dispatchFetch("http://localhost/?name=b").text()).startsWith("1 b ");
    }
  }

  @Test
  void rpc_passes_structured_clones_and_rethrows_errors_with_their_class() {
    try (Miniflare mf = single("""
        import { DurableObject } from "cloudflare:workers";
        export class Obj extends DurableObject {
          describe(v) {
            return { date: v.date instanceof Date, map: v.map instanceof Map && v.map.get("k") instanceof Set,
                     big: typeof v.big, bytes: v.bytes instanceof Uint8Array && v.bytes[1], undef: "u" in v && v.u === undefined,
                     back: v };
          }
          fail() { throw new RangeError("too far"); }
        }
        export default { async fetch(req, env) {
          const stub = env.OBJ.getByName("x");
          const out = {};
          const r = await stub.describe({ date: new Date(5), map: new Map([["k", new Set([1])]]), big: 7n, bytes: new Uint8Array([1, 2]), u: undefined });
          out.described = { ...r, back: undefined, backDate: r.back.date.getTime(), backBig: String(r.back.big) };
          try { await stub.fail(); } catch (e) { out.fail = [e.constructor.name, e.message]; }
          try { await stub.nope(); } catch (e) { out.nope = [e.constructor.name, e.message]; }
          // a function would cross as a stub (a callback), as in workerd; a symbol cannot cross
          try { await stub.describe(Symbol("s")); } catch (e) { out.clone = [e.name, e.message]; }
          return Response.json(out);
        } };
        """)) {
      assertThat(mf.dispatchFetch("http://localhost/").json().toString()).isEqualTo(
          "{\"described\":{\"date\":true,\"map\":true,\"big\":\"bigint\",\"bytes\":2,\"undef\":true,\"backDate\":5,\"backBig\":\"7\"},"
              + "\"fail\":[\"RangeError\",\"too far\"],"
              + "\"nope\":[\"TypeError\",\"The RPC receiver does not implement the method \\\"nope\\\".\"],"
              + "\"clone\":[\"DataCloneError\",\"Symbol(s) could not be cloned.\"]}");
    }
  }

  @Test
  void java_stub_calls_rpc_methods_and_fetch() {
    try (Miniflare mf = single("""
        import { DurableObject } from "cloudflare:workers";
        export class Obj extends DurableObject {
          add(a, b) { return a + b; }
          when() { return new Date(1000); }
          fail() { throw new TypeError("bad input"); }
          fetch(req) { return new Response("object saw " + req.method + " " + req.url); }
        }
        """ + ROUTER)) {
      DurableObjectStub stub = mf.getDurableObjectNamespace("OBJ").getByName("j");

      assertThat(stub.call("add", 2, 3)).isEqualTo(5.0);
      assertThat(stub.call("when")).isEqualTo(Instant.ofEpochMilli(1000));
      assertThat(stub.fetch(FetchRequest.builder("http://do/x").method("PUT").build()).text())
          .isEqualTo("object saw PUT http://do/x");
      assertThatThrownBy(() -> stub.call("fail"))
          .isInstanceOfSatisfying(WorkerException.class, e -> assertThat(e.errorMessage()).isEqualTo("bad input"));
      assertThatThrownBy(() -> stub.call("missing"))
          .isInstanceOfSatisfying(WorkerException.class, e -> assertThat(e.errorMessage())
              .isEqualTo("The RPC receiver does not implement the method \"missing\"."));
    }
  }

  @Test
  void class_of_another_worker_runs_in_that_workers_isolate_with_its_env() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("front").modules(true)
            .durableObject("COUNTER", "Counter", "backend")
            .script("export default { async fetch(req, env) { return env.COUNTER.getByName('c').fetch(req); } };"))
        .worker(WorkerOptions.builder().name("backend").modules(true).binding("WHO", "backend")
            .script("""
                import { DurableObject } from "cloudflare:workers";
                export class Counter extends DurableObject {
                  async fetch() { const n = ((await this.ctx.storage.get("n")) ?? 0) + 1; await this.ctx.storage.put("n", n); return new Response(this.env.WHO + " " + n); }
                }
                export default { fetch() { return new Response("backend"); } };
                """))
        .build())) {
      mf.dispatchFetch("http://localhost/");

      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("backend 2");
      DurableObjectNamespace ns = mf.getDurableObjectNamespace("COUNTER", "front");
      assertThat(ns.scriptName()).isEqualTo("backend");
      assertThat(ns.storage(ns.idFromName("c")).get("n")).isEqualTo(2.0);
    }
  }

  @Test
  void rpc_on_a_service_binding_reaches_the_worker_entrypoint() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("a").modules(true).serviceBinding("B", "b")
            .script("export default { async fetch(req, env) { return Response.json([await env.B.greet('ann'), typeof env.B.fetch]); } };"))
        .worker(WorkerOptions.builder().name("b").modules(true).binding("HELLO", "hi")
            .script("""
                import { WorkerEntrypoint } from "cloudflare:workers";
                export default class extends WorkerEntrypoint { greet(n) { return this.env.HELLO + " " + n; } fetch() { return new Response(""); } }
                """))
        .build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("[\"hi ann\",\"function\"]");
    }
  }
}
