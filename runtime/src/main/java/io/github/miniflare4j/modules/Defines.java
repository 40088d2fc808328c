package io.github.miniflare4j.modules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wrangler's {@code define}: a global name or dotted path ({@code process.env.NODE_ENV}) read in
 * an expression is replaced by the configured expression. Member accesses ({@code a.DEBUG}),
 * object keys ({@code { DEBUG: 1 }}) and declarations ({@code const DEBUG}) are left alone.
 */
final class Defines {

  private static final Set<String> DECLARING = Set.of("var", "let", "const", "function", "class");

  private Defines() {}

  /** Adds one edit (character range, replacement) per replaced occurrence. */
  static void apply(Map<String, String> defines, List<Token> tokens, List<int[]> ranges, List<String> replacements) {
    if (defines.isEmpty()) {
      return;
    }
    for (Map.Entry<String, String> define : defines.entrySet()) {
      String[] parts = define.getKey().split("\\.");
      for (int i = 0; i + 2 * parts.length - 1 <= tokens.size(); i++) {
        if (!matches(tokens, i, parts)) {
          continue;
        }
        Token before = i > 0 ? tokens.get(i - 1) : null;
        int last = i + 2 * (parts.length - 1);
        Token after = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
        boolean member = before != null && (before.is(".") || before.is("?."));
        boolean declared = before != null && before.isIdent() && DECLARING.contains(before.text);
        boolean key = after != null && after.is(":") && before != null && (before.is("{") || before.is(","));
        if (!member && !declared && !key) {
          ranges.add(new int[] {tokens.get(i).start, tokens.get(last).end});
          replacements.add(define.getValue());
        }
      }
    }
  }

  private static boolean matches(List<Token> tokens, int i, String[] parts) {
    for (int p = 0; p < parts.length; p++) {
      int t = i + 2 * p;
      if (t >= tokens.size() || !tokens.get(t).isIdent() || !tokens.get(t).text.equals(parts[p])) {
        return false;
      }
      if (p + 1 < parts.length && (t + 1 >= tokens.size() || !tokens.get(t + 1).is("."))) {
        return false;
      }
    }
    return true;
  }
}
