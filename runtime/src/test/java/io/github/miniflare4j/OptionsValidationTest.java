package io.github.miniflare4j;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Bad options fail at construction with Miniflare's code and a message that says what to fix. */
class OptionsValidationTest {

  static WorkerOptions.Builder hello(String name) {
    return WorkerOptions.builder()
        .name(name)
        .modules(true)
        .script("export default { fetch() { return new Response('hi'); } };");
  }

  @Test
  void no_workers_is_refused() {
    assertThatThrownBy(() -> new Miniflare(MiniflareOptions.builder().build()))
        .isInstanceOf(MiniflareException.class)
        .hasMessage("No workers defined")
        .extracting(e -> ((MiniflareException) e).code())
        .isEqualTo(ErrorCode.ERR_NO_WORKERS);
  }

  @Test
  void two_workers_with_the_same_name_are_refused() {
    MiniflareOptions options =
        MiniflareOptions.builder().worker(hello("a")).worker(hello("b")).worker(hello("a")).build();

    assertThatThrownBy(() -> new Miniflare(options))
        .isInstanceOf(MiniflareException.class)
        .hasMessage("Multiple workers defined with the same `name`: \"a\"")
        .extracting(e -> ((MiniflareException) e).code())
        .isEqualTo(ErrorCode.ERR_DUPLICATE_NAME);
  }

  @Test
  void two_unnamed_workers_are_refused() {
    MiniflareOptions options = MiniflareOptions.builder().worker(hello("")).worker(hello("")).build();

    assertThatThrownBy(() -> new Miniflare(options))
        .hasMessage("Multiple workers defined without a `name`")
        .extracting(e -> ((MiniflareException) e).code())
        .isEqualTo(ErrorCode.ERR_DUPLICATE_NAME);
  }

  @Test
  void a_compatibility_date_after_today_is_refused_before_the_runtime_starts() {
    String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
    for (String date : new String[] {tomorrow, "abc"}) { // compared as text, as Miniflare compares
      MiniflareOptions options = MiniflareOptions.builder().worker(hello("a").compatibilityDate(date)).build();

      assertThatThrownBy(() -> new Miniflare(options))
          .hasMessage("Compatibility date \"" + date + "\" is in the future and unsupported")
          .extracting(e -> ((MiniflareException) e).code())
          .isEqualTo(ErrorCode.ERR_FUTURE_COMPATIBILITY_DATE);
    }
  }

  @Test
  void a_compatibility_date_workerd_cannot_read_or_does_not_support_fails_the_start() {
    for (String date : new String[] {"2025-1-1", "1999-12-31", "2025-12-32", "2025-00-10", " 2025-01-01", ""}) {
      MiniflareOptions options = MiniflareOptions.builder().worker(hello("a").compatibilityDate(date)).build();

      assertThatThrownBy(() -> new Miniflare(options))
          .hasMessage("The Workers runtime failed to start: Worker \"a\": Invalid compatibility date: " + date)
          .extracting(e -> ((MiniflareException) e).code())
          .isEqualTo(ErrorCode.ERR_RUNTIME_FAILURE);
    }
  }

  @Test
  void a_compatibility_date_after_the_newest_supported_one_runs_as_that_date_as_wrangler_falls_back() {
    // diagnostics_channel's hasSubscribers becomes a getter from 2026-05-19 (a date after the
    // newest supported one, 2026-05-03): a worker dated later still sees the method
    String script = "import dc from \"node:diagnostics_channel\";\n"
        + "export default { fetch() { return new Response(typeof dc.channel(\"x\").hasSubscribers); } };";
    for (String date : new String[] {"2026-05-04", "2026-06-01"}) {
      MiniflareOptions options = MiniflareOptions.builder()
          .worker(WorkerOptions.builder().name("a").modules(true).script(script)
              .compatibilityDate(date).compatibilityFlags(java.util.List.of("nodejs_compat")))
          .build();
      try (Miniflare mf = new Miniflare(options)) {
        org.assertj.core.api.Assertions.assertThat(mf.dispatchFetch("http://x/").text()).isEqualTo("function");
      }
    }
  }

  @Test
  void the_newest_supported_compatibility_date_and_any_day_up_to_31_start() {
    for (String date : new String[] {"2026-05-03", "2025-02-30", "2000-01-01"}) {
      try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(hello("a").compatibilityDate(date)).build())) {
        org.assertj.core.api.Assertions.assertThat(mf.dispatchFetch("http://x/").text()).isEqualTo("hi");
      }
    }
  }

  @Test
  void a_service_binding_to_an_unknown_worker_is_refused_naming_binding_and_target() {
    MiniflareOptions options =
        MiniflareOptions.builder().worker(hello("a").serviceBinding("B", "nope")).build();

    assertThatThrownBy(() -> new Miniflare(options))
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("Worker \"a\"'s binding \"B\" refers to a service \"nope\", but no such service is defined.")
        .hasMessageContaining("Workers defined: [a]")
        .extracting(e -> ((MiniflareException) e).code())
        .isEqualTo(ErrorCode.ERR_RUNTIME_FAILURE);
  }

  @Test
  void a_durable_object_class_in_an_unknown_worker_is_refused() {
    MiniflareOptions options =
        MiniflareOptions.builder().worker(hello("a").durableObject("OBJ", "Counter", "ghost")).build();

    assertThatThrownBy(() -> new Miniflare(options))
        .hasMessageContaining("binding \"OBJ\" refers to a Durable Object class in worker \"ghost\"")
        .extracting(e -> ((MiniflareException) e).code())
        .isEqualTo(ErrorCode.ERR_RUNTIME_FAILURE);
  }

  @Test
  void a_worker_without_code_is_refused() {
    MiniflareOptions options = MiniflareOptions.builder().worker(WorkerOptions.builder().name("empty")).build();

    assertThatThrownBy(() -> new Miniflare(options))
        .hasMessage("Worker \"empty\" has no code: set script(...) or scriptPath(...)")
        .extracting(e -> ((MiniflareException) e).code())
        .isEqualTo(ErrorCode.ERR_VALIDATION);
  }

  @Test
  void a_missing_script_file_is_refused_with_its_path() {
    MiniflareOptions options =
        MiniflareOptions.builder().worker(WorkerOptions.builder().name("w").scriptPath("no/such/file.js")).build();

    assertThatThrownBy(() -> new Miniflare(options))
        .hasMessageStartingWith("Worker \"w\": cannot read scriptPath ")
        .hasMessageContaining("no/such/file.js")
        .extracting(e -> ((MiniflareException) e).code())
        .isEqualTo(ErrorCode.ERR_VALIDATION);
  }

  @Test
  void a_disposed_instance_refuses_to_dispatch() {
    Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(hello("a")).build());
    mf.close();

    assertThatThrownBy(() -> mf.dispatchFetch("http://localhost/"))
        .hasMessage("Cannot use disposed instance")
        .extracting(e -> ((MiniflareException) e).code())
        .isEqualTo(ErrorCode.ERR_DISPOSED);
  }
}
