package io.github.miniflare4j.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlDatabaseTest {

  @Test
  void an_in_memory_database_goes_back_to_a_snapshot() throws Exception {
    try (SqlDatabase db = SqlDatabase.open(null)) {
      exec(db, "CREATE TABLE t (v INTEGER)", "INSERT INTO t VALUES (1)");
      byte[] snapshot = db.snapshot();
      exec(db, "INSERT INTO t VALUES (2)", "CREATE TABLE later (x)");
      db.restore(snapshot);
      assertThat(count(db, "SELECT count(*) FROM t")).isEqualTo(1);
      assertThat(count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'later'")).isZero();
    }
  }

  @Test
  void a_file_database_restored_stays_in_its_file(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("nested/db.sqlite");
    try (SqlDatabase db = SqlDatabase.open(file)) {
      exec(db, "CREATE TABLE t (v INTEGER)", "INSERT INTO t VALUES (1)");
      byte[] snapshot = db.snapshot();
      exec(db, "INSERT INTO t VALUES (2)");
      db.restore(snapshot);
      exec(db, "INSERT INTO t VALUES (3)");
    }
    try (SqlDatabase reopened = SqlDatabase.open(file)) {
      assertThat(count(reopened, "SELECT sum(v) FROM t")).isEqualTo(4);
    }
  }

  private static void exec(SqlDatabase db, String... sql) throws Exception {
    try (Statement s = db.connection().createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }

  private static long count(SqlDatabase db, String sql) throws Exception {
    try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
