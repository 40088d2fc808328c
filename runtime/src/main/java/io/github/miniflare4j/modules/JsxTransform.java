package io.github.miniflare4j.modules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles the JSX of a {@code .jsx} or {@code .tsx} module into function calls, as esbuild does
 * when Wrangler bundles the module: with the automatic runtime ({@code "jsx": "react-jsx"} in
 * tsconfig), calls of {@code jsx}, {@code jsxs} and {@code Fragment} imported from {@code
 * <jsxImportSource>/jsx-runtime}; with the classic one (the default), {@code
 * React.createElement(type, props, ...children)} or the tsconfig's {@code jsxFactory} and {@code
 * jsxFragmentFactory}. The file's pragmas ({@code @jsx}, {@code @jsxFrag}, {@code
 * @jsxImportSource}, {@code @jsxRuntime}) win over the configuration.
 *
 * <p>Everything outside JSX is copied as written (TypeScript included, for {@link
 * TypeScriptStripper}); each JSX expression becomes one call that keeps the line breaks it spanned
 * before its closing parenthesis, so every line after it keeps its number (columns after JSX on
 * its last line move). Text children are trimmed and joined as React's compilers do, and HTML
 * character references in text and attribute strings are decoded (numeric ones, and the named
 * ones in {@link #ENTITIES}; others stay as written).
 */
final class JsxTransform {

  /** How JSX compiles: the automatic runtime of {@code importSource}, or calls of {@code factory}. */
  record Settings(boolean automatic, String factory, String fragment, String importSource) {

    /** esbuild's defaults: the classic runtime with React's names. */
    static final Settings DEFAULT = new Settings(false, "React.createElement", "React.Fragment", "react");

    /** These settings with the file's pragma comments applied. */
    Settings withPragmas(String source) {
      Settings settings = this;
      Matcher comment = COMMENT.matcher(source);
      while (comment.find()) {
        Matcher pragma = PRAGMA.matcher(comment.group());
        while (pragma.find()) {
          String value = pragma.group(2);
          settings = switch (pragma.group(1)) {
            case "jsx" -> new Settings(settings.automatic, value, settings.fragment, settings.importSource);
            case "jsxFrag" -> new Settings(settings.automatic, settings.factory, value, settings.importSource);
            case "jsxImportSource" -> new Settings(true, settings.factory, settings.fragment, value);
            case "jsxRuntime" -> new Settings(value.equals("automatic"), settings.factory, settings.fragment,
                settings.importSource);
            default -> settings;
          };
        }
      }
      return settings;
    }
  }

  private static final Pattern COMMENT = Pattern.compile("/\\*[\\s\\S]*?\\*/|//[^\\n]*");
  private static final Pattern PRAGMA = Pattern.compile("@(jsx|jsxFrag|jsxImportSource|jsxRuntime)\\s+([^\\s*]+)");

  /** Keywords after which an expression starts (so {@code /} is a regular expression and {@code <} may open JSX). */
  private static final Set<String> BEFORE_EXPRESSION = Set.of(
      "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case",
      "do", "else", "yield", "await", "extends", "default");

  /** The named character references decoded in JSX text and attribute strings. */
  static final Map<String, String> ENTITIES = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"),
      Map.entry("trade", "\u2122"), Map.entry("hellip", "\u2026"), Map.entry("mdash", "\u2014"),
      Map.entry("ndash", "\u2013"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
      Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"), Map.entry("laquo", "\u00ab"),
      Map.entry("raquo", "\u00bb"), Map.entry("middot", "\u00b7"), Map.entry("bull", "\u2022"),
      Map.entry("times", "\u00d7"), Map.entry("divide", "\u00f7"), Map.entry("larr", "\u2190"),
      Map.entry("rarr", "\u2192"), Map.entry("uarr", "\u2191"), Map.entry("darr", "\u2193"),
      Map.entry("euro", "\u20ac"), Map.entry("pound", "\u00a3"), Map.entry("yen", "\u00a5"),
      Map.entry("cent", "\u00a2"), Map.entry("sect", "\u00a7"), Map.entry("para", "\u00b6"),
      Map.entry("deg", "\u00b0"), Map.entry("plusmn", "\u00b1"), Map.entry("frac12", "\u00bd"),
      Map.entry("ensp", "\u2002"), Map.entry("emsp", "\u2003"), Map.entry("thinsp", "\u2009"),
      Map.entry("zwj", "\u200d"), Map.entry("zwnj", "\u200c"), Map.entry("check", "\u2713"),
      Map.entry("hearts", "\u2665"), Map.entry("star", "\u2606"), Map.entry("iexcl", "\u00a1"),
      Map.entry("iquest", "\u00bf"));

  /** A JSX construct that does not parse: the {@code <} was not JSX after all, or the JSX is wrong. */
  private static final class NotJsx extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int at;

    NotJsx(String message, int at) {
      super(message, null, false, false);
      this.at = at;
    }
  }

  private final String src;
  private final String file;
  private final Settings settings;
  private final Set<String> runtimeNames = new HashSet<>();
  private StringBuilder out = new StringBuilder();
  private int pos;
  private boolean expressionAllowed = true;

  private JsxTransform(String src, String file, Settings settings) {
    this.src = src;
    this.file = file;
    this.settings = settings;
  }

  /**
   * The module with its JSX compiled.
   *
   * @param source the {@code .jsx} or {@code .tsx} source
   * @param file the file, for messages
   * @param configured the settings of the governing tsconfig (or {@link Settings#DEFAULT})
   * @return JavaScript (or TypeScript) without JSX
   * @throws ModuleException for JSX that does not parse, at its position
   */
  static String transform(String source, String file, Settings configured) {
    JsxTransform transform = new JsxTransform(source, file, configured.withPragmas(source));
    try {
      transform.code(false);
    } catch (NotJsx e) {
      throw ModuleException.at(file, source, e.at, e.getMessage());
    }
    String body = transform.out.toString();
    if (transform.runtimeNames.isEmpty()) {
      return body;
    }
    List<String> imports = new ArrayList<>();
    for (String name : List.of("jsx", "jsxs", "Fragment")) {
      if (transform.runtimeNames.contains(name)) {
        imports.add(name + " as _" + name);
      }
    }
    // on the first line, so that no line number moves
    return "import { " + String.join(", ", imports) + " } from " + CommonJsWrapper.quote(
        transform.settings.importSource + "/jsx-runtime") + "; " + body;
  }

  /** Copies code up to the end (or, inside braces, up to the matching {@code }}, left unread). */
  private void code(boolean untilBrace) {
    int depth = 0;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '/' && pos + 1 < src.length() && (src.charAt(pos + 1) == '/' || src.charAt(pos + 1) == '*')) {
        copyComment();
      } else if (Character.isWhitespace(c)) {
        out.append(c);
        pos++;
      } else if (c == '"' || c == '\'') {
        copyString(c);
        expressionAllowed = false;
      } else if (c == '`') {
        copyTemplate();
        expressionAllowed = false;
      } else if (c == '/' && expressionAllowed) {
        copyRegExp();
        expressionAllowed = false;
      } else if (c == '<' && expressionAllowed && startsJsx()) {
        int start = pos;
        int mark = out.length();
        try {
          out.append(element());
        } catch (NotJsx e) {
          if (isTagStart(start + 1)) {
            throw e; // an intrinsic element or a fragment: it was JSX, say where it went wrong
          }
          pos = start;
          out.setLength(mark);
          out.append('<');
          pos++;
          expressionAllowed = true;
          continue;
        }
        expressionAllowed = false;
      } else if (isIdentifierStart(c)) {
        int start = pos;
        while (pos < src.length() && isIdentifierPart(src.charAt(pos))) {
          pos++;
        }
        String word = src.substring(start, pos);
        out.append(word);
        expressionAllowed = BEFORE_EXPRESSION.contains(word);
      } else if (Character.isDigit(c)) {
        while (pos < src.length() && (isIdentifierPart(src.charAt(pos)) || src.charAt(pos) == '.')) {
          out.append(src.charAt(pos++));
        }
        expressionAllowed = false;
      } else {
        if (c == '{' || c == '(' || c == '[') {
          depth++;
        } else if (c == '}' || c == ')' || c == ']') {
          if (c == '}' && untilBrace && depth == 0) {
            return;
          }
          depth--;
        }
        out.append(c);
        pos++;
        boolean incDec = (c == '+' || c == '-') && pos < src.length() && src.charAt(pos) == c;
        if (incDec) {
          out.append(src.charAt(pos++));
        }
        expressionAllowed = !(c == ')' || c == ']' || c == '}' || incDec);
      }
    }
    if (untilBrace) {
      throw new NotJsx("Unexpected end of file: a JSX expression container is not closed with }", pos);
    }
  }

  /** Whether the {@code <} at {@code pos} opens JSX rather than TypeScript's generic parameters {@code <T,>} or {@code <T extends X>}. */
  private boolean startsJsx() {
    int at = skipSpace(pos + 1);
    if (at < src.length() && src.charAt(at) == '>') {
      return true; // a fragment
    }
    if (at >= src.length() || !isIdentifierStart(src.charAt(at))) {
      return false;
    }
    int end = at;
    while (end < src.length() && (isIdentifierPart(src.charAt(end)) || src.charAt(end) == '-'
        || src.charAt(end) == '.' || src.charAt(end) == ':')) {
      end++;
    }
    int next = skipSpace(end);
    if (next < src.length() && src.charAt(next) == ',') {
      return false;
    }
    if (src.startsWith("extends", next)) {
      int after = skipSpace(next + "extends".length());
      return after < src.length() && (src.charAt(after) == '=' || src.charAt(after) == '>' || src.charAt(after) == '/');
    }
    return true;
  }

  private boolean isTagStart(int at) {
    int start = skipSpace(at);
    return start < src.length() && (src.charAt(start) == '>' || Character.isLowerCase(src.charAt(start)));
  }

  /** One element or fragment from the {@code <} at {@code pos}: the call it compiles to. */
  private String element() {
    int newlines = 0;
    pos++;
    int[] lines = {0};
    pos = skipSpace(pos, lines);
    String name = "";
    List<String[]> props = new ArrayList<>(); // {key, value} or {null, spread expression}
    String key = null;
    boolean selfClosing = false;
    if (peek() != '>') {
      name = tagName();
      for (;;) {
        pos = skipSpace(pos, lines);
        char c = peek();
        if (c == '/') {
          expect("/>");
          selfClosing = true;
          break;
        }
        if (c == '>') {
          pos++;
          break;
        }
        if (c == '{') {
          pos++;
          pos = skipSpace(pos, lines);
          expect("...");
          props.add(new String[] {null, nested()});
          pos++;
          continue;
        }
        if (!isIdentifierStart(c)) {
          throw new NotJsx("Expected an attribute name, \"/>\" or \">\" in JSX element <" + name + ">", pos);
        }
        String attribute = attributeName();
        pos = skipSpace(pos, lines);
        String value = "true";
        if (peek() == '=') {
          pos++;
          pos = skipSpace(pos, lines);
          value = attributeValue(lines);
        }
        if (attribute.equals("key") && settings.automatic) {
          key = value;
        } else {
          props.add(new String[] {attribute, value});
        }
      }
    } else {
      pos++;
    }
    List<String> children = new ArrayList<>();
    if (!selfClosing) {
      children(name, children, lines);
    }
    newlines += lines[0];
    String type = name.isEmpty() ? fragmentType() : typeOf(name);
    String call = settings.automatic ? automatic(type, props, children, key) : classic(type, props, children);
    return call.substring(0, call.length() - 1) + "\n".repeat(newlines) + ")";
  }

  /** Reads children up to the closing tag of {@code name} ({@code ""} for a fragment). */
  private void children(String name, List<String> children, int[] lines) {
    for (;;) {
      if (pos >= src.length()) {
        throw new NotJsx("Unexpected end of file before the closing tag of <" + name + ">", pos);
      }
      char c = src.charAt(pos);
      if (c == '<') {
        int after = skipSpace(pos + 1, lines);
        if (after < src.length() && src.charAt(after) == '/') {
          pos = skipSpace(after + 1, lines);
          String closing = peek() == '>' ? "" : tagName();
          pos = skipSpace(pos, lines);
          expect(">");
          if (!closing.equals(name)) {
            throw new NotJsx("Expected closing tag </" + name + "> to match <" + name + ">, found </" + closing + ">", pos - 1);
          }
          return;
        }
        children.add(element());
      } else if (c == '{') {
        pos++;
        String expression = nested();
        pos++;
        if (!isBlank(expression)) {
          children.add(expression);
        } else {
          lines[0] += countNewlines(expression);
        }
      } else {
        int start = pos;
        while (pos < src.length() && src.charAt(pos) != '<' && src.charAt(pos) != '{') {
          if (src.charAt(pos) == '>' || src.charAt(pos) == '}') {
            throw new NotJsx("Unexpected \"" + src.charAt(pos) + "\" in JSX text: write {\"" + src.charAt(pos) + "\"}", pos);
          }
          pos++;
        }
        String raw = src.substring(start, pos);
        lines[0] += countNewlines(raw);
        String text = cleanText(raw);
        if (!text.isEmpty()) {
          children.add(CommonJsWrapper.quote(decodeEntities(text)));
        }
      }
    }
  }

  /** The code of an expression container or spread, transformed, up to its {@code }} (left at {@code pos}). */
  private String nested() {
    StringBuilder outer = out;
    boolean allowed = expressionAllowed;
    out = new StringBuilder();
    expressionAllowed = true;
    try {
      code(true);
      return out.toString();
    } finally {
      out = outer;
      expressionAllowed = allowed;
    }
  }

  private String attributeValue(int[] lines) {
    char c = peek();
    if (c == '"' || c == '\'') {
      int end = src.indexOf(c, pos + 1);
      if (end < 0) {
        throw new NotJsx("Unterminated string in JSX attribute", pos);
      }
      String raw = src.substring(pos + 1, end);
      lines[0] += countNewlines(raw);
      pos = end + 1;
      return CommonJsWrapper.quote(decodeEntities(raw));
    }
    if (c == '{') {
      pos++;
      String expression = nested();
      pos++;
      if (isBlank(expression)) {
        throw new NotJsx("JSX attributes must only be assigned a non-empty expression", pos - 1);
      }
      return expression;
    }
    if (c == '<') {
      return element();
    }
    throw new NotJsx("Expected a string, {expression} or element as a JSX attribute value", pos);
  }

  private String automatic(String type, List<String[]> props, List<String> children, String key) {
    String runtime = children.size() > 1 ? "jsxs" : "jsx";
    runtimeNames.add(runtime);
    StringBuilder object = new StringBuilder("{");
    for (String[] prop : props) {
      appendProp(object, prop);
    }
    if (children.size() == 1) {
      separate(object).append("children: ").append(children.get(0));
    } else if (children.size() > 1) {
      separate(object).append("children: [").append(String.join(", ", children)).append(']');
    }
    object.append(object.length() > 1 ? " }" : "}");
    return "_" + runtime + "(" + type + ", " + object + (key == null ? "" : ", " + key) + ")";
  }

  private String classic(String type, List<String[]> props, List<String> children) {
    StringBuilder call = new StringBuilder(settings.factory).append('(').append(type).append(", ");
    if (props.isEmpty()) {
      call.append("null");
    } else {
      StringBuilder object = new StringBuilder("{");
      for (String[] prop : props) {
        appendProp(object, prop);
      }
      call.append(object).append(" }");
    }
    for (String child : children) {
      call.append(", ").append(child);
    }
    return call.append(')').toString();
  }

  private static void appendProp(StringBuilder object, String[] prop) {
    separate(object);
    if (prop[0] == null) {
      object.append("...").append(prop[1]);
    } else {
      String name = prop[0];
      object.append(name.matches("[A-Za-z_$][\\w$]*") ? name : CommonJsWrapper.quote(name)).append(": ").append(prop[1]);
    }
  }

  private static StringBuilder separate(StringBuilder object) {
    return object.append(object.length() > 1 ? ", " : " ");
  }

  private String fragmentType() {
    if (settings.automatic) {
      runtimeNames.add("Fragment");
      return "_Fragment";
    }
    return settings.fragment;
  }

  /** An intrinsic element's name as a string; a component's as the expression it names. */
  private static String typeOf(String name) {
    boolean intrinsic = Character.isLowerCase(name.charAt(0)) || name.indexOf('-') >= 0 || name.indexOf(':') >= 0;
    return intrinsic && name.indexOf('.') < 0 ? CommonJsWrapper.quote(name) : name;
  }

  private String tagName() {
    int start = pos;
    if (pos >= src.length() || !isIdentifierStart(src.charAt(pos))) {
      throw new NotJsx("Expected a JSX element name", pos);
    }
    while (pos < src.length() && (isIdentifierPart(src.charAt(pos)) || src.charAt(pos) == '-'
        || src.charAt(pos) == '.' || src.charAt(pos) == ':')) {
      pos++;
    }
    return src.substring(start, pos);
  }

  private String attributeName() {
    int start = pos;
    while (pos < src.length() && (isIdentifierPart(src.charAt(pos)) || src.charAt(pos) == '-' || src.charAt(pos) == ':')) {
      pos++;
    }
    return src.substring(start, pos);
  }

  /**
   * esbuild's rule for JSX text: spaces and tabs are trimmed where lines meet line breaks, blank
   * lines dropped and the rest joined by one space; text without a line break stays as written.
   */
  static String cleanText(String raw) {
    String[] lines = raw.split("\r\n|\n|\r", -1);
    int lastNonEmpty = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].chars().anyMatch(ch -> ch != ' ' && ch != '\t')) {
        lastNonEmpty = i;
      }
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i > 0) {
        line = line.replaceFirst("^[ \t]+", "");
      }
      if (i < lines.length - 1) {
        line = line.replaceFirst("[ \t]+$", "");
      }
      if (!line.isEmpty()) {
        text.append(line);
        if (i != lastNonEmpty) {
          text.append(' ');
        }
      }
    }
    return text.toString();
  }

  /** Decodes {@code &name;}, {@code &#123;} and {@code &#x7b;}; unknown references stay as written. */
  static String decodeEntities(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    StringBuilder decoded = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int semi = c == '&' ? text.indexOf(';', i) : -1;
      if (semi > i + 1 && semi - i <= 12) {
        String name = text.substring(i + 1, semi);
        String value = null;
        try {
          if (name.startsWith("#x") || name.startsWith("#X")) {
            value = new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
          } else if (name.startsWith("#")) {
            value = new String(Character.toChars(Integer.parseInt(name.substring(1))));
          } else {
            value = ENTITIES.get(name);
          }
        } catch (IllegalArgumentException notANumber) {
          value = null;
        }
        if (value != null) {
          decoded.append(value);
          i = semi + 1;
          continue;
        }
      }
      decoded.append(c);
      i++;
    }
    return decoded.toString();
  }

  private void copyComment() {
    int end = src.charAt(pos + 1) == '/' ? src.indexOf('\n', pos) : src.indexOf("*/", pos + 2);
    end = end < 0 ? src.length() : src.charAt(pos + 1) == '/' ? end : end + 2;
    out.append(src, pos, end);
    pos = end;
  }

  private void copyString(char quote) {
    int start = pos++;
    while (pos < src.length() && src.charAt(pos) != quote && src.charAt(pos) != '\n') {
      pos += src.charAt(pos) == '\\' ? 2 : 1;
    }
    pos = Math.min(pos + 1, src.length());
    out.append(src, start, pos);
  }

  /** Copies a template literal, transforming the code of its substitutions (JSX may be there too). */
  private void copyTemplate() {
    out.append('`');
    pos++;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\\') {
        out.append(src, pos, Math.min(pos + 2, src.length()));
        pos += 2;
      } else if (c == '`') {
        out.append(c);
        pos++;
        return;
      } else if (c == '$' && pos + 1 < src.length() && src.charAt(pos + 1) == '{') {
        out.append("${");
        pos += 2;
        out.append(nested());
        out.append('}');
        pos++;
      } else {
        out.append(c);
        pos++;
      }
    }
  }

  private void copyRegExp() {
    int start = pos++;
    boolean inClass = false;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\\') {
        pos += 2;
        continue;
      }
      if (c == '\n') {
        break;
      }
      if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (c == '/' && !inClass) {
        pos++;
        while (pos < src.length() && isIdentifierPart(src.charAt(pos))) {
          pos++;
        }
        break;
      }
      pos++;
    }
    out.append(src, start, Math.min(pos, src.length()));
  }

  private char peek() {
    if (pos >= src.length()) {
      throw new NotJsx("Unexpected end of file in JSX", pos);
    }
    return src.charAt(pos);
  }

  private void expect(String text) {
    if (!src.startsWith(text, pos)) {
      throw new NotJsx("Expected \"" + text + "\" in JSX", pos);
    }
    pos += text.length();
  }

  private int skipSpace(int at) {
    return skipSpace(at, new int[1]);
  }

  /** Skips white space and comments from {@code at}, counting line breaks into {@code lines[0]}. */
  private int skipSpace(int at, int[] lines) {
    int i = at;
    while (i < src.length()) {
      char c = src.charAt(i);
      if (c == '\n') {
        lines[0]++;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '/' && i + 1 < src.length() && src.charAt(i + 1) == '*') {
        int end = src.indexOf("*/", i + 2);
        end = end < 0 ? src.length() : end + 2;
        lines[0] += countNewlines(src.substring(i, end));
        i = end;
      } else if (c == '/' && i + 1 < src.length() && src.charAt(i + 1) == '/') {
        int end = src.indexOf('\n', i);
        i = end < 0 ? src.length() : end;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isBlank(String expression) {
    return COMMENT.matcher(expression).replaceAll("").isBlank();
  }

  private static int countNewlines(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    return count;
  }

  private static boolean isIdentifierStart(char c) {
    return Character.isLetter(c) || c == '_' || c == '$';
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
