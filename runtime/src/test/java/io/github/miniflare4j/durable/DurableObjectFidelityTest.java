package io.github.miniflare4j.durable;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import org.junit.jupiter.api.Test;

/** Durable Object behaviours that differed from workerd (issue 18), as recorded against it. */
class DurableObjectFidelityTest {

  static final String T = """
      const t = async (fn) => { try { return await fn(); } catch (e) { return e.name + ": " + e.message; } };
      """;

  @Test
  void an_empty_sqlite_object_measures_one_page_and_a_table_adds_one() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).durableObject("OBJ", DurableObjectBinding.of("Obj").withSqlite(true)).script(T + """
            import { DurableObject } from "cloudflare:workers";
            export class Obj extends DurableObject {
              size() { return this.ctx.storage.sql.databaseSize; }
              sizeAfterTable() { this.ctx.storage.sql.exec("CREATE TABLE t (x)"); return this.ctx.storage.sql.databaseSize; }
            }
            export default { async fetch(req, env) {
              return Response.json([await env.OBJ.getByName("a").size(), await env.OBJ.getByName("b").sizeAfterTable()]);
            } };
            """)).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("[4096,8192]");
    }
  }

  @Test
  void rpc_goes_through_a_proxy_returned_by_the_constructor() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).durableObject("OBJ", "Obj").script(T + """
            import { DurableObject } from "cloudflare:workers";
            export class Obj extends DurableObject {
              #value = 42;
              constructor(ctx, env) {
                super(ctx, env);
                return new Proxy(this, { get(target, prop) {
                  const v = Reflect.get(target, prop);
                  return typeof v === "function" ? v.bind(target) : v;
                } });
              }
              getValue() { return this.#value; }
            }
            export default { async fetch(req, env) { return Response.json(await t(() => env.OBJ.getByName("a").getValue())); } };
            """)).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("42");
    }
  }

  @Test
  void a_method_the_instance_overrides_and_an_instance_field_are_not_rpc_members() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).durableObject("OBJ", "Obj").script(T + """
            import { DurableObject } from "cloudflare:workers";
            export class Obj extends DurableObject {
              constructor(ctx, env) { super(ctx, env); this.m = () => "instance"; this.v = 5; }
              m() { return "proto"; }
              n() { return "n"; }
            }
            export default { async fetch(req, env) {
              const stub = env.OBJ.getByName("a");
              return Response.json([await t(() => stub.m()), await t(() => stub.n()), await t(async () => await stub.v)]);
            } };
            """)).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("["
          + "\"TypeError: The RPC receiver does not implement the method \\\"m\\\".\","
          + "\"n\","
          + "\"TypeError: The RPC receiver does not implement the method \\\"v\\\".\"]");
    }
  }

  @Test
  void an_id_listed_by_the_namespace_equals_the_id_from_its_name() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).durableObject("OBJ", "Obj").script("""
            import { DurableObject } from "cloudflare:workers";
            export class Obj extends DurableObject { async fetch() { await this.ctx.storage.put("k", 1); return new Response("ok"); } }
            export default { fetch(req, env) { return env.OBJ.getByName("a").fetch(req); } };
            """)).build())) {
      mf.dispatchFetch("http://localhost/");
      DurableObjectNamespace namespace = mf.getDurableObjectNamespace("OBJ");

      DurableObjectId named = namespace.idFromName("a");
      assertThat(namespace.ids()).containsExactly(named);
      assertThat(namespace.ids().get(0)).hasSameHashCodeAs(named);
      assertThat(java.util.Set.copyOf(namespace.ids())).contains(namespace.idFromString(named.hex()));
      assertThat(named).isNotEqualTo(namespace.idFromName("b"));
    }
  }
}
