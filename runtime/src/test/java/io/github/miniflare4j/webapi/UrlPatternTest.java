package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.WorkerProbe.error;
import static io.github.miniflare4j.webapi.WorkerProbe.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** URLPattern inside a worker: pattern strings, dictionaries, exec/test and workerd's errors. */
class UrlPatternTest {

  private static final String COMPONENTS =
      """
      const P = (...a) => { try { const p = new URLPattern(...a); return ["protocol","username","password","hostname","port","pathname","search","hash"].map((k) => p[k]).join(" | "); } catch (e) { return e.constructor.name + ": " + e.message; } };
      """;

  @Test
  void splits_constructor_strings_into_components() {
    JsonNode out =
        run(
            COMPONENTS
                + """
                out.v = [P("https://example.com/books/:id"), P("/books/:id", "https://example.com"), P("http{s}?://*.example.com/*"),
                         P("https://example.com:443/a?x=1#h"), P("data\\\\:foo*")];
                """);

    assertThat(out.get("v"))
        .hasToString(
            "[\"https |  |  | example.com |  | /books/:id |  | \",\"https |  |  | example.com |  | /books/:id |  | \","
                + "\"http{s}? |  |  | *.example.com |  | /* |  | \",\"https |  |  | example.com | 443 | /a | x=1 | h\",\"data |  |  |  |  | foo* |  | \"]");
  }

  @Test
  void dictionaries_default_missing_components_to_wildcards() {
    JsonNode out =
        run(
            COMPONENTS
                + """
                out.v = [P({ pathname: "/books/:id" }), P({ pathname: "/a/(\\\\d+)" }), P({ hostname: "{*.}?example.com" }),
                         P({ pathname: "/a", baseURL: "https://x.com/b/c" }), P({ protocol: "http", port: "80" })];
                """);

    assertThat(out.get("v"))
        .hasToString(
            "[\"* | * | * | * | * | /books/:id | * | *\",\"* | * | * | * | * | /a/(\\\\d+) | * | *\",\"* | * | * | {*.}?example.com | * | * | * | *\","
                + "\"https |  |  | x.com |  | /a |  | \",\"http | * | * | * | 80 | * | * | *\"]");
  }

  @Test
  void exec_returns_named_and_numbered_groups() {
    JsonNode out =
        run(
            """
            const p = new URLPattern({ pathname: "/books/:id(\\\\d+)/:rest*" });
            const r = p.exec("https://example.com/books/123/a/b?q=1");
            out.v = [r.inputs, r.protocol, r.pathname, r.search];
            out.none = p.exec("https://example.com/books/abc");
            out.test = [p.test("https://example.com/books/1"), p.test({ pathname: "/books/2" }), p.test("/books/3", "https://x.com"), p.test("not a url")];
            out.host = new URLPattern({ hostname: "{:sub.}?example.com" }).exec({ hostname: "api.example.com" }).hostname;
            out.ignoreCase = new URLPattern({ pathname: "/A" }, { ignoreCase: true }).test({ pathname: "/a" });
            """);

    assertThat(out.get("v"))
        .hasToString(
            "[[\"https://example.com/books/123/a/b?q=1\"],{\"input\":\"https\",\"groups\":{\"0\":\"https\"}},"
                + "{\"input\":\"/books/123/a/b\",\"groups\":{\"id\":\"123\",\"rest\":\"a/b\"}},{\"input\":\"q=1\",\"groups\":{\"0\":\"q=1\"}}]");
    assertThat(out.get("none").isNull()).isTrue();
    assertThat(out.get("test")).hasToString("[true,true,true,false]");
    assertThat(out.get("host")).hasToString("{\"input\":\"api.example.com\",\"groups\":{\"sub\":\"api\"}}");
    assertThat(out.get("ignoreCase").asBoolean()).isTrue();
  }

  @Test
  void syntax_errors_use_workerds_message() {
    JsonNode out =
        run(
            """
            out.relative = await t(() => new URLPattern("/a"));
            out.regex = await t(() => new URLPattern({ pathname: "/(" }));
            out.openGroup = await t(() => new URLPattern({ pathname: "/((?:a)" }));
            out.question = await t(() => new URLPattern({ pathname: "/(?" }));
            out.name = await t(() => new URLPattern({ pathname: "/:" }));
            out.duplicate = await t(() => new URLPattern({ pathname: "/:a/:a" }));
            """);

    assertThat(out.get("relative"))
        .hasToString(error("TypeError", "TypeError", "Syntax error in URL Pattern: a relative pattern must have a base URL."));
    assertThat(out.get("regex")).hasToString(error("TypeError", "TypeError", "Syntax error in URL Pattern: invalid regex start at 1"));
    assertThat(out.get("openGroup")).hasToString(error("TypeError", "TypeError", "Syntax error in URL Pattern: invalid regex segment at 2"));
    assertThat(out.get("question")).hasToString(error("TypeError", "TypeError", "Syntax error in URL Pattern: invalid regex character at 2"));
    assertThat(out.get("name")).hasToString(error("TypeError", "TypeError", "Syntax error in URL Pattern: invalid name start at 1"));
    assertThat(out.get("duplicate")).hasToString(error("TypeError", "TypeError", "Syntax error in URL Pattern: Duplicated part names [a]"));
  }
}
