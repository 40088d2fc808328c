package io.github.miniflare4j.htmlrewriter.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Stands in for HTML tree construction where the tokenizer depends on it, as lol-html does:
 * the namespace (HTML, SVG, MathML and their integration points), whether CDATA sections are
 * allowed, which text state follows a start tag, and (strict mode) the markup whose parsing
 * context a streaming parser cannot know.
 */
final class TreeBuilderSimulator {

  /** lol-html's message when a text-content tag appears where its meaning is ambiguous. */
  static String ambiguity(String tag) {
    return "The parser has encountered a text content tag (`<" + tag + ">`) in the context where it is "
        + "ambiguous whether this tag should be ignored or not. And, thus, it is unclear whether "
        + "consequent content should be parsed as raw text or HTML markup.\n\n"
        + "This error occurs due to the limited capabilities of the streaming parsing. However, "
        + "almost all of the cases of this error are caused by a non-conforming markup (e.g. a "
        + "`<script>` element in `<select>` element).";
  }

  private static final Set<String> FOREIGN_EXITS =
      Set.of(
          "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
          "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
          "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike",
          "sub", "sup", "table", "tt", "u", "ul", "var");
  private static final Set<String> TEXT_CONTENT_TAGS =
      Set.of("textarea", "title", "plaintext", "script", "style", "iframe", "xmp", "noembed", "noframes", "noscript");
  private static final Set<String> MATHML_TEXT_POINTS = Set.of("mi", "mo", "mn", "ms", "mtext");
  private static final Set<String> SVG_HTML_POINTS = Set.of("desc", "title", "foreignobject");

  private final Deque<Namespace> stack = new ArrayDeque<>();
  private Namespace current = Namespace.HTML;
  private final boolean strict;
  private String guardState = "default";
  private int templateDepth;

  TreeBuilderSimulator(boolean strict) {
    this.strict = strict;
    stack.push(Namespace.HTML);
  }

  Namespace current() {
    return current;
  }

  boolean cdataAllowed() {
    return current != Namespace.HTML;
  }

  /**
   * Feeds a start tag; returns the text state that follows it.
   *
   * @throws RewritingException when strict mode finds the tag ambiguous
   */
  TextType startTag(String name, TagLexeme tag, HtmlLexer lexer) throws RewritingException {
    if (strict) {
      guardStartTag(name);
    }
    if (name.equals("svg")) {
      enter(Namespace.SVG);
    } else if (name.equals("math")) {
      enter(Namespace.MATHML);
    } else if (current != Namespace.HTML) {
      tag.requestsLexeme = !FOREIGN_EXITS.contains(name)
          && (current == Namespace.SVG && SVG_HTML_POINTS.contains(name)
              || current == Namespace.MATHML && (MATHML_TEXT_POINTS.contains(name) || !hashable(name))
              || name.equals("font"));
      if (FOREIGN_EXITS.contains(name)) {
        leave();
      } else if (current == Namespace.SVG && SVG_HTML_POINTS.contains(name)
          || current == Namespace.MATHML && MATHML_TEXT_POINTS.contains(name)) {
        if (!tag.selfClosing) {
          enter(Namespace.HTML);
        }
      } else if (name.equals("font")) {
        for (int i = 0; i < tag.attributeCount; i++) {
          String attr = lexer.lowerName(tag.attributes[i * 6], tag.attributes[i * 6 + 1]);
          if (attr.equals("color") || attr.equals("size") || attr.equals("face")) {
            leave();
            break;
          }
        }
      } else if (current == Namespace.MATHML && name.equals("annotation-xml") && !tag.selfClosing) {
        for (int i = 0; i < tag.attributeCount; i++) {
          int at = i * 6;
          if (lexer.lowerName(tag.attributes[at], tag.attributes[at + 1]).equals("encoding") && tag.attributes[at + 2] >= 0) {
            String value = lexer.lowerName(tag.attributes[at + 2], tag.attributes[at + 3]);
            if (value.equals("text/html") || value.equals("application/xhtml+xml")) {
              enter(Namespace.HTML);
              break;
            }
          }
        }
      }
      return TextType.DATA;
    } else {
      return switch (name) {
        case "textarea", "title" -> TextType.RCDATA;
        case "plaintext" -> TextType.PLAINTEXT;
        case "script" -> TextType.SCRIPT_DATA;
        case "style", "iframe", "xmp", "noembed", "noframes", "noscript" -> TextType.RAWTEXT;
        default -> TextType.DATA;
      };
    }
    return TextType.DATA;
  }

  /** Whether lol-html's tag name hash can hold the name (up to 12 of a-z and 1-6). */
  private static boolean hashable(String name) {
    if (name.length() > 12) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '1' && c <= '6')) {
        return false;
      }
    }
    return true;
  }

  void endTag(String name) {
    if (strict) {
      guardEndTag(name);
    }
    if (current == Namespace.HTML) {
      if (stack.size() >= 2) {
        Namespace previous = previous();
        if (previous == Namespace.MATHML && (MATHML_TEXT_POINTS.contains(name) || name.equals("annotation-xml"))
            || previous == Namespace.SVG && SVG_HTML_POINTS.contains(name)) {
          leave();
        }
      }
    } else if (current == Namespace.SVG && name.equals("svg")
        || current == Namespace.MATHML && name.equals("math")
        || name.equals("p")
        || name.equals("br")) {
      leave();
    }
  }

  private Namespace previous() {
    var it = stack.iterator();
    it.next();
    return it.next();
  }

  private void enter(Namespace ns) {
    stack.push(ns);
    current = ns;
  }

  private void leave() {
    if (stack.size() > 1) {
      stack.pop();
    }
    current = stack.peek();
  }

  private void guardStartTag(String name) throws RewritingException {
    switch (guardState) {
      case "default" -> {
        if (name.equals("select")) {
          guardState = "select";
        } else if (name.equals("frameset")) {
          guardState = "frameset";
        }
      }
      case "select" -> {
        if (name.equals("select") || name.equals("textarea") || name.equals("input") || name.equals("keygen")) {
          guardState = "default";
        } else if (name.equals("template")) {
          guardState = "template";
          templateDepth = 1;
        } else if (!name.equals("script")) {
          assertNotAmbiguous(name);
        }
      }
      case "template" -> {
        if (name.equals("template")) {
          templateDepth++;
        } else {
          assertNotAmbiguous(name);
        }
      }
      default -> {
        if (!name.equals("noframes")) {
          assertNotAmbiguous(name);
        }
      }
    }
  }

  private void guardEndTag(String name) {
    if (guardState.equals("select") && name.equals("select")) {
      guardState = "default";
    } else if (guardState.equals("template") && name.equals("template")) {
      templateDepth--;
      if (templateDepth == 0) {
        guardState = "select";
      }
    }
  }

  private static void assertNotAmbiguous(String name) throws RewritingException {
    if (TEXT_CONTENT_TAGS.contains(name)) {
      throw new RewritingException(ambiguity(name));
    }
  }
}
