// R2 benchmark worker: GET /roundtrip puts 1 MiB and reads it back whole; PUT /<key> stores the
// request body (streamed); GET /<key> streams an object back.
const ONE_MIB = new Uint8Array(1 << 20);
for (let i = 0; i < ONE_MIB.length; i += 4096) ONE_MIB[i] = i & 0xff;

export default {
  async fetch(request, env) {
    const key = new URL(request.url).pathname.slice(1);
    if (key === "roundtrip") {
      await env.B.put("one-mib", ONE_MIB);
      const object = await env.B.get("one-mib");
      const bytes = await object.arrayBuffer();
      if (bytes.byteLength !== ONE_MIB.length) return new Response("short read", { status: 500 });
      return new Response("ok");
    }
    if (request.method === "PUT") {
      const object = await env.B.put(key, request.body);
      return new Response(String(object.size));
    }
    const object = await env.B.get(key);
    if (object === null) return new Response("not found", { status: 404 });
    return new Response(object.body);
  },
};
