package io.github.miniflare4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.durable.DurableObjectId;
import io.github.miniflare4j.durable.DurableObjectNamespace;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.Worker;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.websocket.CloseStatus;
import io.github.miniflare4j.websocket.WebSocketConnection;
import io.github.miniflare4j.websocket.WebSocketMessage;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A chat room on a hibernating Durable Object ({@code src/test/resources/chat-room/chat.js}),
 * tested with several members connected through the extension's WebSocket client ({@link
 * WorkerClient#connectWebSocket}). The room accepts each socket with {@code
 * ctx.acceptWebSocket(ws, [name])}, keeps the member's name as the socket's attachment, and
 * answers {@code "ping"} with an automatic {@code "pong"}.
 *
 * <p>The last tests evict the room's object while its members stay connected ({@link
 * DurableObjectNamespace#evict}), as Cloudflare does with an idle object: the next message
 * constructs it again, and the new instance finds its members through {@code
 * ctx.getWebSockets()} and their attachments.
 */
@MiniflareTest(workers = @Worker(
    name = "chat",
    scriptPath = "classpath:chat-room/chat.js",
    durableObjects = "ROOMS=ChatRoom"))
class ChatRoomSampleTest {

  static final Duration WAIT = Duration.ofSeconds(10);

  /** The next message of a member, which must come within {@link #WAIT}. */
  static String next(WebSocketConnection member) {
    return member.nextMessage(WAIT).map(WebSocketMessage::asText).orElseThrow(
        () -> new AssertionError("no message within " + WAIT));
  }

  static WebSocketConnection join(WorkerClient chat, String room, String name) {
    WebSocketConnection member = chat.connectWebSocket("/rooms/" + room + "?name=" + name);
    assertThat(next(member)).startsWith("{\"type\":\"joined\",\"name\":\"" + name + "\"");
    return member;
  }

  @Test
  void members_see_who_joins_and_what_everyone_says(WorkerClient chat) {
    WebSocketConnection alice = join(chat, "lobby", "alice");
    WebSocketConnection bob = join(chat, "lobby", "bob");

    assertThat(next(alice)).isEqualTo("{\"type\":\"joined\",\"name\":\"bob\",\"members\":[\"alice\",\"bob\"]}");

    bob.send("{\"type\":\"say\",\"text\":\"hi all\"}");

    String said = "{\"type\":\"message\",\"from\":\"bob\",\"text\":\"hi all\",\"number\":1}";
    assertThat(next(alice)).isEqualTo(said);
    assertThat(next(bob)).isEqualTo(said);
    System.out.println("[sample chat-room] bob says \"hi all\" -> alice receives " + said);
  }

  @Test
  void a_whisper_reaches_only_the_member_it_names(WorkerClient chat) {
    WebSocketConnection alice = join(chat, "quiet", "alice");
    WebSocketConnection bob = join(chat, "quiet", "bob");
    WebSocketConnection carol = join(chat, "quiet", "carol");
    next(alice); // bob joined
    next(alice); // carol joined
    next(bob); // carol joined

    alice.send("{\"type\":\"whisper\",\"to\":\"carol\",\"text\":\"psst\"}");
    alice.send("{\"type\":\"say\",\"text\":\"hello\"}");

    assertThat(next(carol)).isEqualTo("{\"type\":\"whisper\",\"from\":\"alice\",\"text\":\"psst\"}");
    // bob's next message is the public one: the whisper never reached him
    assertThat(next(bob)).isEqualTo("{\"type\":\"message\",\"from\":\"alice\",\"text\":\"hello\",\"number\":1}");
  }

  @Test
  void leaving_is_announced_and_the_room_says_goodbye(WorkerClient chat) throws Exception {
    WebSocketConnection alice = join(chat, "hall", "alice");
    WebSocketConnection bob = join(chat, "hall", "bob");
    next(alice); // bob joined

    bob.close(1000, "gotta go");

    assertThat(next(alice)).isEqualTo("{\"type\":\"left\",\"name\":\"bob\",\"members\":[\"alice\"]}");
    assertThat(bob.closed().get(10, TimeUnit.SECONDS)).isEqualTo(new CloseStatus(1000, "goodbye bob"));
  }

  @Test
  void a_name_can_join_only_once(WorkerClient chat) {
    join(chat, "busy", "alice");

    assertThat(chat.get("/rooms/busy?name=alice").header("upgrade", "websocket").send().response().text())
        .isEqualTo("alice is already in the room");
  }

  @Test
  void the_room_is_rebuilt_after_eviction_while_its_members_stay_connected(WorkerClient chat, DurableObjectNamespace rooms) {
    WebSocketConnection alice = join(chat, "attic", "alice");
    WebSocketConnection bob = join(chat, "attic", "bob");
    next(alice); // bob joined
    DurableObjectId attic = rooms.idFromName("attic");

    rooms.evict(attic);
    bob.send("{\"type\":\"say\",\"text\":\"still there?\"}");

    assertThat(next(alice)).isEqualTo("{\"type\":\"message\",\"from\":\"bob\",\"text\":\"still there?\",\"number\":1}");
    next(bob);
    alice.send("{\"type\":\"who\"}");
    // a second instance (builds: 2) that found both members through their sockets' attachments
    assertThat(next(alice)).isEqualTo("{\"type\":\"members\",\"members\":[\"alice\",\"bob\"],\"builds\":2}");
    System.out.println("[sample chat-room] evicted with alice and bob connected -> rebuilt on bob's next message, "
        + "members restored from their attachments");
  }

  @Test
  void pings_are_answered_without_waking_an_evicted_room(WorkerClient chat, DurableObjectNamespace rooms) {
    WebSocketConnection alice = join(chat, "garden", "alice");
    DurableObjectId garden = rooms.idFromName("garden");
    rooms.evict(garden);

    alice.send("ping");

    assertThat(next(alice)).isEqualTo("pong");
    assertThat(rooms.storage(garden).get("builds")).isEqualTo(1.0); // no second instance was built
  }
}
