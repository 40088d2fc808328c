// A chat room per name: a Durable Object that accepts its members' WebSockets with the
// hibernation API (ctx.acceptWebSocket), so it can be evicted while they stay connected.
// Each socket carries its member's name twice: as a tag (ctx.getWebSockets(name) finds it for
// whispers) and as its attachment (what a rebuilt object reads back in its constructor).
//
//   GET /rooms/<room>?name=<member>   (Upgrade: websocket)   join the room
//   messages from members (JSON):   {"type":"say","text":...}   {"type":"whisper","to":...,"text":...}   {"type":"who"}
//   "ping" is answered "pong" by the runtime itself, without waking the object
import { DurableObject } from "cloudflare:workers";

export class ChatRoom extends DurableObject {
  constructor(ctx, env) {
    super(ctx, env);
    // Rebuilt after an eviction: the members are whoever still holds an open socket.
    this.members = new Map();
    for (const ws of ctx.getWebSockets()) this.members.set(ws, ws.deserializeAttachment());
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
    ctx.blockConcurrencyWhile(async () => {
      this.builds = ((await ctx.storage.get("builds")) ?? 0) + 1;
      await ctx.storage.put("builds", this.builds);
    });
  }

  async fetch(request) {
    if (request.headers.get("Upgrade") !== "websocket") {
      return new Response("expected a WebSocket upgrade", { status: 426 });
    }
    const name = new URL(request.url).searchParams.get("name");
    if (!name || this.names().includes(name)) {
      return new Response(name ? `${name} is already in the room` : "name is required", { status: 400 });
    }
    const [client, server] = Object.values(new WebSocketPair());
    this.ctx.acceptWebSocket(server, [name]);
    server.serializeAttachment({ name });
    this.members.set(server, { name });
    this.broadcast({ type: "joined", name, members: this.names() });
    return new Response(null, { status: 101, webSocket: client });
  }

  async webSocketMessage(ws, message) {
    const { name } = ws.deserializeAttachment();
    const event = JSON.parse(message);
    if (event.type === "say") {
      const said = ((await this.ctx.storage.get("said")) ?? 0) + 1;
      await this.ctx.storage.put("said", said);
      this.broadcast({ type: "message", from: name, text: event.text, number: said });
    } else if (event.type === "whisper") {
      for (const target of this.ctx.getWebSockets(event.to)) {
        target.send(JSON.stringify({ type: "whisper", from: name, text: event.text }));
      }
    } else if (event.type === "who") {
      ws.send(JSON.stringify({ type: "members", members: this.names(), builds: this.builds }));
    }
  }

  async webSocketClose(ws, code, reason) {
    const { name } = ws.deserializeAttachment();
    this.members.delete(ws);
    ws.close(1000, "goodbye " + name);
    this.broadcast({ type: "left", name, members: this.names() });
  }

  names() {
    return [...this.members.values()].map((member) => member.name).sort();
  }

  broadcast(event) {
    const text = JSON.stringify(event);
    for (const ws of this.ctx.getWebSockets()) {
      if (ws.readyState === WebSocket.OPEN) ws.send(text);
    }
  }
}

export default {
  async fetch(request, env) {
    const match = new URL(request.url).pathname.match(/^\/rooms\/([\w-]+)$/);
    if (!match) return new Response("not found", { status: 404 });
    return env.ROOMS.getByName(match[1]).fetch(request);
  },
};
