// R2 benchmark worker: GET /roundtrip puts 1 MiB and reads it back whole; POST /<key>?mib=N
// stores an N MiB object written chunk by chunk into a FixedLengthStream (no request-body limit
// of either side's HTTP server applies); GET /<key> streams an object back.
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
    if (request.method === "POST") {
      const mib = Number(new URL(request.url).searchParams.get("mib"));
      const { readable, writable } = new FixedLengthStream(mib * ONE_MIB.length);
      const writing = (async () => {
        const writer = writable.getWriter();
        for (let i = 0; i < mib; i++) await writer.write(ONE_MIB.slice());
        await writer.close();
      })();
      const object = await env.B.put(key, readable);
      await writing;
      return new Response(String(object.size));
    }
    const object = await env.B.get(key);
    if (object === null) return new Response("not found", { status: 404 });
    return new Response(object.body);
  },
};
