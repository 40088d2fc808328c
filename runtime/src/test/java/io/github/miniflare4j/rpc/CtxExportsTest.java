package io.github.miniflare4j.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import org.junit.jupiter.api.Test;

/** {@code ctx.exports}: loopback bindings to a worker's own exports, behind enable_ctx_exports. */
class CtxExportsTest {

  static final String WORKER = """
      import { WorkerEntrypoint, DurableObject } from "cloudflare:workers";
      export class Greeter extends WorkerEntrypoint {
        hi(name) { return "hi " + name + (this.ctx.props.suffix ?? ""); }
        fetch(req) { return new Response("greeter fetch " + new URL(req.url).pathname); }
      }
      export class Room extends DurableObject {
        get title() { return "room " + this.ctx.id.name; }
        async viaExports() { return await this.ctx.exports.Greeter.hi("from room"); }
      }
      export default { async fetch(req, env, ctx) {
        const e = ctx.exports;
        if (e === undefined) return Response.json({ keys: Object.keys(ctx).sort() });
        return Response.json({
          keys: Object.keys(e).sort(),
          ctxKeys: Object.keys(ctx).sort(),
          hi: await e.Greeter.hi("there"),
          props: await e.Greeter({ props: { suffix: "!" } }).hi("p"),
          fetch: await (await e.Greeter.fetch("http://x/path")).text(),
          room: await e.Room.getByName("r1").title,
          // workerd hands out a LoopbackDurableObjectNamespace, not the binding itself (recorded: rpcv-ctx-exports-more)
          sameNamespace: e.Room === env.ROOM,
          roomTag: Object.prototype.toString.call(e.Room),
          fromRoom: await env.ROOM.getByName("r2").viaExports(),
        });
      } };
      """;

  static String run(String... flags) {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(WORKER).compatibilityDate("2025-01-01")
            .compatibilityFlags(flags).durableObject("ROOM", "Room"))
        .build())) {
      return mf.dispatchFetch("http://localhost/").text();
    }
  }

  @Test
  void with_the_flag_ctx_exports_reaches_entrypoints_and_durable_object_classes() {
    assertThat(run("enable_ctx_exports")).isEqualTo("{\"keys\":[\"Greeter\",\"Room\",\"default\"],"
        + "\"ctxKeys\":[\"cache\",\"exports\",\"props\",\"tracing\"],\"hi\":\"hi there\",\"props\":\"hi p!\","
        + "\"fetch\":\"greeter fetch /path\",\"room\":\"room r1\",\"sameNamespace\":false,"
        + "\"roomTag\":\"[object LoopbackDurableObjectNamespace]\",\"fromRoom\":\"hi from room\"}");
  }

  @Test
  void without_the_flag_there_is_no_ctx_exports() {
    assertThat(run()).isEqualTo("{\"keys\":[\"cache\",\"props\",\"tracing\"]}");
  }
}
