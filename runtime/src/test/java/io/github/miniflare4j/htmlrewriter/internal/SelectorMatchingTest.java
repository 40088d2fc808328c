package io.github.miniflare4j.htmlrewriter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which elements a selector matches, on lol-html's stack of open elements. */
class SelectorMatchingTest {

  private static final String PAGE =
      "<DIV Class=\"Box main\" LANG=\"en-US\" id=top><P data-k=\"A b\">1</P><img src=x><p>2<span>3</span><p>4</div>"
          + "<section><b>5</b><i>6</i><b>7</b></section><br/><p class=\"x\">8</p>";

  static List<String> matches(String selector) {
    List<String> hits = new ArrayList<>();
    new JavaRewrite().element(selector, e -> hits.add(e.tagName() + (e.hasAttribute("data-k") ? "[k]" : ""))).run(PAGE);
    return hits;
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "div => div",
      "DIV => div",
      "#top => div",
      ".Box => div",
      ".box => ''",
      "[class~=main] => div",
      "[lang|=en] => div",
      "[lang=EN-us] => div",
      "[data-k='a b' i] => p[k]",
      "[data-k='a b'] => ''",
      "[data-k^=A] => p[k]",
      "[data-k$=' b'] => p[k]",
      "[data-k*=' '] => p[k]",
      "[src] => img",
      "b:nth-of-type(2) => b",
      "b:first-of-type => b",
      ":nth-child(2) => img p section i",
      "section > :nth-child(odd) => b b",
      "p:not(.x, [data-k]) => p p",
      "div p => p[k] p p",
      "div > p => p[k] p",
      "p p => p",
      "div img => img",
      "*:first-child => div p[k] span b",
      "body p => ''",
      "br => br",
      "p, b => p[k] p p b b p"})
  void matches_like_lol_html(String selector, String expected) {
    assertThat(String.join(" ", matches(selector))).isEqualTo(expected);
  }
}
