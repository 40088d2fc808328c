package io.github.miniflare4j.modules;

import java.util.List;

/**
 * Finds where a TypeScript type, a type-argument list or a type-parameter list ends, over
 * tokens whose brackets are matched. It only measures: every method returns the index of the
 * token after what it read, or {@code -1} when the tokens there are not of that form (so callers
 * can try a reading and fall back). Object types, tuples and parenthesized parts are skipped by
 * their matching bracket, not parsed.
 */
final class TypeScanner {

  private final List<Token> tokens;
  private final int[] match;
  /** Inside the {@code extends} clause of a conditional type, where {@code infer X extends Y} keeps its constraint. */
  private boolean inExtendsClause;

  TypeScanner(List<Token> tokens, int[] match) {
    this.tokens = tokens;
    this.match = match;
  }

  private Token tok(int i) {
    return tokens.get(Math.min(i, tokens.size() - 1));
  }

  private boolean is(int i, String s) {
    return tok(i).is(s);
  }

  /** A whole type, conditional and function types included. */
  int type(int i) {
    int j = union(i);
    if (j < 0) {
      return -1;
    }
    if (is(j, "extends") && !tok(j).newlineBefore && !inExtendsClause) {
      boolean outer = inExtendsClause;
      inExtendsClause = true;
      int k;
      try {
        k = union(j + 1);
      } finally {
        inExtendsClause = outer;
      }
      if (k > 0 && is(k, "?")) {
        int t = type(k + 1);
        if (t > 0 && is(t, ":")) {
          return type(t + 1);
        }
        return -1;
      }
    }
    return j;
  }

  private int union(int i) {
    if (is(i, "|") || is(i, "&")) {
      i++;
    }
    int j = operand(i);
    while (j > 0 && (is(j, "|") || is(j, "&"))) {
      j = operand(j + 1);
    }
    return j;
  }

  private int operand(int i) {
    Token t = tok(i);
    if (t.isIdent()) {
      switch (t.text) {
        case "keyof":
        case "unique":
        case "readonly":
          if (startsType(i + 1)) {
            return operand(i + 1);
          }
          break;
        case "infer": {
          int j = i + 2;
          if (is(j, "extends") && startsType(j + 1)) {
            int k = union(j + 1);
            // outside a conditional's extends clause, "infer U extends X ? A : B" is a conditional type
            if (k > 0 && (inExtendsClause || !is(k, "?"))) {
              return k;
            }
          }
          return postfix(j);
        }
        case "typeof": {
          int j = i + 1;
          if (is(j, "import")) {
            return entityAfter(importType(j));
          }
          return postfix(entity(j));
        }
        case "asserts":
          if (tok(i + 1).isIdent() && !tok(i + 1).newlineBefore) {
            int j = i + 2;
            return is(j, "is") ? type(j + 1) : j;
          }
          break;
        case "abstract":
          if (is(i + 1, "new")) {
            return operand(i + 1);
          }
          break;
        case "new":
          if (is(i + 1, "(") || is(i + 1, "<")) {
            return functionType(i + 1);
          }
          break;
        case "import":
          if (is(i + 1, "(")) {
            return postfix(entityAfter(importType(i)));
          }
          break;
        default:
          break;
      }
      int j = entity(i);
      if (j > 0 && is(j, "is") && !tok(j).newlineBefore && tok(i + 1) == tok(j) ) {
        return type(j + 1);
      }
      return postfix(j);
    }
    switch (t.kind) {
      case STRING:
      case NUMBER:
      case TEMPLATE:
        return postfix(i + 1);
      case TEMPLATE_HEAD: {
        int k = match[i];
        while (tok(k).kind == Token.Kind.TEMPLATE_MIDDLE) {
          k = match[k];
        }
        return postfix(k + 1);
      }
      default:
        break;
    }
    if (t.is("-") && tok(i + 1).kind == Token.Kind.NUMBER) {
      return postfix(i + 2);
    }
    if (t.is("<")) {
      return functionType(i);
    }
    if (t.is("(")) {
      int close = match[i];
      if (is(close + 1, "=>") && startsParameters(i)) {
        return returnType(close + 2);
      }
      boolean outer = inExtendsClause;
      inExtendsClause = false;
      try {
        return type(i + 1) == close ? postfix(close + 1) : -1;
      } finally {
        inExtendsClause = outer;
      }
    }
    if (t.is("{") || t.is("[")) {
      return postfix(match[i] + 1);
    }
    return -1;
  }

  /** {@code <T>(a: T) => R} or {@code (a) => R}, starting at {@code <} or {@code (}. */
  private int functionType(int i) {
    int j = i;
    if (is(j, "<")) {
      j = typeParameters(j);
      if (j < 0) {
        return -1;
      }
    }
    if (!is(j, "(")) {
      return -1;
    }
    int close = match[j];
    if (!is(close + 1, "=>")) {
      return -1;
    }
    return returnType(close + 2);
  }

  /** A function type's return type, where conditional types are allowed again. */
  private int returnType(int i) {
    boolean outer = inExtendsClause;
    inExtendsClause = false;
    try {
      return type(i);
    } finally {
      inExtendsClause = outer;
    }
  }

  /** TypeScript's test for a function type: {@code (} followed by what can only begin a parameter list. */
  private boolean startsParameters(int open) {
    Token first = tok(open + 1);
    if (first.is(")") || first.is("...")) {
      return true;
    }
    if (first.is("{") || first.is("[")) {
      Token after = tok(match[open + 1] + 1);
      return after.is(":") || after.is(",") || after.is("?") || after.is("=") || after.is(")");
    }
    if (first.isIdent()) {
      Token after = tok(open + 2);
      return after.is(":") || after.is(",") || after.is("?") || after.is("=") || after.is(")")
          || tok(open + 2).isIdent() && first.text.matches("public|private|protected|readonly");
    }
    return false;
  }

  /** {@code import("x")} in a type: returns the index after its closing parenthesis. */
  private int importType(int i) {
    return is(i + 1, "(") ? match[i + 1] + 1 : -1;
  }

  private int entityAfter(int j) {
    if (j < 0) {
      return -1;
    }
    while (is(j, ".") && tok(j + 1).isIdent()) {
      j += 2;
    }
    if (is(j, "<")) {
      return typeArguments(j);
    }
    return j;
  }

  /** A dotted name with optional type arguments. */
  private int entity(int i) {
    if (!tok(i).isIdent()) {
      return -1;
    }
    return entityAfter(i + 1);
  }

  /** Array and indexed-access suffixes: {@code T[]}, {@code T[K]}. */
  private int postfix(int j) {
    while (j > 0 && is(j, "[") && !tok(j).newlineBefore) {
      j = match[j] + 1;
    }
    return j;
  }

  private boolean startsType(int i) {
    Token t = tok(i);
    return t.isIdent() || t.kind == Token.Kind.STRING || t.kind == Token.Kind.NUMBER
        || t.kind == Token.Kind.TEMPLATE || t.kind == Token.Kind.TEMPLATE_HEAD
        || t.is("(") || t.is("[") || t.is("{") || t.is("<") || t.is("-") || t.is("|") || t.is("&");
  }

  /** {@code <A, B<C>>} starting at {@code <}. */
  int typeArguments(int i) {
    boolean outer = inExtendsClause;
    inExtendsClause = false;
    try {
      return typeArgumentList(i);
    } finally {
      inExtendsClause = outer;
    }
  }

  private int typeArgumentList(int i) {
    if (!is(i, "<")) {
      return -1;
    }
    int j = i + 1;
    while (true) {
      j = type(j);
      if (j < 0) {
        return -1;
      }
      if (is(j, ",")) {
        j++;
        if (is(j, ">")) {
          return j + 1;
        }
      } else if (is(j, ">")) {
        return j + 1;
      } else {
        return -1;
      }
    }
  }

  /** {@code <const T extends U = V, in out W>} starting at {@code <}. */
  int typeParameters(int i) {
    boolean outer = inExtendsClause;
    inExtendsClause = false;
    try {
      return typeParameterList(i);
    } finally {
      inExtendsClause = outer;
    }
  }

  private int typeParameterList(int i) {
    if (!is(i, "<")) {
      return -1;
    }
    int j = i + 1;
    while (true) {
      while ((is(j, "const") || is(j, "in") || is(j, "out")) && tok(j + 1).isIdent()) {
        j++;
      }
      if (!tok(j).isIdent()) {
        return -1;
      }
      j++;
      if (is(j, "extends")) {
        j = type(j + 1);
        if (j < 0) {
          return -1;
        }
      }
      if (is(j, "=")) {
        j = type(j + 1);
        if (j < 0) {
          return -1;
        }
      }
      if (is(j, ",")) {
        j++;
        if (is(j, ">")) {
          return j + 1;
        }
      } else if (is(j, ">")) {
        return j + 1;
      } else {
        return -1;
      }
    }
  }
}
