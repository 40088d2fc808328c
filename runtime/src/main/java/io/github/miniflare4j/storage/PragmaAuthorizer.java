package io.github.miniflare4j.storage;

import java.util.List;
import java.util.Map;

/**
 * workerd's SQLite authorizer for a PRAGMA statement (D1 and Durable Objects' SQL storage share
 * it): what SQLite hands the authorizer (the schema named, the pragma's name as written with its
 * quotes removed, its argument) decides. Names compare case-sensitively ({@code PRAGMA
 * FOREIGN_KEYS} is refused); the {@code temp} schema allows no PRAGMA; {@code table_list} is
 * always allowed; the others allow only the arguments of their kind: a boolean (read back when
 * absent), an object name that is not reserved ({@code _cf_...}), a 32-bit number (recorded).
 */
public final class PragmaAuthorizer {

  /** What a pragma's argument may be (workerd's {@code PragmaSignature}). */
  private enum Signature { NO_ARG, BOOLEAN, OBJECT_NAME, OPTIONAL_OBJECT_NAME, NULL_OR_NUMBER, NULL_NUMBER_OR_OBJECT_NAME }

  private static final Map<String, Signature> SIGNATURES = Map.ofEntries(
      Map.entry("data_version", Signature.NO_ARG),
      Map.entry("case_sensitive_like", Signature.BOOLEAN),
      Map.entry("foreign_keys", Signature.BOOLEAN),
      Map.entry("defer_foreign_keys", Signature.BOOLEAN),
      Map.entry("ignore_check_constraints", Signature.BOOLEAN),
      Map.entry("legacy_alter_table", Signature.BOOLEAN),
      Map.entry("recursive_triggers", Signature.BOOLEAN),
      Map.entry("reverse_unordered_selects", Signature.BOOLEAN),
      Map.entry("foreign_key_check", Signature.OPTIONAL_OBJECT_NAME),
      Map.entry("foreign_key_list", Signature.OBJECT_NAME),
      Map.entry("index_info", Signature.OBJECT_NAME),
      Map.entry("index_list", Signature.OBJECT_NAME),
      Map.entry("index_xinfo", Signature.OBJECT_NAME),
      Map.entry("quick_check", Signature.NULL_NUMBER_OR_OBJECT_NAME),
      Map.entry("optimize", Signature.NULL_OR_NUMBER));

  /** The spellings of a boolean: an argument starting with one of them (any case) is one. */
  private static final List<String> BOOLEAN_PREFIXES = List.of("true", "false", "yes", "no", "on", "off", "1", "0");

  /** Names the authorizer refuses (workerd's regulator: case-sensitive). */
  private static final String RESERVED_PREFIX = "_cf_";

  private PragmaAuthorizer() {
  }

  /**
   * Whether workerd's authorizer allows a PRAGMA.
   *
   * @param schema the schema named before the pragma, canonical ({@code "main"} or {@code
   *     "temp"}), or {@code null} when none is named
   * @param pragma the pragma's name as written, quotes removed
   * @param argument the argument as SQLite passes it (quotes removed, a negative number with its
   *     sign, a positive one without), or {@code null} when there is none
   * @return whether it is allowed
   */
  public static boolean allows(String schema, String pragma, String argument) {
    if ("temp".equals(schema)) {
      return false;
    }
    if (pragma.equals("table_list")) {
      return true;
    }
    if (pragma.equals("table_info") || pragma.equals("table_xinfo")) {
      return argument != null && allowedName(argument);
    }
    Signature signature = SIGNATURES.get(pragma);
    if (signature == null) {
      return false;
    }
    return switch (signature) {
      case NO_ARG -> argument == null;
      case BOOLEAN -> argument == null || isBoolean(argument);
      case OBJECT_NAME -> argument != null && allowedName(argument);
      case OPTIONAL_OBJECT_NAME, NULL_NUMBER_OR_OBJECT_NAME -> argument == null || allowedName(argument);
      case NULL_OR_NUMBER -> argument == null || isInt32(argument);
    };
  }

  private static boolean allowedName(String name) {
    return !name.startsWith(RESERVED_PREFIX);
  }

  private static boolean isBoolean(String argument) {
    String value = argument;
    if (value.length() >= 2 && (value.charAt(0) == '\'' || value.charAt(0) == '"')
        && value.charAt(value.length() - 1) == value.charAt(0)) {
      value = value.substring(1, value.length() - 1);
    }
    for (String prefix : BOOLEAN_PREFIXES) {
      if (value.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text is a whole 32-bit integer, decimal or {@code 0x} hexadecimal, optionally negative (kj's parse). */
  private static boolean isInt32(String text) {
    String digits = text.startsWith("-") ? text.substring(1) : text;
    int radix = 10;
    if (digits.length() > 2 && digits.charAt(0) == '0' && (digits.charAt(1) == 'x' || digits.charAt(1) == 'X')) {
      digits = digits.substring(2);
      radix = 16;
    }
    if (digits.isEmpty() || Character.digit(digits.charAt(0), radix) < 0) {
      return false;
    }
    try {
      long value = Long.parseLong(digits, radix);
      long signed = text.startsWith("-") ? -value : value;
      return signed >= Integer.MIN_VALUE && signed <= Integer.MAX_VALUE;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
