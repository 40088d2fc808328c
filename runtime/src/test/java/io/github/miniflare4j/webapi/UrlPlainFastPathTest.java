package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.WorkerProbe.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code new URL(string)} takes a fast path for plain absolute http(s) and ws(s) URLs. Whatever it
 * accepts must come out exactly as the full WHATWG parser makes it. The full parser is reached
 * with the same text passed as an object (the fast path only takes primitive strings), so each
 * input below is parsed both ways and every component compared. The inputs sit on both sides of
 * the fast path's edges: ports, IPv4-looking hosts, dot segments, punycode labels, upper case,
 * characters that the parser percent-encodes.
 */
class UrlPlainFastPathTest {

  static final List<String> INPUTS =
      List.of(
          "http://localhost/", "http://localhost", "https://example.com/a/b?x=1&y=2#frag",
          "http://incrementer/", "https://api.example.com/v1/items/42", "ws://a/", "wss://a:443/", "ws://a:80/x",
          "http://a:80/", "https://a:443", "http://a:0/", "http://a:080/", "http://a:00080/", "http://a:65535/",
          "http://a:65536/", "http://a:99999/", "http://a:/", "http://127.0.0.1/", "http://127.0.0.1:8787/x",
          "http://255.255.255.255/", "http://256.0.0.1/", "http://1.2.3/", "http://01.2.3.4/", "http://0x7f.1/",
          "http://a.1/", "http://a.0x1/", "http://1.2.3.4.example.com/", "http://example.com./", "http://a..b/",
          "http://-a.com/", "http://a-.com/", "http://ab--cd.com/", "http://xn--nxasmq6b.com/", "http://xn--a.com/",
          "http://abcxn--d.com/", "HTTP://EXAMPLE.COM/", "http://Example.com/", "http://example.com/A/B",
          "http://a/./b", "http://a/../b", "http://a/b/..", "http://a/b/.", "http://a/.%2e/b", "http://a/%2e/b",
          "http://a/%2E%2e/", "http://a/.well-known/x", "http://a/b.c/d.e", "http://a/b%20c", "http://a/b%zz",
          "http://a/b c", "http://a/b\"c", "http://a/b'c", "http://a/b`c", "http://a/b^c", "http://a/b{c}",
          "http://a/b|c", "http://a/b[c]", "http://a/b\\c", "http://a/?", "http://a/?'", "http://a/?a'b",
          "http://a/?a`b", "http://a/?q=%zz", "http://a/?q=1?2/3", "http://a/#", "http://a/#a`b", "http://a/#a'b",
          "http://a/#a#b", "http://a/?x#y?z", "http://user@a/", "http://user:pw@a/", "http://a@b/c",
          "http://a/@b", "http://a/:b@c", "http://a/~user/!$&()*+,;=:@", " http://a/", "http://a/ ", "http://a/\t",
          "http://a\n/", "http:/a/", "http:a", "http///a", "ftp://a/", "file:///a", "blob:http://a/",
          "mailto:x@y", "data:text/plain,x", "https://a/%2Fb", "https://a//b//", "https://a/b/", "http://a:8080",
          "http://[::1]/", "http://a.b.c.d.e.f.g/h", "http://a:1:2/", "http://a/\u00e9", "http://\u00e9.com/",
          "https://example.com/path?query=with spaces");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void plain_urls_parse_exactly_as_the_full_parser_parses_them() throws Exception {
    JsonNode out =
        run(
            "const inputs = "
                + JSON.writeValueAsString(INPUTS)
                + ";\n"
                + """
                const PARTS = ["href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash"];
                const parse = (input) => {
                  try {
                    const u = new URL(input);
                    const parts = {};
                    for (const p of PARTS) parts[p] = u[p];
                    parts.searchParams = u.searchParams.toString();
                    return parts;
                  } catch (e) {
                    return { error: e.constructor.name + ": " + e.message };
                  }
                };
                out.mismatches = [];
                out.parsed = 0;
                for (const input of inputs) {
                  const fast = parse(input);
                  const full = parse({ toString: () => input });
                  if (JSON.stringify(fast) !== JSON.stringify(full)) out.mismatches.push({ input, fast, full });
                  if (!fast.error) out.parsed++;
                }
                out.canParse = inputs.filter((i) => URL.canParse(i) !== URL.canParse({ toString: () => i }));
                """);

    assertThat(out.get("mismatches")).as("inputs parsed differently by the fast path").isEmpty();
    assertThat(out.get("canParse")).as("inputs where URL.canParse differs").isEmpty();
    assertThat(out.get("parsed").asInt()).as("inputs that parse at all").isGreaterThan(60);
  }

  @Test
  void fast_path_results_are_the_standard_serializations() {
    JsonNode out =
        run(
            """
            const u = new URL("https://api.example.com:443/v1/items/42?x=1&y=2#top");
            out.parts = [u.href, u.origin, u.host, u.port, u.pathname, u.search, u.hash, u.searchParams.get("y")];
            out.defaultPortDropped = new URL("http://a:80/").href;
            out.emptyPath = new URL("http://a").href;
            out.leadingZeros = new URL("http://a:0081/").port;
            out.tooLarge = await t(() => new URL("http://a:65536/"));
            """);

    assertThat(out.get("parts"))
        .hasToString(
            "[\"https://api.example.com/v1/items/42?x=1&y=2#top\",\"https://api.example.com\",\"api.example.com\",\"\","
                + "\"/v1/items/42\",\"?x=1&y=2\",\"#top\",\"2\"]");
    assertThat(out.get("defaultPortDropped").asText()).isEqualTo("http://a/");
    assertThat(out.get("emptyPath").asText()).isEqualTo("http://a/");
    assertThat(out.get("leadingZeros").asText()).isEqualTo("81");
    assertThat(out.get("tooLarge")).hasToString(WorkerProbe.error("TypeError", "TypeError", "Invalid URL string."));
  }

  @Test
  void a_url_parsed_again_is_independent_of_the_earlier_one_changed_in_place() {
    JsonNode out =
        run(
            """
            const text = "https://example.com/a/b?x=1#f";
            const first = new URL(text);
            first.pathname = "/changed/path";
            first.search = "?y=2";
            first.hostname = "other.example";
            first.port = "8443";
            const second = new URL(text);
            out.first = first.href;
            out.second = second.href;
            second.pathname = "/c";
            out.third = new URL(text).href;
            """);

    assertThat(out.get("first").asText()).isEqualTo("https://other.example:8443/changed/path?y=2#f");
    assertThat(out.get("second").asText()).isEqualTo("https://example.com/a/b?x=1#f");
    assertThat(out.get("third").asText()).isEqualTo("https://example.com/a/b?x=1#f");
  }
}
