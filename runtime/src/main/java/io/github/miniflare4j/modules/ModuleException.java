package io.github.miniflare4j.modules;

import java.nio.file.Path;

/**
 * A module of a worker project that cannot be loaded: a TypeScript construct that does not
 * compile, an import that resolves to nothing, a file that cannot be read. The message starts
 * with {@code file:line:column} when the problem has a place in a source file.
 */
public final class ModuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The file the error is in, or {@code null}. */
  private final String file;
  /** The line of the error, from 1; 0 when unknown. */
  private final int line;
  /** The column of the error, from 1; 0 when unknown. */
  private final int column;

  /**
   * An error without a source position.
   *
   * @param message what went wrong and how to fix it
   */
  public ModuleException(String message) {
    this(message, null, 0, 0, null);
  }

  /**
   * An error without a source position, with its cause.
   *
   * @param message what went wrong and how to fix it
   * @param cause the underlying failure
   */
  public ModuleException(String message, Throwable cause) {
    this(message, null, 0, 0, cause);
  }

  private ModuleException(String message, String file, int line, int column, Throwable cause) {
    super(message, cause);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** An error at a character offset of a source, located as {@code file:line:column} (both from 1). */
  static ModuleException at(String file, String src, int offset, String message) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < src.length(); i++) {
      char c = src.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= src.length() || src.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    int column = offset - lineStart + 1;
    return new ModuleException(file + ":" + line + ":" + column + ": " + message, file, line, column, null);
  }

  /** Same as {@link #at(String, String, int, String)} for a file path. */
  static ModuleException at(Path file, String src, int offset, String message) {
    return at(file.toString(), src, offset, message);
  }

  /**
   * The file the error is in.
   *
   * @return the path as text, or {@code null} when the error has no place in a file
   */
  public String file() {
    return file;
  }

  /**
   * The line of the error.
   *
   * @return the line, from 1; 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column of the error.
   *
   * @return the column, from 1; 0 when unknown
   */
  public int column() {
    return column;
  }
}
