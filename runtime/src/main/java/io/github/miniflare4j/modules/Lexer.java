package io.github.miniflare4j.modules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Splits JavaScript or TypeScript source into tokens, skipping comments and white space. Enough
 * of the grammar to find where each token starts and ends: strings, template literals with their
 * substitutions, regular expression literals (told from division by the token before), numbers,
 * identifiers and punctuators. {@code >} is always a token of its own, so that the closing
 * brackets of nested type arguments ({@code Map<K, Array<V>>}) need no splitting; nothing here
 * evaluates operators, so {@code >>} as two tokens loses nothing.
 */
final class Lexer {

  /** Keywords after which a {@code /} starts a regular expression rather than a division. */
  private static final Set<String> BEFORE_EXPRESSION = Set.of(
      "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case",
      "do", "else", "yield", "await", "extends");

  private static final String[] PUNCTUATORS = {
    ">>>=", "...", "===", "!==", "**=", "<<=", "&&=", "||=", "??=",
    "=>", "==", "!=", "<=", "<<", "&&", "||", "??", "?.", "++", "--", "**",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
  };

  private final String src;
  private final String file;
  private final List<Token> tokens = new ArrayList<>();
  /** Brace depth at each open template substitution. */
  private final Deque<Integer> templateDepths = new ArrayDeque<>();
  private int braceDepth;
  private int pos;
  private boolean newline;

  private Lexer(String src, String file) {
    this.src = src;
    this.file = file;
  }

  /**
   * The tokens of a source, ending with one {@link Token.Kind#EOF} token.
   *
   * @throws ModuleException for an unterminated string, comment, template or regular expression
   */
  static List<Token> tokenize(String src, String file) {
    Lexer lexer = new Lexer(src, file);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    if (src.startsWith("#!")) {
      while (pos < src.length() && !isLineBreak(src.charAt(pos))) {
        pos++;
      }
    }
    while (true) {
      skipTrivia();
      if (pos >= src.length()) {
        if (!templateDepths.isEmpty()) {
          throw error(src.length(), "Unterminated template literal");
        }
        tokens.add(new Token(Token.Kind.EOF, "", pos, pos, newline));
        return;
      }
      int start = pos;
      char c = src.charAt(pos);
      if (c == '"' || c == '\'') {
        string(c);
        add(Token.Kind.STRING, start);
      } else if (c == '`') {
        pos++;
        template(start, true);
      } else if (isIdentStart(c) || c == '#' || c == '\\') {
        pos++;
        while (pos < src.length() && (isIdentPart(src.charAt(pos)) || src.charAt(pos) == '\\')) {
          pos++;
        }
        add(Token.Kind.IDENT, start);
      } else if (isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) {
        number();
        add(Token.Kind.NUMBER, start);
      } else if (c == '/' && regexAllowed()) {
        regex();
        add(Token.Kind.REGEX, start);
      } else if (c == '}' && !templateDepths.isEmpty() && templateDepths.peek() == braceDepth) {
        templateDepths.pop();
        pos++;
        template(start, false);
      } else {
        punctuator(c);
        add(Token.Kind.PUNCT, start);
      }
    }
  }

  private void add(Token.Kind kind, int start) {
    tokens.add(new Token(kind, src.substring(start, pos), start, pos, newline));
    newline = false;
  }

  private void skipTrivia() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (isLineBreak(c)) {
        newline = true;
        pos++;
      } else if (c == ' ' || c == '\t' || c == '\f' || c == 0x0B || c == 0xA0 || c == 0xFEFF || Character.isSpaceChar(c)) {
        pos++;
      } else if (c == '/' && pos + 1 < src.length() && src.charAt(pos + 1) == '/') {
        while (pos < src.length() && !isLineBreak(src.charAt(pos))) {
          pos++;
        }
      } else if (c == '/' && pos + 1 < src.length() && src.charAt(pos + 1) == '*') {
        int end = src.indexOf("*/", pos + 2);
        if (end < 0) {
          throw error(pos, "Unterminated comment");
        }
        for (int i = pos; i < end; i++) {
          if (isLineBreak(src.charAt(i))) {
            newline = true;
          }
        }
        pos = end + 2;
      } else {
        return;
      }
    }
  }

  private void string(char quote) {
    int start = pos++;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\\') {
        pos += 2;
      } else if (c == quote) {
        pos++;
        return;
      } else if (c == '\n' || c == '\r') {
        break;
      } else {
        pos++;
      }
    }
    throw error(start, "Unterminated string literal");
  }

  /** Scans template text after {@code `} or {@code }} up to the next {@code ${} or the closing {@code `}. */
  private void template(int start, boolean head) {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\\') {
        pos += 2;
      } else if (c == '`') {
        pos++;
        add(head ? Token.Kind.TEMPLATE : Token.Kind.TEMPLATE_TAIL, start);
        return;
      } else if (c == '$' && pos + 1 < src.length() && src.charAt(pos + 1) == '{') {
        pos += 2;
        add(head ? Token.Kind.TEMPLATE_HEAD : Token.Kind.TEMPLATE_MIDDLE, start);
        templateDepths.push(braceDepth);
        return;
      } else {
        pos++;
      }
    }
    throw error(start, "Unterminated template literal");
  }

  private void number() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (isIdentPart(c) || c == '.') {
        pos++;
      } else if ((c == '+' || c == '-') && (src.charAt(pos - 1) == 'e' || src.charAt(pos - 1) == 'E')
          && !src.startsWith("0x", tokenStartOfNumber()) && !src.startsWith("0X", tokenStartOfNumber())) {
        pos++;
      } else {
        return;
      }
    }
  }

  private int tokenStartOfNumber() {
    int i = pos;
    while (i > 0 && (isIdentPart(src.charAt(i - 1)) || src.charAt(i - 1) == '.')) {
      i--;
    }
    return i;
  }

  private void regex() {
    int start = pos++;
    boolean inClass = false;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (isLineBreak(c)) {
        break;
      }
      if (c == '\\') {
        pos += 2;
        continue;
      }
      pos++;
      if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (c == '/' && !inClass) {
        while (pos < src.length() && isIdentPart(src.charAt(pos))) {
          pos++;
        }
        return;
      }
    }
    throw error(start, "Unterminated regular expression");
  }

  private void punctuator(char c) {
    if (c == '?' && src.startsWith("?.", pos) && !(pos + 2 < src.length() && isDigit(src.charAt(pos + 2)))) {
      pos += 2;
      return;
    }
    if (c != '>') {
      for (String p : PUNCTUATORS) {
        if (!p.equals("?.") && src.startsWith(p, pos)) {
          pos += p.length();
          return;
        }
      }
    }
    if (c == '{') {
      braceDepth++;
    } else if (c == '}') {
      braceDepth--;
    }
    pos++;
  }

  /** A {@code /} starts a regular expression unless the token before ends an expression. */
  private boolean regexAllowed() {
    return tokens.isEmpty() || !endsExpression(tokens.size() - 1);
  }

  /**
   * Whether the token at {@code index} ends an expression. A {@code !} on the same line right after
   * an expression is TypeScript's non-null assertion ({@code a[k]! / n}), which ends one too.
   */
  private boolean endsExpression(int index) {
    Token last = tokens.get(index);
    if (last.kind == Token.Kind.PUNCT && last.text.equals("!")) {
      return !last.newlineBefore && index > 0 && endsExpression(index - 1);
    }
    switch (last.kind) {
      case IDENT:
        return !BEFORE_EXPRESSION.contains(last.text);
      case NUMBER:
      case STRING:
      case TEMPLATE:
      case TEMPLATE_TAIL:
      case REGEX:
        return true;
      case PUNCT:
        return last.text.equals(")") || last.text.equals("]") || last.text.equals("}")
            || last.text.equals("++") || last.text.equals("--");
      default:
        return false;
    }
  }

  private ModuleException error(int offset, String message) {
    return ModuleException.at(file, src, offset, message);
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isIdentStart(char c) {
    return Character.isUnicodeIdentifierStart(c) || c == '$' || c == '_';
  }

  static boolean isIdentPart(char c) {
    return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c) || c == '$' || c == '\u200C' || c == '\u200D';
  }
}
