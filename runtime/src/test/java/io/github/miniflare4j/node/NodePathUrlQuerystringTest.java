package io.github.miniflare4j.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** node:path (posix and win32), node:url and node:querystring. */
class NodePathUrlQuerystringTest {

  @Test
  void posix_and_win32_paths() {
    JsonNode out =
        NodeProbe.run(
            "import path from \"node:path\"; import posix from \"node:path/posix\"; import win32 from \"node:path/win32\";",
            """
            out.posix = [path.join("/a", "../b", "c/"), path.resolve("x", "../y"), path.relative("/a/b/c", "/a/d"), path.dirname("/a/b/"), path.basename("x/y.tar.gz", ".gz"), path.extname("y.tar.gz"), path.normalize("a/./b/../../.."), posix === path];
            out.parsed = path.parse("/srv/www/index.html");
            out.win = [win32.join("C:\\\\a", "..", "b"), win32.isAbsolute("\\\\\\\\server\\\\share"), win32.sep, win32.delimiter, path.win32 === win32];
            out.bad = await t(() => path.basename(null));
            """);
    assertThat(out.get("posix").toString())
        .isEqualTo("[\"/b/c/\",\"/y\",\"../../d\",\"/a\",\"y.tar\",\".gz\",\"..\",true]");
    assertThat(out.get("parsed").toString())
        .isEqualTo("{\"root\":\"/\",\"dir\":\"/srv/www\",\"base\":\"index.html\",\"ext\":\".html\",\"name\":\"index\"}");
    assertThat(out.get("win").toString()).isEqualTo("[\"C:\\\\b\",true,\"\\\\\",\";\",true]");
    assertThat(out.get("bad").get("error").get("message").asText())
        .isEqualTo("The \"path\" argument must be of type string. Received null");
  }

  @Test
  void file_urls_and_legacy_url_functions() {
    JsonNode out =
        NodeProbe.run(
            "import { fileURLToPath, pathToFileURL, parse, format, resolve, URL as U, URLSearchParams as P } from \"node:url\";",
            """
            out.file = [fileURLToPath("file:///tmp/%E2%82%AC.txt"), pathToFileURL("/tmp/a b%.txt").href];
            const p = parse("http://user@host.com:81/p/a?x=1&y=2#h", true);
            out.parse = [p.protocol, p.auth, p.hostname, p.port, p.pathname, p.query.y, p.hash];
            out.format = format({ protocol: "https", host: "example.com", pathname: "/a b", query: { q: "1" } });
            out.resolve = [resolve("http://a.com/b/c", "../d"), resolve("/x/y", "z")];
            out.globals = U === URL && P === URLSearchParams;
            out.scheme = await t(() => fileURLToPath("https://a/b"));
            """);
    assertThat(out.get("file").toString()).isEqualTo("[\"/tmp/€.txt\",\"file:///tmp/a%20b%25.txt\"]");
    assertThat(out.get("parse").toString()).isEqualTo("[\"http:\",\"user\",\"host.com\",\"81\",\"/p/a\",\"2\",\"#h\"]");
    assertThat(out.get("format").asText()).isEqualTo("https://example.com/a b?q=1");
    assertThat(out.get("resolve").toString()).isEqualTo("[\"http://a.com/d\",\"/x/z\"]");
    assertThat(out.get("globals").asBoolean()).isTrue();
    assertThat(out.get("scheme").get("error").get("ctor").asText()).isEqualTo("ERR_INVALID_URL_SCHEME");
  }

  @Test
  void querystring_parses_and_stringifies() {
    JsonNode out =
        NodeProbe.run(
            "import qs from \"node:querystring\";",
            """
            out.parse = qs.parse("a=1&a=2&b=x+y&c=%E2%82%AC&d");
            out.stringify = qs.stringify({ a: [1, 2], b: "x y", c: "€", d: "" });
            out.custom = qs.stringify({ a: 1, b: 2 }, ";", ":");
            out.escape = [qs.escape("a b/c"), qs.unescape("a%20b%zz")];
            """);
    assertThat(out.get("parse").toString()).isEqualTo("{\"a\":[\"1\",\"2\"],\"b\":\"x y\",\"c\":\"€\",\"d\":\"\"}");
    assertThat(out.get("stringify").asText()).isEqualTo("a=1&a=2&b=x%20y&c=%E2%82%AC&d=");
    assertThat(out.get("custom").asText()).isEqualTo("a:1;b:2");
    assertThat(out.get("escape").toString()).isEqualTo("[\"a%20b%2Fc\",\"a b%zz\"]");
  }
}
