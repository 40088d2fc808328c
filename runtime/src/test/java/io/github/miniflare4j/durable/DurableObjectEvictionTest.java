package io.github.miniflare4j.durable;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.websocket.WebSocketConnection;
import io.github.miniflare4j.websocket.WebSocketMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link DurableObjectNamespace#evict}: the instance goes, storage and hibernated sockets stay. */
class DurableObjectEvictionTest {

  static final String WORKER = """
      import { DurableObject } from "cloudflare:workers";
      let built = 0;
      export class Room extends DurableObject {
        constructor(ctx, env) {
          super(ctx, env);
          this.build = ++built;
          this.hits = 0;
          this.seenAtStart = ctx.getWebSockets().map((ws) => ws.deserializeAttachment().who + ":" + ctx.getTags(ws).join(","));
        }
        fetch(req) {
          if (req.headers.get("upgrade") === "websocket") {
            const [client, server] = Object.values(new WebSocketPair());
            this.ctx.acceptWebSocket(server, ["t1"]);
            server.serializeAttachment({ who: new URL(req.url).searchParams.get("who") });
            return new Response(null, { status: 101, webSocket: client });
          }
          return Response.json({ build: this.build, hits: ++this.hits });
        }
        webSocketMessage(ws, message) {
          ws.send(JSON.stringify({ build: this.build, seenAtStart: this.seenAtStart, echo: message }));
        }
      }
      export default { fetch(req, env) { return env.ROOMS.getByName("r").fetch(req); } };
      """;

  private static Miniflare start() {
    return new Miniflare(MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(3)).dispatchTimeout(Duration.ofMinutes(1))
        .worker(WorkerOptions.builder().modules(true).script(WORKER).durableObject("ROOMS", "Room")).build());
  }

  @Test
  void evict_all_evicts_every_live_object_of_the_namespace() {
    try (Miniflare mf = start()) {
      DurableObjectNamespace rooms = mf.getDurableObjectNamespace("ROOMS");
      DurableObjectStub a = rooms.getByName("a");
      DurableObjectStub b = rooms.getByName("b");
      a.fetch("http://localhost/");
      assertThat(b.fetch("http://localhost/").text()).isEqualTo("{\"build\":2,\"hits\":1}");

      rooms.evictAll();

      assertThat(a.fetch("http://localhost/").text()).isEqualTo("{\"build\":3,\"hits\":1}");
      assertThat(b.fetch("http://localhost/").text()).isEqualTo("{\"build\":4,\"hits\":1}");
    }
  }

  @Test
  void an_evicted_object_is_constructed_again_by_its_next_request() {
    try (Miniflare mf = start()) {
      DurableObjectNamespace rooms = mf.getDurableObjectNamespace("ROOMS");
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("{\"build\":1,\"hits\":1}");
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("{\"build\":1,\"hits\":2}");

      rooms.evict(rooms.idFromName("r"));

      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("{\"build\":2,\"hits\":1}");
    }
  }

  @Test
  void hibernated_sockets_survive_eviction_and_wake_the_object_with_their_attachments_and_tags() {
    try (Miniflare mf = start()) {
      DurableObjectNamespace rooms = mf.getDurableObjectNamespace("ROOMS");
      WebSocketConnection ann = mf.dispatchFetch(FetchRequest.builder("http://localhost/?who=ann").header("upgrade", "websocket").build()).webSocket();
      ann.send("before");
      assertThat(ann.nextMessage(Duration.ofSeconds(30)).map(WebSocketMessage::asText))
          .hasValue("{\"build\":1,\"seenAtStart\":[],\"echo\":\"before\"}");

      rooms.evict(rooms.idFromName("r"));
      ann.send("after");

      assertThat(ann.nextMessage(Duration.ofSeconds(30)).map(WebSocketMessage::asText))
          .hasValue("{\"build\":2,\"seenAtStart\":[\"ann:t1\"],\"echo\":\"after\"}");
    }
  }

  @Test
  void eviction_closing_web_sockets_disconnects_them_and_the_next_object_sees_none() throws Exception {
    try (Miniflare mf = start()) {
      DurableObjectNamespace rooms = mf.getDurableObjectNamespace("ROOMS");
      WebSocketConnection ann = mf.dispatchFetch(FetchRequest.builder("http://localhost/?who=ann").header("upgrade", "websocket").build()).webSocket();

      rooms.evict(rooms.idFromName("r"), DurableObjectNamespace.EvictedWebSockets.CLOSE);

      assertThat(ann.closed().get(30, java.util.concurrent.TimeUnit.SECONDS).code()).isEqualTo(1006);
      WebSocketConnection bob = mf.dispatchFetch(FetchRequest.builder("http://localhost/?who=bob").header("upgrade", "websocket").build()).webSocket();
      bob.send("hi");
      assertThat(bob.nextMessage(Duration.ofSeconds(30)).map(WebSocketMessage::asText))
          .hasValue("{\"build\":2,\"seenAtStart\":[],\"echo\":\"hi\"}");
    }
  }

  @Test
  void evict_all_closing_web_sockets_disconnects_those_of_every_object() throws Exception {
    try (Miniflare mf = start()) {
      DurableObjectNamespace rooms = mf.getDurableObjectNamespace("ROOMS");
      WebSocketConnection ann = mf.dispatchFetch(FetchRequest.builder("http://localhost/?who=ann").header("upgrade", "websocket").build()).webSocket();

      rooms.evictAll(DurableObjectNamespace.EvictedWebSockets.CLOSE);

      assertThat(ann.closed().get(30, java.util.concurrent.TimeUnit.SECONDS).code()).isEqualTo(1006);
    }
  }
}
