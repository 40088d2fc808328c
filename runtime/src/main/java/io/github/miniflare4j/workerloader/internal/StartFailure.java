package io.github.miniflare4j.workerloader.internal;

import java.util.concurrent.CompletionException;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/**
 * workerd's error for a loaded worker whose code fails while it starts: {@code Failed to start
 * Worker:\nUncaught <Name>: <message>\n  at <module>:<line>:<column>}, the module named as the
 * code's {@code modules} name it.
 */
final class StartFailure extends RuntimeException {

  private static final String PREFIX = "/worker-loader/";
  private static final String MISSING_MODULE = "Error: No such module \"";

  private StartFailure(String message, Throwable cause) {
    super(message, cause, false, false);
  }

  /**
   * The error a failed start reports to the loading worker.
   *
   * @param error what starting threw
   * @param sources the worker's JavaScript modules by name, the main module first: the first that
   *     names a missing module is named as its importer
   * @return workerd's error when the worker's own code failed; else {@code error} itself
   */
  static Throwable of(Throwable error, java.util.Map<String, String> sources) {
    Throwable cause = error;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (!(cause.getCause() instanceof PolyglotException thrown) || thrown.isInterrupted() || !thrown.isGuestException()) {
      return cause;
    }
    String message = thrown.getMessage() == null ? "" : thrown.getMessage();
    String where;
    if (thrown.isSyntaxError()) {
      SyntaxMessage syntax = SyntaxMessage.of(message);
      message = "SyntaxError: " + syntax.text();
      where = syntax.where() != null ? moduleName(syntax.where()) : location(thrown);
    } else {
      where = location(thrown);
    }
    if (where.isEmpty() && message.startsWith(MISSING_MODULE)) {
      String importer = importerOf(message.substring(MISSING_MODULE.length(), message.length() - 2), sources);
      if (importer != null) {
        return new StartFailure("Failed to start Worker:\nUncaught " + message + "\n  imported from \"" + importer + "\"", cause);
      }
    }
    return new StartFailure("Failed to start Worker:\nUncaught " + message + (where.isEmpty() ? "" : "\n  at " + where), cause);
  }

  /** The innermost frame in the loaded worker's own modules, as {@code module:line:column}; "" if none. */
  private static String location(PolyglotException thrown) {
    SourceSection section = thrown.getSourceLocation();
    if (!ownModule(section)) {
      section = null;
      for (PolyglotException.StackFrame frame : thrown.getPolyglotStackTrace()) {
        if (frame.isGuestFrame() && ownModule(frame.getSourceLocation())) {
          section = frame.getSourceLocation();
          break;
        }
      }
    }
    if (section == null) {
      return "";
    }
    String path = section.getSource().getPath() != null ? section.getSource().getPath() : section.getSource().getName();
    return moduleName(path) + ":" + section.getStartLine() + ":" + section.getStartColumn();
  }

  /** A path under the loaded worker's virtual directory as its module name; other text as it is. */
  private static String moduleName(String path) {
    return path.startsWith(PREFIX) ? path.substring(path.indexOf('/', PREFIX.length()) + 1) : path;
  }

  private static boolean ownModule(SourceSection section) {
    if (section == null || !section.isAvailable() || section.getSource() == null) {
      return false;
    }
    String path = section.getSource().getPath() != null ? section.getSource().getPath() : section.getSource().getName();
    return path != null && path.startsWith(PREFIX);
  }

  /** The first module whose code names {@code module} in quotes (by its last path segment), or null. */
  private static String importerOf(String module, java.util.Map<String, String> sources) {
    String tail = module.substring(module.lastIndexOf('/') + 1);
    for (java.util.Map.Entry<String, String> source : sources.entrySet()) {
      String code = source.getValue();
      if (code.contains(tail + "\"") || code.contains(tail + "'") || code.contains(tail + "`")) {
        return source.getKey();
      }
    }
    return null;
  }

  /**
   * A GraalJS syntax error message ({@code main.js:1:16 Expected ident but found eof\n<source
   * line>\n<caret>}) as V8 words its first line, with the position it gives.
   *
   * @param text V8's wording where known, else GraalJS's first line without its position
   * @param where {@code module:line:column}, or {@code null} when the message has none
   */
  record SyntaxMessage(String text, String where) {

    static SyntaxMessage of(String message) {
      String first = message.lines().findFirst().orElse("");
      if (first.startsWith("SyntaxError: ")) {
        first = first.substring("SyntaxError: ".length());
      }
      String where = null;
      int space = first.indexOf(' ');
      if (space > 0 && first.substring(0, space).matches(".+:\\d+:\\d+")) {
        where = first.substring(0, space);
        first = first.substring(space + 1);
      }
      int found = first.lastIndexOf(" but found ");
      if (found >= 0) {
        String token = first.substring(found + " but found ".length());
        first = token.equals("eof") ? "Unexpected end of input" : "Unexpected token '" + token + "'";
      }
      return new SyntaxMessage(first, where);
    }
  }
}
