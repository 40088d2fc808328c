package io.github.miniflare4j.durable.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A SQLite-backed object's cursor counts, as workerd reports them (recorded, do26-sql-row-counts-*). */
class SqlRowCountsTest {

  private ObjectStorage storage;

  @BeforeEach
  void open() {
    storage = ObjectStorage.open(null, true, time -> { });
    storage.exec("CREATE TABLE msgs (id INTEGER PRIMARY KEY, room TEXT NOT NULL, at INTEGER NOT NULL)");
    storage.exec("CREATE INDEX msgs_room_at ON msgs (room, at)");
    for (int i = 1; i <= 20; i++) {
      storage.exec("INSERT INTO msgs (room, at) VALUES (?, ?)", "r" + (i % 3), (double) (1000 + i));
    }
  }

  @AfterEach
  void close() {
    storage.close();
  }

  @Test
  void count_of_a_table_reads_every_row() {
    SqlResult result = storage.exec("SELECT count(*) AS n FROM msgs");
    assertThat(result.rowsRead()).isEqualTo(20);
    assertThat(result.rowsWritten()).isZero();
  }

  @Test
  void index_range_with_limit_reads_the_rows_it_returns() {
    SqlResult result = storage.exec("SELECT * FROM msgs WHERE room = ? ORDER BY at DESC LIMIT 5", "r1");
    assertThat(result.rowsRead()).isEqualTo(5);
  }

  @Test
  void insert_writes_the_row_and_its_index_entry() {
    SqlResult result = storage.exec("INSERT INTO msgs (room, at) VALUES (?, ?)", "r9", 1.0);
    assertThat(result.rowsRead()).isZero();
    assertThat(result.rowsWritten()).isEqualTo(2);
  }

  @Test
  void create_table_counts_its_schema_rows() {
    SqlResult result = storage.exec("CREATE TABLE users (name TEXT PRIMARY KEY, age INTEGER)");
    assertThat(result.rowsRead()).isEqualTo(1);
    assertThat(result.rowsWritten()).isEqualTo(3);
  }
}
