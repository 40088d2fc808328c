package io.github.miniflare4j.modules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns TypeScript into JavaScript by replacing the type syntax with spaces, so that every line
 * and column of the output is the line and column of the same code in the input: stack traces
 * and syntax errors point at the {@code .ts} file without a source map.
 *
 * <p>Blanked: type annotations, {@code interface} and {@code type} declarations, {@code declare}
 * declarations, type arguments and parameters, {@code as}/{@code satisfies} expressions, non-null
 * assertions, {@code import type}/{@code export type} and {@code type} specifiers, accessibility
 * and {@code readonly}/{@code abstract}/{@code override} modifiers, overload signatures, abstract
 * members, {@code implements} clauses, {@code this} parameters. Imports whose bindings are used
 * only as types are removed, as TypeScript and esbuild do.
 *
 * <p>Rewritten on the same lines (columns move on those lines only): {@code enum} and {@code const
 * enum} (into the object TypeScript emits) and constructor parameter properties (into {@code
 * this.x = x} assignments). Kept for the engine, which runs them as ECMAScript decorators (what
 * esbuild compiles them to when tsconfig does not ask for TypeScript's experimental ones): class,
 * method, accessor and field decorators. Refused with a positioned error: parameter decorators,
 * value {@code namespace}s, {@code import x = require()} and {@code export =}.
 */
final class TypeScriptStripper {

  private enum Kind { BLOCK, OBJECT, CLASS, HERITAGE, PARAMS, PAREN, CONTROL, BRACKET, TEMPLATE, VARDECL, FIELDINIT }

  private enum Owner { ARROW, FUNCTION_DECL, FUNCTION_EXPR, METHOD, CTOR, OBJECT_METHOD }

  private enum Body { STATEMENT, EXPRESSION, MEMBER }

  private static final Set<String> TS_MEMBER_MODIFIERS =
      Set.of("public", "private", "protected", "readonly", "declare", "abstract", "override");
  private static final Set<String> MEMBER_MODIFIERS = Set.of(
      "public", "private", "protected", "readonly", "declare", "abstract", "override", "static", "accessor");
  private static final Set<String> PARAM_MODIFIERS = Set.of("public", "private", "protected", "readonly", "override");
  private static final Set<String> NO_VALUE_KEYWORDS = Set.of(
      "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else",
      "yield", "await", "extends", "export", "import", "default", "if", "while", "for", "switch", "catch",
      "with", "try", "finally", "const", "let", "var");
  private static final Set<String> CONTINUING = Set.of(
      ".", "?.", "(", "[", ",", "=", "==", "===", "!=", "!==", "<", ">", "<=", "+", "-", "*", "/", "%", "**",
      "&", "|", "^", "&&", "||", "??", "?", ":", "=>", "+=", "-=", "*=", "/=", "%=", "**=", "<<", "<<=",
      ">>>=", "&=", "|=", "^=", "&&=", "||=", "??=");

  /** Tokens after type arguments that make them an instantiation expression (none starts an expression). */
  private static final Set<String> INSTANTIATION_FOLLOWERS = Set.of(
      ";", ")", "]", "}", ",", ".", "?.", "=", ":", "?", "==", "===", "!=", "!==", "&&", "||", "??", "*",
      "%", "**", "&", "|", "^", "<=", ">=", "<<", ">>", ">>>", "+=", "-=", "*=", "/=", "%=", "**=", "&&=",
      "||=", "??=", "&=", "|=", "^=", "<<=", ">>=", ">>>=");

  private static final class Frame {
    final Kind kind;
    final int open;
    boolean endsExpr;
    boolean memberStart;
    boolean paramStart;
    boolean bindingNext;
    boolean forHead;
    boolean hasExtends;
    int ternary;
    Owner owner;
    int declStart;
    List<String> props;

    Frame(Kind kind, int open) {
      this.kind = kind;
      this.open = open;
    }
  }

  /** Where a decorator ends, and what it decorates: a class member, or a statement. */
  private record DecoratorEnd(int end, Frame frame, boolean statement) {}

  /** An import declaration whose bindings may all be types. */
  private static final class ImportDecl {
    int begin;
    int end;
    int defaultIndex = -1;
    int fromIndex;
    final List<int[]> named = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    String defaultName;
    int namespaceStart = -1;
    String namespaceName;
  }

  private final String src;
  private final String file;
  private final List<Token> toks;
  private final int[] match;
  private final TypeScanner types;
  private final char[] out;
  private final Map<Integer, StringBuilder> inserts = new TreeMap<>();
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final List<ImportDecl> imports = new ArrayList<>();
  private final List<int[]> exportClauses = new ArrayList<>();
  private final List<Object[]> exportSpecs = new ArrayList<>();
  private final Set<String> localTypes = new HashSet<>();
  private final Deque<DecoratorEnd> decorators = new ArrayDeque<>();
  private boolean legacyDecorators;
  /** The end of the run of decorators at a statement's start already looked at for a following export. */
  private int decoratorRunEnd = -1;

  private boolean prevEndsExpr;
  private boolean stmtStart = true;
  private int stmtBegin;
  private Body pendingBody;
  private List<String> pendingProps;
  private boolean pendingExtends;

  private TypeScriptStripper(String src, String file) {
    this.src = src;
    this.file = file;
    this.toks = Lexer.tokenize(src, file);
    this.match = matchBrackets();
    this.types = new TypeScanner(toks, match);
    this.out = src.toCharArray();
  }

  /**
   * JavaScript with the same lines and columns as the TypeScript given.
   *
   * @param src the TypeScript source
   * @param file the file's name, for error messages
   * @return the JavaScript
   * @throws ModuleException at {@code file:line:column} for code that does not parse or that uses
   *     a construct this stripper refuses
   */
  static String strip(String src, String file) {
    return strip(src, file, false);
  }

  /**
   * As {@link #strip(String, String)}, refusing decorators when tsconfig asks for TypeScript's
   * experimental ones (their semantics differ from the ECMAScript decorators the engine runs).
   *
   * @param src the TypeScript source
   * @param file the file's name, for error messages
   * @param legacyDecorators whether tsconfig sets {@code experimentalDecorators}
   * @return the JavaScript
   */
  static String strip(String src, String file, boolean legacyDecorators) {
    TypeScriptStripper stripper = new TypeScriptStripper(src, file);
    stripper.legacyDecorators = legacyDecorators;
    stripper.run();
    return stripper.output();
  }

  // ---- bracket matching ----------------------------------------------------------------------

  private int[] matchBrackets() {
    int[] m = new int[toks.size()];
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      m[i] = -1;
      if (t.is("(") || t.is("[") || t.is("{") || t.kind == Token.Kind.TEMPLATE_HEAD) {
        open.push(i);
      } else if (t.is(")") || t.is("]") || t.is("}") || t.kind == Token.Kind.TEMPLATE_MIDDLE
          || t.kind == Token.Kind.TEMPLATE_TAIL) {
        if (open.isEmpty()) {
          throw error(i, "Unexpected \"" + t.text.charAt(0) + "\"");
        }
        int o = open.pop();
        Token opener = toks.get(o);
        boolean ok = t.is(")") ? opener.is("(") : t.is("]") ? opener.is("[") : t.is("}") ? opener.is("{")
            : opener.kind == Token.Kind.TEMPLATE_HEAD || opener.kind == Token.Kind.TEMPLATE_MIDDLE;
        if (!ok) {
          throw error(i, "Unexpected \"" + t.text.charAt(0) + "\": the \"" + opener.text.charAt(opener.text.length() - 1)
              + "\" at " + position(opener.start) + " is not closed");
        }
        m[o] = i;
        m[i] = o;
        if (t.kind == Token.Kind.TEMPLATE_MIDDLE) {
          open.push(i);
        }
      }
    }
    if (!open.isEmpty()) {
      int o = open.pop();
      throw error(o, "\"" + toks.get(o).text + "\" is never closed");
    }
    return m;
  }

  // ---- driver --------------------------------------------------------------------------------

  private void run() {
    Frame root = new Frame(Kind.BLOCK, -1);
    stack.push(root);
    int i = 0;
    while (tok(i).kind != Token.Kind.EOF) {
      i = step(i);
    }
    removeTypeOnlyImports();
  }

  private int step(int i) {
    while (!decorators.isEmpty() && decorators.peek().end() == i && decorators.peek().frame() == stack.peek()) {
      resumeAfterDecorator(decorators.pop());
    }
    Frame f = stack.peek();
    Token t = tok(i);
    if (f.kind == Kind.HERITAGE) {
      int j = heritage(f, i);
      if (j >= 0) {
        return j;
      }
    }
    if (f.kind == Kind.VARDECL || f.kind == Kind.FIELDINIT) {
      if (t.is(";") && f.kind == Kind.FIELDINIT) {
        stack.pop();
        stack.peek().memberStart = true;
        return i + 1;
      }
      if (t.is(";") || t.is(")") || t.is("]") || t.is("}") || asi(i)
          || (f.forHead && !f.bindingNext && (t.is("of") || t.is("in")) && prevEndsExpr)) {
        stack.pop();
        if (f.kind == Kind.FIELDINIT) {
          stack.peek().memberStart = true;
        } else if (stack.peek().kind == Kind.BLOCK && asi(i)) {
          newStatement(i);
        }
        return i;
      }
    } else if (asi(i)) {
      if (f.kind == Kind.BLOCK) {
        newStatement(i);
      } else if (f.kind == Kind.CLASS) {
        f.memberStart = true;
      }
    }
    if (f.kind == Kind.BLOCK && stmtStart) {
      int j = statement(i);
      if (j >= 0) {
        return j;
      }
    } else if (f.kind == Kind.CLASS && f.memberStart) {
      return classMember(f, i);
    } else if (f.kind == Kind.OBJECT && f.memberStart) {
      int j = objectMember(f, i);
      if (j >= 0) {
        return j;
      }
    } else if (f.kind == Kind.PARAMS && f.paramStart) {
      return param(f, i);
    } else if (f.kind == Kind.VARDECL && f.bindingNext) {
      return binding(f, i);
    }
    return general(i);
  }

  /**
   * Automatic semicolon insertion: a line break between an expression's end and a token that
   * cannot continue it, or after {@code return}, {@code break} or {@code continue} (restricted
   * productions: {@code if (!x) return} ends at the line break).
   */
  private boolean asi(int i) {
    Token t = tok(i);
    if (!t.newlineBefore) {
      return false;
    }
    if (!prevEndsExpr) {
      return restrictedBefore(i);
    }
    if (t.kind == Token.Kind.TEMPLATE || t.kind == Token.Kind.TEMPLATE_HEAD) {
      return false;
    }
    if (t.kind == Token.Kind.PUNCT) {
      return !CONTINUING.contains(t.text);
    }
    return !(t.is("in") || t.is("instanceof"));
  }

  private boolean restrictedBefore(int i) {
    if (i < 1 || !(is(i - 1, "return") || is(i - 1, "break") || is(i - 1, "continue"))) {
      return false;
    }
    return i < 2 || !(is(i - 2, ".") || is(i - 2, "?."));
  }

  private void newStatement(int i) {
    stmtStart = true;
    stmtBegin = i;
    prevEndsExpr = false;
  }

  // ---- tokens in expressions -------------------------------------------------------------------

  private int general(int i) {
    Token t = tok(i);
    Frame f = stack.peek();
    boolean wasStmtStart = stmtStart;
    stmtStart = false;
    switch (t.kind) {
      case PUNCT:
        return punct(f, i, wasStmtStart);
      case TEMPLATE_HEAD:
        stack.push(new Frame(Kind.TEMPLATE, i));
        prevEndsExpr = false;
        return i + 1;
      case TEMPLATE_MIDDLE:
        prevEndsExpr = false;
        return i + 1;
      case TEMPLATE_TAIL:
        if (f.kind == Kind.TEMPLATE) {
          stack.pop();
        }
        prevEndsExpr = true;
        return i + 1;
      case IDENT:
        return identifier(f, i);
      default:
        prevEndsExpr = true;
        return i + 1;
    }
  }

  private int punct(Frame f, int i, boolean wasStmtStart) {
    Token t = tok(i);
    switch (t.text) {
      case "{": {
        boolean block = wasStmtStart || pendingBody != null;
        Frame g = new Frame(block ? Kind.BLOCK : Kind.OBJECT, i);
        g.endsExpr = !block || pendingBody == Body.EXPRESSION;
        if (!block) {
          g.memberStart = true;
        }
        stack.push(g);
        if (block) {
          if (pendingProps != null && !pendingProps.isEmpty()) {
            insertParameterProperties(i);
          }
          newStatement(i + 1);
        }
        pendingBody = null;
        pendingProps = null;
        prevEndsExpr = false;
        return i + 1;
      }
      case "(":
        return openParen(i);
      case "[":
        stack.push(new Frame(Kind.BRACKET, i));
        prevEndsExpr = false;
        return i + 1;
      case ")":
      case "]":
      case "}":
        return close(i);
      case "=>":
        pendingBody = is(i + 1, "{") ? Body.EXPRESSION : null;
        prevEndsExpr = false;
        return i + 1;
      case "!":
        if (prevEndsExpr && !t.newlineBefore) {
          blank(i, i);
          return i + 1;
        }
        prevEndsExpr = false;
        return i + 1;
      case "<":
        return angle(i);
      case "?":
        f.ternary++;
        prevEndsExpr = false;
        return i + 1;
      case ":":
        if (f.ternary > 0) {
          f.ternary--;
        } else if (f.kind == Kind.BLOCK) {
          newStatement(i + 1);
          return i + 1;
        }
        prevEndsExpr = false;
        return i + 1;
      case ";":
        if (f.kind == Kind.BLOCK) {
          newStatement(i + 1);
        } else if (f.kind == Kind.CLASS) {
          f.memberStart = true;
        }
        prevEndsExpr = false;
        return i + 1;
      case ",":
        if (f.kind == Kind.OBJECT) {
          f.memberStart = true;
        } else if (f.kind == Kind.PARAMS) {
          f.paramStart = true;
        } else if (f.kind == Kind.VARDECL) {
          f.bindingNext = true;
        }
        prevEndsExpr = false;
        return i + 1;
      case "++":
      case "--":
        return i + 1;
      case "@":
        return decorator(f, i, wasStmtStart);
      default:
        prevEndsExpr = false;
        return i + 1;
    }
  }

  /**
   * A decorator ({@code @name}, {@code @a.b(args)}, {@code @(expression)}) stays in the output; its
   * arguments are an expression like any other (types in them are blanked). Once it ends, what it
   * decorates (a class member, or a statement such as {@code export class}) starts as if the
   * decorator were not there.
   */
  private int decorator(Frame f, int i, boolean statement) {
    if (legacyDecorators) {
      throw error(i, "TypeScript's experimental decorators (tsconfig's \"experimentalDecorators\": true) are not "
          + "supported: miniflare4j runs ECMAScript decorators; remove the option if the decorators are standard ones, "
          + "or run the worker from a bundle built by Wrangler/esbuild");
    }
    int j = decoratorEnd(i);
    if (statement && i >= decoratorRunEnd) {
      // "@a @b export class": the engine takes decorators only after export (and default), as
      // the proposal first had them; the keywords move before the first decorator
      int k = j;
      while (is(k, "@")) {
        k = decoratorEnd(k);
      }
      decoratorRunEnd = k;
      if (is(k, "export")) {
        boolean isDefault = is(k + 1, "default");
        blank(k, isDefault ? k + 1 : k);
        insert(tok(i).start, isDefault ? "export default " : "export ");
      }
    }
    decorators.push(new DecoratorEnd(j, f, statement));
    if (f.kind == Kind.CLASS) {
      f.memberStart = false;
    }
    stmtStart = false;
    prevEndsExpr = false;
    return i + 1;
  }

  /** The token after the decorator starting at {@code i} ({@code @name.path<T>(args)} or {@code @(expression)}). */
  private int decoratorEnd(int i) {
    int j = i + 1;
    if (is(j, "(")) {
      return match[j] + 1;
    }
    if (!tok(j).isIdent()) {
      throw error(j, "Expected a decorator's name after \"@\"");
    }
    j++;
    while (is(j, ".") && tok(j + 1).isIdent()) {
      j += 2;
    }
    if (is(j, "<")) {
      int k = types.typeArguments(j);
      j = k > 0 ? k : j;
    }
    if (is(j, "(")) {
      j = match[j] + 1;
    }
    return j;
  }

  private void resumeAfterDecorator(DecoratorEnd d) {
    if (d.frame().kind == Kind.CLASS) {
      d.frame().memberStart = true;
    } else if (d.statement()) {
      stmtStart = true;
    }
    prevEndsExpr = false;
  }

  private int openParen(int i) {
    Token before = i > 0 ? tok(i - 1) : null;
    boolean member = i > 1 && (tok(i - 2).is(".") || tok(i - 2).is("?."));
    if (before != null && before.is("await") && i > 1 && tok(i - 2).is("for")) {
      before = tok(i - 2);
    }
    if (before != null && !member && before.isIdent()
        && Set.of("if", "while", "for", "switch", "catch", "with").contains(before.text)) {
      Frame g = new Frame(Kind.CONTROL, i);
      stack.push(g);
      prevEndsExpr = false;
      if (before.is("for") && (is(i + 1, "const") || is(i + 1, "let") || is(i + 1, "var"))) {
        Frame v = new Frame(Kind.VARDECL, i + 1);
        v.bindingNext = true;
        v.forHead = true;
        stack.push(v);
        return i + 2;
      }
      if (before.is("catch") && tok(i + 1).isIdent() && is(i + 2, ":")) {
        int end = typeEnd(i + 3);
        blank(i + 2, end - 1);
        prevEndsExpr = true;
        return end;
      }
      return i + 1;
    }
    if (!prevEndsExpr && isArrowParams(i)) {
      Frame g = new Frame(Kind.PARAMS, i);
      g.owner = Owner.ARROW;
      g.paramStart = true;
      stack.push(g);
      return i + 1;
    }
    stack.push(new Frame(Kind.PAREN, i));
    prevEndsExpr = false;
    return i + 1;
  }

  private boolean isArrowParams(int open) {
    int close = match[open];
    if (is(close + 1, "=>")) {
      return true;
    }
    if (is(close + 1, ":")) {
      int j = types.type(close + 2);
      return j > 0 && is(j, "=>");
    }
    return false;
  }

  private int angle(int i) {
    if (prevEndsExpr) {
      int j = types.typeArguments(i);
      if (j > 0 && (is(j, "(") || tok(j).kind == Token.Kind.TEMPLATE || tok(j).kind == Token.Kind.TEMPLATE_HEAD)) {
        blank(i, j - 1);
        return j;
      }
      if (j > 0 && endsInstantiation(j)) {
        // an instantiation expression (`Request<unknown, Cf>;`): the value without its type arguments
        blank(i, j - 1);
        return j;
      }
      prevEndsExpr = false;
      return i + 1;
    }
    int j = types.typeParameters(i);
    if (j > 0 && is(j, "(") && isArrowParams(j)) {
      blank(i, j - 1);
      return j;
    }
    j = types.typeArguments(i);
    if (j > 0) {
      blank(i, j - 1);
      return j;
    }
    return i + 1;
  }

  /**
   * Whether type arguments ending before token {@code j} make an instantiation expression, as
   * TypeScript decides: never before {@code <}, {@code >}, {@code +} or {@code -}; always before a
   * line break or a token that cannot start an expression (punctuation closing or continuing one,
   * the end of the source).
   */
  private boolean endsInstantiation(int j) {
    Token t = tok(j);
    if (t.kind == Token.Kind.EOF) {
      return true;
    }
    if (is(j, "<") || is(j, ">") || is(j, "+") || is(j, "-")) {
      return false;
    }
    if (t.newlineBefore) {
      return true;
    }
    return t.kind == Token.Kind.PUNCT && INSTANTIATION_FOLLOWERS.contains(t.text);
  }

  private int identifier(Frame f, int i) {
    Token t = tok(i);
    boolean member = i > 0 && (tok(i - 1).is(".") || tok(i - 1).is("?."));
    if (member) {
      prevEndsExpr = true;
      return i + 1;
    }
    switch (t.text) {
      case "as":
      case "satisfies":
        if (prevEndsExpr && !t.newlineBefore) {
          int j = is(i + 1, "const") ? i + 2 : typeEnd(i + 1);
          blank(i, j - 1);
          prevEndsExpr = true;
          return j;
        }
        break;
      case "function":
        return functionHead(i, Owner.FUNCTION_EXPR, i);
      case "class":
        return classHead(i, false);
      case "async":
        if (!prevEndsExpr && !tok(i + 1).newlineBefore && (is(i + 1, "(") || is(i + 1, "<") || is(i + 1, "function") || tok(i + 1).isIdent())) {
          return i + 1;
        }
        break;
      case "else":
      case "do":
      case "try":
      case "finally":
        if (f.kind == Kind.BLOCK) {
          newStatement(i + 1);
          return i + 1;
        }
        break;
      case "catch":
        if (is(i + 1, "{") && f.kind == Kind.BLOCK) {
          newStatement(i + 1);
          return i + 1;
        }
        break;
      default:
        break;
    }
    prevEndsExpr = !NO_VALUE_KEYWORDS.contains(t.text);
    return i + 1;
  }

  private int close(int i) {
    Frame f = stack.pop();
    if (f.open < 0 || match[f.open] != i) {
      throw error(i, "Unexpected \"" + tok(i).text + "\"");
    }
    Frame parent = stack.peek();
    switch (f.kind) {
      case PARAMS:
        return afterParams(f, i);
      case CONTROL:
        newStatement(i + 1);
        return i + 1;
      case BLOCK:
      case CLASS:
        if (f.endsExpr) {
          prevEndsExpr = true;
        } else if (parent.kind == Kind.BLOCK) {
          newStatement(i + 1);
        } else if (parent.kind == Kind.CLASS) {
          parent.memberStart = true;
          prevEndsExpr = false;
        } else {
          prevEndsExpr = true;
        }
        return i + 1;
      default:
        prevEndsExpr = true;
        return i + 1;
    }
  }

  // ---- functions and parameters ----------------------------------------------------------------

  private int functionHead(int i, Owner owner, int declStart) {
    int j = i + 1;
    if (is(j, "*")) {
      j++;
    }
    if (tok(j).isIdent()) {
      j++;
    }
    if (is(j, "<")) {
      j = blankTypeParameters(j);
    }
    if (!is(j, "(")) {
      throw error(j, "Expected \"(\" after function name");
    }
    Frame g = new Frame(Kind.PARAMS, j);
    g.owner = owner;
    g.declStart = declStart;
    g.paramStart = true;
    stack.push(g);
    prevEndsExpr = false;
    return j + 1;
  }

  private int afterParams(Frame f, int close) {
    int j = close + 1;
    if (is(j, ":")) {
      int k = typeEnd(j + 1);
      blank(j, k - 1);
      j = k;
    }
    prevEndsExpr = false;
    if (f.owner == Owner.ARROW) {
      if (j > close + 1 && is(j, "=>") && spansLines(tok(close).end, tok(j).start)) {
        // no line break may come before "=>": the ")" moves to the line of "=>"
        out[tok(close).start] = ' ';
        out[tok(j).start - 1] = ')';
      }
      return j;
    }
    if (is(j, "{")) {
      pendingBody = f.owner == Owner.FUNCTION_EXPR || f.owner == Owner.OBJECT_METHOD ? Body.EXPRESSION
          : f.owner == Owner.FUNCTION_DECL ? Body.STATEMENT : Body.MEMBER;
      pendingProps = f.props;
      pendingExtends = f.hasExtends;
      return j;
    }
    // a signature without a body: an overload, an abstract or a declared member
    if (f.owner == Owner.FUNCTION_EXPR || f.owner == Owner.OBJECT_METHOD) {
      throw error(j, "Expected \"{\" to start the function body");
    }
    int end = is(j, ";") ? j + 1 : j;
    blank(f.declStart, end - 1);
    if (f.owner == Owner.FUNCTION_DECL) {
      newStatement(end);
    } else {
      stack.peek().memberStart = true;
    }
    return end;
  }

  private int param(Frame f, int i) {
    if (is(i, ")")) {
      return close(i);
    }
    if (is(i, "@")) {
      throw error(i, "Parameter decorators are not supported: they exist only as TypeScript's experimental "
          + "decorators, which miniflare4j does not compile; run the worker from a bundle built by Wrangler/esbuild");
    }
    int j = i;
    if (is(j, "this") && (is(j + 1, ":"))) {
      int end = typeEnd(j + 2);
      if (is(end, ",")) {
        end++;
      }
      blank(j, end - 1);
      return end;
    }
    boolean property = false;
    while (tok(j).isIdent() && PARAM_MODIFIERS.contains(tok(j).text) && startsBinding(j + 1)) {
      blank(j, j);
      property = true;
      j++;
    }
    if (is(j, "...")) {
      j++;
    }
    String name = null;
    if (tok(j).isIdent()) {
      name = tok(j).text;
      j++;
    } else if (is(j, "{") || is(j, "[")) {
      j = match[j] + 1;
    } else {
      throw error(j, "Expected a parameter name");
    }
    if (property) {
      if (f.owner != Owner.CTOR) {
        throw error(i, "A parameter property is only allowed in a constructor");
      }
      if (name == null) {
        throw error(i, "A parameter property may not be a binding pattern");
      }
      f.props.add(name);
    }
    if (is(j, "?")) {
      blank(j, j);
      j++;
    }
    if (is(j, ":")) {
      int k = typeEnd(j + 1);
      blank(j, k - 1);
      j = k;
    }
    f.paramStart = false;
    prevEndsExpr = true;
    return j;
  }

  private boolean startsBinding(int i) {
    Token t = tok(i);
    return (t.isIdent() || t.is("{") || t.is("[") || t.is("...")) && !t.is("as");
  }

  private void insertParameterProperties(int open) {
    StringBuilder assign = new StringBuilder();
    for (String p : pendingProps) {
      assign.append("this.").append(p).append(" = ").append(p).append("; ");
    }
    if (pendingExtends) {
      for (int k = open + 1; k < match[open]; k++) {
        if (is(k, "super") && is(k + 1, "(")) {
          insert(tok(match[k + 1]).end, "; " + assign.toString().trim().replaceAll(";$", ""));
          return;
        }
      }
    }
    insert(tok(open).end, " " + assign.toString().trim());
  }

  // ---- statements ------------------------------------------------------------------------------

  private int statement(int i) {
    Token t = tok(i);
    if (!t.isIdent()) {
      return -1;
    }
    Token next = tok(i + 1);
    boolean sameLine = !next.newlineBefore;
    switch (t.text) {
      case "import":
        if (is(i + 1, "(") || is(i + 1, ".")) {
          return -1;
        }
        return importDeclaration(i);
      case "export":
        return exportDeclaration(i);
      case "interface":
        if (next.isIdent() && sameLine) {
          return interfaceDeclaration(i + 1);
        }
        return -1;
      case "type":
        if (next.isIdent() && sameLine && (is(i + 2, "=") || is(i + 2, "<"))) {
          return typeAlias(i + 1);
        }
        return -1;
      case "declare":
        if (next.isIdent() && sameLine) {
          return declare(i + 1);
        }
        return -1;
      case "abstract":
        if (is(i + 1, "class") && sameLine) {
          blank(i, i);
          return classHead(i + 1, true);
        }
        return -1;
      case "enum":
        if (next.isIdent() && sameLine) {
          return enumDeclaration(i, i);
        }
        return -1;
      case "const":
        if (is(i + 1, "enum")) {
          return enumDeclaration(i, i + 1);
        }
        return variableDeclaration(i);
      case "let":
        if (next.isIdent() || next.is("[") || next.is("{")) {
          return variableDeclaration(i);
        }
        return -1;
      case "var":
        return variableDeclaration(i);
      case "namespace":
      case "module":
        if ((next.isIdent() || next.kind == Token.Kind.STRING) && sameLine && (is(i + 2, "{") || is(i + 2, "."))) {
          return namespace(i);
        }
        return -1;
      case "function":
        stmtStart = false;
        return functionHead(i, Owner.FUNCTION_DECL, stmtBegin);
      case "async":
        if (is(i + 1, "function") && sameLine) {
          stmtStart = false;
          return functionHead(i + 1, Owner.FUNCTION_DECL, stmtBegin);
        }
        return -1;
      case "class":
        return classHead(i, true);
      default:
        return -1;
    }
  }

  /**
   * A namespace that holds only types is erased, as TypeScript does; one that holds values would
   * need compiling into an object, which this stripper refuses.
   */
  private int namespace(int i) {
    int open = i + 1;
    while (!is(open, "{")) {
      open++;
    }
    int close = match[open];
    String body = src.substring(tok(open).end, tok(close).start);
    String stripped;
    try {
      stripped = strip(body, file);
    } catch (ModuleException e) {
      stripped = "x";
    }
    if (Lexer.tokenize(stripped, file).size() > 1) {
      throw error(i, "TypeScript namespaces holding values are not supported: miniflare4j strips types without "
          + "compiling; use an ES module (a namespace of types only, or \"declare namespace\", is fine)");
    }
    localTypes.add(tok(i + 1).text);
    return blankStatement(close + 1);
  }

  private int variableDeclaration(int i) {
    stmtStart = false;
    Frame v = new Frame(Kind.VARDECL, i);
    v.bindingNext = true;
    stack.push(v);
    prevEndsExpr = false;
    return i + 1;
  }

  private int binding(Frame f, int i) {
    int j = i;
    if (tok(j).isIdent()) {
      j++;
    } else if (is(j, "{") || is(j, "[")) {
      j = match[j] + 1;
    } else {
      throw error(j, "Expected a variable name");
    }
    if (is(j, "!")) {
      blank(j, j);
      j++;
    }
    if (is(j, ":")) {
      int k = typeEnd(j + 1);
      blank(j, k - 1);
      j = k;
    }
    f.bindingNext = false;
    prevEndsExpr = true;
    return j;
  }

  private int interfaceDeclaration(int name) {
    localTypes.add(tok(name).text);
    int j = name + 1;
    if (is(j, "<")) {
      j = types.typeParameters(j);
    }
    if (j > 0 && is(j, "extends")) {
      do {
        j = types.type(j + 1);
      } while (j > 0 && is(j, ","));
    }
    if (j < 0 || !is(j, "{")) {
      throw error(j < 0 ? name : j, "Expected \"{\" to start the interface body");
    }
    return blankStatement(match[j] + 1);
  }

  private int typeAlias(int name) {
    localTypes.add(tok(name).text);
    int j = name + 1;
    if (is(j, "<")) {
      j = types.typeParameters(j);
      if (j < 0) {
        throw error(name + 1, "Malformed type parameters");
      }
    }
    if (!is(j, "=")) {
      throw error(j, "Expected \"=\" in type alias");
    }
    return blankStatement(typeEnd(j + 1));
  }

  private int declare(int k) {
    Token what = tok(k);
    if (what.is("const") || what.is("let") || what.is("var") || what.is("function")) {
      if (tok(k + 1).isIdent()) {
        localTypes.add(tok(k + 1).text);
      }
      return blankStatement(declarationEnd(k + 1));
    }
    if (what.is("type") && tok(k + 1).isIdent()) {
      return typeAlias(k + 1);
    }
    if (tok(k + 1).isIdent()) {
      localTypes.add(tok(k + 1).text);
    }
    int j = k;
    while (!is(j, "{") && !is(j, ";") && tok(j).kind != Token.Kind.EOF && !(j > k + 1 && tok(j).newlineBefore)) {
      j = skip(j);
    }
    return blankStatement(is(j, "{") ? match[j] + 1 : j);
  }

  /** Blanks the statement from its beginning to {@code end} (exclusive), with a following {@code ;}. */
  private int blankStatement(int end) {
    if (is(end, ";")) {
      end++;
    }
    blank(stmtBegin, end - 1);
    newStatement(end);
    return end;
  }

  /** The end of a declaration without a body: its {@code ;}, or the line break after a complete part. */
  private int declarationEnd(int j) {
    while (tok(j).kind != Token.Kind.EOF && !is(j, ";")) {
      Token prev = tok(j - 1);
      Token t = tok(j);
      boolean prevEnds = prev.isIdent() || prev.is(")") || prev.is("]") || prev.is("}") || prev.is(">")
          || prev.kind == Token.Kind.STRING || prev.kind == Token.Kind.NUMBER;
      boolean continues = t.kind == Token.Kind.PUNCT && (CONTINUING.contains(t.text) || t.is(">"))
          || t.is("extends") || t.is("is") || t.is("keyof");
      if (t.newlineBefore && prevEnds && !continues) {
        return j;
      }
      j = skip(j);
    }
    return j;
  }

  private int skip(int j) {
    return match[j] > j ? match[j] + 1 : j + 1;
  }

  private int importDeclaration(int i) {
    int j = i + 1;
    if (is(j, "type") && !(is(j + 1, "from") && tok(j + 2).kind == Token.Kind.STRING) && !is(j + 1, ",")
        && !is(j + 1, "=")) {
      int end = moduleClauseEnd(j + 1);
      for (int k = j + 1; k < end; k++) {
        if (tok(k).isIdent() && !is(k, "as") && !is(k, "from")) {
          localTypes.add(tok(k).text);
        }
      }
      return blankStatement(end);
    }
    if (tok(j).kind == Token.Kind.STRING) {
      return endImport(i, moduleClauseEnd(j));
    }
    if (tok(j).isIdent() && is(j + 1, "=") || is(j, "type") && tok(j + 1).isIdent() && is(j + 2, "=")) {
      throw error(i, "\"import x = require(...)\" is CommonJS-only TypeScript and is not supported: "
          + "write import x from \"...\" instead");
    }
    ImportDecl decl = new ImportDecl();
    decl.begin = stmtBegin;
    if (tok(j).isIdent() && !is(j, "from") || is(j, "from") && (is(j + 1, "from") || is(j + 1, ","))) {
      decl.defaultIndex = j;
      decl.defaultName = tok(j).text;
      j++;
      if (is(j, ",")) {
        j++;
      }
    }
    if (is(j, "*")) {
      decl.namespaceStart = j;
      decl.namespaceName = tok(j + 2).text;
      j += 3;
    } else if (is(j, "{")) {
      int close = match[j];
      int k = j + 1;
      while (k < close) {
        int s = k;
        boolean typeOnly = is(k, "type") && !is(k + 1, ",") && !is(k + 1, "}") && !is(k + 1, "as");
        if (typeOnly) {
          k++;
        }
        String local = tok(k).text;
        k++;
        if (is(k, "as")) {
          local = tok(k + 1).text;
          k += 2;
        }
        if (is(k, ",")) {
          k++;
        }
        if (typeOnly) {
          localTypes.add(local);
          blank(s, k - 1);
        } else {
          decl.named.add(new int[] {s, k - 1});
          decl.names.add(local);
        }
      }
      j = close + 1;
    }
    decl.fromIndex = j;
    int end = moduleClauseEnd(j);
    decl.end = is(end, ";") ? end : end - 1;
    imports.add(decl);
    return endImport(i, end);
  }

  private int endImport(int i, int end) {
    if (is(end, ";")) {
      end++;
    }
    newStatement(end);
    return end;
  }

  /** After {@code from "x"} or a bare {@code "x"}, with an import attributes clause: the index after. */
  private int moduleClauseEnd(int j) {
    while (tok(j).kind != Token.Kind.STRING && tok(j).kind != Token.Kind.EOF) {
      j = skip(j);
    }
    j++;
    if ((is(j, "with") || is(j, "assert")) && is(j + 1, "{") && !tok(j).newlineBefore) {
      j = match[j + 1] + 1;
    }
    return j;
  }

  private int exportDeclaration(int i) {
    int j = i + 1;
    Token t = tok(j);
    switch (t.text) {
      case "type":
        if (is(j + 1, "{") || is(j + 1, "*")) {
          return blankStatement(is(j + 1, "*") ? moduleClauseEnd(j + 1) : exportClauseEnd(j + 1));
        }
        if (tok(j + 1).isIdent()) {
          return typeAlias(j + 1);
        }
        break;
      case "interface":
        return interfaceDeclaration(j + 1);
      case "declare":
        return declare(j + 1);
      case "import":
        throw error(i, "\"export import x = ...\" is not supported: use import and export statements");
      case "=":
        throw error(i, "\"export =\" is CommonJS-only TypeScript and is not supported: use export default");
      case "as":
        return blankStatement(declarationEnd(j));
      case "{":
        return exportClause(j);
      case "default":
        if (is(j + 1, "interface")) {
          return interfaceDeclaration(j + 2);
        }
        if (is(j + 1, "abstract") && is(j + 2, "class")) {
          blank(j + 1, j + 1);
          return classHead(j + 2, true);
        }
        if (is(j + 1, "function") || is(j + 1, "class") || (is(j + 1, "async") && is(j + 2, "function"))) {
          return j + 1;
        }
        stmtStart = false;
        prevEndsExpr = false;
        return j + 1;
      default:
        break;
    }
    // export followed by a declaration: it is handled as a statement that began at "export"
    return j;
  }

  private int exportClauseEnd(int open) {
    int j = match[open] + 1;
    if (is(j, "from")) {
      j = moduleClauseEnd(j);
    }
    return j;
  }

  private int exportClause(int open) {
    int close = match[open];
    boolean reexport = is(close + 1, "from");
    int k = open + 1;
    while (k < close) {
      int s = k;
      boolean typeOnly = is(k, "type") && !is(k + 1, ",") && !is(k + 1, "}") && !is(k + 1, "as");
      if (typeOnly) {
        k++;
      }
      String local = tok(k).text;
      k++;
      if (is(k, "as")) {
        k += 2;
      }
      if (is(k, ",")) {
        k++;
      }
      if (typeOnly) {
        blank(s, k - 1);
      } else if (!reexport) {
        exportSpecs.add(new Object[] {local, s, k - 1});
      }
    }
    int end = exportClauseEnd(open);
    exportClauses.add(new int[] {tok(open).start, tok(end - 1).end});
    return endImport(open, end);
  }

  // ---- classes ---------------------------------------------------------------------------------

  private int classHead(int i, boolean declaration) {
    stmtStart = false;
    int j = i + 1;
    if (tok(j).isIdent() && !is(j, "extends") && !is(j, "implements")) {
      j++;
    }
    if (is(j, "<")) {
      j = blankTypeParameters(j);
    }
    if (is(j, "extends")) {
      // the heritage is an expression (`Effect.Service<X>()("id", { ... })`): stripped as one,
      // until the `{` of the class body at its own depth (see heritage)
      Frame h = new Frame(Kind.HERITAGE, j);
      h.endsExpr = !declaration;
      stack.push(h);
      prevEndsExpr = false;
      return j + 1;
    }
    return classBody(j, declaration, false);
  }

  /**
   * A token at the top depth of a class heritage expression: type arguments right before the body
   * or {@code implements} ({@code extends Base<T> {}}) are blanked, and the body or {@code
   * implements} ends the heritage. Returns -1 for tokens the expression rules handle.
   */
  private int heritage(Frame h, int i) {
    if (is(i, "<") && prevEndsExpr) {
      int k = types.typeArguments(i);
      if (k > 0 && (is(k, "{") || is(k, "implements"))) {
        blank(i, k - 1);
        return k;
      }
      return -1;
    }
    if (is(i, "{") || is(i, "implements")) {
      stack.pop();
      return classBody(i, !h.endsExpr, true);
    }
    return -1;
  }

  private int classBody(int j, boolean declaration, boolean hasExtends) {
    stmtStart = false;
    if (is(j, "implements")) {
      int k = j;
      while (!is(k, "{") && tok(k).kind != Token.Kind.EOF) {
        k = skip(k);
      }
      blank(j, k - 1);
      j = k;
    }
    if (!is(j, "{")) {
      throw error(j, "Expected \"{\" to start the class body");
    }
    Frame c = new Frame(Kind.CLASS, j);
    c.endsExpr = !declaration;
    c.hasExtends = hasExtends;
    c.memberStart = true;
    stack.push(c);
    prevEndsExpr = false;
    return j + 1;
  }

  private int classMember(Frame c, int i) {
    if (is(i, "}")) {
      return close(i);
    }
    if (is(i, ";")) {
      return i + 1;
    }
    if (is(i, "@")) {
      return decorator(c, i, false);
    }
    int begin = i;
    int j = i;
    boolean declared = false;
    while (tok(j).isIdent() && MEMBER_MODIFIERS.contains(tok(j).text) && modifierApplies(j + 1)) {
      if (is(j, "static") && is(j + 1, "{")) {
        c.memberStart = false;
        Frame b = new Frame(Kind.BLOCK, j + 1);
        stack.push(b);
        newStatement(j + 2);
        return j + 2;
      }
      if (TS_MEMBER_MODIFIERS.contains(tok(j).text)) {
        blank(j, j);
        declared |= is(j, "declare") || is(j, "abstract");
      }
      j++;
    }
    if (is(j, "[") && tok(j + 1).isIdent() && is(j + 2, ":")) {
      int k = match[j] + 1;
      if (is(k, ":")) {
        k = typeEnd(k + 1);
      }
      if (is(k, ";")) {
        k++;
      }
      blank(begin, k - 1);
      return k;
    }
    while ((is(j, "get") || is(j, "set") || is(j, "async")) && modifierApplies(j + 1)) {
      j++;
    }
    if (is(j, "*")) {
      j++;
    }
    String name = tok(j).text;
    if (is(j, "[")) {
      j = match[j] + 1;
    } else {
      j++;
    }
    if (is(j, "?") || is(j, "!")) {
      blank(j, j);
      j++;
    }
    c.memberStart = false;
    if (is(j, "(") || is(j, "<")) {
      if (is(j, "<")) {
        j = blankTypeParameters(j);
      }
      Frame p = new Frame(Kind.PARAMS, j);
      p.owner = name.equals("constructor") ? Owner.CTOR : Owner.METHOD;
      p.declStart = begin;
      p.paramStart = true;
      p.props = new ArrayList<>();
      p.hasExtends = c.hasExtends;
      stack.push(p);
      prevEndsExpr = false;
      return j + 1;
    }
    int annotation = -1;
    if (is(j - 1, "?") || is(j - 1, "!")) {
      annotation = j - 1;
    }
    if (is(j, ":")) {
      int k = typeEnd(j + 1);
      blank(j, k - 1);
      annotation = annotation < 0 ? j : annotation;
      j = k;
    }
    if (declared) {
      if (is(j, ";")) {
        j++;
      }
      blank(begin, j - 1);
      c.memberStart = true;
      return j;
    }
    if (is(j, "=")) {
      stack.push(new Frame(Kind.FIELDINIT, j));
      prevEndsExpr = false;
      return j + 1;
    }
    if (annotation >= 0 && !is(j, ";")) {
      // "get!: T" + line break + "post!: T" would read as a getter named post: end the field here
      out[tok(annotation).start] = ';';
    }
    c.memberStart = true;
    prevEndsExpr = true;
    return is(j, ";") ? j + 1 : j;
  }

  /** Whether the identifier before {@code i} is a modifier rather than the member's name. */
  private boolean modifierApplies(int i) {
    Token t = tok(i);
    if (t.newlineBefore) {
      return false;
    }
    return t.isIdent() || t.kind == Token.Kind.STRING || t.kind == Token.Kind.NUMBER || t.is("[") || t.is("*")
        || t.is("{") || t.is("#");
  }

  private int objectMember(Frame o, int i) {
    if (is(i, "}") || is(i, "...")) {
      o.memberStart = false;
      return -1;
    }
    int j = i;
    while ((is(j, "get") || is(j, "set") || is(j, "async")) && modifierApplies(j + 1) && !is(j + 1, "{")) {
      j++;
    }
    if (is(j, "*")) {
      j++;
    }
    int k;
    if (is(j, "[")) {
      k = match[j] + 1;
    } else if (tok(j).isIdent() || tok(j).kind == Token.Kind.STRING || tok(j).kind == Token.Kind.NUMBER) {
      k = j + 1;
    } else {
      o.memberStart = false;
      return -1;
    }
    o.memberStart = false;
    if (is(k, ":") && j == i) {
      prevEndsExpr = true; // a property key, keyword or not ({ class: "x" }), not the statement it could start
      return k;
    }
    if (is(k, "(") || is(k, "<")) {
      if (is(k, "<")) {
        k = blankTypeParameters(k);
      }
      Frame p = new Frame(Kind.PARAMS, k);
      p.owner = Owner.OBJECT_METHOD;
      p.declStart = i;
      p.paramStart = true;
      stack.push(p);
      prevEndsExpr = false;
      return k + 1;
    }
    return -1;
  }

  // ---- enums -----------------------------------------------------------------------------------

  private int enumDeclaration(int first, int enumKeyword) {
    int nameIndex = enumKeyword + 1;
    String name = tok(nameIndex).text;
    int open = nameIndex + 1;
    if (!is(open, "{")) {
      throw error(open, "Expected \"{\" to start the enum body");
    }
    int close = match[open];
    blank(first, open);
    insert(tok(first).start, "var " + name + "; (function (" + name + ") {");
    Set<String> members = new HashSet<>();
    String previous = null;
    boolean previousNumeric = true;
    long next = 0;
    int k = open + 1;
    while (k < close) {
      Token member = tok(k);
      String key;
      if (member.isIdent()) {
        key = member.text;
      } else if (member.kind == Token.Kind.STRING) {
        key = member.text.substring(1, member.text.length() - 1);
      } else {
        throw error(k, "Expected an enum member name");
      }
      int e = k + 1;
      String init = null;
      boolean stringInit = false;
      if (is(e, "=")) {
        StringBuilder expr = new StringBuilder();
        e++;
        int s = e;
        stringInit = true;
        while (e < close && !is(e, ",")) {
          int to = skip(e);
          for (int x = e; x < to; x++) {
            Token part = tok(x);
            boolean ref = part.isIdent() && members.contains(part.text) && !(x > s && (tok(x - 1).is(".") || tok(x - 1).is("?.")));
            expr.append(expr.length() > 0 ? " " : "").append(ref ? name + "[" + quote(part.text) + "]" : part.text);
            if (!(part.kind == Token.Kind.STRING || part.kind == Token.Kind.TEMPLATE || part.is("+"))) {
              stringInit = false;
            }
          }
          e = to;
        }
        if (e == s) {
          throw error(e, "Expected an enum member value");
        }
        init = expr.toString();
      }
      String code;
      if (stringInit) {
        code = name + "[" + quote(key) + "] = " + init + ";";
        previousNumeric = false;
      } else {
        String value;
        if (init != null) {
          value = init;
          try {
            next = Long.parseLong(init.trim()) + 1;
            previousNumeric = true;
          } catch (NumberFormatException notLiteral) {
            previousNumeric = false;
          }
        } else if (previousNumeric) {
          value = Long.toString(next++);
        } else {
          if (previous == null) {
            throw error(k, "Enum member must have an initializer");
          }
          value = name + "[" + quote(previous) + "] + 1";
        }
        code = name + "[" + name + "[" + quote(key) + "] = " + value + "] = " + quote(key) + ";";
      }
      members.add(key);
      previous = key;
      int last = is(e, ",") ? e : e - 1;
      blank(k, last);
      insert(member.start, code);
      k = last + 1;
    }
    blank(close, close);
    insert(tok(close).start, "})(" + name + " || (" + name + " = {}));");
    return endImport(first, close + 1);
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  // ---- import elision --------------------------------------------------------------------------

  /** Removes imports whose bindings the remaining code never reads (they were types), as tsc and esbuild do. */
  private void removeTypeOnlyImports() {
    if (imports.isEmpty() && exportSpecs.isEmpty()) {
      return;
    }
    String stripped = new String(out);
    List<Token> rest = Lexer.tokenize(stripped, file);
    Set<String> used = new HashSet<>();
    Set<String> usedOutsideExports = new HashSet<>();
    for (int i = 0; i < rest.size(); i++) {
      Token t = rest.get(i);
      if (!t.isIdent() || (i > 0 && (rest.get(i - 1).is(".") || rest.get(i - 1).is("?.")))) {
        continue;
      }
      if (insideImport(t.start)) {
        continue;
      }
      used.add(t.text);
      if (!insideExportClause(t.start)) {
        usedOutsideExports.add(t.text);
      }
    }
    for (StringBuilder inserted : inserts.values()) {
      for (Token t : Lexer.tokenize(inserted.toString(), file)) {
        if (t.isIdent()) {
          used.add(t.text);
          usedOutsideExports.add(t.text);
        }
      }
    }
    for (ImportDecl decl : imports) {
      boolean defaultUsed = decl.defaultName != null && used.contains(decl.defaultName);
      boolean namespaceUsed = decl.namespaceName != null && used.contains(decl.namespaceName);
      List<Boolean> namedUsed = new ArrayList<>();
      boolean anyNamed = false;
      for (String n : decl.names) {
        boolean u = used.contains(n);
        namedUsed.add(u);
        anyNamed |= u;
      }
      boolean hadBindings = decl.defaultName != null || decl.namespaceName != null || !decl.names.isEmpty()
          || decl.fromIndex > 0 && is(decl.fromIndex - 1, "}") && wasTypeSpecifiers(decl);
      if (!hadBindings) {
        continue;
      }
      if (!defaultUsed && !namespaceUsed && !anyNamed) {
        blank(decl.begin, decl.end);
        continue;
      }
      if (decl.defaultName != null && !defaultUsed) {
        blank(decl.defaultIndex, decl.defaultIndex + (is(decl.defaultIndex + 1, ",") ? 1 : 0));
      }
      if (defaultUsed && !namespaceUsed && !anyNamed) {
        blank(decl.defaultIndex + 1, decl.fromIndex - 1);
        continue;
      }
      if (decl.namespaceName != null && !namespaceUsed) {
        blank(decl.namespaceStart, decl.namespaceStart + 2);
      }
      for (int n = 0; n < decl.named.size(); n++) {
        if (!namedUsed.get(n)) {
          blank(decl.named.get(n)[0], decl.named.get(n)[1]);
        }
      }
    }
    for (Object[] spec : exportSpecs) {
      String local = (String) spec[0];
      if (localTypes.contains(local) && !usedOutsideExports.contains(local)) {
        blank((Integer) spec[1], (Integer) spec[2]);
      }
    }
  }

  private boolean wasTypeSpecifiers(ImportDecl decl) {
    int close = decl.fromIndex - 1;
    int open = match[close];
    return close - open > 1;
  }

  private boolean insideImport(int offset) {
    for (ImportDecl decl : imports) {
      if (offset >= tok(decl.begin).start && offset < tok(decl.end).end) {
        return true;
      }
    }
    return false;
  }

  private boolean insideExportClause(int offset) {
    for (int[] range : exportClauses) {
      if (offset >= range[0] && offset < range[1]) {
        return true;
      }
    }
    return false;
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private int blankTypeParameters(int j) {
    int k = types.typeParameters(j);
    if (k < 0) {
      throw error(j, "Malformed type parameters");
    }
    blank(j, k - 1);
    return k;
  }

  /** The end of the type starting at {@code i}; an error when there is none. */
  private int typeEnd(int i) {
    int j = types.type(i);
    if (j < 0) {
      throw error(i, "Expected a type but found \"" + tok(i).text + "\"");
    }
    return j;
  }

  private Token tok(int i) {
    return toks.get(Math.min(Math.max(i, 0), toks.size() - 1));
  }

  private boolean is(int i, String s) {
    return tok(i).is(s);
  }

  /** Replaces tokens {@code a..b} (inclusive, with what lies between them) by spaces, keeping line breaks. */
  private void blank(int a, int b) {
    if (b < a) {
      return;
    }
    int from = tok(a).start;
    int to = tok(b).end;
    for (int c = from; c < to; c++) {
      if (!Lexer.isLineBreak(out[c])) {
        out[c] = ' ';
      }
    }
  }

  private boolean spansLines(int from, int to) {
    for (int c = from; c < to; c++) {
      if (Lexer.isLineBreak(src.charAt(c))) {
        return true;
      }
    }
    return false;
  }

  private void insert(int offset, String text) {
    inserts.computeIfAbsent(offset, k -> new StringBuilder()).append(text);
  }

  private String output() {
    if (inserts.isEmpty()) {
      return new String(out);
    }
    StringBuilder sb = new StringBuilder(out.length + 256);
    int last = 0;
    for (Map.Entry<Integer, StringBuilder> e : inserts.entrySet()) {
      sb.append(out, last, e.getKey() - last).append(e.getValue());
      last = e.getKey();
    }
    sb.append(out, last, out.length - last);
    return sb.toString();
  }

  private String position(int offset) {
    ModuleException e = ModuleException.at(file, src, offset, "");
    return e.line() + ":" + e.column();
  }

  private ModuleException error(int i, String message) {
    return ModuleException.at(file, src, tok(i).start, message);
  }
}
