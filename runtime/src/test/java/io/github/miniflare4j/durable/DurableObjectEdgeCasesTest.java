package io.github.miniflare4j.durable;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Behaviours recorded against the real Miniflare that the conformance cases do not cover. */
class DurableObjectEdgeCasesTest {

  @Test
  void storage_argument_checks_match_workerd() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).durableObject("OBJ", "Obj").script("""
            import { DurableObject } from "cloudflare:workers";
            const t = async (fn) => { try { const v = await fn(); return v === undefined ? "undefined" : v; } catch (e) { return e.name + ": " + e.message; } };
            export class Obj extends DurableObject {
              async fetch() {
                const s = this.ctx.storage;
                return Response.json({
                  putEntries: await t(async () => { await s.put({ kept: 1, skipped: undefined }); return [...(await s.list())]; }),
                  listString: await t(() => s.list("x")),
                  listLimit: await t(() => s.list({ limit: 0 })),
                  getNothing: await t(() => s.get()),
                  alarmType: await t(() => s.setAlarm("soon")),
                });
              }
            }
            export default { fetch(req, env) { return env.OBJ.getByName("a").fetch(req); } };
            """)).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").json().toString()).isEqualTo("{"
          + "\"putEntries\":[[\"kept\",1]],"
          + "\"listString\":\"TypeError: Failed to execute 'list' on 'DurableObjectStorage': parameter 1 is not of type 'ListOptions'.\","
          + "\"listLimit\":\"TypeError: List limit must be positive.\","
          + "\"getNothing\":\"TypeError: Failed to execute 'get' on 'DurableObjectStorage': parameter 1 is not of type 'string or Array'.\","
          + "\"alarmType\":\"TypeError: Your Durable Object class must have an alarm() handler in order to call setAlarm()\"}");
    }
  }

  @Test
  void a_failing_block_concurrency_while_resets_the_object() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).durableObject("OBJ", "Obj").script("""
            import { DurableObject } from "cloudflare:workers";
            export class Obj extends DurableObject {
              hits = 0;
              async fetch(req) {
                this.hits++;
                if (new URL(req.url).pathname === "/break") {
                  try { await this.ctx.blockConcurrencyWhile(() => { throw new Error("bcw fail"); }); } catch {}
                }
                return new Response(String(this.hits));
              }
            }
            export default { fetch(req, env) { return env.OBJ.getByName("a").fetch(req); } };
            """)).build())) {
      mf.dispatchFetch("http://localhost/");

      assertThat(mf.dispatchFetch("http://localhost/break").text()).startsWith("Error: bcw fail");
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("1");
    }
  }

  @Test
  void rpc_to_a_plain_object_handler_takes_exactly_one_argument_then_env_and_ctx() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("a").modules(true).serviceBinding("P", "p").script("""
            const t = async (fn) => { try { return await fn(); } catch (e) { return e.name + ": " + e.message; } };
            export default { async fetch(req, env) {
              return Response.json([await t(() => env.P.hello({ n: 1 })), await t(() => env.P.hello())]);
            } };
            """))
        .worker(WorkerOptions.builder().name("p").modules(true).binding("TAG", "p-tag").script("""
            export default { hello(arg, env, ctx) { return [arg.n, env.TAG, typeof ctx.waitUntil]; }, fetch() { return new Response(""); } };
            """))
        .build())) {
      assertThat(mf.dispatchFetch("http://localhost/").json().toString()).isEqualTo("[[1,\"p-tag\",\"function\"],"
          + "\"TypeError: Attempted to call RPC function \\\"hello\\\" with the wrong number of arguments. When calling a "
          + "top-level handler function that is not declared as part of a class, you must always send exactly one argument. "
          + "In order to support variable numbers of arguments, the server must use class-based syntax (extending "
          + "WorkerEntrypoint) instead.\"]");
    }
  }

  @Test
  void workers_date_follows_the_instance_clock() {
    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().clock(clock)
        .worker(WorkerOptions.builder().modules(true).script("""
            export default { fetch() { return Response.json([Date.now(), new Date().getTime(), new Date(5).getTime(), new Date() instanceof Date]); } };
            """)).build())) {
      clock.advance(Duration.ofDays(365));
      long expected = clock.millis();

      var times = mf.dispatchFetch("http://localhost/").json();

      assertThat(times.get(0).asLong()).isBetween(expected - 1000, expected + 60_000);
      assertThat(times.get(1).asLong()).isBetween(expected - 1000, expected + 60_000);
      assertThat(times.get(2).asLong()).isEqualTo(5);
      assertThat(times.get(3).asBoolean()).isTrue();
    }
  }

  @Test
  void stubs_expose_getters_refuse_fields_and_reserved_methods() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).durableObject("OBJ", "Obj").script("""
            import { DurableObject } from "cloudflare:workers";
            const t = async (fn) => { try { return await fn(); } catch (e) { return e.name + ": " + e.message; } };
            export class Obj extends DurableObject {
              field = 7;
              get prop() { return 42; }
              async alarm() {}
            }
            export default { async fetch(req, env) {
              const stub = env.OBJ.getByName("x");
              return Response.json({
                prop: await t(async () => await stub.prop),
                field: await t(async () => await stub.field),
                alarm: await t(() => stub.alarm()),
                noFetch: await t(() => stub.fetch("http://x/")),
                tag: String(stub),
                idNoArg: await t(() => env.OBJ.idFromName()),
              });
            } };
            """)).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").json().toString()).isEqualTo("{\"prop\":42,"
          + "\"field\":\"TypeError: The RPC receiver does not implement the method \\\"field\\\".\","
          + "\"alarm\":\"TypeError: 'alarm' is a reserved method and cannot be called over RPC.\","
          + "\"noFetch\":\"Error: Handler does not export a fetch() function.\","
          + "\"tag\":\"[object DurableObject]\","
          + "\"idNoArg\":\"TypeError: Failed to execute 'idFromName' on 'DurableObjectNamespace': parameter 1 is not of type 'string'.\"}");
    }
  }

  @Test
  void stored_values_are_structured_clones_as_v8_makes_them() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).durableObject("OBJ", "Obj").script("""
            import { DurableObject } from "cloudflare:workers";
            const t = async (fn) => { try { return await fn(); } catch (e) { return e.name + ": " + e.message; } };
            class Pt { constructor() { this.x = 1; } get y() { return 2; } }
            export class Obj extends DurableObject {
              async fetch() {
                const s = this.ctx.storage;
                const rt = async (v) => { await s.put("k", v); return await s.get("k"); };
                return Response.json({
                  cls: await t(async () => { const v = await rt(new Pt()); return [Object.keys(v), v.y ?? "none", v instanceof Pt]; }),
                  sparse: await t(async () => { const v = await rt([1, , 3]); return [v.length, 1 in v]; }),
                  arrProps: await t(async () => { const a = [1]; a.extra = "e"; return (await rt(a)).extra; }),
                  boxed: await t(async () => { const v = await rt(new String("s")); return [typeof v, String(v)]; }),
                  weak: await t(() => rt(new WeakMap())),
                  url: await t(() => rt(new URL("http://x/"))),
                  nested: await t(() => rt({ a: { b: () => 1 } })),
                  err: await t(async () => { const e = new TypeError("m"); e.code = 5; const v = await rt(e); return [v.name, v.message, v.code ?? "none", v instanceof TypeError]; }),
                });
              }
            }
            export default { fetch(req, env) { return env.OBJ.getByName("a").fetch(req); } };
            """)).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").json().toString()).isEqualTo("{"
          + "\"cls\":[[\"x\"],\"none\",false],"
          + "\"sparse\":[3,false],"
          + "\"arrProps\":\"e\","
          + "\"boxed\":[\"object\",\"s\"],"
          + "\"weak\":\"DataCloneError: #<WeakMap> could not be cloned.\","
          + "\"url\":\"DataCloneError: Could not serialize object of type \\\"URL\\\". This type does not support serialization.\","
          + "\"nested\":\"DataCloneError: () => 1 could not be cloned.\","
          + "\"err\":[\"TypeError\",\"m\",\"none\",true]}");
    }
  }
}
