package io.github.miniflare4j.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** workerd's PRAGMA rules (recorded in the d1-s20-pragma-* conformance cases). */
class PragmaAuthorizerTest {

  @Test
  void namesCompareCaseSensitively() {
    assertThat(PragmaAuthorizer.allows(null, "foreign_keys", null)).isTrue();
    assertThat(PragmaAuthorizer.allows(null, "FOREIGN_KEYS", null)).isFalse();
    assertThat(PragmaAuthorizer.allows(null, "Table_List", null)).isFalse();
  }

  @Test
  void theTempSchemaAllowsNothing() {
    assertThat(PragmaAuthorizer.allows("temp", "table_list", null)).isFalse();
    assertThat(PragmaAuthorizer.allows("main", "table_list", null)).isTrue();
  }

  @Test
  void booleansAreRecognizedByTheirStart() {
    assertThat(PragmaAuthorizer.allows(null, "foreign_keys", "10")).isTrue();
    assertThat(PragmaAuthorizer.allows(null, "foreign_keys", "nonsense")).isTrue();
    assertThat(PragmaAuthorizer.allows(null, "foreign_keys", "'off'")).isTrue();
    assertThat(PragmaAuthorizer.allows(null, "foreign_keys", "2")).isFalse();
    assertThat(PragmaAuthorizer.allows(null, "foreign_keys", "-1")).isFalse();
    assertThat(PragmaAuthorizer.allows(null, "foreign_keys", "")).isFalse();
  }

  @Test
  void argumentsFollowEachPragmasSignature() {
    assertThat(PragmaAuthorizer.allows(null, "data_version", null)).isTrue();
    assertThat(PragmaAuthorizer.allows(null, "data_version", "5")).isFalse();
    assertThat(PragmaAuthorizer.allows(null, "table_info", null)).isFalse();
    assertThat(PragmaAuthorizer.allows(null, "table_info", "_cf_METADATA")).isFalse();
    assertThat(PragmaAuthorizer.allows(null, "table_info", "_CF_x")).isTrue();
    assertThat(PragmaAuthorizer.allows(null, "table_list", "_cf_METADATA")).isTrue();
    assertThat(PragmaAuthorizer.allows(null, "quick_check", "-1")).isTrue();
    assertThat(PragmaAuthorizer.allows(null, "optimize", "0x10002")).isTrue();
    assertThat(PragmaAuthorizer.allows(null, "optimize", "-1")).isTrue();
    assertThat(PragmaAuthorizer.allows(null, "optimize", "99999999999")).isFalse();
    assertThat(PragmaAuthorizer.allows(null, "optimize", "1.5")).isFalse();
    assertThat(PragmaAuthorizer.allows(null, "schema_version", null)).isFalse();
  }
}
