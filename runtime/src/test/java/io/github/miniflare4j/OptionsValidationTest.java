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
