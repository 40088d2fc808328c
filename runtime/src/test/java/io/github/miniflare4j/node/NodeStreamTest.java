package io.github.miniflare4j.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** node:stream: flowing and paused reading, backpressure, transforms, pipeline, finished, web interop. */
class NodeStreamTest {

  @Test
  void readable_modes_and_async_iteration() {
    JsonNode out =
        NodeProbe.run(
            "import { Readable } from \"node:stream\";",
            """
            let n = 0;
            const counter = new Readable({ objectMode: true, read() { n++; this.push(n <= 3 ? String(n) : null); } });
            out.iterated = []; for await (const c of counter) out.iterated.push(c.toString());
            const paused = new Readable({ read() {} }); paused.push("abc"); paused.push("def"); paused.push(null);
            out.paused = await new Promise((r) => paused.once("readable", () => r([String(paused.read(4)), String(paused.read())])));
            out.objects = await Readable.from([{ a: 1 }, { b: 2 }]).toArray();
            out.mapped = await Readable.from([1, 2, 3]).map((x) => x * 10).filter((x) => x > 10).toArray();
            out.encoding = await new Promise((r) => { const s = Readable.from([Buffer.from([0xe2, 0x82]), Buffer.from([0xac])], { objectMode: false }); s.setEncoding("utf8"); let t = ""; s.on("data", (c) => (t += c)); s.on("end", () => r(t)); });
            """);
    assertThat(out.get("iterated").toString()).isEqualTo("[\"1\",\"2\",\"3\"]");
    assertThat(out.get("paused").toString()).isEqualTo("[\"abcd\",\"ef\"]");
    assertThat(out.get("objects").toString()).isEqualTo("[{\"a\":1},{\"b\":2}]");
    assertThat(out.get("mapped").toString()).isEqualTo("[20,30]");
    assertThat(out.get("encoding").asText()).isEqualTo("€");
  }

  @Test
  void writable_backpressure_and_final_order() {
    JsonNode out =
        NodeProbe.run(
            "import { Writable } from \"node:stream\";",
            """
            const log = [];
            const w = new Writable({ highWaterMark: 3, write(c, e, cb) { log.push("write:" + c); setTimeout(cb, 1); }, final(cb) { log.push("final"); cb(); } });
            w.on("drain", () => log.push("drain")); w.on("finish", () => log.push("finish")); w.on("close", () => log.push("close"));
            out.returns = [w.write("ab"), w.write("cd")];
            w.end("e", () => log.push("end-cb"));
            await new Promise((r) => w.on("close", r));
            out.log = log;
            out.afterEnd = await new Promise((r) => w.write("late", (err) => r(err.code)));
            """);
    assertThat(out.get("returns").toString()).isEqualTo("[true,false]");
    assertThat(out.get("log").toString())
        .isEqualTo("[\"write:ab\",\"write:cd\",\"write:e\",\"final\",\"end-cb\",\"finish\",\"close\"]");
    assertThat(out.get("afterEnd").asText()).isEqualTo("ERR_STREAM_WRITE_AFTER_END");
  }

  @Test
  void pipeline_transform_and_errors() {
    JsonNode out =
        NodeProbe.run(
            "import { Readable, Transform, PassThrough, Writable, pipeline, finished } from \"node:stream\"; import { pipeline as pipelineP } from \"node:stream/promises\";",
            """
            const upper = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); }, flush(cb) { cb(null, "!"); } });
            let sink = "";
            await pipelineP(Readable.from(["a", "b"]), upper, new Writable({ write(c, e, cb) { sink += c; cb(); } }));
            out.sink = sink;
            out.failed = await t(() => pipelineP(Readable.from(["x"]), new Transform({ transform(c, e, cb) { cb(new Error("bad chunk")); } }), new PassThrough()));
            out.generator = await new Promise((r) => { let got = ""; pipeline(Readable.from(["q"]), async function* (src) { for await (const c of src) yield c + c; }, new Writable({ objectMode: true, write(c, e, cb) { got += c; cb(); } }), (err) => r(err ? err.message : got)); });
            out.premature = await new Promise((r) => { const s = new Readable({ read() {} }); finished(s, (err) => r(err.code)); s.destroy(); });
            """);
    assertThat(out.get("sink").asText()).isEqualTo("AB!");
    assertThat(out.get("failed").get("error").get("message").asText()).isEqualTo("bad chunk");
    assertThat(out.get("generator").asText()).isEqualTo("qq");
    assertThat(out.get("premature").asText()).isEqualTo("ERR_STREAM_PREMATURE_CLOSE");
  }

  @Test
  void web_stream_interop_and_consumers() {
    JsonNode out =
        NodeProbe.run(
            "import { Readable, Writable } from \"node:stream\"; import { text, json } from \"node:stream/consumers\"; import { ReadableStream as RS } from \"node:stream/web\";",
            """
            out.toWeb = await new Response(Readable.toWeb(Readable.from([Buffer.from("web")]))).text();
            out.fromWeb = (await Readable.fromWeb(new Response("from web").body).toArray()).map((c) => Buffer.from(c).toString()).join("");
            out.text = await text(Readable.from(["a", "b"]));
            out.json = await json(new Response('{"k":1}').body);
            out.same = RS === ReadableStream;
            """);
    assertThat(out.get("toWeb").asText()).isEqualTo("web");
    assertThat(out.get("fromWeb").asText()).isEqualTo("from web");
    assertThat(out.get("text").asText()).isEqualTo("ab");
    assertThat(out.get("json").get("k").asInt()).isEqualTo(1);
    assertThat(out.get("same").asBoolean()).isTrue();
  }
}
