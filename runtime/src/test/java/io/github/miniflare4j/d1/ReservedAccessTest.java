package io.github.miniflare4j.d1;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.storage.internal.SqlText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the authorizer answers for a statement naming a reserved table (the rules recorded against workerd). */
class ReservedAccessTest {

  private static final String TABLE = "_cf_METADATA";

  private static String answer(String sql) {
    List<SqlText.Token> tokens = SqlText.tokens(sql);
    int index = 0;
    while (!tokens.get(index).name().equalsIgnoreCase(TABLE)) {
      index++;
    }
    return ReservedAccess.message(tokens, index, TABLE, List.of("key", "value"), "key");
  }

  @Test
  void a_read_names_the_first_column_it_reads() {
    assertThat(answer("SELECT * FROM _cf_METADATA")).isEqualTo("access to _cf_METADATA.key is prohibited: SQLITE_AUTH");
    assertThat(answer("SELECT max(value) FROM _cf_METADATA")).isEqualTo("access to _cf_METADATA.value is prohibited: SQLITE_AUTH");
    assertThat(answer("SELECT oid FROM _cf_METADATA")).isEqualTo("access to _cf_METADATA.key is prohibited: SQLITE_AUTH");
    assertThat(answer("SELECT _cf_METADATA.* FROM _cf_METADATA")).isEqualTo("access to _cf_METADATA.key is prohibited: SQLITE_AUTH");
    assertThat(answer("SELECT t.a FROM t JOIN _cf_METADATA m ON m.value = t.a"))
        .isEqualTo("access to _cf_METADATA.value is prohibited: SQLITE_AUTH");
    assertThat(answer("SELECT a FROM t ORDER BY (SELECT value FROM _cf_METADATA)"))
        .isEqualTo("access to _cf_METADATA.value is prohibited: SQLITE_AUTH");
  }

  @Test
  void a_read_of_no_column_and_a_write_are_not_authorized() {
    assertThat(answer("SELECT count(*) FROM _cf_METADATA")).isEqualTo(D1Limits.NOT_AUTHORIZED);
    assertThat(answer("SELECT * FROM t WHERE EXISTS (SELECT 1 FROM _cf_METADATA)")).isEqualTo(D1Limits.NOT_AUTHORIZED);
    assertThat(answer("INSERT INTO t SELECT 1, 2 FROM _cf_METADATA")).isEqualTo(D1Limits.NOT_AUTHORIZED);
    assertThat(answer("DELETE FROM _cf_METADATA")).isEqualTo(D1Limits.NOT_AUTHORIZED);
    assertThat(answer("INSERT INTO _cf_METADATA (key, value) VALUES (1, 2)")).isEqualTo(D1Limits.NOT_AUTHORIZED);
  }
}
