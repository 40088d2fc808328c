package io.github.miniflare4j.htmlrewriter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What element, text, comment and end-tag mutations write, and that the rest stays byte for byte. */
class MutationsTest {

  @Test
  void untouched_markup_is_copied_byte_for_byte() {
    String page = "<!doctype html><HTML><p class=a   id = 'x'>T&amp;t<!-- c --><br/><img src=i.png alt></p>< p></ p>";
    assertThat(new JavaRewrite().element("p", e -> {}).text("p", t -> {}).run(page)).isEqualTo(page);
  }

  @Test
  void content_around_and_inside_the_element() {
    String out = new JavaRewrite().element("li", e -> {
      e.before("<x>", false);
      e.after("<hr>", true);
      e.prepend("pre-", false);
      e.append("-post", false);
      e.after("1", false);
      e.before("2", false);
    }).run("<ul><li class=a>A</li></ul>");
    assertThat(out).isEqualTo("<ul>&lt;x&gt;2<li class=a>pre-A-post</li>1<hr></ul>");
  }

  @Test
  void set_inner_content_replace_remove_and_keep_content() {
    String out = new JavaRewrite()
        .element(".b", e -> e.setInnerContent("<i>in</i>", true))
        .element(".c", e -> e.replace("<p>r & d</p>", false))
        .element(".d", ElementToken::removeAndKeepContent)
        .element(".e", ElementToken::remove)
        .run("<li class=b>B<b>x</b></li><li class=c>C</li><li class=d><b>D</b></li><li class=e>E<i>e</i></li>!");
    assertThat(out).isEqualTo("<li class=b><i>in</i></li>&lt;p&gt;r &amp; d&lt;/p&gt;<b>D</b>!");
  }

  @Test
  void changed_tags_are_rewritten_with_the_untouched_attributes_as_written() {
    String out = new JavaRewrite().element("a", e -> {
      assertThat(e.setTagName("span")).isNull();
      e.removeAttribute("HREF");
      assertThat(e.setAttribute("title", "q\"u&")).isNull();
      assertThat(e.setAttribute("Target", "_top")).isNull();
    }).run("<A href=\"/p\" TARGET=_blank data-x>link</A>");
    assertThat(out).isEqualTo("<span TARGET=\"_top\" data-x title=\"q&quot;u&\">link</span>");
  }

  @Test
  void void_elements_take_no_inner_content_and_have_no_end_tag() {
    List<String> errors = new ArrayList<>();
    JavaRewrite rewrite = new JavaRewrite();
    int endHandler = rewrite.handler(t -> {});
    String out = rewrite.element("img, br", e -> {
      e.append("A", false);
      e.prepend("P", false);
      e.setInnerContent("I", false);
      e.after("F", false);
      e.before("B", false);
      errors.add(e.onEndTag(endHandler));
    }).run("<img><br/>");
    assertThat(out).isEqualTo("B<img>FB<br/>F");
    assertThat(errors).containsOnly("No end tag.");
  }

  @Test
  void end_tag_handlers_see_the_renamed_tag_and_the_last_registration_wins() {
    JavaRewrite rewrite = new JavaRewrite();
    List<String> names = new ArrayList<>();
    int first = rewrite.<EndTagToken>handler(t -> t.after("1", false));
    int second = rewrite.<EndTagToken>handler(t -> {
      names.add(t.name());
      t.before("!", false);
      t.setName("em");
    });
    String out = rewrite.element("span", e -> {
      e.setTagName("b");
      e.onEndTag(first);
      e.onEndTag(second);
    }).run("<p><span>a</span></p>");
    assertThat(out).isEqualTo("<p><b>a!</em></p>");
    assertThat(names).containsExactly("b");
  }

  @Test
  void text_chunks_can_be_replaced_and_surrounded() {
    String out = new JavaRewrite().text("p", t -> {
      if (!t.text().isEmpty()) {
        t.before("<", false);
        t.after("<b>", true);
        t.replace(t.text().toUpperCase(), false);
      }
    }).run("<p>abc</p>");
    assertThat(out).isEqualTo("<p>&lt;ABC<b></p>");
  }

  @Test
  void comments_can_be_rewritten_but_not_closed_early() {
    List<String> errors = new ArrayList<>();
    String out = new JavaRewrite().comments("div", c -> {
      errors.add(c.setText("a-->b"));
      c.setText(c.text() + "!");
    }).run("<div><!--x--></div><!--y-->");
    assertThat(out).isEqualTo("<div><!--x!--></div><!--y-->");
    assertThat(errors).containsExactly("Comment text shouldn't contain comment closing sequence (`-->`).");
  }

  @Test
  void names_are_validated_with_lol_html_messages() {
    List<String> errors = new ArrayList<>();
    new JavaRewrite().element("p", e -> {
      errors.add(e.setTagName(""));
      errors.add(e.setTagName("1x"));
      errors.add(e.setTagName("a b"));
      errors.add(e.setAttribute("", "1"));
      errors.add(e.setAttribute("a=b", "1"));
    }).run("<p>x</p>");
    assertThat(errors).containsExactly(
        "Tag name can't be empty.",
        "The first character of the tag name should be an ASCII alphabetical character.",
        "` ` character is forbidden in the tag name",
        "Attribute name can't be empty.",
        "`=` character is forbidden in the attribute name");
  }

  @Test
  void removed_content_hides_nested_units_but_handlers_still_see_them() {
    List<Object> seen = new ArrayList<>();
    String out = new JavaRewrite()
        .element("div", ElementToken::remove)
        .element("p", e -> {
          seen.add(e.removed());
          e.after("!", false);
        })
        .run("<div>a<p>b</p>c</div><p>d</p>");
    assertThat(out).isEqualTo("<p>d</p>!");
    assertThat(seen).containsExactly(true, false);
  }

  @Test
  void document_end_appends_after_everything() {
    String out = new JavaRewrite().documentEnd(d -> {
      d.append("<a>", false);
      d.append("<b>", true);
    }).run("<p>x</p>");
    assertThat(out).isEqualTo("<p>x</p>&lt;a&gt;<b>");
  }

  @Test
  void other_charsets_are_decoded_for_handlers_and_encoded_on_output() {
    java.nio.charset.Charset latin1 = java.nio.charset.StandardCharsets.ISO_8859_1;
    List<String> values = new ArrayList<>();
    byte[] out = new JavaRewrite().charset(latin1).element("p", e -> {
      values.add(e.getAttribute("t"));
      e.append("é€", false);
    }).runBytes(List.of(new byte[] {'<', 'p', ' ', 't', '=', (byte) 0xe9, '>', 'x', '<', '/', 'p', '>'}));
    assertThat(values).containsExactly("é");
    assertThat(new String(out, latin1)).isEqualTo("<p t=é>xé&#8364;</p>");
  }
}
