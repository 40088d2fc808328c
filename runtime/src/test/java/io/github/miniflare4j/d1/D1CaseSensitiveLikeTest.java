package io.github.miniflare4j.d1;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.storage.SqliteConnections;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code PRAGMA case_sensitive_like} stays in the database that ran it. The bundled SQLite sets
 * it on the process-wide LIKE when the connection still has a statement that ran and was not
 * reset (a cached INSERT is one): every database of the JVM, open or opened later, then planned
 * {@code LIKE 'u1%'} on an indexed column as a case-sensitive range.
 */
class D1CaseSensitiveLikeTest {

  private static D1Result query(D1Store store, String sql, Object... params) {
    return store.execute(List.of(new D1Query(sql, Arrays.asList(params)))).get(0);
  }

  @Test
  void thePragmaAfterCachedWritesChangesOnlyItsOwnDatabase() throws SQLException {
    try (D1Store setter = new D1Store(null); D1Store other = new D1Store(null)) {
      fill(other);
      fill(setter);
      query(setter, "PRAGMA case_sensitive_like = 1");

      assertThat(emailsLike(setter)).as("the database that set it").isEqualTo(1);
      assertThat(emailsLike(other)).as("a database open before").isEqualTo(2);
      try (D1Store later = new D1Store(null)) {
        fill(later);
        assertThat(emailsLike(later)).as("a database opened later").isEqualTo(2);
      }
      try (Connection plain = SqliteConnections.openInMemory(); Statement s = plain.createStatement()) {
        s.execute("CREATE TABLE u (id INTEGER PRIMARY KEY, email TEXT UNIQUE)");
        s.execute("INSERT INTO u (email) VALUES ('u1@x'), ('U1@y'), ('u2@x')");
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM u WHERE email LIKE 'u1%'")) {
          rs.next();
          assertThat(rs.getLong(1)).as("a connection of the storage layer").isEqualTo(2);
        }
      }

      query(setter, "PRAGMA case_sensitive_like = 0");
      assertThat(emailsLike(setter)).as("set back").isEqualTo(2);
    }
  }

  /** A table with a unique index, written by statements the store keeps prepared. */
  private static void fill(D1Store store) {
    query(store, "CREATE TABLE u (id INTEGER PRIMARY KEY, email TEXT UNIQUE)");
    for (String email : List.of("u1@x", "U1@y", "u2@x")) {
      query(store, "INSERT INTO u (email) VALUES (?)", email);
    }
  }

  private static long emailsLike(D1Store store) {
    return (Long) query(store, "SELECT count(*) AS n FROM u WHERE email LIKE 'u1%'").rows().get(0)[0];
  }
}
