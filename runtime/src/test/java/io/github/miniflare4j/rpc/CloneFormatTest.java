package io.github.miniflare4j.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.durable.DurableObjectNamespace;
import io.github.miniflare4j.durable.DurableObjectStorageView;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clone text kept in Durable Object storage is a stable format: text written before the one
 * walker (by the former clone.js, whose tags are unchanged) still reads the same, and what the
 * walker writes reads in Java and back.
 */
class CloneFormatTest {

  /** Clone text exactly as the former clone.js wrote an object of every tag it had. */
  static final String FORMER_TEXT = "[\"o\",0,[[\"s\",\"x\"],[\"u\",[\"u\"]],[\"nan\",[\"n\",\"NaN\"]],[\"negz\",[\"n\",\"-0\"]],"
      + "[\"big\",[\"i\",\"12345678901234567890\"]],[\"date\",[\"d\",5]],[\"re\",[\"x\",\"a+\",\"gi\"]],"
      + "[\"arr\",[\"a\",1,[1,[\"h\"],true],[[\"extra\",\"e\"]]]],[\"map\",[\"m\",2,[[1,\"one\"]]]],[\"set\",[\"s\",3,[\"v\"]]],"
      + "[\"buf\",[\"b\",4,\"\\u0001\\u00ff\"]],[\"view\",[\"v\",5,\"Uint16Array\",[\"b\",6,\"\\u0001\\u0000\\u0002\\u0000\"],0,2]],"
      + "[\"err\",[\"e\",7,\"RangeError\",\"bad\",\"RangeError: bad\\n    at x\"]],[\"boxed\",[\"p\",8,\"string\",\"str\"]],"
      + "[\"again\",[\"r\",2]]]]";

  static final String OBJECT = """
      import { DurableObject } from "cloudflare:workers";
      export class Obj extends DurableObject {
        async fetch(req) {
          const s = this.ctx.storage;
          if (new URL(req.url).pathname === "/write") {
            await s.put("fromJs", { d: new Date(7), m: new Map([["k", 1n]]), e: new TypeError("t", { cause: "c" }),
              dom: new DOMException("gone", "NotFoundError"), bytes: new Uint8Array([9, 8]) });
            return new Response("ok");
          }
          const v = await s.get("former");
          return Response.json({
            s: v.s, u: v.u === undefined && "u" in v, nan: Number.isNaN(v.nan), negz: Object.is(v.negz, -0), big: String(v.big),
            date: v.date.getTime(), re: String(v.re), arr: [v.arr.length, 1 in v.arr, v.arr[2], v.arr.extra],
            map: [...v.map], set: [...v.set], buf: [...new Uint8Array(v.buf)], view: [v.view.constructor.name, ...v.view],
            err: [v.err.constructor.name, v.err.message], boxed: typeof v.boxed, same: v.again === v.map,
          });
        }
      }
      export default { fetch(req, env) { return env.OBJ.getByName("one").fetch(req); } };
      """;

  static Miniflare start(Path persist) {
    MiniflareOptions.Builder options = MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(OBJECT).durableObject("OBJ", "Obj"));
    return new Miniflare((persist == null ? options : options.durableObjectsPersist(persist)).build());
  }

  static DurableObjectStorageView storage(Miniflare mf) {
    DurableObjectNamespace namespace = mf.getDurableObjectNamespace("OBJ");
    return namespace.storage(namespace.idFromName("one"));
  }

  @Test
  void errors_of_clone_text_are_put_back_into_the_json_reading_of_the_value() throws Exception {
    String text = "[\"o\",0,[[\"e\",[\"e\",1,\"TypeError\",\"bad\",\"TypeError: bad\"]],[\"n\",1],"
        + "[\"list\",[\"a\",2,[[\"e\",3,\"Error\",\"x\",\"Error: x\"],[\"r\",1],[\"o\",4,[]]]]]]]";
    Object fromJson = new com.fasterxml.jackson.databind.ObjectMapper().readValue("{\"e\":{},\"n\":1,\"list\":[{},{},{}]}", Object.class);

    Object value = CloneCodec.withErrors(text, fromJson);

    Map<String, Object> typeError = Map.of("name", "TypeError", "message", "bad");
    assertThat(value).isEqualTo(Map.of("e", typeError, "n", 1,
        "list", List.of(Map.of("name", "Error", "message", "x"), typeError, Map.of())));
  }

  @Test
  void text_written_by_the_former_codec_reads_the_same_in_java() {
    @SuppressWarnings("unchecked")
    Map<String, Object> value = (Map<String, Object>) CloneCodec.decode(FORMER_TEXT);

    assertThat(value.get("big")).isEqualTo(new BigInteger("12345678901234567890"));
    assertThat(value.get("date")).isEqualTo(Instant.ofEpochMilli(5));
    assertThat(value.get("buf")).isEqualTo(new byte[] {1, (byte) 0xff});
    assertThat(value.get("view")).isEqualTo(new byte[] {1, 0, 2, 0});
    assertThat(value.get("err")).isEqualTo(Map.of("name", "RangeError", "message", "bad"));
    assertThat(value.get("again")).isSameAs(value.get("map"));
    assertThat(value.get("set")).isEqualTo(Set.of("v"));
  }

  @Test
  void an_error_cloned_with_its_own_properties_reads_in_java() {
    // as clone.js writes it under enhanced_error_serialization: a name no class bears as an own
    // "name", a cause, and a message that is no string (a value of its own)
    String text = "[\"o\",0,[[\"named\",[\"E\",1,\"Error\",\"m\",\"\",[[\"name\",\"MyErr\"],[\"cause\",[\"n\",\"2\"]]]]],"
        + "[\"odd\",[\"E\",2,\"TypeError\",[\"o\",3,[[\"k\",\"v\"]]],\"\",[]]]]]";

    @SuppressWarnings("unchecked")
    Map<String, Object> value = (Map<String, Object>) CloneCodec.decode(text);

    Map<String, Object> named = new LinkedHashMap<>();
    named.put("name", "MyErr");
    named.put("message", "m");
    named.put("cause", 2.0);
    assertThat(value.get("named")).usingRecursiveComparison().isEqualTo(named);
    assertThat(value.get("odd")).usingRecursiveComparison().isEqualTo(Map.of("name", "TypeError", "message", Map.of("k", "v")));
  }

  @Test
  void a_persisted_value_in_the_former_text_reads_the_same_in_a_worker(@TempDir Path dir) throws Exception {
    try (Miniflare mf = start(dir)) {
      storage(mf).put("former", "placeholder");
    }
    // rewrite the stored value on disk with the former codec's text
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(f -> f.toString().endsWith(".sqlite")).toList();
    }
    assertThat(files).hasSize(1);
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + files.get(0));
        PreparedStatement update = db.prepareStatement("UPDATE _cf_KV SET value = ? WHERE key = 'former'")) {
      update.setString(1, FORMER_TEXT);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }

    try (Miniflare mf = start(dir)) {
      assertThat(mf.dispatchFetch("http://localhost/read").text()).isEqualTo("{\"s\":\"x\",\"u\":true,\"nan\":true,\"negz\":true,"
          + "\"big\":\"12345678901234567890\",\"date\":5,\"re\":\"/a+/gi\",\"arr\":[3,false,true,\"e\"],\"map\":[[1,\"one\"]],"
          + "\"set\":[\"v\"],\"buf\":[1,255],\"view\":[\"Uint16Array\",1,2],\"err\":[\"RangeError\",\"bad\"],\"boxed\":\"object\",\"same\":true}");
    }
  }

  @Test
  void values_round_trip_through_bytes_for_bindings_that_keep_bytes() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("text", "h\u00e9llo \ud83d\ude00");
    value.put("when", Instant.ofEpochMilli(9));
    value.put("raw", new byte[] {0, (byte) 200});

    assertThat(CloneCodec.decodeBytes(CloneCodec.encodeBytes(value))).usingRecursiveComparison().isEqualTo(value);
  }

  @Test
  void what_a_worker_stores_reads_in_java() {
    try (Miniflare mf = start(null)) {
      mf.dispatchFetch("http://localhost/write");
      DurableObjectStorageView storage = storage(mf);

      Map<String, Object> expected = new LinkedHashMap<>();
      expected.put("d", Instant.ofEpochMilli(7));
      expected.put("m", Map.of("k", BigInteger.ONE));
      expected.put("e", Map.of("name", "TypeError", "message", "t", "cause", "c"));
      expected.put("dom", Map.of("name", "NotFoundError", "message", "gone"));
      expected.put("bytes", new byte[] {9, 8});
      assertThat(storage.get("fromJs")).usingRecursiveComparison().isEqualTo(expected);
    }
  }
}
