package io.github.miniflare4j.htmlrewriter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchResponse;
import org.junit.jupiter.api.Test;

/** HTMLRewriter as a worker uses it: async handlers, handler objects, token scope, streamed content, errors. */
class HtmlRewriterWorkerTest {

  private static final String PRELUDE =
      """
      async function t(fn) {
        try { const v = await fn(); return { ok: v === undefined ? "undefined" : v }; }
        catch (e) { return { error: { name: e?.name, message: e?.message } }; }
      }
      async function rw(html, build) {
        return await build(new HTMLRewriter()).transform(new Response(html, { headers: { "content-type": "text/html" } })).text();
      }
      """;

  /** Runs {@code body} in a worker's fetch handler and returns the JSON object {@code out}. */
  static JsonNode run(String body) {
    String script = PRELUDE + "export default { async fetch(req, env, ctx) { const out = {};\n" + body + "\nreturn Response.json(out); } };";
    // the first start in a JVM evaluates the whole prelude cold; leave room for a loaded machine
    MiniflareOptions options = MiniflareOptions.builder().startupTimeout(java.time.Duration.ofMinutes(2))
        .worker(WorkerOptions.builder().modules(true).script(script)).build();
    try (Miniflare mf = new Miniflare(options)) {
      FetchResponse response = mf.dispatchFetch("http://localhost/");
      assertThat(response.status()).as(response.text()).isEqualTo(200);
      return response.json();
    }
  }

  @Test
  void an_async_handler_pauses_the_rewriting_until_it_settles() {
    JsonNode out = run(
        """
        const log = [];
        out.html = await rw("<i>1</i><i>2</i><b>3</b>", (r) => r
          .on("i", { async element(e) { log.push("start " + e.getAttribute("x")); await scheduler.wait(5); e.setAttribute("done", ""); log.push("end"); } })
          .on("b", { element() { log.push("b"); } }));
        out.log = log;
        """);
    assertThat(out.get("html").asText()).isEqualTo("<i done=\"\">1</i><i done=\"\">2</i><b>3</b>");
    assertThat(out.get("log").toString()).isEqualTo("[\"start null\",\"end\",\"start null\",\"end\",\"b\"]");
  }

  @Test
  void handler_objects_are_the_this_of_their_methods() {
    JsonNode out = run(
        """
        class Counter { constructor() { this.n = 0; } element(e) { this.n++; e.append(String(this.n)); } }
        const counter = new Counter();
        out.html = await rw("<p></p><p></p>", (r) => r.on("p", counter));
        out.n = counter.n;
        """);
    assertThat(out.get("html").asText()).isEqualTo("<p>1</p><p>2</p>");
    assertThat(out.get("n").asInt()).isEqualTo(2);
  }

  @Test
  void tokens_are_only_valid_while_their_handler_runs() {
    JsonNode out = run(
        """
        let kept;
        await rw("<p>x</p>", (r) => r.on("p", { element(e) { kept = e; } }));
        out.after = await t(() => kept.tagName);
        let early;
        await rw("<p>x</p>", (r) => r.on("p", { async element(e) { await scheduler.wait(1); early = e.tagName; } }));
        out.duringAsync = early;
        """);
    assertThat(out.at("/after/error/message").asText())
        .isEqualTo("This content token is no longer valid. Content tokens are only valid during the execution of the relevant content handler.");
    assertThat(out.get("duringAsync").asText()).isEqualTo("p");
  }

  @Test
  void streams_and_responses_can_be_inserted_as_content() {
    JsonNode out = run(
        """
        const stream = () => new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("<b>s")); c.enqueue(new TextEncoder().encode("tream</b>")); c.close(); } });
        out.html = await rw("<p>x</p><i>y</i>", (r) => r
          .on("p", { element(e) { e.before("1"); e.append(stream(), { html: true }); e.after("2"); } })
          .on("i", { element(e) { e.setInnerContent(new Response("<r>")); } }));
        out.comment = await t(() => rw("<!--c-->", (r) => r.onDocument({ comments(c) { c.replace(stream()); } })));
        """);
    assertThat(out.get("html").asText()).isEqualTo("1<p>x<b>stream</b></p>2<i>&lt;r&gt;</i>");
    assertThat(out.at("/comment/error/message").asText())
        .isEqualTo("Replacing content in HTML comments using a ReadableStream or Response object is not implemented. You must provide a string.");
  }

  @Test
  void a_throwing_handler_errors_the_body_with_its_error() {
    JsonNode out = run(
        """
        out.sync = await t(() => rw("<p>x</p>", (r) => r.on("p", { element() { throw new RangeError("boom"); } })));
        out.async = await t(() => rw("<p>x</p>", (r) => r.on("p", { async text() { await scheduler.wait(1); throw new TypeError("late"); } })));
        out.selector = await t(() => new HTMLRewriter().on("p:hover", {}));
        out.attribute = await t(() => rw("<p>x</p>", (r) => r.on("p", { element(e) { e.setAttribute("a b", "1"); } })));
        """);
    assertThat(out.at("/sync/error/name").asText() + ": " + out.at("/sync/error/message").asText()).isEqualTo("RangeError: boom");
    assertThat(out.at("/async/error/message").asText()).isEqualTo("late");
    assertThat(out.at("/selector/error/message").asText()).isEqualTo("Parser error: Unsupported pseudo-class or pseudo-element in selector.");
    assertThat(out.at("/attribute/error/message").asText()).isEqualTo("Parser error: ` ` character is forbidden in the attribute name");
  }

  @Test
  void the_body_is_rewritten_as_it_streams_through() {
    JsonNode out = run(
        """
        let pulls = 0;
        const source = new ReadableStream({ pull(c) { pulls++; if (pulls <= 3) c.enqueue(new TextEncoder().encode("<p>chunk " + pulls + "</p>")); else c.close(); } });
        const reader = new HTMLRewriter().on("p", { element(e) { e.setAttribute("seen", ""); } })
          .transform(new Response(source, { headers: { "content-type": "text/html" } })).body.getReader();
        const first = await reader.read();
        out.first = new TextDecoder().decode(first.value);
        out.pullsAfterFirst = pulls;
        let rest = "";
        for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
        out.rest = rest;
        """);
    assertThat(out.get("first").asText()).isEqualTo("<p seen=\"\">chunk 1</p>");
    assertThat(out.get("pullsAfterFirst").asInt()).isLessThanOrEqualTo(2);
    assertThat(out.get("rest").asText()).isEqualTo("<p seen=\"\">chunk 2</p><p seen=\"\">chunk 3</p>");
  }
}
