package io.github.miniflare4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The flags nodejs_compat implies from the compatibility date (dates recorded with the oracle: nodemod2-modules-*). */
class NodeCompatFlagsTest {

  @Test
  void module_flags_follow_the_compatibility_date() {
    assertThat(NodeCompat.effectiveFlags("2025-09-14", List.of("nodejs_compat")))
        .contains("enable_nodejs_http2_module")
        .doesNotContain("enable_nodejs_fs_module", "enable_nodejs_os_module", "enable_nodejs_process_v2");
    assertThat(NodeCompat.effectiveFlags("2025-09-15", List.of("nodejs_compat")))
        .contains("enable_nodejs_fs_module", "enable_nodejs_os_module", "enable_nodejs_process_v2")
        .doesNotContain("enable_nodejs_console_module");
    assertThat(NodeCompat.effectiveFlags("2026-03-17", List.of("nodejs_compat")))
        .contains("enable_nodejs_perf_hooks_module", "enable_nodejs_worker_threads_module", "enable_nodejs_stream_wrap_module");
    assertThat(NodeCompat.effectiveFlags("2026-03-16", List.of("nodejs_compat"))).doesNotContain("enable_nodejs_v8_module");
  }

  @Test
  void opt_out_flags_and_missing_nodejs_compat_keep_modules_away() {
    assertThat(NodeCompat.effectiveFlags("2026-04-26", List.of("nodejs_compat", "disable_nodejs_fs_module", "disable_nodejs_process_v2")))
        .doesNotContain("enable_nodejs_fs_module", "enable_nodejs_process_v2")
        .contains("enable_nodejs_os_module");
    assertThat(NodeCompat.effectiveFlags("2026-04-26", List.of())).doesNotContain("enable_nodejs_fs_module");
    assertThat(NodeCompat.processV2(NodeCompat.effectiveFlags("2025-01-01", List.of("enable_nodejs_process_v2")))).isFalse();
    assertThat(NodeCompat.processV2(NodeCompat.effectiveFlags("2025-01-01", List.of("nodejs_compat", "enable_nodejs_process_v2")))).isTrue();
  }
}
