package io.github.miniflare4j.queues;

import io.github.miniflare4j.storage.SqlDatabase;
import io.github.miniflare4j.storage.StorageException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages the queues of an instance still hold, kept in one SQLite database of the storage
 * layer ({@code <queuesPersist>/queues.sqlite}) so that they survive a restart on the same
 * directory: a message is written when a queue accepts it, rewritten when it is retried or moved
 * to a dead letter queue, and deleted once acknowledged or dropped. A message whose batch was in
 * delivery when the instance closed is delivered again (at least once, as Cloudflare promises).
 * Without persistence the queues keep their messages in memory only ({@link #NONE}).
 * Thread-safe.
 */
class QueueStore implements AutoCloseable {

  /** A kept message and when it becomes ready on the instance clock. */
  record Kept(StoredMessage message, long dueAt) {}

  /** No persistence: every operation does nothing. */
  static final QueueStore NONE = new QueueStore();

  private final SqlDatabase database;

  private QueueStore() {
    this.database = null;
  }

  private QueueStore(Path file) {
    this.database = SqlDatabase.open(file);
    try (Statement s = database.connection().createStatement()) {
      s.executeUpdate("CREATE TABLE IF NOT EXISTS messages (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, queue TEXT NOT NULL, "
          + "timestamp INTEGER NOT NULL, content_type TEXT NOT NULL, body TEXT NOT NULL, size INTEGER NOT NULL, "
          + "failed_attempts INTEGER NOT NULL, due INTEGER NOT NULL)");
    } catch (SQLException e) {
      database.close();
      throw failure("create the messages table", e);
    }
  }

  /**
   * The store of an instance.
   *
   * @param directory the queues' persist directory, or {@code null} to keep messages in memory only
   * @return the store
   */
  static QueueStore open(Path directory) {
    return directory == null ? NONE : new QueueStore(directory.resolve("queues.sqlite"));
  }

  /** Writes (or rewrites) a message held by a queue. */
  synchronized void save(String queue, StoredMessage message, long dueAt) {
    if (database == null) {
      return;
    }
    update("INSERT INTO messages (id, seq, queue, timestamp, content_type, body, size, failed_attempts, due) "
        + "VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM messages), ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        + "queue = excluded.queue, failed_attempts = excluded.failed_attempts, due = excluded.due",
        message.id, queue, message.timestamp, message.contentType, message.body, message.size, message.failedAttempts, dueAt);
  }

  /** Forgets a message (acknowledged, dropped, or leaving its queue). */
  synchronized void remove(String id) {
    if (database != null) {
      update("DELETE FROM messages WHERE id = ?", id);
    }
  }

  /** Forgets every message of a queue. */
  synchronized void clear(String queue) {
    if (database != null) {
      update("DELETE FROM messages WHERE queue = ?", queue);
    }
  }

  /** The kept messages by queue, each queue's in the order they were accepted. */
  synchronized Map<String, List<Kept>> load() {
    Map<String, List<Kept>> byQueue = new LinkedHashMap<>();
    if (database == null) {
      return byQueue;
    }
    try (PreparedStatement s = database.connection().prepareStatement(
        "SELECT queue, id, timestamp, content_type, body, size, failed_attempts, due FROM messages ORDER BY seq");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        StoredMessage message = new StoredMessage(rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getLong(6));
        message.failedAttempts = rs.getInt(7);
        byQueue.computeIfAbsent(rs.getString(1), q -> new ArrayList<>()).add(new Kept(message, rs.getLong(8)));
      }
      return byQueue;
    } catch (SQLException e) {
      throw failure("read the kept messages", e);
    }
  }

  private void update(String sql, Object... args) {
    try (PreparedStatement s = database.connection().prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw failure("write a message", e);
    }
  }

  private static StorageException failure(String what, SQLException e) {
    return new StorageException("Queues: cannot " + what + ": " + e.getMessage(), e);
  }

  @Override
  public synchronized void close() {
    if (database != null) {
      database.close();
    }
  }
}
