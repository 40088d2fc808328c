package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.WorkerProbe.error;
import static io.github.miniflare4j.webapi.WorkerProbe.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Request and Response details that workerd fixes: methods, status texts, clones, redirects. */
class RequestResponseShapeTest {

  @Test
  void known_methods_are_upper_cased_and_unknown_ones_rejected() {
    JsonNode out =
        run(
            """
            out.v = ["patch", "Get", "propfind", "trace"].map((m) => new Request("http://x/", { method: m }).method);
            out.foo = await t(() => new Request("http://x/", { method: "foo" }));
            out.connect = await t(() => new Request("http://x/", { method: "connect" }));
            """);

    assertThat(out.get("v")).hasToString("[\"PATCH\",\"GET\",\"PROPFIND\",\"TRACE\"]");
    assertThat(out.get("foo")).hasToString(error("TypeError", "TypeError", "Invalid HTTP method string: foo"));
    assertThat(out.get("connect")).hasToString(error("TypeError", "TypeError", "Invalid HTTP method string: connect"));
  }

  @Test
  void status_text_defaults_to_the_reason_phrase_or_the_status_class() {
    JsonNode out =
        run(
            """
            out.v = [200, 404, 418, 425, 299, 520].map((s) => new Response(null, { status: s }).statusText);
            out.given = new Response(null, { status: 404, statusText: "Nope" }).statusText;
            """);

    assertThat(out.get("v")).hasToString("[\"OK\",\"Not Found\",\"I'm a teapot\",\"Client Error\",\"Successful\",\"Server Error\"]");
    assertThat(out.get("given").asText()).isEqualTo("Nope");
  }

  @Test
  void cloning_a_used_body_fails_as_in_workerd() {
    JsonNode out =
        run(
            """
            const r = new Response("x"); await r.text();
            const q = new Request("http://x/", { method: "POST", body: "y" }); await q.text();
            out.response = await t(() => r.clone());
            out.request = await t(() => q.clone());
            """);

    assertThat(out.get("response")).hasToString(error("TypeError", "TypeError", "This ReadableStream is currently locked to a reader,"));
    assertThat(out.get("request")).hasToString(error("TypeError", "TypeError", "This ReadableStream is currently locked to a reader,"));
  }

  @Test
  void redirect_responses_have_immutable_headers() {
    JsonNode out =
        run(
            """
            const r = Response.redirect("https://example.com/path?x=1", 301);
            out.v = [r.status, r.statusText, r.headers.get("location"), [...r.headers.keys()]];
            out.set = await t(() => r.headers.set("x", "y"));
            """);

    assertThat(out.get("v")).hasToString("[301,\"Moved Permanently\",\"https://example.com/path?x=1\",[\"location\"]]");
    assertThat(out.get("set")).hasToString(error("TypeError", "TypeError", "Can't modify immutable headers."));
  }
}
