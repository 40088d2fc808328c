package io.github.miniflare4j.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rows a SELECT feeds its sorters, counted over the statement's own clauses and parameters. */
class SorterFeedTest {

  private Connection connection;

  @BeforeEach
  void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:sqlite::memory:");
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, c TEXT)");
      s.execute("INSERT INTO t (a, c) VALUES (1, 'x'), (2, 'y'), (3, 'x'), (4, 'y'), (5, 'z')");
    }
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  private static SqlText.Statement statement(String sql) {
    return SqlText.statements(sql).get(0);
  }

  @Test
  void a_group_by_sorter_is_fed_the_rows_of_the_from_and_where_clauses() {
    assertThat(SorterFeed.groupFeed(connection, statement("SELECT c, count(*) FROM t WHERE a > ? GROUP BY c"), List.of(2)))
        .isEqualTo(3);
    // a parameter of the select list is not one of the filter's
    assertThat(SorterFeed.groupFeed(connection,
        statement("SELECT c || ?, count(*) FROM t WHERE a < ? GROUP BY c HAVING count(*) > ?"), List.of("-", 3, 0)))
        .isEqualTo(2);
  }

  @Test
  void an_order_by_sorter_is_fed_the_rows_before_the_limit() {
    assertThat(SorterFeed.orderFeed(connection, statement("SELECT * FROM t WHERE c = ? ORDER BY a DESC LIMIT ?"),
        List.of("x", 1))).isEqualTo(2);
    assertThat(SorterFeed.orderFeed(connection, statement("SELECT * FROM t ORDER BY a"), List.of())).isEqualTo(-1);
  }

  @Test
  void shapes_it_cannot_count_are_unknown() {
    assertThat(SorterFeed.groupFeed(connection, statement("WITH w AS (SELECT * FROM t) SELECT c FROM w GROUP BY c"), List.of()))
        .isEqualTo(-1);
    assertThat(SorterFeed.groupFeed(connection, statement("SELECT c FROM t WHERE a > ?1 GROUP BY c"), List.of(1)))
        .isEqualTo(-1);
    assertThat(SorterFeed.orderFeed(connection, statement("SELECT a FROM t UNION SELECT a FROM t ORDER BY 1 LIMIT 2"),
        List.of())).isEqualTo(-1);
  }
}
