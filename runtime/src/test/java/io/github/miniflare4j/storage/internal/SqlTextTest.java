package io.github.miniflare4j.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting SQL into statements as SQLite reads them. */
class SqlTextTest {

  private static List<String> sql(String text) {
    return SqlText.statements(text).stream().map(SqlText.Statement::sql).toList();
  }

  @Test
  void splits_at_top_level_semicolons_only() {
    assertThat(sql("SELECT 'a;b' AS \"x;y\"; SELECT [c;d] -- e;f\n FROM t; /* g;h */ SELECT 1"))
        .containsExactly("SELECT 'a;b' AS \"x;y\";", "SELECT [c;d] -- e;f\n FROM t;", "/* g;h */ SELECT 1");
  }

  @Test
  void a_trigger_body_keeps_its_semicolons() {
    assertThat(sql("CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); DELETE FROM c; END; SELECT 2"))
        .containsExactly("CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); DELETE FROM c; END;", "SELECT 2");
  }

  @Test
  void comment_only_pieces_are_statements_without_tokens_and_trailing_white_space_is_none() {
    assertThat(SqlText.statements("SELECT 1;  \n")).hasSize(1);
    assertThat(SqlText.statements("SELECT 1; -- done")).extracting(s -> s.tokens().isEmpty()).containsExactly(false, true);
    assertThat(SqlText.scriptStatements("SELECT 1;; -- done")).hasSize(1);
  }

  @Test
  void parameters_are_recognised_in_every_form() {
    assertThat(SqlText.statements("SELECT ?, ?2, :a, @b, $c").get(0).tokens())
        .filteredOn(t -> t.kind() == SqlText.Kind.PARAMETER).extracting(SqlText.Token::text)
        .containsExactly("?", "?2", ":a", "@b", "$c");
  }

  @Test
  void the_statement_proper_follows_a_with_clause() {
    SqlText.Statement with = SqlText.statements(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3), d AS NOT MATERIALIZED (VALUES (1)) "
            + "INSERT INTO t SELECT x FROM c").get(0);
    assertThat(with.main().verb()).isEqualTo("INSERT");
    assertThat(with.main().sql()).isEqualTo(with.sql());
    assertThat(with.tokens().get(with.mainVerbAt()).text()).isEqualTo("INSERT");
    SqlText.Statement plain = SqlText.statements("DELETE FROM t WHERE id IN (SELECT 1)").get(0);
    assertThat(plain.main()).isSameAs(plain);
    assertThat(SqlText.statements("WITH c AS (SELECT 1)").get(0).mainVerbAt()).isEqualTo(-1);
  }
}
