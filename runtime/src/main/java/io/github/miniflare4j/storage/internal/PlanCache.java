package io.github.miniflare4j.storage.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@link RowCounter.Analysis analyses} of recently run statements, by statement text, valid
 * for one schema version: a change of {@code PRAGMA schema_version} empties it, and so does any
 * statement that may change what the query planner decides without changing the schema
 * ({@code ANALYZE}, {@code PRAGMA optimize}, writes to SQLite's statistics tables). Not
 * thread-safe: its store synchronizes.
 */
public final class PlanCache {

  /** Statements remembered; the least recently used is forgotten first. */
  private static final int CAPACITY = 256;

  private final Map<String, RowCounter.Analysis> analyses = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, RowCounter.Analysis> eldest) {
      return size() > CAPACITY;
    }
  };
  private long schemaVersion = Long.MIN_VALUE;

  /**
   * The analysis of a statement under a schema version.
   *
   * @param sql the statement's text
   * @param version the schema version now
   * @return the analysis, or {@code null} when there is none for this text and version
   */
  public RowCounter.Analysis get(String sql, long version) {
    if (version != schemaVersion) {
      analyses.clear();
      schemaVersion = version;
      return null;
    }
    return analyses.get(sql);
  }

  /**
   * Remembers the analysis of a statement.
   *
   * @param sql the statement's text
   * @param version the schema version it was made under
   * @param analysis the analysis
   */
  public void put(String sql, long version, RowCounter.Analysis analysis) {
    if (version != schemaVersion) {
      analyses.clear();
      schemaVersion = version;
    }
    analyses.put(sql, analysis);
  }

  /**
   * Forgets every analysis when a statement about to run may change plans without changing the
   * schema version.
   *
   * @param statement the statement
   */
  public void beforeRunning(SqlText.Statement statement) {
    if (!RowCounter.CACHED_VERBS.contains(statement.verb()) || namesStatistics(statement)) {
      clear();
    }
  }

  /** Forgets every analysis (the database was replaced). */
  public void clear() {
    analyses.clear();
    schemaVersion = Long.MIN_VALUE;
  }

  private static boolean namesStatistics(SqlText.Statement statement) {
    for (SqlText.Token token : statement.tokens()) {
      if (token.kind() != SqlText.Kind.STRING && token.kind() != SqlText.Kind.OTHER
          && token.name().regionMatches(true, 0, "sqlite_stat", 0, "sqlite_stat".length())) {
        return true;
      }
    }
    return false;
  }
}
