package io.github.miniflare4j.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** ReadableStream, WritableStream, TransformStream and pipes, with workerd's messages. */
class StreamsTest {

  static String error(JsonNode node) {
    return node.path("error").path("name").asText() + ": " + node.path("error").path("message").asText();
  }

  @Test
  void default_stream_reads_chunks_in_order_then_done() {
    JsonNode out =
        WorkerProbe.run(
            """
            const r = new ReadableStream({ start(c) { c.enqueue("a"); c.enqueue("b"); c.close(); } }).getReader();
            out.reads = [await r.read(), await r.read(), await r.read()];
            """);
    assertThat(out.get("reads").toString())
        .isEqualTo("[{\"value\":\"a\",\"done\":false},{\"value\":\"b\",\"done\":false},{\"done\":true}]");
  }

  @Test
  void pull_source_with_timers_is_read_through_async_iteration() {
    JsonNode out =
        WorkerProbe.run(
            """
            let i = 0;
            const rs = new ReadableStream({ async pull(c) { await scheduler.wait(1); if (i < 3) c.enqueue(i++); else c.close(); } });
            const got = []; for await (const x of rs) got.push(x);
            out.got = got; out.locked = rs.locked;
            """);
    assertThat(out.get("got").toString()).isEqualTo("[0,1,2]");
    assertThat(out.get("locked").asBoolean()).isFalse();
  }

  @Test
  void breaking_out_of_async_iteration_cancels_and_unlocks() {
    JsonNode out =
        WorkerProbe.run(
            """
            const r = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); }, cancel(reason) { out.cancelled = String(reason); } });
            for await (const x of r) { break; }
            out.locked = r.locked;
            """);
    assertThat(out.get("cancelled").asText()).isEqualTo("undefined");
    assertThat(out.get("locked").asBoolean()).isFalse();
  }

  @Test
  void locking_errors_carry_workerd_messages() {
    JsonNode out =
        WorkerProbe.run(
            """
            const rs = () => new ReadableStream({ start(c) { c.enqueue("a"); c.close(); } });
            out.lockedTwice = await t(() => { const r = rs(); r.getReader(); r.getReader(); });
            out.cancelLocked = await t(() => { const r = rs(); r.getReader(); return r.cancel(); });
            out.teeLocked = await t(() => { const r = rs(); r.getReader(); r.tee(); });
            out.byobOnDefault = await t(() => rs().getReader({ mode: "byob" }));
            out.badMode = await t(() => rs().getReader({ mode: "xyz" }));
            out.released = await t(async () => { const r = rs().getReader(); r.releaseLock(); return await r.read(); });
            out.writeLocked = await t(() => { const w = new WritableStream(); w.getWriter(); w.getWriter(); });
            out.badType = await t(() => new ReadableStream({ type: "foo" }));
            out.negative = await t(() => new ReadableStream({}, { highWaterMark: -1 }));
            out.controller = await t(() => new ReadableStreamDefaultController());
            out.pipeToNonWritable = await t(() => rs().pipeTo({}));
            """);
    assertThat(error(out.get("lockedTwice"))).isEqualTo("TypeError: This ReadableStream is currently locked to a reader.");
    assertThat(error(out.get("cancelLocked"))).isEqualTo("TypeError: This ReadableStream is currently locked to a reader.");
    assertThat(error(out.get("teeLocked"))).isEqualTo("TypeError: This ReadableStream is currently locked to a reader,");
    assertThat(error(out.get("byobOnDefault"))).isEqualTo("TypeError: This ReadableStream does not support BYOB reads.");
    assertThat(error(out.get("badMode"))).isEqualTo("TypeError: mode must be undefined or 'byob' in call to getReader().");
    assertThat(error(out.get("released"))).isEqualTo("TypeError: This ReadableStream reader has been released.");
    assertThat(error(out.get("writeLocked"))).isEqualTo("TypeError: This WritableStream is currently locked to a writer.");
    assertThat(error(out.get("badType"))).isEqualTo("TypeError: \"foo\" is not a valid type of ReadableStream.");
    assertThat(error(out.get("negative")))
        .isEqualTo("TypeError: The value cannot be converted because it is negative and this API expects a positive bigint.");
    assertThat(error(out.get("controller"))).isEqualTo("TypeError: Illegal constructor");
    assertThat(error(out.get("pipeToNonWritable")))
        .isEqualTo("TypeError: Failed to execute 'pipeTo' on 'ReadableStream': parameter 1 is not of type 'WritableStream'.");
  }

  @Test
  void controller_misuse_and_errored_streams() {
    JsonNode out =
        WorkerProbe.run(
            """
            out.enqueueAfterClose = await t(() => { let c; new ReadableStream({ start(x) { c = x; } }); c.close(); c.enqueue("x"); });
            out.closeTwice = await t(() => { let c; new ReadableStream({ start(x) { c = x; } }); c.close(); c.close(); });
            out.errored = await t(() => new ReadableStream({ start(c) { c.error(new RangeError("boom")); } }).getReader().read());
            out.byteString = await t(() => new ReadableStream({ type: "bytes", start(c) { c.enqueue("x"); } }));
            out.byteEnqueue = await t(() => { let c; new ReadableStream({ type: "bytes", start(x) { c = x; } }); c.enqueue("x"); });
            out.cancelReason = await t(async () => { let got; await new ReadableStream({ cancel(x) { got = x; } }).cancel("why"); return got; });
            out.readAfterCancel = await t(async () => { const r = new ReadableStream({ start(c) { c.enqueue(1); } }).getReader(); await r.cancel(); return await r.read(); });
            """);
    assertThat(error(out.get("enqueueAfterClose"))).isEqualTo("TypeError: Unable to enqueue");
    assertThat(error(out.get("closeTwice"))).isEqualTo("TypeError: This ReadableStream is closed.");
    assertThat(error(out.get("errored"))).isEqualTo("RangeError: boom");
    // the start() of a byte source runs asynchronously: its TypeError errors the stream, not the constructor
    assertThat(out.get("byteString").has("ok")).isTrue();
    assertThat(error(out.get("byteEnqueue")))
        .isEqualTo("TypeError: Failed to execute 'enqueue' on 'ReadableByteStreamController': parameter 1 is not of type 'BufferSource'.");
    assertThat(out.get("cancelReason").get("ok").asText()).isEqualTo("why");
    assertThat(out.get("readAfterCancel").get("ok").toString()).isEqualTo("{\"done\":true}");
  }

  @Test
  void byob_reader_fills_the_callers_view() {
    JsonNode out =
        WorkerProbe.run(
            """
            const r = new ReadableStream({ type: "bytes", start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); } }).getReader({ mode: "byob" });
            const a = await r.read(new Uint8Array(2)); const b = await r.read(new Uint8Array(10)); const c = await r.read(new Uint8Array(10));
            out.reads = [[...a.value], [...b.value], c.done, c.value.byteLength];
            out.responseBody = await t(async () => { const x = await new Response("xyz").body.getReader({ mode: "byob" }).read(new Uint8Array(2)); return [x.done, [...x.value]]; });
            out.zero = await t(() => new Response("x").body.getReader({ mode: "byob" }).read(new Uint8Array(0)));
            out.noView = await t(() => new Response("x").body.getReader({ mode: "byob" }).read());
            """);
    assertThat(out.get("reads").toString()).isEqualTo("[[1,2],[3,4,5],true,0]");
    assertThat(out.get("responseBody").get("ok").toString()).isEqualTo("[false,[120,121]]");
    assertThat(error(out.get("zero")))
        .isEqualTo("TypeError: You must call read() on a \"byob\" reader with a positive-sized TypedArray object.");
    assertThat(error(out.get("noView")))
        .isEqualTo("TypeError: Failed to execute 'read' on 'ReadableStreamBYOBReader': parameter 1 is not of type 'ArrayBufferView'.");
  }

  @Test
  void byob_request_lets_a_source_write_into_the_readers_buffer() {
    JsonNode out =
        WorkerProbe.run(
            """
            let n = 0;
            const rs = new ReadableStream({ type: "bytes", pull(c) {
              const req = c.byobRequest;
              if (n++ === 2) { c.close(); if (req) req.respond(0); return; }
              req.view[0] = 7; req.view[1] = 8; req.respond(2);
            } });
            const r = rs.getReader({ mode: "byob" });
            const a = await r.read(new Uint8Array(4)); const b = await r.read(new Uint8Array(4)); const c = await r.read(new Uint8Array(4));
            out.reads = [[...a.value], [...b.value], c.done];
            """);
    assertThat(out.get("reads").toString()).isEqualTo("[[7,8],[7,8],true]");
  }

  @Test
  void tee_gives_two_independent_copies() {
    JsonNode out =
        WorkerProbe.run(
            """
            const [a, b] = new ReadableStream({ start(c) { c.enqueue(enc.encode("tee")); c.close(); } }).tee();
            out.tee = [await new Response(a).text(), await new Response(b).text()];
            const [x, y] = new Response("bytes").body.tee();
            out.byteTee = [await new Response(y).text(), await new Response(x).text()];
            """);
    assertThat(out.get("tee").toString()).isEqualTo("[\"tee\",\"tee\"]");
    assertThat(out.get("byteTee").toString()).isEqualTo("[\"bytes\",\"bytes\"]");
  }

  @Test
  void pipe_through_transform_applies_it_per_chunk_and_flushes() {
    JsonNode out =
        WorkerProbe.run(
            """
            const rs = new ReadableStream({ start(c) { c.enqueue("hello "); c.enqueue("streams"); c.close(); } });
            const upper = new TransformStream({ transform(chunk, c) { c.enqueue(chunk.toUpperCase()); }, flush(c) { c.enqueue("!"); } });
            const parts = []; for await (const p of rs.pipeThrough(upper)) parts.push(p);
            out.parts = parts;
            out.throwing = await t(async () => { const ts = new TransformStream({ transform() { throw new RangeError("tx"); } }); ts.writable.getWriter().write("a").catch(() => {}); return await ts.readable.getReader().read(); });
            out.lockedWritable = await t(() => { const ts = new TransformStream(); ts.writable.getWriter(); return rs.pipeThrough(ts); });
            """);
    assertThat(out.get("parts").toString()).isEqualTo("[\"HELLO \",\"STREAMS\",\"!\"]");
    assertThat(error(out.get("throwing"))).isEqualTo("RangeError: tx");
    assertThat(error(out.get("lockedWritable"))).isEqualTo("TypeError: This WritableStream is currently locked to a writer.");
  }

  @Test
  void pipe_to_respects_backpressure_of_a_slow_sink() {
    JsonNode out =
        WorkerProbe.run(
            """
            const log = [];
            let i = 0;
            const source = new ReadableStream({ pull(c) { log.push("pull" + i); if (i < 4) c.enqueue(i++); else c.close(); } }, { highWaterMark: 0 });
            const sink = new WritableStream({ async write(chunk) { log.push("write" + chunk); await scheduler.wait(1); } }, { highWaterMark: 1 });
            await source.pipeTo(sink);
            out.log = log;
            out.writesBeforeLastPull = log.indexOf("pull4") > log.indexOf("write2");
            """);
    assertThat(out.get("log").toString()).contains("write0", "write3");
    assertThat(out.get("writesBeforeLastPull").asBoolean()).isTrue();
  }

  @Test
  void pipe_to_stops_when_the_signal_aborts() {
    JsonNode out =
        WorkerProbe.run(
            """
            const ac = new AbortController();
            const source = new ReadableStream({ pull(c) { c.enqueue(1); return scheduler.wait(1); } });
            const sink = new WritableStream({ write() { ac.abort(new RangeError("enough")); } });
            out.result = await t(() => source.pipeTo(sink, { signal: ac.signal }));
            out.unlocked = [source.locked, sink.locked];
            """);
    assertThat(error(out.get("result"))).isEqualTo("RangeError: enough");
    assertThat(out.get("unlocked").toString()).isEqualTo("[false,false]");
  }

  @Test
  void writable_stream_errors_and_writer_state() {
    JsonNode out =
        WorkerProbe.run(
            """
            out.writeAfterClose = await t(async () => { const w = new WritableStream().getWriter(); w.close(); await w.write("x"); });
            out.closeClosed = await t(async () => { const w = new WritableStream().getWriter(); await w.close(); await w.close(); });
            out.released = await t(async () => { const w = new WritableStream().getWriter(); w.releaseLock(); await w.write("x"); });
            out.sinkError = await t(async () => { const w = new WritableStream({ write() { throw new RangeError("wfail"); } }).getWriter(); await w.write(1).catch(() => {}); await w.write(2); });
            out.abortReason = await t(async () => { let got; await new WritableStream({ abort(r) { got = r; } }).abort("because"); return got; });
            out.desiredSize = new WritableStream({}, { highWaterMark: 3 }).getWriter().desiredSize;
            const written = [];
            const w = new WritableStream({ write(c) { written.push(c); } }).getWriter();
            await w.write("a"); await w.write("b"); await w.close();
            out.written = written;
            """);
    assertThat(error(out.get("writeAfterClose"))).isEqualTo("TypeError: This WritableStream has been closed.");
    assertThat(error(out.get("closeClosed"))).isEqualTo("TypeError: This WritableStream has been closed.");
    assertThat(error(out.get("released"))).isEqualTo("TypeError: This WritableStream writer has been released.");
    assertThat(error(out.get("sinkError"))).isEqualTo("RangeError: wfail");
    assertThat(out.get("abortReason").get("ok").asText()).isEqualTo("because");
    assertThat(out.get("desiredSize").asInt()).isEqualTo(3);
    assertThat(out.get("written").toString()).isEqualTo("[\"a\",\"b\"]");
  }

  @Test
  void queuing_strategies_and_readable_from() {
    JsonNode out =
        WorkerProbe.run(
            """
            const q = new CountQueuingStrategy({ highWaterMark: 4 });
            const b = new ByteLengthQueuingStrategy({ highWaterMark: 4 });
            out.strategies = [q.highWaterMark, q.size("x"), b.highWaterMark, b.size(new Uint8Array(7))];
            const got = []; for await (const x of ReadableStream.from([1, 2, 3])) got.push(x);
            out.from = got;
            out.tags = [String(new ReadableStream()), String(new WritableStream()), String(new TransformStream())];
            """);
    assertThat(out.get("strategies").toString()).isEqualTo("[4,1,4,7]");
    assertThat(out.get("from").toString()).isEqualTo("[1,2,3]");
    assertThat(out.get("tags").toString())
        .isEqualTo("[\"[object ReadableStream]\",\"[object WritableStream]\",\"[object TransformStream]\"]");
  }
}
