package io.github.miniflare4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompatibilityFlagTableTest {

  @Test
  void known_flags_and_their_opposites_pass_alone() {
    assertThat(CompatibilityFlagTable.problem(List.of())).isNull();
    assertThat(CompatibilityFlagTable.problem(List.of("nodejs_compat", "url_standard", "experimental"))).isNull();
    assertThat(CompatibilityFlagTable.problem(List.of("no_nodejs_compat"))).isNull();
  }

  @Test
  void a_flag_named_twice_is_reported_before_anything_else() {
    assertThat(CompatibilityFlagTable.problem(List.of("nope", "nope")))
        .isEqualTo("Compatibility flag specified multiple times: nope");
  }

  @Test
  void a_fields_enable_and_disable_flags_together_contradict_each_other() {
    assertThat(CompatibilityFlagTable.problem(List.of("no_nodejs_compat", "nodejs_compat")))
        .isEqualTo("Compatibility flags are mutually contradictory: nodejs_compat vs no_nodejs_compat");
  }

  @Test
  void a_flag_no_field_has_is_unknown() {
    assertThat(CompatibilityFlagTable.problem(List.of("nodejs_compat", "no_such_flag_xyz")))
        .isEqualTo("No such compatibility flag: no_such_flag_xyz");
  }
}
