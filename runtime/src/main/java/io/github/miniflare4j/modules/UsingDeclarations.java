package io.github.miniflare4j.modules;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers explicit resource management ({@code using x = ...}, {@code await using x = ...}),
 * which workerd's V8 runs natively and Wrangler's esbuild lowers, but GraalJS does not parse. In
 * a block, the first declaration opens a {@code DisposableStack} (an {@code AsyncDisposableStack}
 * when the block has an {@code await using}) and a {@code try} that runs to the block's end; each
 * initializer becomes {@code stack.use(value)}, and leaving the block disposes the stack, in
 * reverse order, an error of the disposal suppressing the block's own as a {@code
 * SuppressedError}. Edits stay on their lines. Declarations at a module's top level and in {@code
 * for} heads are left as written.
 */
final class UsingDeclarations {

  private UsingDeclarations() {}

  /** Whether the source may hold a declaration: cheap, before tokens are walked. */
  static boolean mayContain(String js) {
    return js.contains("using ");
  }

  /**
   * Adds the edits (character range, replacement) that lower every declaration found.
   *
   * @param tokens the source's tokens
   */
  static void lower(List<Token> tokens, List<int[]> ranges, List<String> replacements) {
    // per open brace: the token index of its closing brace, and the stack opened in that block
    Deque<int[]> blocks = new ArrayDeque<>();
    int stacks = 0;
    Map<Integer, Integer> stackOfBlock = new HashMap<>();
    int[] closing = matchingBraces(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is("{")) {
        blocks.push(new int[] {i, closing[i]});
        continue;
      }
      if (t.is("}")) {
        if (!blocks.isEmpty()) {
          blocks.pop();
        }
        continue;
      }
      boolean awaitUsing = t.is("await") && at(tokens, i + 1).is("using") && !at(tokens, i + 1).newlineBefore;
      int using = awaitUsing ? i + 1 : i;
      if (!(awaitUsing || t.is("using")) || blocks.isEmpty()) {
        continue;
      }
      Token before = i > 0 ? tokens.get(i - 1) : null;
      boolean statementStart = before == null || before.is(";") || before.is("{") || before.is("}") || t.newlineBefore;
      if (!statementStart || before != null && (before.is(".") || before.is("?."))
          || !at(tokens, using + 1).isIdent() || !at(tokens, using + 2).is("=") || at(tokens, using + 1).is("in")
          || at(tokens, using + 1).is("of") || at(tokens, using + 1).is("instanceof")) {
        continue;
      }
      int[] block = blocks.peek();
      if (block[1] < 0) {
        continue;
      }
      Integer stack = stackOfBlock.get(block[0]);
      String prefix = "";
      if (stack == null) {
        stack = ++stacks;
        stackOfBlock.put(block[0], stack);
        boolean async = blockHasAwaitUsing(tokens, block[0], block[1]);
        String s = "__m4j_ds" + stack;
        prefix = "const " + s + " = new " + (async ? "AsyncDisposableStack" : "DisposableStack") + "(); let " + s
            + "e, " + s + "h = false; "
            // a plain using in a block that also awaits: its Symbol.dispose, never Symbol.asyncDispose
            + (async ? "const " + s + "s = (v) => { if (v == null) return v; const d = v[Symbol.dispose]; "
                + "if (typeof d !== \"function\") throw new TypeError(\"Symbol.dispose is not a function\"); "
                + s + ".defer(() => { d.call(v); }); return v; }; " : "")
            + "try { ";
        ranges.add(new int[] {tokens.get(block[1]).start, tokens.get(block[1]).start});
        replacements.add(" } catch (" + s + "x) { " + s + "e = " + s + "x; " + s + "h = true; } finally { try { "
            + (async ? "await " + s + ".disposeAsync(); " : s + ".dispose(); ") + "} catch (" + s + "d) { if (" + s
            + "h) throw new SuppressedError(" + s + "d, " + s + "e, \"An error was suppressed during disposal.\"); throw "
            + s + "d; } if (" + s + "h) throw " + s + "e; } ");
      }
      ranges.add(new int[] {t.start, tokens.get(using).end});
      replacements.add(prefix + "const");
      // each declarator's initializer: from after "=" to the "," or ";" at depth 0 (or the line's end)
      int k = using + 1;
      while (k < tokens.size()) {
        if (!at(tokens, k).isIdent() || !at(tokens, k + 1).is("=")) {
          break;
        }
        int start = k + 2;
        int end = initializerEnd(tokens, start);
        ranges.add(new int[] {tokens.get(start).start, tokens.get(start).start});
        boolean syncInAsync = !awaitUsing && blockHasAwaitUsing(tokens, block[0], block[1]);
        replacements.add("__m4j_ds" + stack + (syncInAsync ? "s(" : ".use("));
        ranges.add(new int[] {tokens.get(end - 1).end, tokens.get(end - 1).end});
        replacements.add(")");
        if (end < tokens.size() && tokens.get(end).is(",")) {
          k = end + 1;
        } else {
          break;
        }
      }
    }
  }

  private static Token at(List<Token> tokens, int i) {
    return tokens.get(Math.max(0, Math.min(i, tokens.size() - 1)));
  }

  /** The index of the token after an initializer starting at {@code start}. */
  private static int initializerEnd(List<Token> tokens, int start) {
    int depth = 0;
    for (int k = start; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (k > start && depth == 0 && (t.is(",") || t.is(";") || t.is("}")
          || t.newlineBefore && t.isIdent() && endsExpression(tokens.get(k - 1)))) {
        return k;
      }
      if (t.is("(") || t.is("[") || t.is("{") || t.kind == Token.Kind.TEMPLATE_HEAD) {
        depth++;
      } else if (t.is(")") || t.is("]") || t.is("}") || t.kind == Token.Kind.TEMPLATE_TAIL) {
        depth--;
      }
    }
    return tokens.size();
  }

  /** Whether a line may end after this token (automatic semicolon insertion's common cases). */
  private static boolean endsExpression(Token t) {
    return t.kind == Token.Kind.IDENT || t.kind == Token.Kind.NUMBER || t.kind == Token.Kind.STRING
        || t.kind == Token.Kind.TEMPLATE || t.kind == Token.Kind.TEMPLATE_TAIL || t.kind == Token.Kind.REGEX
        || t.is(")") || t.is("]") || t.is("}");
  }

  /** Whether the block itself (not a block nested in it) has an {@code await using}. */
  private static boolean blockHasAwaitUsing(List<Token> tokens, int open, int close) {
    int depth = 0;
    for (int k = open + 1; k < close; k++) {
      Token t = tokens.get(k);
      if (t.is("{")) {
        depth++;
      } else if (t.is("}")) {
        depth--;
      } else if (depth == 0 && t.is("await") && tokens.get(k + 1).is("using") && tokens.get(k + 2).isIdent()
          && tokens.get(k + 3).is("=")) {
        return true;
      }
    }
    return false;
  }

  /** For each {@code {}, the index of its matching {@code }} (or -1); template braces are separate tokens. */
  private static int[] matchingBraces(List<Token> tokens) {
    int[] closing = new int[tokens.size()];
    Arrays.fill(closing, -1);
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is("{")) {
        open.push(i);
      } else if (t.is("}") && !open.isEmpty()) {
        closing[open.pop()] = i;
      }
    }
    return closing;
  }
}
