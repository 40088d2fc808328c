package io.github.miniflare4j.modules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wrangler's {@code define}: a global name or dotted path ({@code process.env.NODE_ENV}) read in
 * an expression is replaced by the configured expression. Member accesses ({@code a.DEBUG}),
 * object keys ({@code { DEBUG: 1 }}), declarations ({@code const DEBUG}) and assignment targets
 * ({@code process.env.NODE_ENV = "x"}, {@code DEBUG++}) are left alone. As in
 * esbuild, an object or array literal is one shared value, not a copy per use: it is replaced by
 * an import of {@link #MODULE}, which exports each such value once per worker.
 */
final class Defines {

  /** The file name of the module, in the worker's project root, that exports the shared values. */
  static final String MODULE = "__m4j_defines.m4j.mjs";

  private static final Set<String> DECLARING = Set.of("var", "let", "const", "function", "class");
  /** Operators after which (or, for the last two, before which) a path is written, which esbuild leaves alone. */
  private static final Set<String> ASSIGNING = Set.of("=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=",
      "&=", "|=", "^=", "&&=", "||=", "??=", "++", "--");

  private Defines() {}

  /** The local name of the shared value of the define at {@code index} (in the map's order). */
  static String sharedName(int index) {
    return "__m4j_define_" + index;
  }

  /** Whether a define's value is an object or array literal, shared rather than copied. */
  static boolean shared(String value) {
    String v = value.strip();
    return v.startsWith("{") || v.startsWith("[");
  }

  /** The source of {@link #MODULE}: every shared value, exported once. */
  static String moduleSource(Map<String, String> defines) {
    StringBuilder out = new StringBuilder();
    int index = 0;
    for (String value : defines.values()) {
      if (shared(value)) {
        out.append("export const ").append(sharedName(index)).append(" = (").append(value).append(");\n");
      }
      index++;
    }
    return out.toString();
  }

  /**
   * Adds one edit (character range, replacement) per replaced occurrence.
   *
   * @return the indices of the shared values used, for the import the module needs
   */
  static Set<Integer> apply(Map<String, String> defines, List<Token> tokens, List<int[]> ranges, List<String> replacements) {
    Set<Integer> used = new java.util.TreeSet<>();
    if (defines.isEmpty()) {
      return used;
    }
    int index = -1;
    for (Map.Entry<String, String> define : defines.entrySet()) {
      index++;
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
        boolean assigned = after != null && ASSIGNING.contains(after.text)
            || before != null && (before.is("++") || before.is("--"));
        if (!member && !declared && !key && !assigned) {
          ranges.add(new int[] {tokens.get(i).start, tokens.get(last).end});
          if (shared(define.getValue())) {
            used.add(index);
            replacements.add(sharedName(index));
          } else {
            replacements.add(define.getValue());
          }
        }
      }
    }
    return used;
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
