package io.github.miniflare4j.storage;

import java.util.Map;
import java.util.Set;

/**
 * What workerd's SQLite, and the authorizer in front of it, make of functions and tables, where
 * the SQLite build under this library (sqlite-jdbc, a newer SQLite with extension functions)
 * differs. D1 databases and the SQL storage of Durable Objects run on the same SQLite and the same
 * authorizer in workerd (Miniflare's D1 is a Durable Object), so both read these lists; every
 * entry was recorded against the real runtime. All names are lower case.
 */
public final class WorkerdSqlite {

  /**
   * Functions the authorizer refuses ({@code not authorized to use function: <name>}): SQLite's
   * introspection, and functions outside its allowed list although workerd's SQLite (3.47) has
   * them.
   */
  public static final Set<String> REFUSED_FUNCTIONS = Set.of("sqlite_version", "sqlite_source_id",
      "sqlite_compileoption_get", "sqlite_compileoption_used", "sqlite_log", "subtype", "ceiling", "power", "log10",
      "json_pretty", "json_error_position", "fts5", "fts5_get_locale", "fts5_locale", "fts5_source_id");

  /**
   * Functions of the local SQLite build that workerd's does not have ({@code no such function}):
   * newer SQLite releases' functions, sqlite-jdbc's extension functions, FTS3 and R*Tree helpers.
   */
  public static final Set<String> MISSING_FUNCTIONS = Set.of("median", "percentile", "percentile_cont",
      "percentile_disc", "atn2", "charindex", "cot", "coth", "difference", "fts3_tokenizer", "fts5_insttoken", "if",
      "json_array_insert", "jsonb_array_insert", "leftstr", "lower_quartile", "matchinfo", "mode", "offsets",
      "optimize", "padc", "padl", "padr", "proper", "replicate", "reverse", "rightstr", "rtreecheck", "rtreedepth",
      "rtreenode", "square", "stdev", "strfilter", "unistr", "unistr_quote", "upper_quartile", "variance");

  /**
   * Functions whose argument count workerd's SQLite fixes where the local one accepts more forms
   * ({@code iif(c, x)} and {@code iif(c1, x1, c2, x2, ...)} came with SQLite 3.48).
   */
  public static final Map<String, Integer> FIXED_ARITIES = Map.of("iif", 3);

  /** Eponymous virtual tables of the local SQLite build that workerd's lacks ({@code no such table}). */
  public static final Set<String> MISSING_TABLES = Set.of("dbstat", "fts3tokenize", "fts4aux", "jsonb_each",
      "jsonb_tree");

  /** The virtual table modules the authorizer allows; others are not authorized. */
  public static final Set<String> ALLOWED_MODULES = Set.of("fts5", "fts5vocab");

  /**
   * Removes what {@code ANALYZE} (also run by {@code PRAGMA optimize}) wrote that workerd's SQLite
   * would not have: it is built without STAT4, so only {@code sqlite_stat1} is ever created.
   *
   * @param connection the connection that ran the statement
   * @throws java.sql.SQLException when the table cannot be dropped
   */
  public static void dropStatisticsWorkerdLacks(java.sql.Connection connection) throws java.sql.SQLException {
    try (java.sql.Statement drop = connection.createStatement()) {
      drop.execute("DROP TABLE IF EXISTS sqlite_stat4");
    }
  }

  private WorkerdSqlite() {}
}
