package io.github.miniflare4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Scripts that cannot start fail at construction with the worker, file, line and column. */
class ScriptStartupTest {

  static MiniflareException start(WorkerOptions.Builder worker) {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(worker).build())) {
      throw new AssertionError("expected the instance to fail to start");
    } catch (MiniflareException e) {
      return e;
    }
  }

  @Test
  void a_module_that_does_not_parse_is_err_module_parse_with_its_location() {
    MiniflareException e =
        start(WorkerOptions.builder().name("broken").modules(true)
            .script("export default {\n  fetch() { return new Response('x') ;; }}}\n"));

    assertThat(e.code()).isEqualTo(ErrorCode.ERR_MODULE_PARSE);
    assertThat(e.getMessage())
        .startsWith("Unable to parse \"script-0\" of worker \"broken\":")
        .contains("at script-0:2:");
  }

  @Test
  void a_service_worker_that_does_not_parse_is_a_runtime_failure_with_its_location() {
    MiniflareException e =
        start(WorkerOptions.builder().name("sw").script("addEventListener('fetch', e => {\n"));

    assertThat(e.code()).isEqualTo(ErrorCode.ERR_RUNTIME_FAILURE);
    assertThat(e.getMessage())
        .startsWith("The Workers runtime failed to start: worker \"sw\": Uncaught SyntaxError")
        .contains("script-0:");
  }

  @Test
  void a_module_throwing_at_top_level_is_a_runtime_failure_naming_the_error() {
    MiniflareException e =
        start(WorkerOptions.builder().name("thrower").modules(true)
            .script("throw new Error('boom at top');\nexport default {};"));

    assertThat(e.code()).isEqualTo(ErrorCode.ERR_RUNTIME_FAILURE);
    assertThat(e.getMessage())
        .startsWith("The Workers runtime failed to start: worker \"thrower\": Uncaught Error: boom at top")
        .contains("at script-0:1:");
  }

  @Test
  void a_modules_worker_without_a_default_export_is_refused_as_workerd_does() {
    MiniflareException e =
        start(WorkerOptions.builder().name("nodefault").modules(true).script("export const x = 1;"));

    assertThat(e.code()).isEqualTo(ErrorCode.ERR_RUNTIME_FAILURE);
    assertThat(e.getMessage())
        .contains("Incorrect type for map entry 'x': the provided value is not of type 'function or ExportedHandler'.");
  }

  /** Outcomes recorded from Miniflare: an export that is neither a handler object nor a function stops the start. */
  @Test
  void every_export_of_the_main_module_must_be_a_handler_or_a_function_as_in_workerd() {
    String handler = " export default { fetch() { return new Response('ok'); } };";
    for (String[] refused : new String[][] {
        {"export const VERSION = '1.0';", "Incorrect type for map entry 'VERSION': the provided value is not of type 'function or ExportedHandler'."},
        {"export const a = 5; export const b = 1n;", "Incorrect type for map entry 'a': the provided value is not of type 'function or ExportedHandler'."},
        {"export let pending;", "Cannot initialize N7workerd3api15ExportedHandlerE with required members from an undefined or null value."}}) {
      MiniflareException e = start(WorkerOptions.builder().name("exports").modules(true).script(refused[0] + handler));
      assertThat(e.code()).isEqualTo(ErrorCode.ERR_RUNTIME_FAILURE);
      assertThat(e.getMessage()).startsWith("The Workers runtime failed to start: worker \"exports\": Uncaught TypeError: " + refused[1]);
    }
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(WorkerOptions.builder().modules(true)
        .script("export const config = { a: 1 }; export const list = [1]; export function helper() {} export class Plain {}" + handler))
        .build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("ok");
    }
  }

  @Test
  void a_service_worker_registering_no_handler_is_refused() {
    MiniflareException e = start(WorkerOptions.builder().name("idle").modules(false).script("const x = 1;"));

    assertThat(e.code()).isEqualTo(ErrorCode.ERR_RUNTIME_FAILURE);
    assertThat(e.getMessage()).contains("No event handlers were registered. This script does nothing.");
  }

  @Test
  void a_modules_worker_whose_default_export_has_no_fetch_answers_500_as_miniflare() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script("export default { scheduled() {} };"))
        .build())) {
      var response = mf.dispatchFetch("http://localhost/");

      assertThat(response.status()).isEqualTo(500);
      assertThat(response.text()).startsWith("Error: Handler does not export a fetch() function.");
    }
  }

  @Test
  void a_failed_start_leaves_no_worker_thread_running() throws InterruptedException {
    java.util.Set<Thread> before = workerThreads();
    assertThatThrownBy(() -> new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("ok").modules(true).script("export default { fetch() { return new Response('') } }"))
        .worker(WorkerOptions.builder().name("bad").modules(true).script("throw new Error('x'); export default {}"))
        .build()))
        .isInstanceOf(MiniflareException.class);

    // closing a loop lets its thread finish what it runs and end: wait for that (an event), then check
    java.util.Set<Thread> started = workerThreads();
    started.removeAll(before);
    for (Thread thread : started) {
      thread.join(java.time.Duration.ofMinutes(1).toMillis());
    }
    assertThat(started).filteredOn(Thread::isAlive).as("worker threads of the failed instance still running").isEmpty();
  }

  static java.util.Set<Thread> workerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("miniflare4j-worker-"))
        .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
  }
}
