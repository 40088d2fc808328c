package io.github.miniflare4j.htmlrewriter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rewriter works on the body as it flows: chunk boundaries, split markup, bounded buffers. */
class StreamingTest {

  private static List<String> textChunks(String selector, String... chunks) {
    List<String> seen = new ArrayList<>();
    new JavaRewrite().text(selector, t -> seen.add(t.text() + (t.lastInTextNode() ? "|last" : ""))).run(chunks);
    return seen;
  }

  @Test
  void text_chunks_end_at_input_chunks_and_at_each_lt_that_starts_no_markup() {
    assertThat(textChunks("p", "<p>Hel", "lo <b>wo", "rld</b> a < b &amp; c</p>"))
        .containsExactly("Hel", "lo ", "|last", "wo", "rld", "|last", " a ", "<", " b &amp; c", "|last");
  }

  @Test
  void raw_text_elements_split_where_an_end_tag_might_have_started() {
    assertThat(textChunks("script", "<script>if (a<b) x = '</scr", "ipt'; </scripty></script><p>t</p>"))
        .containsExactly("if (a", "<", "b) x = '", "</script", "'; ", "</scripty", ">", "|last");
    assertThat(textChunks("title", "<title>a &amp; <b>b</b></title>"))
        .containsExactly("a &amp; ", "<", "b>b", "</b", ">", "|last");
  }

  @Test
  void markup_that_is_not_a_tag_flushes_the_text_node() {
    assertThat(textChunks("p", "<p>1 <2 <> </> <!x> 3</p>"))
        .containsExactly("1 ", "<", "2 ", "<", "> ", "|last", " ", "|last", " 3", "|last");
  }

  @Test
  void later_pieces_of_a_text_node_come_in_1024_byte_pieces() {
    String x = "x".repeat(1500);
    List<Integer> lengths = new ArrayList<>();
    new JavaRewrite().text("p", t -> lengths.add(t.text().length())).run("<p>" + x, x + "</p>");
    assertThat(lengths).containsExactly(1500, 1024, 476, 0);
  }

  @Test
  void a_character_cut_by_a_chunk_boundary_is_whole_in_the_next_chunk() {
    List<String> seen = new ArrayList<>();
    byte[] out = new JavaRewrite().text("p", t -> seen.add(t.text()))
        .runBytes(List.of(new byte[] {'<', 'p', '>', 'a', (byte) 0xc3}, new byte[] {(byte) 0xa9, 'b', '<', '/', 'p', '>'}));
    assertThat(seen).containsExactly("a", "éb", "");
    assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo("<p>aéb</p>");
  }

  @Test
  void a_tag_cut_by_chunk_boundaries_is_handled_whole() {
    String out = new JavaRewrite().element("b", e -> e.setAttribute("k", "v")).run("<p>x<", "b cla", "ss=y>z</", "b>w</p>");
    assertThat(out).isEqualTo("<p>x<b class=y k=\"v\">z</b>w</p>");
  }

  @Test
  void unfinished_markup_at_the_end_passes_through() {
    assertThat(new JavaRewrite().element("p", e -> e.setAttribute("a", "1")).run("<p>x</p><div class=")).isEqualTo("<p a=\"1\">x</p><div class=");
  }

  @Test
  void a_multi_megabyte_page_in_small_chunks_keeps_the_buffer_small() {
    StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><title>Big</title><style>p>a{color:red}</style></head><body>");
    StringBuilder expected = new StringBuilder(page);
    for (int i = 0; page.length() < 4 * 1024 * 1024; i++) {
      String block = "<div class=\"item\" id=\"i" + i + "\"><!-- item " + i + " --><p>Item " + i + " is <a href=\"/item/" + i + "\">here</a> &amp; there."
          + "</p><script>if (a < " + i + ") { b(); }</script><img src=\"/i/" + i + ".png\" alt></div>\n";
      page.append(block);
      expected.append(block.replace("href=\"/item/", "href=\"https://example.com/item/"));
    }
    page.append("</body></html>");
    expected.append("</body></html>");
    byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);
    List<byte[]> chunks = new ArrayList<>();
    Random random = new Random(42);
    for (int at = 0; at < bytes.length; ) {
      int n = Math.min(bytes.length - at, 1 + random.nextInt(2048));
      chunks.add(java.util.Arrays.copyOfRange(bytes, at, at + n));
      at += n;
    }
    int[] texts = new int[1];
    JavaRewrite rewrite = new JavaRewrite()
        .element("a[href^='/']", e -> e.setAttribute("href", "https://example.com" + e.getAttribute("href")))
        .text("p", t -> texts[0]++);

    byte[] out = rewrite.runBytes(chunks);

    assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    assertThat(texts[0]).isGreaterThan(10_000);
    assertThat(rewrite.session().maxBufferedBytes()).isLessThanOrEqualTo(16 * 1024);
  }

  @Test
  void handlers_that_change_nothing_leave_any_input_byte_for_byte() {
    byte[] bytes = new byte[256 * 1024];
    new Random(7).nextBytes(bytes);
    List<byte[]> chunks = new ArrayList<>();
    for (int at = 0; at < bytes.length; at += 1000) {
      chunks.add(java.util.Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 1000)));
    }
    JavaRewrite rewrite = new JavaRewrite().element("*", e -> e.getAttribute("x")).comments("*", c -> {});
    assertThat(java.util.Arrays.mismatch(rewrite.runBytes(chunks), bytes)).isEqualTo(-1);
  }

  @Test
  void a_tag_larger_than_workerds_memory_limit_fails_with_lol_html_message() {
    String huge = "<p title=\"" + "x".repeat(HtmlLexer.MAX_BUFFERED + 10);
    List<String> chunks = new ArrayList<>();
    for (int at = 0; at < huge.length(); at += 64 * 1024) {
      chunks.add(huge.substring(at, Math.min(huge.length(), at + 64 * 1024)));
    }
    assertThatThrownBy(() -> new JavaRewrite().element("p", e -> {}).run(chunks.toArray(String[]::new)))
        .hasMessage("The memory limit has been exceeded.");
  }

  @Test
  void a_text_content_tag_whose_parsing_context_is_ambiguous_stops_the_rewriting() {
    assertThatThrownBy(() -> new JavaRewrite().element("p", e -> {}).run("<select><option>a<style>b</style></select>"))
        .hasMessageStartingWith("The parser has encountered a text content tag (`<style>`) in the context where it is ambiguous");
    assertThat(new JavaRewrite().element("p", e -> {}).run("<select><script>x</script></select><style>p{}</style>"))
        .isEqualTo("<select><script>x</script></select><style>p{}</style>");
  }
}
