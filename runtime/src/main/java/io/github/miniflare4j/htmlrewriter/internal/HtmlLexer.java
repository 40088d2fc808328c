package io.github.miniflare4j.htmlrewriter.internal;

import java.nio.charset.Charset;

/**
 * A streaming HTML tokenizer over an {@link InputBuffer}, shaped after lol-html's lexer so
 * that the units a handler sees split where lol-html's do: text is reported up to each
 * {@code <} that may start markup and up to the end of each input chunk; a tag, comment or
 * doctype is reported only once complete (its bytes stay buffered meanwhile); a {@code <} that
 * starts no markup is text of its own. Each call to {@link #next} reports at most one lexeme.
 */
final class HtmlLexer {

  /** Receives lexemes; ranges index the input buffer and are valid during the call. */
  interface Sink {
    void text(int start, int end) throws RewritingException;

    void tag(TagLexeme tag) throws RewritingException;

    void comment(int start, int end, int textStart, int textEnd) throws RewritingException;

    /** {@code ids}: name, public id, system id as start/end pairs, -1 when absent. */
    void doctype(int start, int end, int[] ids) throws RewritingException;

    /** Markup that is no token ({@code </>}, CDATA delimiters, an unfinished tag at the end). */
    void raw(int start, int end) throws RewritingException;

    void eof() throws RewritingException;
  }

  /** workerd's limit on what lol-html may buffer. */
  static final int MAX_BUFFERED = 3 * 1024 * 1024;

  private final InputBuffer in;
  private final Charset charset;
  private final TreeBuilderSimulator tree;
  private final TagLexeme tag = new TagLexeme();
  private final int[] doctypeIds = new int[6];
  private TextType textType = TextType.DATA;
  /** Inside script data: whether a {@code <!--} escape (or a {@code <script>} in one) is open. */
  private ScriptEscape scriptEscape = ScriptEscape.NONE;
  /** Inside an open script escape: the dashes just read, so that {@code -->} closes it. */
  private int dashes;
  private String appropriateEndTag = "";
  private int lexemeStart;
  private int pos;
  private boolean done;

  HtmlLexer(InputBuffer in, Charset charset, TreeBuilderSimulator tree) {
    this.in = in;
    this.charset = charset;
    this.tree = tree;
  }

  /** Where the unconsumed input starts; bytes before it may be dropped. */
  int consumed() {
    return lexemeStart;
  }

  /** The buffer dropped {@code n} bytes from its start. */
  void shift(int n) {
    lexemeStart -= n;
    pos -= n;
  }

  /**
   * Reports the next lexeme.
   *
   * @return false when more input is needed, or after the end has been reported
   */
  boolean next(Sink sink) throws RewritingException {
    if (done) {
      return false;
    }
    byte[] b = in.data();
    int len = in.length();
    int k = findMarkup(b, len);
    if (k < 0) {
      int textEnd = len;
      if (textType == TextType.CDATA_SECTION && !in.ended()) {
        while (textEnd > lexemeStart && textEnd > len - 2 && b[textEnd - 1] == ']') {
          textEnd--;
        }
      }
      pos = textEnd;
      if (textEnd > lexemeStart) {
        int start = lexemeStart;
        lexemeStart = textEnd;
        sink.text(start, textEnd);
        return true;
      }
      if (!in.ended()) {
        return false;
      }
      done = true;
      sink.eof();
      return true;
    }
    if (k > lexemeStart) {
      int start = lexemeStart;
      lexemeStart = pos = k;
      sink.text(start, k);
      return true;
    }
    boolean produced =
        switch (textType) {
          case DATA -> dataMarkup(sink, b, len, k);
          case CDATA_SECTION -> cdataEnd(sink, k);
          case SCRIPT_DATA -> scriptMarkup(sink, b, len, k);
          default -> rawTextMarkup(sink, b, len, k);
        };
    if (!produced && len - lexemeStart > MAX_BUFFERED) {
      throw new RewritingException(RewritingException.MEMORY_LIMIT);
    }
    return produced;
  }

  /** The next position where markup may start, from {@code pos}, or -1. */
  private int findMarkup(byte[] b, int len) {
    if (textType == TextType.PLAINTEXT) {
      return -1;
    }
    if (textType == TextType.SCRIPT_DATA && scriptEscape != ScriptEscape.NONE) {
      // the > of a --> closing the escape starts a text chunk of its own, as in lol-html
      for (int i = Math.max(pos, lexemeStart); i < len; i++) {
        byte c = b[i];
        if (c == '<' || c == '>' && dashes >= 2) {
          return i;
        }
        dashes = c == '-' ? dashes + 1 : 0;
      }
      return -1;
    }
    if (textType == TextType.CDATA_SECTION) {
      for (int i = Math.max(pos, lexemeStart); i + 2 < len; i++) {
        if (b[i] == ']' && b[i + 1] == ']' && b[i + 2] == '>') {
          return i;
        }
      }
      return -1;
    }
    for (int i = Math.max(pos, lexemeStart); i < len; i++) {
      if (b[i] == '<') {
        return i;
      }
    }
    return -1;
  }

  private boolean text(Sink sink, int start, int end) throws RewritingException {
    lexemeStart = pos = end;
    sink.text(start, end);
    return true;
  }

  private boolean raw(Sink sink, int start, int end) throws RewritingException {
    lexemeStart = pos = end;
    sink.raw(start, end);
    return true;
  }

  /** The input ends inside markup: report it as text, or wait for more. */
  private boolean incompleteAsText(Sink sink, int k) throws RewritingException {
    return in.ended() && text(sink, k, in.length());
  }

  private boolean dataMarkup(Sink sink, byte[] b, int len, int k) throws RewritingException {
    if (k + 1 >= len) {
      return incompleteAsText(sink, k);
    }
    byte c = b[k + 1];
    if (isAlpha(c)) {
      return tagAt(sink, b, len, k, false);
    }
    if (c == '!') {
      return markupDeclaration(sink, b, len, k);
    }
    if (c == '/') {
      if (k + 2 >= len) {
        return incompleteAsText(sink, k);
      }
      byte c2 = b[k + 2];
      if (isAlpha(c2)) {
        return tagAt(sink, b, len, k, true);
      }
      if (c2 == '>') {
        return raw(sink, k, k + 3);
      }
      return bogusComment(sink, b, len, k, k + 2);
    }
    if (c == '?') {
      return bogusComment(sink, b, len, k, k + 1);
    }
    return text(sink, k, k + 1);
  }

  private boolean rawTextMarkup(Sink sink, byte[] b, int len, int k) throws RewritingException {
    if (k + 1 >= len) {
      return incompleteAsText(sink, k);
    }
    if (b[k + 1] != '/') {
      return text(sink, k, k + 1);
    }
    if (k + 2 >= len) {
      return incompleteAsText(sink, k);
    }
    if (!isAlpha(b[k + 2])) {
      return text(sink, k, k + 2);
    }
    int j = k + 2;
    while (j < len && isAlpha(b[j])) {
      j++;
    }
    if (j >= len) {
      return incompleteAsText(sink, k);
    }
    byte c = b[j];
    if ((isWhitespace(c) || c == '/' || c == '>') && lowerName(k + 2, j).equals(appropriateEndTag)) {
      return tagAt(sink, b, len, k, true);
    }
    return text(sink, k, j);
  }

  /**
   * Markup in script data, with the HTML tokenizer's escape states: {@code <!--} opens an
   * escape, in which {@code <script} opens a double escape that {@code </script} closes again
   * (without ending the script), and {@code -->} closes either. Only a {@code </script} outside
   * a double escape ends the script. Text chunks split where lol-html splits them: the bytes an
   * escape transition reads stay in the chunk they start.
   */
  private boolean scriptMarkup(Sink sink, byte[] b, int len, int k) throws RewritingException {
    if (b[k] == '>') {
      scriptEscape = ScriptEscape.NONE;
      dashes = 0;
      pos = k + 1;
      return true;
    }
    dashes = 0;
    if (k + 1 >= len) {
      return incompleteAsText(sink, k);
    }
    byte c = b[k + 1];
    switch (scriptEscape) {
      case NONE -> {
        if (c != '!') {
          return rawTextMarkup(sink, b, len, k);
        }
        if (k + 3 >= len && !in.ended()) {
          return false;
        }
        if (startsWith(b, len, k + 2, "--", false)) {
          scriptEscape = ScriptEscape.ESCAPED;
          dashes = 2;
          pos = k + 4;
        } else {
          pos = k + 2;
        }
        return true;
      }
      case ESCAPED -> {
        if (!isAlpha(c)) {
          return rawTextMarkup(sink, b, len, k);
        }
        return scriptWord(b, len, k + 1, ScriptEscape.DOUBLE_ESCAPED);
      }
      default -> {
        if (c != '/') {
          pos = k + 1;
          return true;
        }
        return scriptWord(b, len, k + 2, ScriptEscape.ESCAPED);
      }
    }
  }

  /** Reads the letters at {@code start}; {@code script} and a delimiter switch the escape to {@code then}. */
  private boolean scriptWord(byte[] b, int len, int start, ScriptEscape then) {
    int j = start;
    while (j < len && isAlpha(b[j])) {
      j++;
    }
    if (j >= len && !in.ended()) {
      return false;
    }
    if (j < len && (isWhitespace(b[j]) || b[j] == '/' || b[j] == '>') && lowerName(start, j).equals("script")) {
      scriptEscape = then;
    }
    pos = j;
    return true;
  }

  /** The script data escape states of the HTML tokenizer. */
  private enum ScriptEscape {
    NONE,
    ESCAPED,
    DOUBLE_ESCAPED
  }

  private boolean cdataEnd(Sink sink, int k) throws RewritingException {
    textType = TextType.DATA;
    return raw(sink, k, k + 3);
  }

  private boolean markupDeclaration(Sink sink, byte[] b, int len, int k) throws RewritingException {
    int s = k + 2;
    if (startsWith(b, len, s, "--", false)) {
      return comment(sink, b, len, k);
    }
    if (startsWith(b, len, s, "doctype", true)) {
      return doctype(sink, b, len, k);
    }
    if (startsWith(b, len, s, "[CDATA[", false)) {
      if (tree.cdataAllowed()) {
        raw(sink, k, k + 9);
        textType = TextType.CDATA_SECTION;
        return true;
      }
      return bogusComment(sink, b, len, k, s);
    }
    if (!in.ended() && (isPrefix(b, len, s, "--", false) || isPrefix(b, len, s, "doctype", true) || isPrefix(b, len, s, "[CDATA[", false))) {
      return false;
    }
    return bogusComment(sink, b, len, k, s);
  }

  private boolean comment(Sink sink, byte[] b, int len, int k) throws RewritingException {
    int s = k + 4;
    if (s >= len) {
      return in.ended() && emitComment(sink, k, len, s, len);
    }
    if (b[s] == '>') {
      return emitComment(sink, k, s + 1, s, s);
    }
    if (b[s] == '-') {
      if (s + 1 >= len) {
        return in.ended() && emitComment(sink, k, len, s, s);
      }
      if (b[s + 1] == '>') {
        return emitComment(sink, k, s + 2, s, s);
      }
    }
    for (int j = s; j + 1 < len; j++) {
      if (b[j] == '-' && b[j + 1] == '-') {
        if (j + 2 >= len) {
          break;
        }
        if (b[j + 2] == '>') {
          return emitComment(sink, k, j + 3, s, j);
        }
        if (b[j + 2] == '!' && j + 3 < len && b[j + 3] == '>') {
          return emitComment(sink, k, j + 4, s, j);
        }
        if (b[j + 2] == '!' && j + 3 >= len) {
          break;
        }
      }
    }
    return in.ended() && emitComment(sink, k, len, s, unclosedCommentEnd(b, s, len));
  }

  /**
   * Where the text of a comment the input ends in ends: a trailing {@code -}, {@code --} or
   * {@code --!} is the start of a closing sequence, not text (the HTML tokenizer's states).
   */
  private static int unclosedCommentEnd(byte[] b, int textStart, int len) {
    int end = len;
    if (end - textStart >= 3 && b[end - 1] == '!' && b[end - 2] == '-' && b[end - 3] == '-') {
      return end - 3;
    }
    if (end - textStart >= 2 && b[end - 1] == '-' && b[end - 2] == '-') {
      return end - 2;
    }
    if (end - textStart >= 1 && b[end - 1] == '-') {
      return end - 1;
    }
    return end;
  }

  private boolean bogusComment(Sink sink, byte[] b, int len, int k, int textStart) throws RewritingException {
    for (int j = textStart; j < len; j++) {
      if (b[j] == '>') {
        return emitComment(sink, k, j + 1, textStart, j);
      }
    }
    return in.ended() && emitComment(sink, k, len, textStart, len);
  }

  private boolean emitComment(Sink sink, int start, int end, int textStart, int textEnd) throws RewritingException {
    lexemeStart = pos = end;
    sink.comment(start, end, textStart, textEnd);
    return true;
  }

  private boolean doctype(Sink sink, byte[] b, int len, int k) throws RewritingException {
    int s = k + 9;
    int end = -1;
    for (int j = s; j < len; j++) {
      if (b[j] == '>') {
        end = j;
        break;
      }
    }
    if (end < 0) {
      if (!in.ended()) {
        return false;
      }
      end = len;
    }
    java.util.Arrays.fill(doctypeIds, -1);
    int i = skipWhitespace(b, s, end);
    if (i < end) {
      int j = i;
      while (j < end && !isWhitespace(b[j])) {
        j++;
      }
      doctypeIds[0] = i;
      doctypeIds[1] = j;
      i = skipWhitespace(b, j, end);
      boolean isPublic = startsWith(b, end, i, "public", true);
      boolean isSystem = startsWith(b, end, i, "system", true);
      if (isPublic || isSystem) {
        i = skipWhitespace(b, i + 6, end);
        int slot = isPublic ? 2 : 4;
        i = quoted(b, i, end, slot);
        if (isPublic && i >= 0) {
          i = quoted(b, skipWhitespace(b, i, end), end, 4);
        }
      }
    }
    int rawEnd = end < len ? end + 1 : len;
    lexemeStart = pos = rawEnd;
    sink.doctype(k, rawEnd, doctypeIds);
    return true;
  }

  /** Reads a quoted identifier at {@code i} into slot; returns the position after it, or -1. */
  private int quoted(byte[] b, int i, int end, int slot) {
    if (i >= end || b[i] != '"' && b[i] != '\'') {
      return -1;
    }
    byte quote = b[i];
    int j = i + 1;
    while (j < end && b[j] != quote) {
      j++;
    }
    doctypeIds[slot] = i + 1;
    doctypeIds[slot + 1] = j;
    return j < end ? j + 1 : end;
  }

  /** Parses a tag at {@code k}; an unfinished tag at the end of input is passed through raw. */
  private boolean tagAt(Sink sink, byte[] b, int len, int k, boolean isEnd) throws RewritingException {
    TagLexeme t = tag;
    t.reset(k, isEnd);
    int i = k + (isEnd ? 2 : 1);
    t.nameStart = i;
    while (i < len && !isWhitespace(b[i]) && b[i] != '/' && b[i] != '>') {
      i++;
    }
    if (i >= len) {
      return unfinishedTag(sink, k);
    }
    t.nameEnd = i;
    while (true) {
      if (i >= len) {
        return unfinishedTag(sink, k);
      }
      byte c = b[i];
      if (isWhitespace(c)) {
        i++;
        continue;
      }
      if (c == '/') {
        if (i + 1 >= len) {
          return unfinishedTag(sink, k);
        }
        if (b[i + 1] == '>') {
          t.selfClosing = true;
          return emitTag(sink, t, i + 2);
        }
        i++;
        continue;
      }
      if (c == '>') {
        return emitTag(sink, t, i + 1);
      }
      int nameStart = i++;
      while (i < len && !isWhitespace(b[i]) && b[i] != '/' && b[i] != '>' && b[i] != '=') {
        i++;
      }
      int nameEnd = i;
      i = skipWhitespace(b, i, len);
      if (i >= len) {
        return unfinishedTag(sink, k);
      }
      if (b[i] != '=') {
        t.addAttribute(nameStart, nameEnd, -1, -1, nameStart, nameEnd);
        continue;
      }
      i = skipWhitespace(b, i + 1, len);
      if (i >= len) {
        return unfinishedTag(sink, k);
      }
      byte q = b[i];
      if (q == '"' || q == '\'') {
        int j = i + 1;
        while (j < len && b[j] != q) {
          j++;
        }
        if (j >= len) {
          return unfinishedTag(sink, k);
        }
        t.addAttribute(nameStart, nameEnd, i + 1, j, nameStart, j + 1);
        i = j + 1;
      } else if (q == '>') {
        t.addAttribute(nameStart, nameEnd, i, i, nameStart, i);
      } else {
        int j = i;
        while (j < len && !isWhitespace(b[j]) && b[j] != '>') {
          j++;
        }
        if (j >= len) {
          return unfinishedTag(sink, k);
        }
        t.addAttribute(nameStart, nameEnd, i, j, nameStart, j);
        i = j;
      }
    }
  }

  private boolean unfinishedTag(Sink sink, int k) throws RewritingException {
    return in.ended() && raw(sink, k, in.length());
  }

  private boolean emitTag(Sink sink, TagLexeme t, int end) throws RewritingException {
    t.end = end;
    t.name = lowerName(t.nameStart, t.nameEnd);
    if (t.isEnd) {
      tree.endTag(t.name);
      textType = TextType.DATA;
    } else {
      textType = tree.startTag(t.name, t, this);
      scriptEscape = ScriptEscape.NONE;
      dashes = 0;
      t.ns = tree.current();
      appropriateEndTag = t.name;
    }
    lexemeStart = pos = end;
    sink.tag(t);
    return true;
  }

  /** The bytes decoded in the document's charset, ASCII letters lower-cased. */
  String lowerName(int start, int end) {
    byte[] b = in.data();
    boolean ascii = true;
    for (int i = start; i < end; i++) {
      if (b[i] < 0) {
        ascii = false;
        break;
      }
    }
    String s = ascii ? new String(b, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1) : new String(b, start, end - start, charset);
    StringBuilder lower = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (lower == null) {
          lower = new StringBuilder(s);
        }
        lower.setCharAt(i, (char) (c + 32));
      }
    }
    return lower == null ? s : lower.toString();
  }

  private static boolean startsWith(byte[] b, int len, int at, String word, boolean ignoreCase) {
    if (at + word.length() > len) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      int c = b[at + i];
      if (ignoreCase && c >= 'A' && c <= 'Z') {
        c += 32;
      }
      if (c != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPrefix(byte[] b, int len, int at, String word, boolean ignoreCase) {
    int n = len - at;
    if (n >= word.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      int c = b[at + i];
      if (ignoreCase && c >= 'A' && c <= 'Z') {
        c += 32;
      }
      if (c != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int skipWhitespace(byte[] b, int i, int end) {
    while (i < end && isWhitespace(b[i])) {
      i++;
    }
    return i;
  }

  static boolean isWhitespace(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean isAlpha(byte c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
