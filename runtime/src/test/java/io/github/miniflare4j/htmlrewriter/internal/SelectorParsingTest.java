package io.github.miniflare4j.htmlrewriter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** lol-html's selector dialect: what it accepts and its message for what it refuses. */
class SelectorParsingTest {

  @ParameterizedTest
  @ValueSource(strings = {"*", "p", "#main", ".lead", "[data-x]", "[a=b i]", "[a='b' s]", "[a|=b]", "[a~=\"\"]", "div p", "div > p", "p , div",
      "p:nth-child(2n+1)", ":nth-child(-n+3)", "p:nth-of-type(odd)", ":first-child", ":first-of-type", ":not(.a, .b)", ":not(a b)",
      "*|p", "|p", "[|a]", "P:First-Child", "p:NOT(.a)", "a\\:b", "#a#b", "  p  ", "[a='b'"})
  void accepts_what_lol_html_supports(String selector) {
    assertThatCode(() -> Selector.parse(selector)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "p[ => Unexpected end of selector.",
      "'' => The selector is empty.",
      "p:hover => Unsupported pseudo-class or pseudo-element in selector.",
      "a + b => Unsupported combinator `+` in selector.",
      "a ~ b => Unsupported combinator `~` in selector.",
      "div > => Dangling combinator in selector.",
      "> p => The selector is empty.",
      "p::before => Unsupported pseudo-class or pseudo-element in selector.",
      "ns|p => Selectors with explicit namespaces are not supported.",
      "[*|a] => Selectors with explicit namespaces are not supported.",
      "[=x] => Missing attribute name in attribute selector.",
      "[a=b c] => Unexpected token in selector.",
      "p:last-child => Unsupported pseudo-class or pseudo-element in selector.",
      ":nth-child(2n+1 of p) => Unexpected token in selector.",
      ":nth-child() => Unexpected end of selector.",
      ". => Unexpected end of selector.",
      "p..a => Invalid or unescaped class name in selector.",
      ".1a => The selector is empty.",
      "p! => Unexpected token in selector.",
      "p { => Dangling combinator in selector.",
      "p:not() => The selector is empty.",
      "p, => The selector is empty.",
      ":: => Unexpected end of selector.",
      ":has(p) => Unsupported pseudo-class or pseudo-element in selector."})
  void refuses_with_lol_html_messages(String selector, String message) {
    try {
      Selector.parse(selector);
      throw new AssertionError("accepted " + selector);
    } catch (SelectorError e) {
      assertThat(e.getMessage()).isEqualTo(message);
    }
  }
}
