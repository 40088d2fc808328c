package io.github.miniflare4j.modules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a JavaScript module needs from others, read from its tokens: the specifiers of its static
 * imports and re-exports, of its {@code import("literal")} calls and of its {@code
 * require("literal")} calls; whether it is an ES module or CommonJS (esbuild's rule: ES syntax
 * makes an ES module, else a use of {@code module}, {@code exports} or {@code require} makes
 * CommonJS); and, for CommonJS, the export names it visibly assigns.
 */
final class ImportScanner {

  /** How a specifier is used. */
  enum SiteKind { IMPORT, DYNAMIC_IMPORT, REQUIRE }

  /**
   * One specifier in the source.
   *
   * @param kind how it is used
   * @param specifier the string's value
   * @param start the offset of the opening quote
   * @param end the offset after the closing quote
   * @param clause the bindings of a static {@code import} statement (none for {@code import
   *     "x"}), or {@code null} for {@code export ... from} and forms not parsed
   * @param inTry whether a {@code require}/{@code import()} lies inside the body of a {@code try}
   *     block: esbuild leaves such a call unresolved when its path does not resolve (an optional
   *     dependency such as {@code pg-native}) and it fails when it runs, not when bundling
   */
  record Site(SiteKind kind, String specifier, int start, int end, Clause clause, boolean inTry) {
    Site(SiteKind kind, String specifier, int start, int end, Clause clause) {
      this(kind, specifier, start, end, clause, false);
    }
  }

  /**
   * The bindings of a static {@code import D, * as N, { a, b as c } from "x"}.
   *
   * @param start the offset of the {@code import} keyword
   * @param defaultName the default binding, or {@code null}
   * @param namespaceName the namespace binding, or {@code null}
   * @param named the named bindings, in order
   */
  record Clause(int start, String defaultName, String namespaceName, List<Named> named) {}

  /**
   * One named binding: {@code imported as local}.
   *
   * @param imported the export name (a string literal's value for {@code "a-b" as c})
   * @param local the local name
   */
  record Named(String imported, String local) {}

  /** The names {@link #run} reads as imports, exports or CommonJS when they are not methods. */
  private static final Set<String> KEYWORD_NAMES = Set.of("import", "export", "require", "module", "exports");

  final List<Site> sites = new ArrayList<>();
  /** Every {@code import(...)} call: the offset of {@code import} and of its closing parenthesis. */
  final List<int[]> dynamicImports = new ArrayList<>();
  final Set<String> commonJsExports = new LinkedHashSet<>();
  /**
   * Specifiers whose export names are this module's too: {@code module.exports = require("x")} and
   * TypeScript's {@code __exportStar(require("x"), exports)} / {@code __export(require("x"))}
   * (also through {@code tslib}), as Node's cjs-module-lexer detects them.
   */
  final List<String> commonJsReexports = new ArrayList<>();
  final List<Token> tokens;
  boolean esm;
  boolean usesCommonJs;
  /** Whether the token {@link #run} is at lies inside a {@code try} block's body. */
  private boolean insideTry;

  private ImportScanner(List<Token> tokens) {
    this.tokens = tokens;
  }

  static ImportScanner scan(String src, String file) {
    ImportScanner s = new ImportScanner(Lexer.tokenize(src, file));
    s.run();
    return s;
  }

  private Token tok(int i) {
    return tokens.get(Math.max(0, Math.min(i, tokens.size() - 1)));
  }

  private void run() {
    // the closing braces' token indices of the try bodies the scan is inside, innermost last
    java.util.ArrayDeque<Integer> tryBodies = new java.util.ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      while (!tryBodies.isEmpty() && tryBodies.peekLast() < i) {
        tryBodies.removeLast();
      }
      insideTry = !tryBodies.isEmpty();
      if (!t.isIdent()) {
        continue;
      }
      if (t.is("try") && tok(i + 1).is("{") && !(i > 0 && (tok(i - 1).is(".") || tok(i - 1).is("?.")))) {
        tryBodies.addLast(closing(i + 1));
        continue;
      }
      boolean member = i > 0 && (tok(i - 1).is(".") || tok(i - 1).is("?."));
      if (member || tok(i + 1).is(":") && !t.is("import") || definesMethod(i)) {
        continue;
      }
      switch (t.text) {
        case "import":
          if (tok(i + 1).is("(")) {
            if (tok(i + 2).kind == Token.Kind.STRING && (tok(i + 3).is(")") || tok(i + 3).is(","))) {
              add(SiteKind.DYNAMIC_IMPORT, tok(i + 2));
            }
            int close = closing(i + 1);
            if (tok(close).is(")")) {
              dynamicImports.add(new int[] {t.start, tok(close).start});
            }
          } else if (!tok(i + 1).is(".") && !tok(i + 1).is(":") && !tok(i - 1).is("{") ) {
            esm = true;
            staticClause(i);
          }
          break;
        case "export":
          if (!tok(i + 1).is(":")) {
            esm = true;
            if (tok(i + 1).is("*") || tok(i + 1).is("{")) {
              int j = tok(i + 1).is("{") ? closing(i + 1) + 1 : i + 2;
              while (tok(j).isIdent() && !tok(j).is("from")) {
                j++;
              }
              if (tok(j).is("from") && tok(j + 1).kind == Token.Kind.STRING) {
                add(SiteKind.IMPORT, tok(j + 1));
              }
            }
          }
          break;
        case "require":
          usesCommonJs = true;
          if (tok(i + 1).is("(") && tok(i + 2).kind == Token.Kind.STRING && tok(i + 3).is(")")) {
            add(SiteKind.REQUIRE, tok(i + 2));
            if (isExportStarCall(i)) {
              commonJsReexports.add(unquote(tok(i + 2).text));
            }
          }
          break;
        case "module":
          usesCommonJs = true;
          if (tok(i + 1).is(".") && tok(i + 2).is("exports")) {
            commonJsExport(i + 3, true);
          }
          break;
        case "exports":
          usesCommonJs = true;
          commonJsExport(i + 1, false);
          break;
        case "Object":
          // Object.defineProperty(exports, "name", ...)
          if (tok(i + 1).is(".") && tok(i + 2).is("defineProperty") && tok(i + 3).is("(")
              && tok(i + 4).is("exports") && tok(i + 5).is(",") && tok(i + 6).kind == Token.Kind.STRING) {
            commonJsExports.add(unquote(tok(i + 6).text));
          }
          break;
        default:
          break;
      }
    }
  }

  /**
   * Whether the identifier at {@code i} names a method being defined, {@code import(params) {}} in
   * a class body or object literal (the Cloudflare SDK's {@code records.import(...)}), rather than
   * calling {@code import()}, {@code require()} or a module-scope name: its parameter list is
   * followed by a body.
   */
  private boolean definesMethod(int i) {
    return tok(i + 1).is("(") && KEYWORD_NAMES.contains(tok(i).text) && tok(closing(i + 1) + 1).is("{");
  }

  /**
   * Whether the {@code require} at {@code i} is the first argument of TypeScript's re-export
   * helper: {@code __exportStar(require(..), exports)}, {@code tslib_1.__exportStar(...)}, {@code
   * (0, tslib_1.__exportStar)(...)} or the older {@code __export(require(..))}.
   */
  private boolean isExportStarCall(int i) {
    if (!tok(i - 1).is("(")) {
      return false;
    }
    int callee = tok(i - 2).is(")") ? i - 3 : i - 2;
    Token name = tok(callee);
    if (name.is("__exportStar")) {
      return tok(i + 4).is(",") && tok(i + 5).is("exports");
    }
    return name.is("__export") && tok(i + 4).is(")");
  }

  /** {@code exports.x =}, {@code exports["x"] =}, or after {@code module.exports}: {@code = { a, b: c }}. */
  private void commonJsExport(int j, boolean afterModuleExports) {
    if (tok(j).is(".") && tok(j + 1).isIdent() && tok(j + 2).is("=")) {
      commonJsExports.add(tok(j + 1).text);
    } else if (tok(j).is("[") && tok(j + 1).kind == Token.Kind.STRING && tok(j + 2).is("]") && tok(j + 3).is("=")) {
      commonJsExports.add(unquote(tok(j + 1).text));
    } else if (afterModuleExports && tok(j).is("=") && tok(j + 1).is("require") && tok(j + 2).is("(")
        && tok(j + 3).kind == Token.Kind.STRING) {
      commonJsReexports.add(unquote(tok(j + 3).text));
    } else if (afterModuleExports && tok(j).is("=") && tok(j + 1).is("{")) {
      int close = closing(j + 1);
      int depth = 0;
      boolean keyPosition = true;
      for (int k = j + 2; k < close; k++) {
        Token t = tok(k);
        if (t.is("(") || t.is("[") || t.is("{") || t.kind == Token.Kind.TEMPLATE_HEAD) {
          depth++;
        } else if (t.is(")") || t.is("]") || t.is("}") || t.kind == Token.Kind.TEMPLATE_TAIL) {
          depth--;
        } else if (depth == 0 && t.is(",")) {
          keyPosition = true;
          continue;
        } else if (depth == 0 && keyPosition) {
          if (t.isIdent() && !t.is("get") && !t.is("set") && !t.is("async") || t.kind == Token.Kind.STRING) {
            if (!(tok(k - 1).is("..."))) {
              commonJsExports.add(t.kind == Token.Kind.STRING ? unquote(t.text) : t.text);
            }
          }
        }
        keyPosition = false;
      }
    }
  }

  private void staticClause(int importIndex) {
    int j = importIndex + 1;
    if (tok(j).kind == Token.Kind.STRING) {
      Token string = tok(j);
      sites.add(new Site(SiteKind.IMPORT, unquote(string.text), string.start, string.end,
          new Clause(tok(importIndex).start, null, null, List.of())));
      return;
    }
    Clause clause = clause(importIndex);
    if (clause != null) {
      return;
    }
    while (tok(j).kind != Token.Kind.EOF) {
      Token t = tok(j);
      if (t.is("{")) {
        j = closing(j) + 1;
        continue;
      }
      if (t.is("from") && tok(j + 1).kind == Token.Kind.STRING) {
        add(SiteKind.IMPORT, tok(j + 1));
        return;
      }
      if (!(t.isIdent() || t.is("*") || t.is(","))) {
        return;
      }
      j++;
    }
  }

  /** Parses {@code import <bindings> from "x"} at {@code importIndex}, adding its site; {@code null} for other forms. */
  private Clause clause(int importIndex) {
    int j = importIndex + 1;
    String defaultName = null;
    String namespaceName = null;
    List<Named> named = new ArrayList<>();
    if (tok(j).isIdent() && (tok(j + 1).is(",") || tok(j + 1).is("from"))) {
      defaultName = tok(j).text;
      j += tok(j + 1).is(",") ? 2 : 1;
    }
    if (tok(j).is("*") && tok(j + 1).is("as") && tok(j + 2).isIdent()) {
      namespaceName = tok(j + 2).text;
      j += 3;
    } else if (tok(j).is("{")) {
      int close = closing(j);
      int k = j + 1;
      while (k < close) {
        Token imported = tok(k);
        if (!imported.isIdent() && imported.kind != Token.Kind.STRING) {
          return null;
        }
        String importedName = imported.kind == Token.Kind.STRING ? unquote(imported.text) : imported.text;
        String local = importedName;
        k++;
        if (tok(k).is("as") && tok(k + 1).isIdent()) {
          local = tok(k + 1).text;
          k += 2;
        }
        named.add(new Named(importedName, local));
        if (tok(k).is(",")) {
          k++;
        } else if (k != close) {
          return null;
        }
      }
      j = close + 1;
    }
    if ((defaultName == null && namespaceName == null && named.isEmpty() && !tok(importIndex + 1).is("{"))
        || !tok(j).is("from") || tok(j + 1).kind != Token.Kind.STRING) {
      return null;
    }
    Clause clause = new Clause(tok(importIndex).start, defaultName, namespaceName, List.copyOf(named));
    Token string = tok(j + 1);
    sites.add(new Site(SiteKind.IMPORT, unquote(string.text), string.start, string.end, clause));
    return clause;
  }

  private int closing(int open) {
    int depth = 0;
    for (int k = open; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.is("{") || t.is("(") || t.is("[")) {
        depth++;
      } else if (t.is("}") || t.is(")") || t.is("]")) {
        if (--depth == 0) {
          return k;
        }
      }
    }
    return tokens.size() - 1;
  }

  private void add(SiteKind kind, Token string) {
    sites.add(new Site(kind, unquote(string.text), string.start, string.end, null, insideTry));
  }

  /** The value of a string literal without escapes beyond the common ones. */
  static String unquote(String literal) {
    String body = literal.substring(1, literal.length() - 1);
    if (body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        char n = body.charAt(++i);
        switch (n) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'u' -> {
            if (i + 4 < body.length()) {
              sb.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
              i += 4;
            }
          }
          default -> sb.append(n);
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
