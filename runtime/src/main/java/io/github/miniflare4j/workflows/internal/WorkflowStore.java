package io.github.miniflare4j.workflows.internal;

import io.github.miniflare4j.storage.SqlDatabase;
import io.github.miniflare4j.storage.StorageException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored state of one workflow's instances, in one SQLite database of the storage layer (in
 * memory, or {@code <workflowsPersist>/<workflow name>.sqlite}): each instance's params, status,
 * output and error, each step's attempts and outcome (a value as clone text for the replay and as
 * JSON for status reports), the sleeps' and waits' due times, and the events not yet taken.
 * An instance that runs again replays its completed steps from here instead of repeating them.
 * Thread-safe: every method holds the store's lock.
 */
public final class WorkflowStore implements AutoCloseable {

  /** A stored instance. */
  public record InstanceRow(String id, String params, long created, String status, String output,
      String errorName, String errorMessage, Long pausedAt) {}

  /** A stored step: {@code state} is {@code started}, {@code succeeded} or {@code failed}. */
  public record StepRow(String key, String state, String value, String json, String errorName,
      String errorMessage, int attempts, Long due) {}

  /** A stored event: its payload as clone text and as JSON. */
  public record EventRow(String type, String payload, String json, long timestamp) {}

  private static final String SCHEMA = """
      CREATE TABLE IF NOT EXISTS instances (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, params TEXT NOT NULL,
        created INTEGER NOT NULL, status TEXT NOT NULL, output TEXT, error_name TEXT, error_message TEXT, paused_at INTEGER);
      CREATE TABLE IF NOT EXISTS steps (instance TEXT NOT NULL, key TEXT NOT NULL, state TEXT NOT NULL, value TEXT,
        json TEXT, error_name TEXT, error_message TEXT, attempts INTEGER NOT NULL DEFAULT 0, due INTEGER,
        done_seq INTEGER, PRIMARY KEY (instance, key));
      CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY AUTOINCREMENT, instance TEXT NOT NULL,
        type TEXT NOT NULL, payload TEXT NOT NULL, json TEXT, timestamp INTEGER NOT NULL);
      """;

  private final SqlDatabase database;

  /**
   * Opens the store.
   *
   * @param file the database file, or {@code null} in memory
   */
  public WorkflowStore(Path file) {
    this.database = SqlDatabase.open(file);
    try (Statement s = connection().createStatement()) {
      for (String ddl : SCHEMA.split(";")) {
        if (!ddl.isBlank()) {
          s.executeUpdate(ddl);
        }
      }
    } catch (SQLException e) {
      database.close();
      throw failure("create the workflow tables", e);
    }
  }

  private Connection connection() {
    return database.connection();
  }

  private static StorageException failure(String what, SQLException e) {
    return new StorageException("Workflows: cannot " + what + ": " + e.getMessage(), e);
  }

  // ---- instances --------------------------------------------------------------------------

  /** Adds an instance in status {@code queued}; {@code false} when the id exists already. */
  public synchronized boolean insertInstance(String id, String params, long created) {
    if (instance(id) != null) {
      return false;
    }
    update("INSERT INTO instances (id, seq, params, created, status) VALUES (?, "
        + "(SELECT COALESCE(MAX(seq), 0) + 1 FROM instances), ?, ?, 'queued')", id, params, created);
    return true;
  }

  /** The instance, or {@code null}. */
  public synchronized InstanceRow instance(String id) {
    return queryOne("SELECT id, params, created, status, output, error_name, error_message, paused_at FROM instances WHERE id = ?",
        rs -> new InstanceRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getObject(8) == null ? null : rs.getLong(8)), id);
  }

  /** Every instance id, in creation order. */
  public synchronized List<String> instanceIds() {
    return queryAll("SELECT id FROM instances ORDER BY seq", rs -> rs.getString(1));
  }

  /** Sets an instance's status (a Miniflare status name). */
  public synchronized void setStatus(String id, String status) {
    update("UPDATE instances SET status = ? WHERE id = ?", status, id);
  }

  /** Records the run's outcome: its output as JSON, or its error. */
  public synchronized void setOutcome(String id, String outputJson, String errorName, String errorMessage) {
    update("UPDATE instances SET output = ?, error_name = ?, error_message = ? WHERE id = ?", outputJson, errorName, errorMessage, id);
  }

  /** Sets (or clears, with {@code null}) when the instance was paused. */
  public synchronized void setPausedAt(String id, Long pausedAt) {
    update("UPDATE instances SET paused_at = ? WHERE id = ?", pausedAt, id);
  }

  /** Forgets what an instance did (steps, kept events, outcome), keeping its params: a restart. */
  public synchronized void clearRun(String id) {
    update("DELETE FROM steps WHERE instance = ?", id);
    update("DELETE FROM events WHERE instance = ?", id);
    update("UPDATE instances SET output = NULL, error_name = NULL, error_message = NULL, paused_at = NULL WHERE id = ?", id);
  }

  /** Deletes an instance and everything it stored. */
  public synchronized void deleteInstance(String id) {
    update("DELETE FROM steps WHERE instance = ?", id);
    update("DELETE FROM events WHERE instance = ?", id);
    update("DELETE FROM instances WHERE id = ?", id);
  }

  // ---- steps ------------------------------------------------------------------------------

  /** A step of an instance, or {@code null} when it never started. */
  public synchronized StepRow step(String id, String key) {
    return queryOne("SELECT key, state, value, json, error_name, error_message, attempts, due FROM steps WHERE instance = ? AND key = ?",
        rs -> new StepRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getInt(7), rs.getObject(8) == null ? null : rs.getLong(8)), id, key);
  }

  /** Records that a step started (or started another attempt). */
  public synchronized void stepStarted(String id, String key, int attempts, Long due) {
    update("INSERT INTO steps (instance, key, state, attempts, due) VALUES (?, ?, 'started', ?, ?) "
        + "ON CONFLICT (instance, key) DO UPDATE SET attempts = excluded.attempts, due = COALESCE(excluded.due, steps.due)",
        id, key, attempts, due);
  }

  private void ensureStep(String id, String key) {
    update("INSERT OR IGNORE INTO steps (instance, key, state) VALUES (?, ?, 'started')", id, key);
  }

  /** Records a step's result: clone text for the replay, JSON (or {@code null}) for status reports. */
  public synchronized void stepSucceeded(String id, String key, String value, String json) {
    ensureStep(id, key);
    update("UPDATE steps SET state = 'succeeded', value = ?, json = ?, done_seq = (SELECT COALESCE(MAX(done_seq), 0) + 1 FROM steps WHERE instance = ?) "
        + "WHERE instance = ? AND key = ?", value, json, id, id, key);
  }

  /** Records a step's final error. */
  public synchronized void stepFailed(String id, String key, String name, String message) {
    ensureStep(id, key);
    update("UPDATE steps SET state = 'failed', error_name = ?, error_message = ? WHERE instance = ? AND key = ?", name, message, id, key);
  }

  /** Records the error of a step that gave up (a {@code NonRetryableError}) and stays unfinished for a replay. */
  public synchronized void stepGaveUp(String id, String key, String name, String message) {
    ensureStep(id, key);
    update("UPDATE steps SET error_name = ?, error_message = ? WHERE instance = ? AND key = ?", name, message, id, key);
  }

  /** Moves the due time of every unfinished sleep and wait of an instance (after a pause). */
  public synchronized void offsetDues(String id, long millis) {
    update("UPDATE steps SET due = due + ? WHERE instance = ? AND state = 'started' AND due IS NOT NULL", millis, id);
  }

  /**
   * The JSON results of the instance's completed steps and waits, in completion order; steps
   * kept without JSON (sleeps, values JSON cannot write) are left out.
   */
  public synchronized List<String> stepOutputs(String id) {
    return queryAll("SELECT json FROM steps WHERE instance = ? AND state = 'succeeded' AND json IS NOT NULL ORDER BY done_seq",
        rs -> rs.getString(1), id);
  }

  // ---- events -----------------------------------------------------------------------------

  /** Keeps an event until a wait of its type takes it. */
  public synchronized void addEvent(String id, EventRow event) {
    update("INSERT INTO events (instance, type, payload, json, timestamp) VALUES (?, ?, ?, ?, ?)",
        id, event.type(), event.payload(), event.json(), event.timestamp());
  }

  /** Takes the oldest kept event of a type, or {@code null}. */
  public synchronized EventRow takeEvent(String id, String type) {
    Long seq = queryOne("SELECT seq FROM events WHERE instance = ? AND type = ? ORDER BY seq LIMIT 1", rs -> rs.getLong(1), id, type);
    if (seq == null) {
      return null;
    }
    EventRow event = queryOne("SELECT type, payload, json, timestamp FROM events WHERE seq = ?",
        rs -> new EventRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)), seq);
    update("DELETE FROM events WHERE seq = ?", seq);
    return event;
  }

  // ---- snapshots ----------------------------------------------------------------------------

  /** The whole store, for the per-test reset. */
  public synchronized byte[] snapshot() {
    return database.snapshot();
  }

  /** Puts a snapshot back. */
  public synchronized void restore(byte[] snapshot) {
    database.restore(snapshot);
  }

  @Override
  public synchronized void close() {
    database.close();
  }

  // ---- JDBC -------------------------------------------------------------------------------

  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private void update(String sql, Object... args) {
    try (PreparedStatement s = prepare(sql, args)) {
      s.executeUpdate();
    } catch (SQLException e) {
      throw failure("write (" + sql + ")", e);
    }
  }

  private <T> T queryOne(String sql, Row<T> row, Object... args) {
    List<T> all = queryAll(sql, row, args);
    return all.isEmpty() ? null : all.get(0);
  }

  private <T> List<T> queryAll(String sql, Row<T> row, Object... args) {
    try (PreparedStatement s = prepare(sql, args); ResultSet rs = s.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rs.next()) {
        result.add(row.read(rs));
      }
      return result;
    } catch (SQLException e) {
      throw failure("read (" + sql + ")", e);
    }
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement s = connection().prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      s.setObject(i + 1, args[i]);
    }
    return s;
  }
}
