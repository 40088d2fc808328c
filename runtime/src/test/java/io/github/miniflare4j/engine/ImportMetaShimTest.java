package io.github.miniflare4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The statement that gives a module workerd's empty {@code import.meta}, and where it goes. */
class ImportMetaShimTest {

  @Test
  void a_module_that_never_mentions_import_meta_is_left_as_it_is() {
    String code = "export default {};\n";
    assertThat(ImportMetaShim.apply(code)).isSameAs(code);
  }

  @Test
  void the_statement_goes_before_the_first_line_so_line_numbers_stay() {
    assertThat(ImportMetaShim.apply("const u = import.meta.url;\nexport default u;"))
        .isEqualTo("delete import.meta.url;const u = import.meta.url;\nexport default u;");
  }

  @Test
  void a_hashbang_line_stays_first() {
    assertThat(ImportMetaShim.apply("#!/usr/bin/env node\nexport const m = import.meta;"))
        .isEqualTo("#!/usr/bin/env node\ndelete import.meta.url;export const m = import.meta;");
  }
}
