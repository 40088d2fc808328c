package io.github.miniflare4j.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class SqliteConnectionsTest {

  @Test
  void case_sensitive_like_on_an_idle_connection_stays_in_its_database() throws SQLException {
    try (Connection first = SqliteConnections.openInMemory(); Statement s = first.createStatement()) {
      assertThat(SqliteConnections.mayChangeLike("pragma CASE_SENSITIVE_LIKE = 1")).isTrue();
      s.execute("PRAGMA case_sensitive_like = 1");
      try (Connection later = SqliteConnections.openInMemory()) {
        assertThat(matches(later)).as("a database opened later").isEqualTo(2);
      }
      assertThat(matches(first)).as("the database that set it").isEqualTo(1);
    }
  }

  @Test
  void other_statements_do_not_name_the_pragma() {
    assertThat(SqliteConnections.mayChangeLike("SELECT * FROM t WHERE a LIKE 'x%'")).isFalse();
  }

  /** How many of 'u1@x' and 'U1@y' match LIKE 'u1%' (2 when LIKE ignores case, as by default). */
  private static long matches(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS u (id INTEGER PRIMARY KEY, email TEXT UNIQUE)");
      s.execute("DELETE FROM u");
      s.execute("INSERT INTO u (email) VALUES ('u1@x'), ('U1@y'), ('u2@x')");
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM u WHERE email LIKE 'u1%'")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
