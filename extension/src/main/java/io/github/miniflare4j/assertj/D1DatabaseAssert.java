package io.github.miniflare4j.assertj;

import io.github.miniflare4j.d1.D1Database;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on a D1 database, read through its Java handle: tables, row counts, and the rows of
 * tables and queries (navigating to AssertJ's list assertions, e.g. {@code
 * .table("todos").extracting("title").containsExactly("a", "b")}).
 */
public class D1DatabaseAssert extends AbstractAssert<D1DatabaseAssert, D1Database> {

  /**
   * Creates the assertion; prefer {@link MiniflareAssertions#assertThat(D1Database)}.
   *
   * @param actual the database under test
   */
  public D1DatabaseAssert(D1Database actual) {
    super(actual, D1DatabaseAssert.class);
  }

  /**
   * Verifies a table exists.
   *
   * @param table the table name
   * @return this assertion
   */
  public D1DatabaseAssert hasTable(String table) {
    isNotNull();
    List<String> tables = actual.tables();
    if (!tables.contains(table)) {
      failWithMessage("%nExpecting D1 database %s%nto have table:%n  %s%nbut its tables are:%n  %s",
          actual.databaseId(), table, tables);
    }
    return this;
  }

  /**
   * Verifies a table does not exist.
   *
   * @param table the table name
   * @return this assertion
   */
  public D1DatabaseAssert doesNotHaveTable(String table) {
    isNotNull();
    if (actual.tables().contains(table)) {
      failWithMessage("%nExpecting D1 database %s%nnot to have table:%n  %s%nbut it has", actual.databaseId(), table);
    }
    return this;
  }

  /**
   * Verifies the number of rows of a table.
   *
   * @param table the table name
   * @param expected the expected row count
   * @return this assertion
   */
  public D1DatabaseAssert hasRowCount(String table, long expected) {
    hasTable(table);
    long count = actual.count(table);
    if (count != expected) {
      failWithMessage("%nExpecting table %s of D1 database %s%nto have %s rows but it has %s:%n  %s",
          table, actual.databaseId(), expected, count, actual.query("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\" LIMIT 20"));
    }
    return this;
  }

  /**
   * Navigates to the rows of a table, in rowid order.
   *
   * @param table the table name
   * @return a list assertion on the rows (ordered maps of column name to value)
   */
  public ListAssert<Map<String, Object>> table(String table) {
    hasTable(table);
    return Assertions.assertThat(actual.query("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\" ORDER BY rowid"))
        .as("rows of table %s", table);
  }

  /**
   * Navigates to the rows of a query.
   *
   * @param sql the query
   * @param params the values of its parameters
   * @return a list assertion on the rows (ordered maps of column name to value)
   */
  public ListAssert<Map<String, Object>> query(String sql, Object... params) {
    isNotNull();
    return Assertions.assertThat(actual.query(sql, params)).as("rows of %s", sql);
  }
}
