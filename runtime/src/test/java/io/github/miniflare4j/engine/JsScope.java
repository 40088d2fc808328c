package io.github.miniflare4j.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cheap scope analysis of one prelude file, good enough to check its declared imports: the
 * names it declares at its top level, and the names it reads that no enclosing function or block
 * declares (free names), each with whether it is only used inside function bodies.
 *
 * <p>It tokenizes (comments, strings, template literals, regular expressions and numbers skipped),
 * then treats as local the parameters of functions, methods, arrows and catch clauses and the
 * {@code const}/{@code let}/{@code var}/{@code function}/{@code class} declarations of inner
 * blocks. Property names ({@code a.b}, {@code {b: 1}}, method definitions) are not reads. It is a
 * lint, not a parser: it assumes the prelude's style (semicolons, no labels, no {@code with}).
 */
final class JsScope {

  /** A token: kind 0 identifier, 1 punctuation, 2 literal. */
  record Token(String text, int kind, int depth, int line) {}

  /** A top-level declaration; {@code mutable} for {@code let} and {@code var}. */
  record Declaration(String name, boolean mutable) {}

  /** A free name: its first line, and whether every use is inside a function body. */
  record Use(int line, boolean deferredOnly) {}

  private static final Set<String> KEYWORDS = Set.of("break", "case", "catch", "class", "const", "continue",
      "debugger", "default", "delete", "do", "else", "export", "extends", "finally", "for", "function", "if",
      "import", "in", "instanceof", "new", "return", "super", "switch", "this", "throw", "try", "typeof", "var",
      "void", "while", "with", "yield", "let", "static", "await", "async", "of", "get", "set", "null", "true",
      "false", "undefined", "arguments", "globalThis", "NaN", "Infinity");
  private static final Set<String> EXPRESSION_START = Set.of("=", "(", ",", ":", "?", "return", "[", "!", "&&", "||", "=>");

  private record Local(String name, int from, int to) {}

  private final List<Token> tokens;
  private final int[] matching;
  private final List<int[]> functionBodies = new ArrayList<>();
  private final List<Local> locals = new ArrayList<>();

  private JsScope(List<Token> tokens) {
    this.tokens = tokens;
    this.matching = matches(tokens);
    scanLocals();
  }

  /**
   * Analyses one file.
   *
   * @param code the file's text
   * @return its scope
   * @throws IllegalStateException when its brackets do not balance
   */
  static JsScope of(String code) {
    return new JsScope(tokenize(code));
  }

  private String text(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
  }

  /** @return the top-level declarations, in order */
  Map<String, Declaration> topLevel() {
    Map<String, Declaration> names = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.depth() != 0 || t.kind() != 0) {
        continue;
      }
      switch (t.text()) {
        case "function", "class" -> {
          if (EXPRESSION_START.contains(text(i - 1))) {
            break;
          }
          int j = text(i + 1).equals("*") ? i + 2 : i + 1;
          if (tokens.get(j).kind() == 0) {
            names.put(text(j), new Declaration(text(j), false));
          }
        }
        case "const", "let", "var" -> {
          List<Local> declared = new ArrayList<>();
          declarators(i, 0, 0, declared);
          for (Local l : declared) {
            names.put(l.name(), new Declaration(l.name(), !t.text().equals("const")));
          }
        }
        default -> { }
      }
    }
    return names;
  }

  /** @return the free names the file reads, in order of first use */
  Map<String, Use> freeNames() {
    Map<String, List<Local>> byName = new HashMap<>();
    for (Local l : locals) {
      byName.computeIfAbsent(l.name(), k -> new ArrayList<>()).add(l);
    }
    Map<String, Use> used = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() != 0 || KEYWORDS.contains(t.text())) {
        continue;
      }
      String prev = text(i - 1);
      String next = text(i + 1);
      if (prev.equals(".") || prev.equals("?.")) {
        continue; // a property
      }
      if (next.equals(":") && (prev.equals("{") || prev.equals(","))) {
        continue; // an object literal's key
      }
      if (next.equals("(") && text(matching[i + 1] + 1).equals("{") && !Set.of("function", "new", "=", "(", ",", "return", "await").contains(prev)) {
        continue; // a method definition
      }
      final int at = i;
      List<Local> shadows = byName.get(t.text());
      if (shadows != null && shadows.stream().anyMatch(l -> l.from() <= at && at <= l.to())) {
        continue;
      }
      boolean deferred = functionBodies.stream().anyMatch(b -> b[0] <= at && at <= b[1]);
      Use before = used.get(t.text());
      used.put(t.text(), new Use(before == null ? t.line() : before.line(), deferred && (before == null || before.deferredOnly())));
    }
    return used;
  }

  /** Names bound by the pattern or parameter list between two brackets. */
  private void bindings(int open, int close, int from, int to, List<Local> out) {
    for (int k = open + 1; k < close; k++) {
      Token q = tokens.get(k);
      if (q.kind() != 0 || KEYWORDS.contains(q.text())) {
        continue;
      }
      if (Set.of("(", "{", ",", ":", "...", "[").contains(text(k - 1)) && Set.of(",", "}", "]", "=", ")").contains(text(k + 1))) {
        out.add(new Local(q.text(), from, to));
      }
    }
  }

  /** The names a const/let/var at token {@code at} declares, each in scope over [from, to]. */
  private void declarators(int at, int from, int to, List<Local> out) {
    int depth = tokens.get(at).depth();
    int j = at + 1;
    while (j < tokens.size()) {
      Token d = tokens.get(j);
      if (d.text().equals("{") || d.text().equals("[")) {
        bindings(j, matching[j], from, to, out);
        j = matching[j] + 1;
      } else if (d.kind() == 0) {
        out.add(new Local(d.text(), from, to));
        j++;
      }
      while (j < tokens.size() && tokens.get(j).depth() >= depth
          && !(tokens.get(j).depth() == depth && Set.of(",", ";", "of", "in").contains(text(j)))) {
        j++;
      }
      if (j >= tokens.size() || !text(j).equals(",")) {
        return;
      }
      j++;
    }
  }

  private void scanLocals() {
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String s = t.text();
      if (t.kind() == 1 && (s.equals("{") || s.equals("(") || s.equals("["))) {
        int close = matching[i];
        if (s.equals("(")) {
          String after = text(close + 1);
          String before = text(i - 1);
          if (after.equals("=>")) {
            int end = text(close + 2).equals("{") ? matching[close + 2] : enclosingEnd(open);
            bindings(i, close, i, end, locals);
            functionBodies.add(new int[] {close + 1, end});
          } else if (after.equals("{") && (before.equals("catch") || before.equals("function") || before.equals("*")
              || before.equals("]") || before.startsWith("#")
              || tokens.get(i - 1).kind() == 0 && !Set.of("if", "while", "for", "switch", "with").contains(before))) {
            bindings(i, close, i, matching[close + 1], locals);
            if (!before.equals("catch")) {
              functionBodies.add(new int[] {close + 1, matching[close + 1]});
            }
          }
        }
        open.push(i);
        continue;
      }
      if (t.kind() == 1 && (s.equals("}") || s.equals(")") || s.equals("]"))) {
        open.pop();
        continue;
      }
      if (t.kind() == 0 && text(i + 1).equals("=>") && !KEYWORDS.contains(s)) {
        int end = text(i + 2).equals("{") ? matching[i + 2] : enclosingEnd(open);
        locals.add(new Local(s, i, end));
        functionBodies.add(new int[] {i + 1, end});
      }
      if (open.isEmpty() || t.kind() != 0) {
        continue;
      }
      int scopeFrom = open.peek();
      int scopeTo = matching[scopeFrom];
      if (text(scopeFrom).equals("(") && text(scopeFrom - 1).equals("for") && text(scopeTo + 1).equals("{")) {
        scopeTo = matching[scopeTo + 1];
      }
      if ((s.equals("function") || s.equals("class")) && !EXPRESSION_START.contains(text(i - 1))) {
        int j = text(i + 1).equals("*") ? i + 2 : i + 1;
        if (tokens.get(j).kind() == 0) {
          locals.add(new Local(text(j), scopeFrom, scopeTo));
        }
      } else if (s.equals("const") || s.equals("let") || s.equals("var")) {
        declarators(i, scopeFrom, scopeTo, locals);
      }
    }
  }

  private int enclosingEnd(Deque<Integer> open) {
    return open.isEmpty() ? tokens.size() - 1 : matching[open.peek()];
  }

  private static int[] matches(List<Token> tokens) {
    int[] m = new int[tokens.size()];
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() != 1) {
        continue;
      }
      switch (tokens.get(i).text()) {
        case "{", "(", "[" -> open.push(i);
        case "}", ")", "]" -> {
          int o = open.pop();
          m[o] = i;
          m[i] = o;
        }
        default -> { }
      }
    }
    return m;
  }

  static List<Token> tokenize(String src) {
    List<Token> out = new ArrayList<>();
    Deque<Integer> templateDepths = new ArrayDeque<>();
    int depth = 0;
    int line = 1;
    int i = 0;
    int n = src.length();
    while (i < n) {
      char c = src.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (src.startsWith("//", i)) {
        while (i < n && src.charAt(i) != '\n') {
          i++;
        }
      } else if (src.startsWith("/*", i)) {
        int end = src.indexOf("*/", i + 2);
        line += count(src, i, end);
        i = end + 2;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (src.charAt(j) != c) {
          j += src.charAt(j) == '\\' ? 2 : 1;
        }
        out.add(new Token("\"", 2, depth, line));
        i = j + 1;
      } else if (c == '`' || c == '}' && !templateDepths.isEmpty() && templateDepths.peek() == depth) {
        if (c == '}') {
          templateDepths.pop();
        }
        int j = i + 1;
        while (true) {
          char d = src.charAt(j);
          if (d == '\\') {
            j += 2;
            continue;
          }
          if (d == '\n') {
            line++;
          }
          if (d == '`') {
            j++;
            break;
          }
          if (d == '$' && src.charAt(j + 1) == '{') {
            templateDepths.push(depth);
            j += 2;
            break;
          }
          j++;
        }
        out.add(new Token("`", 2, depth, line));
        i = j;
      } else if (Character.isJavaIdentifierStart(c) || c == '#') {
        int j = i + 1;
        while (j < n && Character.isJavaIdentifierPart(src.charAt(j))) {
          j++;
        }
        out.add(new Token(src.substring(i, j), c == '#' ? 2 : 0, depth, line));
        i = j;
      } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(src.charAt(i + 1))) {
        int j = i + 1;
        while (j < n && (Character.isLetterOrDigit(src.charAt(j)) || src.charAt(j) == '.' || src.charAt(j) == '_')) {
          j++;
        }
        out.add(new Token("0", 2, depth, line));
        i = j;
      } else if (c == '/' && regexAllowed(out)) {
        int j = i + 1;
        boolean inClass = false;
        while (true) {
          char d = src.charAt(j);
          if (d == '\\') {
            j += 2;
            continue;
          }
          if (d == '[') {
            inClass = true;
          } else if (d == ']') {
            inClass = false;
          } else if (d == '/' && !inClass) {
            break;
          }
          j++;
        }
        j++;
        while (j < n && Character.isLetter(src.charAt(j))) {
          j++;
        }
        out.add(new Token("/re/", 2, depth, line));
        i = j;
      } else if (c == '{' || c == '(' || c == '[') {
        out.add(new Token(String.valueOf(c), 1, depth++, line));
        i++;
      } else if (c == '}' || c == ')' || c == ']') {
        out.add(new Token(String.valueOf(c), 1, --depth, line));
        i++;
      } else {
        String op = src.startsWith("...", i) ? "..." : src.startsWith("=>", i) ? "=>"
            : src.startsWith("?.", i) && !(i + 2 < n && Character.isDigit(src.charAt(i + 2))) ? "?."
            : src.startsWith("&&", i) ? "&&" : src.startsWith("||", i) ? "||" : String.valueOf(c);
        out.add(new Token(op, 1, depth, line));
        i += op.length();
      }
    }
    if (depth != 0) {
      throw new IllegalStateException("unbalanced brackets (depth " + depth + " at the end)");
    }
    return out;
  }

  private static int count(String src, int from, int to) {
    int lines = 0;
    for (int k = from; k < to; k++) {
      if (src.charAt(k) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  private static boolean regexAllowed(List<Token> out) {
    if (out.isEmpty()) {
      return true;
    }
    Token t = out.get(out.size() - 1);
    if (t.kind() == 2) {
      return false;
    }
    if (t.kind() == 0) {
      return Set.of("return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw", "yield", "await").contains(t.text());
    }
    return !(t.text().equals(")") || t.text().equals("]") || t.text().equals("}"));
  }
}
