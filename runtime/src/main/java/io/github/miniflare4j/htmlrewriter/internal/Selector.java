package io.github.miniflare4j.htmlrewriter.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed selector list in lol-html's dialect: type, {@code *}, {@code #id}, {@code .class},
 * attribute selectors with {@code i}/{@code s} flags, descendant and child combinators,
 * {@code :first-child}, {@code :nth-child()}, {@code :first-of-type}, {@code :nth-of-type()} and
 * {@code :not()}. Parse errors carry lol-html's messages, found in the same order as lol-html's
 * parser (syntax first, then unsupported features from right to left).
 */
public final class Selector {

  private static final Pattern AN_PLUS_B =
      Pattern.compile("([+-]?)(\\d*)n\\s*(?:([+-])\\s*(\\d+))?");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  private static final Pattern DANGLING_SIGN = Pattern.compile("\\+|[+-]?\\d*n\\s*[+-]");

  private final List<ComplexSelector> alternatives;

  private Selector(List<ComplexSelector> alternatives) {
    this.alternatives = alternatives;
  }

  List<ComplexSelector> alternatives() {
    return alternatives;
  }

  /**
   * Parses a selector.
   *
   * @param selector the selector text
   * @return the parsed selector
   * @throws SelectorError with lol-html's message when the selector is invalid or unsupported
   */
  public static Selector parse(String selector) throws SelectorError {
    Parsed parsed = parseList(CssTokenizer.tokenize(selector), false);
    if (parsed.error != null) {
      throw new SelectorError(parsed.error);
    }
    return new Selector(parsed.selectors);
  }

  /** Selectors of a list and the first unsupported feature found by validation, or null. */
  private record Parsed(List<ComplexSelector> selectors, String error) {}

  /** A compound being built: conditions plus validation errors in source order. */
  private static final class Compound {
    final List<Condition> conditions = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    boolean empty = true;
  }

  private static final class Cursor {
    final List<CssToken> tokens;
    int i;

    Cursor(List<CssToken> tokens) {
      this.tokens = tokens;
    }

    CssToken nextIncludingWhitespace() {
      return i < tokens.size() ? tokens.get(i++) : null;
    }

    CssToken next() {
      skipWhitespace();
      return nextIncludingWhitespace();
    }

    void skipWhitespace() {
      while (i < tokens.size() && tokens.get(i).kind() == CssToken.Kind.WHITESPACE) {
        i++;
      }
    }

    CssToken peek() {
      return i < tokens.size() ? tokens.get(i) : null;
    }
  }

  private static Parsed parseList(List<CssToken> tokens, boolean nested) throws SelectorError {
    List<ComplexSelector> out = new ArrayList<>();
    String firstError = null;
    int start = 0;
    while (true) {
      int comma = start;
      while (comma < tokens.size() && tokens.get(comma).kind() != CssToken.Kind.COMMA) {
        comma++;
      }
      Cursor c = new Cursor(tokens.subList(start, comma));
      String[] error = new String[1];
      out.add(parseComplex(c, error));
      if (c.next() != null) {
        throw new SelectorError(SelectorError.UNEXPECTED_TOKEN);
      }
      if (firstError == null) {
        firstError = error[0];
      }
      if (comma >= tokens.size()) {
        break;
      }
      start = comma + 1;
    }
    return new Parsed(out, firstError);
  }

  private static ComplexSelector parseComplex(Cursor c, String[] validationError) throws SelectorError {
    c.skipWhitespace();
    List<Compound> compounds = new ArrayList<>();
    List<Boolean> child = new ArrayList<>();
    List<String> combinatorErrors = new ArrayList<>();
    outer:
    while (true) {
      Compound compound = parseCompound(c);
      if (compound.empty) {
        throw new SelectorError(compounds.isEmpty() ? SelectorError.EMPTY : SelectorError.DANGLING_COMBINATOR);
      }
      compounds.add(compound);
      boolean anyWhitespace = false;
      while (true) {
        int save = c.i;
        CssToken t = c.nextIncludingWhitespace();
        if (t == null) {
          break outer;
        }
        if (t.kind() == CssToken.Kind.WHITESPACE) {
          anyWhitespace = true;
        } else if (t.isDelim('>')) {
          child.add(true);
          combinatorErrors.add(null);
          break;
        } else if (t.isDelim('+') || t.isDelim('~')) {
          child.add(true);
          combinatorErrors.add(SelectorError.unsupportedCombinator(t.value().charAt(0)));
          break;
        } else {
          c.i = save;
          if (!anyWhitespace) {
            break outer;
          }
          child.add(false);
          combinatorErrors.add(null);
          break;
        }
      }
    }
    // lol-html validates in match order: the rightmost compound first, then its combinator
    for (int k = compounds.size() - 1; k >= 0 && validationError[0] == null; k--) {
      for (String e : compounds.get(k).errors) {
        if (e != null) {
          validationError[0] = e;
          break;
        }
      }
      if (validationError[0] == null && k > 0) {
        validationError[0] = combinatorErrors.get(k - 1);
      }
    }
    List<List<Condition>> conditions = new ArrayList<>();
    for (Compound compound : compounds) {
      conditions.add(List.copyOf(compound.conditions));
    }
    boolean[] childFlags = new boolean[child.size()];
    for (int i = 0; i < childFlags.length; i++) {
      childFlags[i] = child.get(i);
    }
    return new ComplexSelector(conditions, childFlags);
  }

  private static Compound parseCompound(Cursor c) throws SelectorError {
    c.skipWhitespace();
    Compound compound = new Compound();
    parseTypeSelector(c, compound);
    while (true) {
      int save = c.i;
      CssToken t = c.nextIncludingWhitespace();
      if (t == null) {
        return compound;
      }
      if (t.kind() == CssToken.Kind.HASH && t.idHash()) {
        compound.conditions.add(Condition.id(t.value()));
      } else if (t.isDelim('.')) {
        CssToken name = c.nextIncludingWhitespace();
        if (name == null) {
          throw new SelectorError(SelectorError.UNEXPECTED_END);
        }
        if (name.kind() != CssToken.Kind.IDENT) {
          throw new SelectorError(SelectorError.INVALID_CLASS_NAME);
        }
        compound.conditions.add(Condition.className(name.value()));
      } else if (t.kind() == CssToken.Kind.SQUARE_BLOCK) {
        parseAttribute(new Cursor(t.block()), compound);
      } else if (t.kind() == CssToken.Kind.COLON) {
        parsePseudo(c, compound);
      } else {
        c.i = save;
        return compound;
      }
      compound.empty = false;
    }
  }

  private static void parseTypeSelector(Cursor c, Compound compound) throws SelectorError {
    int save = c.i;
    CssToken t = c.nextIncludingWhitespace();
    if (t == null) {
      return;
    }
    if (t.kind() == CssToken.Kind.IDENT) {
      CssToken bar = c.peek();
      if (bar != null && bar.isDelim('|')) {
        throw new SelectorError(SelectorError.NAMESPACED); // no namespace prefix is ever declared
      }
      compound.conditions.add(Condition.localName(t.value()));
      compound.empty = false;
    } else if (t.isDelim('*') || t.isDelim('|')) {
      boolean explicitNamespace = t.isDelim('|');
      if (t.isDelim('*')) {
        CssToken bar = c.peek();
        if (bar != null && bar.isDelim('|')) {
          c.i++;
          explicitNamespace = true;
        }
      }
      if (explicitNamespace) {
        CssToken name = c.nextIncludingWhitespace();
        if (name == null) {
          throw new SelectorError(SelectorError.UNEXPECTED_END);
        }
        if (name.kind() == CssToken.Kind.IDENT) {
          compound.conditions.add(Condition.localName(name.value()));
        } else if (!name.isDelim('*')) {
          throw new SelectorError(SelectorError.UNEXPECTED_TOKEN);
        }
        // `|name` selects elements in no namespace, which an HTML document never has
        compound.conditions.add(t.isDelim('|') ? Condition.NEVER : Condition.ANY);
      } else {
        compound.conditions.add(Condition.ANY);
      }
      compound.empty = false;
    } else {
      c.i = save;
    }
  }

  private static void parseAttribute(Cursor c, Compound compound) throws SelectorError {
    c.skipWhitespace();
    CssToken t = c.nextIncludingWhitespace();
    if (t == null) {
      throw new SelectorError(SelectorError.UNEXPECTED_END);
    }
    String name;
    String namespaceError = null;
    if (t.kind() == CssToken.Kind.IDENT) {
      CssToken bar = c.peek();
      if (bar != null && bar.isDelim('|')) {
        throw new SelectorError(SelectorError.NAMESPACED);
      }
      name = t.value();
    } else if (t.isDelim('*') || t.isDelim('|')) {
      if (t.isDelim('*')) {
        CssToken bar = c.nextIncludingWhitespace();
        if (bar == null || !bar.isDelim('|')) {
          throw new SelectorError(SelectorError.MISSING_ATTRIBUTE_NAME);
        }
        namespaceError = SelectorError.NAMESPACED;
      }
      CssToken n = c.nextIncludingWhitespace();
      if (n == null) {
        throw new SelectorError(SelectorError.UNEXPECTED_END);
      }
      if (n.kind() != CssToken.Kind.IDENT) {
        throw new SelectorError(SelectorError.MISSING_ATTRIBUTE_NAME);
      }
      name = n.value();
    } else {
      throw new SelectorError(SelectorError.MISSING_ATTRIBUTE_NAME);
    }
    // lol-html (the version Miniflare ships) keeps an attribute name with upper-case ASCII as is:
    // `[NAME]` then never matches the lower-cased attributes, and `[NAME=v]` is refused as a
    // selector with a namespace (the form its selector parser files such names under)
    boolean upperCase = !name.equals(asciiLower(name));
    CssToken op = c.next();
    if (op == null) {
      compound.conditions.add(upperCase ? Condition.NEVER : Condition.exists(name));
      compound.errors.add(namespaceError);
      return;
    }
    String operator;
    if (op.isDelim('=')) {
      operator = "=";
    } else if (op.kind() == CssToken.Kind.MATCH) {
      operator = op.value();
    } else {
      throw new SelectorError(SelectorError.UNEXPECTED_TOKEN_IN_ATTRIBUTE);
    }
    CssToken value = c.next();
    if (value == null) {
      throw new SelectorError(SelectorError.UNEXPECTED_END);
    }
    if (value.kind() != CssToken.Kind.IDENT && value.kind() != CssToken.Kind.STRING) {
      throw new SelectorError(SelectorError.UNEXPECTED_TOKEN_IN_ATTRIBUTE);
    }
    char flag = 0;
    CssToken flagToken = c.next();
    if (flagToken != null) {
      String f = flagToken.kind() == CssToken.Kind.IDENT ? flagToken.value().toLowerCase(Locale.ROOT) : "";
      if (!f.equals("i") && !f.equals("s")) {
        throw new SelectorError(SelectorError.UNEXPECTED_TOKEN);
      }
      flag = f.charAt(0);
      if (c.next() != null) {
        throw new SelectorError(SelectorError.UNEXPECTED_TOKEN);
      }
    }
    compound.conditions.add(Condition.attribute(name, operator, value.value(), flag));
    compound.errors.add(namespaceError == null && upperCase ? SelectorError.NAMESPACED : namespaceError);
  }

  private static void parsePseudo(Cursor c, Compound compound) throws SelectorError {
    CssToken t = c.nextIncludingWhitespace();
    if (t == null) {
      throw new SelectorError(SelectorError.UNEXPECTED_END);
    }
    if (t.kind() == CssToken.Kind.COLON) {
      if (c.nextIncludingWhitespace() == null) {
        throw new SelectorError(SelectorError.UNEXPECTED_END);
      }
      throw new SelectorError(SelectorError.UNSUPPORTED_PSEUDO); // pseudo-elements
    }
    if (t.kind() == CssToken.Kind.IDENT) {
      switch (t.value().toLowerCase(Locale.ROOT)) {
        case "first-child" -> compound.conditions.add(Condition.nthChild(0, 1, false));
        case "first-of-type" -> compound.conditions.add(Condition.nthChild(0, 1, true));
        case "last-child", "only-child", "last-of-type", "only-of-type", "root", "empty", "scope", "host" ->
            unsupported(compound);
        default -> throw new SelectorError(SelectorError.UNSUPPORTED_PSEUDO);
      }
      return;
    }
    if (t.kind() != CssToken.Kind.FUNCTION) {
      throw new SelectorError(SelectorError.UNEXPECTED_TOKEN);
    }
    switch (t.value().toLowerCase(Locale.ROOT)) {
      case "nth-child", "nth-of-type" -> {
        int[] ab = anPlusB(t.raw());
        compound.conditions.add(Condition.nthChild(ab[0], ab[1], t.value().equalsIgnoreCase("nth-of-type")));
        compound.errors.add(null);
      }
      case "nth-last-child", "nth-last-of-type" -> {
        anPlusB(t.raw());
        unsupported(compound);
      }
      case "not" -> negation(t, compound);
      case "is", "where" -> {
        parseList(t.block(), true);
        unsupported(compound);
      }
      default -> throw new SelectorError(SelectorError.UNSUPPORTED_PSEUDO);
    }
  }

  /**
   * {@code :not(list)}: lol-html negates each simple selector of each alternative's rightmost
   * compound on its own (so {@code :not(.a.b)} means neither {@code .a} nor {@code .b}); a nested
   * {@code :not} inside it never matches, so its negation always does.
   */
  private static void negation(CssToken t, Compound compound) throws SelectorError {
    Parsed inner = parseList(t.block(), true);
    for (ComplexSelector alternative : inner.selectors) {
      for (Condition condition : alternative.compounds().get(alternative.size() - 1)) {
        // a nested :not never matches in lol-html: negated, it matches every element (recorded)
        compound.conditions.add(condition instanceof Condition.Negation ? Condition.ANY : Condition.not(condition));
      }
    }
    compound.errors.add(inner.error);
  }

  private static void unsupported(Compound compound) {
    compound.conditions.add(Condition.NEVER);
    compound.errors.add(SelectorError.UNSUPPORTED_PSEUDO);
  }

  /** Parses {@code An+B}, {@code odd}, {@code even} or an integer into {a, b}. */
  private static int[] anPlusB(String raw) throws SelectorError {
    String text = raw.strip().toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      throw new SelectorError(SelectorError.UNEXPECTED_END);
    }
    if (text.equals("odd")) {
      return new int[] {2, 1};
    }
    if (text.equals("even")) {
      return new int[] {2, 0};
    }
    if (INTEGER.matcher(text).matches()) {
      return new int[] {0, parseInt(text)};
    }
    Matcher m = AN_PLUS_B.matcher(text);
    if (!m.matches()) {
      // "n+", "2n-" or a lone "+": the selectors crate wants a number after the sign and meets the end
      throw new SelectorError(DANGLING_SIGN.matcher(text).matches() ? SelectorError.UNEXPECTED_END : SelectorError.UNEXPECTED_TOKEN);
    }
    int a = m.group(2).isEmpty() ? 1 : parseInt(m.group(2));
    if (m.group(1).equals("-")) {
      a = -a;
    }
    int b = m.group(4) == null ? 0 : parseInt(m.group(4));
    if ("-".equals(m.group(3))) {
      b = -b;
    }
    return new int[] {a, b};
  }

  private static int parseInt(String digits) {
    try {
      return Integer.parseInt(digits.startsWith("+") ? digits.substring(1) : digits);
    } catch (NumberFormatException e) {
      return digits.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    }
  }

  private static String asciiLower(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      b.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
    }
    return b.toString();
  }
}
