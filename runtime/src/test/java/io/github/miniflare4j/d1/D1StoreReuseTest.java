package io.github.miniflare4j.d1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A store reuses query plans' analyses, prepared statements and the counters of its previous
 * query: the answers must stay those of a store that reads everything afresh, across schema
 * changes, failures and restores.
 */
class D1StoreReuseTest {

  private final D1Store store = new D1Store(null);

  @AfterEach
  void close() {
    store.close();
  }

  private D1Result query(String sql, Object... params) {
    return store.execute(List.of(new D1Query(sql, Arrays.asList(params)))).get(0);
  }

  @Test
  void rowsReadFollowAnIndexCreatedAndDroppedBetweenRunsOfTheSameText() {
    query("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    for (long i = 1; i <= 10; i++) {
      query("INSERT INTO t (id, v) VALUES (?, ?)", i, "v" + i);
    }
    String select = "SELECT id FROM t WHERE v = ?";
    assertThat(query(select, "v3").meta().rowsRead()).isEqualTo(10);
    assertThat(query(select, "v4").meta().rowsRead()).isEqualTo(10);

    query("CREATE INDEX t_v ON t (v)");
    assertThat(query(select, "v3").meta().rowsRead()).isEqualTo(2);

    query("DROP INDEX t_v");
    assertThat(query(select, "v3").meta().rowsRead()).isEqualTo(10);
  }

  @Test
  void aReusedStatementSeesColumnsAddedSinceItsLastRun() {
    query("CREATE TABLE t (id INTEGER PRIMARY KEY)");
    query("INSERT INTO t (id) VALUES (1)");
    assertThat(query("SELECT * FROM t").columns()).containsExactly("id");

    query("ALTER TABLE t ADD COLUMN name TEXT DEFAULT 'x'");
    D1Result after = query("SELECT * FROM t");
    assertThat(after.columns()).containsExactly("id", "name");
    assertThat(after.rows().get(0)).containsExactly(1L, "x");
  }

  @Test
  void aSelectReportsTheCountersLeftByThePreviousWrite() {
    query("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    D1Result insert = query("INSERT INTO t (v) VALUES (?)", "a");
    D1Result select = query("SELECT last_insert_rowid() AS id");
    assertThat(select.meta().lastRowId()).isEqualTo(insert.meta().lastRowId()).isEqualTo(select.rows().get(0)[0]);
    assertThat(select.meta().sizeAfter()).isEqualTo(insert.meta().sizeAfter());
    assertThat(select.meta().changedDb()).isFalse();
    assertThat(select.meta().changes()).isZero();
  }

  @Test
  void aFailedRequestDoesNotLeaveStaleCounters() {
    query("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    query("INSERT INTO t (id, v) VALUES (1, 'a')");
    assertThatThrownBy(() -> store.execute(List.of(
        new D1Query("INSERT INTO t (id, v) VALUES (5, 'b')", List.of()),
        new D1Query("INSERT INTO t (id, v) VALUES (1, 'duplicate')", List.of()))))
        .isInstanceOf(D1Failure.class);

    D1Result select = query("SELECT last_insert_rowid() AS id, count(*) AS n FROM t");
    assertThat(select.meta().lastRowId()).isEqualTo(select.rows().get(0)[0]);
    assertThat(select.rows().get(0)[1]).isEqualTo(1L);
  }

  @Test
  void aRestoreForgetsReusedStatementsAndCounters() {
    query("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    byte[] empty = store.snapshot();
    D1Result sizeEmpty = query("SELECT count(*) AS n FROM t");
    for (long i = 1; i <= 200; i++) {
      query("INSERT INTO t (id, v) VALUES (?, ?)", i, "x".repeat(100));
    }
    assertThat(query("SELECT count(*) AS n FROM t").rows().get(0)[0]).isEqualTo(200L);

    store.restore(empty);
    D1Result restored = query("SELECT count(*) AS n FROM t");
    assertThat(restored.rows().get(0)[0]).isEqualTo(0L);
    assertThat(restored.meta().sizeAfter()).isEqualTo(sizeEmpty.meta().sizeAfter());
  }
}
