package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.WorkerProbe.error;
import static io.github.miniflare4j.webapi.WorkerProbe.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** URL inside a worker: parsing, hosts, setters, the linked searchParams and workerd's errors. */
class UrlTest {

  @Test
  void parses_and_normalizes_every_component() {
    JsonNode out =
        run(
            """
            const u = new URL("HTTPS://user:pw@Example.COM:8443/a/../b/./c d?q=1 2#f g");
            out.v = [u.href, u.origin, u.host, u.pathname, u.search, u.hash];
            """);

    assertThat(out.get("v"))
        .hasToString(
            "[\"https://user:pw@example.com:8443/b/c%20d?q=1%202#f%20g\",\"https://example.com:8443\",\"example.com:8443\",\"/b/c%20d\",\"?q=1%202\",\"#f%20g\"]");
  }

  @Test
  void parses_ipv4_ipv6_and_international_hosts() {
    JsonNode out =
        run(
            """
            out.v = ["http://0x7f.1/", "http://[1:0:0:0:0:0:0:1]/", "http://[::ffff:192.168.0.1]/", "http://faß.de/",
                     "http://日本.jp/", "http://ｅｘａｍｐｌｅ.com/", "http://\\u0661.\\u0662/"].map((s) => new URL(s).host);
            """);

    assertThat(out.get("v"))
        .hasToString(
            "[\"127.0.0.1\",\"[1::1]\",\"[::ffff:c0a8:1]\",\"xn--fa-hia.de\",\"xn--wgv71a.jp\",\"example.com\",\"xn--9hb.xn--bib\"]");
  }

  @Test
  void rejects_invalid_urls_with_workerds_message() {
    JsonNode out =
        run(
            """
            out.v = await Promise.all(["http://", "/relative", "http://1.2.3.4.5/", "http://a b/", "http://xn--/", "http://[::1/"]
              .map((s) => t(() => new URL(s))));
            out.badBase = await t(() => new URL("x", "nope"));
            """);

    for (JsonNode result : out.get("v")) {
      assertThat(result).hasToString(error("TypeError", "TypeError", "Invalid URL string."));
    }
    assertThat(out.get("badBase")).hasToString(error("TypeError", "TypeError", "Invalid URL string."));
  }

  @Test
  void constructor_without_arguments_throws_a_type_error() {
    JsonNode out = run("out.v = await t(() => new URL());");

    assertThat(out.get("v"))
        .hasToString(error("TypeError", "TypeError", "Failed to construct 'URL': constructor parameter 1 is not of type 'USVString'."));
  }

  @Test
  void href_setter_rejects_an_invalid_url() {
    JsonNode out = run("out.v = await t(() => { new URL(\"http://a/\").href = \"nope\"; });");

    assertThat(out.get("v"))
        .hasToString(
            error("TypeError", "TypeError", "Failed to set the 'href' property on 'URL': the provided value is not of type 'valid URL string'."));
  }

  @Test
  void setters_follow_the_state_overrides() {
    JsonNode out =
        run(
            """
            const u = new URL("https://user:pw@example.com:8443/p?q=1#h");
            const seq = [];
            u.protocol = "http"; seq.push(u.href);
            u.protocol = "foo"; seq.push(u.href);
            u.username = "a b"; u.password = "p@ss"; seq.push(u.href);
            u.host = "Other.ORG:81"; seq.push(u.href);
            u.port = "80"; seq.push(u.href);
            u.port = "99999"; seq.push(u.href);
            u.port = "123abc"; seq.push(u.href);
            u.pathname = "a/../b c"; u.search = "x=1 2"; u.hash = "#frag ment"; seq.push(u.href);
            out.seq = seq;
            """);

    assertThat(out.get("seq"))
        .hasToString(
            "[\"http://user:pw@example.com:8443/p?q=1#h\",\"http://user:pw@example.com:8443/p?q=1#h\","
                + "\"http://a%20b:p%40ss@example.com:8443/p?q=1#h\",\"http://a%20b:p%40ss@other.org:81/p?q=1#h\","
                + "\"http://a%20b:p%40ss@other.org/p?q=1#h\",\"http://a%20b:p%40ss@other.org/p?q=1#h\","
                + "\"http://a%20b:p%40ss@other.org:123/p?q=1#h\",\"http://a%20b:p%40ss@other.org:123/b%20c?x=1%202#frag%20ment\"]");
  }

  @Test
  void search_params_stay_linked_to_their_url() {
    JsonNode out =
        run(
            """
            const s = new URL("http://a/?x=1&y=2");
            s.searchParams.append("z", "3 4"); s.searchParams.delete("x");
            out.after = s.href;
            s.search = "?k=v";
            out.fromSearch = s.searchParams.get("k");
            s.href = "http://b/?m=n";
            out.fromHref = [s.searchParams.get("m"), s.searchParams.get("k")];
            out.same = s.searchParams === s.searchParams;
            """);

    assertThat(out.get("after").asText()).isEqualTo("http://a/?y=2&z=3+4");
    assertThat(out.get("fromSearch").asText()).isEqualTo("v");
    assertThat(out.get("fromHref")).hasToString("[\"n\",null]");
    assertThat(out.get("same").asBoolean()).isTrue();
  }

  @Test
  void opaque_urls_ignore_host_and_path_setters_and_have_a_null_origin() {
    JsonNode out =
        run(
            """
            const o = new URL("mailto:someone@example.com");
            o.pathname = "changed"; o.host = "h";
            out.v = [o.href, o.origin, o.pathname, o.host];
            const sp = new URL("sc:opaque  ?q#f"); sp.hash = ""; sp.search = "";
            out.strip = sp.href;
            """);

    assertThat(out.get("v")).hasToString("[\"mailto:someone@example.com\",\"null\",\"someone@example.com\",\"\"]");
    assertThat(out.get("strip").asText()).isEqualTo("sc:opaque %20");
  }

  @Test
  void origins_of_file_blob_and_special_schemes() {
    JsonNode out =
        run(
            """
            out.v = ["file:///C:/x/../y", "blob:https://a.com/uuid", "blob:ftp://host/path", "ws://h:80/", "foo://h/"]
              .map((s) => new URL(s).origin);
            """);

    assertThat(out.get("v")).hasToString("[\"null\",\"https://a.com\",\"null\",\"ws://h\",\"null\"]");
  }

  @Test
  void static_parse_and_can_parse() {
    JsonNode out =
        run(
            """
            out.v = [URL.parse("nope"), URL.parse("b", "http://a/c").href, URL.canParse("b", "http://a/"), URL.canParse("b")];
            out.noArgs = await t(() => URL.canParse());
            """);

    assertThat(out.get("v")).hasToString("[null,\"http://a/b\",true,false]");
    assertThat(out.get("noArgs"))
        .hasToString(error("TypeError", "TypeError", "Failed to execute 'canParse' on 'URL': parameter 1 is not of type 'USVString'."));
  }

  @Test
  void accessors_on_a_foreign_object_are_illegal_invocations() {
    JsonNode out = run("out.v = await t(() => Object.getOwnPropertyDescriptor(URL.prototype, \"href\").get.call({}));");

    assertThat(out.get("v").get("error").get("message").asText()).startsWith("Illegal invocation: function called with incorrect `this` reference.");
  }

  @Test
  void serializes_as_its_href_and_has_no_own_keys() {
    JsonNode out =
        run(
            """
            out.v = [JSON.stringify({ u: new URL("http://x/y") }), Object.keys(new URL("http://x")).length,
                     Object.prototype.toString.call(new URL("http://x"))];
            """);

    assertThat(out.get("v")).hasToString("[\"{\\\"u\\\":\\\"http://x/y\\\"}\",0,\"[object URL]\"]");
  }
}
