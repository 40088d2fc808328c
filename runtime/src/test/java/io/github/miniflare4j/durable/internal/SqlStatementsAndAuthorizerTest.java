package io.github.miniflare4j.durable.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlStatementsAndAuthorizerTest {

  @Test
  void a_trigger_body_stays_one_statement() {
    assertThat(SqlStatements.split(
        "CREATE TABLE a (v); CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); "
            + "SELECT CASE WHEN 1 THEN 2 END; END; INSERT INTO a VALUES (1)"))
        .containsExactly("CREATE TABLE a (v)",
            " CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); SELECT CASE WHEN 1 THEN 2 END; END",
            " INSERT INTO a VALUES (1)");
  }

  @Test
  void refused_and_missing_functions_are_named_with_their_offsets() {
    assertThat(SqlFunctionAuthorizer.refusedFunction("SELECT SQLITE_VERSION() AS v"))
        .isEqualTo("not authorized to use function: SQLITE_VERSION at offset 7: SQLITE_ERROR");
    assertThat(SqlFunctionAuthorizer.refusedFunction("SELECT median(a) FROM t"))
        .isEqualTo("no such function: median at offset 7: SQLITE_ERROR");
    assertThat(SqlFunctionAuthorizer.refusedFunction("SELECT * FROM dbstat"))
        .isEqualTo("no such table: dbstat: SQLITE_ERROR");
    assertThat(SqlFunctionAuthorizer.refusedFunction("SELECT 'sqlite_version()', a AS sqlite_version FROM t")).isNull();
    assertThat(SqlFunctionAuthorizer.refusedFunction("CREATE VIRTUAL TABLE f USING fts5(body)")).isNull();
  }

  @Test
  void temporary_and_non_fts5_virtual_tables_are_refused() {
    assertThat(SqlFunctionAuthorizer.refusedCreate("CREATE TEMP TABLE x (a)")).isTrue();
    assertThat(SqlFunctionAuthorizer.refusedCreate("create virtual table r using rtree(id, a, b)")).isTrue();
    assertThat(SqlFunctionAuthorizer.refusedCreate("CREATE VIRTUAL TABLE f USING fts5(body)")).isFalse();
    assertThat(SqlFunctionAuthorizer.refusedCreate("CREATE TABLE t (a)")).isFalse();
  }

  @Test
  void string_literals_are_emptied_without_recursion() {
    String longLiteral = "SELECT '" + "x".repeat(1_000_000) + "' AS s, 'it''s' AS t";
    assertThat(SqlFunctionAuthorizer.withoutStringLiterals(longLiteral)).isEqualTo("SELECT '' AS s, '' AS t");
  }
}
