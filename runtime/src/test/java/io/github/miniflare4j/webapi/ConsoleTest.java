package io.github.miniflare4j.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * {@code console.*}: each line formatted as workerd formats it (recorded with the oracle, whose
 * lines are the messages below), with its level, attributed to the worker that wrote it (whose
 * SLF4J logger is {@code miniflare4j.worker.<name>}).
 */
class ConsoleTest {

  private static final String LOGGING =
      """
      export default { async fetch() {
        console.log("a", 1, { x: 1, y: "s" }, [1, "2"], null, undefined, true);
        console.info("info %s=%d", "n", 42);
        console.warn("warn");
        console.error("err", new Error("boom").message);
        console.debug("debug");
        console.log(new Map([[1, 2]]), new Uint8Array([1, 2]));
        class Point { constructor() { this.x = 1; } }
        console.log(["it's", 'say "hi"', "both ' \\" ", "line\\nbreak"], { "a-b": 1, ok: 2, 3: 4 });
        console.log(new Point(), [], {}, new Uint8Array(0), new ArrayBuffer(2), new Float64Array([1.5]));
        console.log({ a: { b: { c: { d: 1 } } } }, [[[[1]]]], new Set(["x"]), Symbol("s"), 10n, function named() {}, () => 1);
        console.log("%o|%O|%j|%i|%f|%%|%c.", { a: 1 }, { b: 2 }, 3, "42.5", "1.5", "color: red");
        console.log("%x %s%%s%", "a", { $key_1: "tab\there", _: "back\\\\slash" });
        return new Response("ok");
      } };
      """;

  @Test
  void lines_are_formatted_as_in_workerd_with_their_level_and_worker() {
    List<String> lines = new CopyOnWriteArrayList<>();
    MiniflareOptions options = MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("first").modules(true).script(LOGGING))
        .worker(WorkerOptions.builder().name("second").modules(true).script(
            "export default { fetch() { console.log('from second'); return new Response('ok'); } };"))
        .console((worker, level, message) -> lines.add(worker + " " + level + " " + message))
        .build();
    try (Miniflare mf = new Miniflare(options)) {
      mf.dispatchFetch("http://localhost/");
      mf.dispatchFetch("second", io.github.miniflare4j.http.FetchRequest.get("http://localhost/"));
    }

    assertThat(lines).containsExactly(
        "first info a 1 { x: 1, y: 's' } [ 1, '2' ] null undefined true",
        "first info info n=42",
        "first warn warn",
        "first error err boom",
        "first debug debug",
        "first info Map(1) { 1 => 2 } Uint8Array(2) [ 1, 2 ]",
        "first info [ \"it's\", 'say \"hi\"', `both ' \" `, 'line\\nbreak' ] { '3': 4, 'a-b': 1, ok: 2 }",
        "first info Point { x: 1 } [] {} Uint8Array(0) [] ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 } Float64Array(1) [ 1.5 ]",
        "first info { a: { b: { c: [Object] } } } [ [ [ [Array] ] ] ] Set(1) { 'x' } Symbol(s) 10n [Function: named] [Function (anonymous)]",
        "first info { a: 1 }|{ b: 2 }|3|42|1.5|%|.",
        "first info %x a%s% { $key_1: 'tab\\there', _: 'back\\\\slash' }",
        "second info from second");
  }
}
