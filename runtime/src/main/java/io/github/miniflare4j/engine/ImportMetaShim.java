package io.github.miniflare4j.engine;

/**
 * workerd's {@code import.meta} is an empty object (recorded with the oracle), where GraalJS's has
 * a {@code url}: a module whose text mentions {@code import.meta} gets a statement deleting it
 * before its first line's code. Contract: the result runs as the module did, with its line numbers
 * unchanged; only columns of its first line (after a hashbang line, its second) shift by the
 * statement's length. A module that never mentions {@code import.meta} is returned as it is.
 */
final class ImportMetaShim {

  static final String STATEMENT = "delete import.meta.url;";
  private static final String META = "import.meta";

  private ImportMetaShim() {}

  /**
   * The module's code with the shim, or {@code code} itself when it needs none.
   *
   * @param code an ES module's source text
   * @return the code to evaluate
   */
  static String apply(String code) {
    if (!code.contains(META)) {
      return code;
    }
    int at = 0;
    if (code.startsWith("#!")) {
      int newline = code.indexOf('\n');
      if (newline < 0) {
        return code; // a hashbang and nothing else
      }
      at = newline + 1;
    }
    return code.substring(0, at) + STATEMENT + code.substring(at);
  }
}
