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

  /** Response.error/json/redirect and the constructor's status, body and statusText checks, as recorded. */
  @Test
  void response_statics_and_constructor_checks_match_workerd() {
    JsonNode out =
        WorkerProbe.run(
            """
            const e = Response.error(); out.error = [e.type, e.status, e.statusText, [...e.headers], e.body, e.ok];
            out.errorHeaders = await t(() => e.headers.set("x", "y"));
            const j = Response.json({ a: 1 }, { status: 201, headers: { "x-a": "1" } });
            out.json = [j.status, j.headers.get("content-type"), j.headers.get("x-a"), await j.text()];
            out.jsonCt = Response.json("s", { headers: { "content-type": "application/vnd+json" } }).headers.get("content-type");
            out.jsonBigint = await t(() => Response.json(1n));
            out.jsonUndefined = await t(async () => await Response.json(undefined).text());
            out.status99 = await t(() => new Response(null, { status: 99 }));
            out.status600 = await t(() => new Response(null, { status: 600 }));
            out.bodyWith204 = await t(() => new Response("x", { status: 204 }));
            out.redirectBad = await t(() => Response.redirect("http://x/", 200));
            out.redirectRelative = await t(() => Response.redirect("/rel"));
            out.redirectDefault = [Response.redirect("http://x/").status, Response.redirect("http://x/").type];
            out.getBody = await t(() => new Request("http://x/", { body: "x" }));
            out.headBody = await t(() => new Request("http://x/", { method: "HEAD", body: "x" }));
            out.badStatusText = await t(() => new Response(null, { statusText: "a\\nb" }));
            """);

    assertThat(out.get("error")).hasToString("[\"error\",0,\"\",[],null,false]");
    assertThat(out.get("errorHeaders")).hasToString("{\"ok\":\"undefined\"}");
    assertThat(out.get("json")).hasToString("[201,\"application/json\",\"1\",\"{\\\"a\\\":1}\"]");
    assertThat(out.get("jsonCt")).hasToString("\"application/vnd+json\"");
    assertThat(out.get("jsonBigint")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Do not know how to serialize a BigInt\"}}");
    assertThat(out.get("jsonUndefined")).hasToString("{\"ok\":\"undefined\"}");
    assertThat(out.get("status99")).hasToString("{\"error\":{\"name\":\"RangeError\",\"ctor\":\"RangeError\",\"message\":\"Responses may only be constructed with status codes in the range 200 to 599, inclusive.\"}}");
    assertThat(out.get("status600")).hasToString("{\"error\":{\"name\":\"RangeError\",\"ctor\":\"RangeError\",\"message\":\"Responses may only be constructed with status codes in the range 200 to 599, inclusive.\"}}");
    assertThat(out.get("bodyWith204")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Response with null body status (101, 204, 205, or 304) cannot have a body.\"}}");
    assertThat(out.get("redirectBad")).hasToString("{\"error\":{\"name\":\"RangeError\",\"ctor\":\"RangeError\",\"message\":\"200 is not a redirect status code. It must be one of: 301, 302, 303, 307, or 308.\"}}");
    assertThat(out.get("redirectRelative")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Unable to parse URL: /rel\"}}");
    assertThat(out.get("redirectDefault")).hasToString("[302,\"default\"]");
    assertThat(out.get("getBody")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Request with a GET or HEAD method cannot have a body.\"}}");
    assertThat(out.get("headBody")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Request with a GET or HEAD method cannot have a body.\"}}");
    assertThat(out.get("badStatusText")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Invalid statusText\"}}");
  }

  /** workerd quirks recorded with the oracle: statusText rules, Response.json(undefined), mutable error headers. */
  @Test
  void status_text_refuses_control_characters_and_json_of_undefined_is_the_text_undefined() {
    JsonNode out =
        WorkerProbe.run(
            """
            out.jsonUndefined = await t(async () => { const r = Response.json(undefined); return [JSON.stringify(await r.text()), r.headers.get("content-type")]; });
            out.jsonFn = await t(async () => JSON.stringify(await Response.json(() => 1).text()));
            out.statusTexts = {};
            for (const [k, s] of [["tab", "a\\tb"], ["latin", "\\u00e9"], ["wide", "\\u0100"], ["cr", "a\\rb"], ["nul", "a\\u0000b"], ["del", "a\\u007fb"], ["space", " x "]]) out.statusTexts[k] = await t(() => new Response(null, { statusText: s }).statusText);
            const e = Response.error(); e.headers.set("x", "y"); out.errorHeader = e.headers.get("x");
            out.redirectHeaders = await t(() => Response.redirect("http://x/").headers.set("a", "b"));
            """);

    assertThat(out.get("jsonUndefined")).hasToString("{\"ok\":[\"\\\"undefined\\\"\",\"application/json\"]}");
    assertThat(out.get("jsonFn")).hasToString("{\"ok\":\"\\\"undefined\\\"\"}");
    assertThat(out.get("statusTexts")).hasToString("{\"tab\":{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Invalid statusText\"}},\"latin\":{\"ok\":\"\u00e9\"},\"wide\":{\"ok\":\"\u0100\"},\"cr\":{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Invalid statusText\"}},\"nul\":{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Invalid statusText\"}},\"del\":{\"ok\":\"a\u007fb\"},\"space\":{\"ok\":\" x \"}}");
    assertThat(out.get("errorHeader")).hasToString("\"y\"");
    assertThat(out.get("redirectHeaders")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Can't modify immutable headers.\"}}");
  }
}
