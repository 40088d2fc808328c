package io.github.miniflare4j.wrapped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import org.junit.jupiter.api.Test;

/** Wrapped bindings beyond the recorded vars cases: the Java declaration and Miniflare's refusals. */
class WrappedBindingsTest {

  private static final String MAIN = "export default { fetch(req, env) { return Response.json(env.W); } };";
  private static final String WRAP = "export default function (env) { return { keys: Object.keys(env), v: env.V }; }";

  @Test
  void a_declaration_from_java_binds_the_wrapped_workers_default_export() throws Exception {
    MiniflareOptions options = MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("main").modules(true).compatibilityDate("2025-01-01").script(MAIN)
            .bind(WrappedBindingDeclaration.wrapped("W", "wrap")))
        .worker(WorkerOptions.builder().name("wrap").modules(true).script(WRAP).binding("V", "v"))
        .build();

    try (Miniflare mf = new Miniflare(options)) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("{\"keys\":[\"V\"],\"v\":\"v\"}");
    }
  }

  @Test
  void the_first_worker_cannot_be_wrapped() {
    assertRefused("""
        {"workers": [{"name": "wrap", "modules": true, "script": "", "wrappedBindings": {"W": "wrap"}}]}""",
        ErrorCode.ERR_INVALID_WRAPPED, "Cannot use \"wrap\" for wrapped binding because it's the entrypoint.\n"
            + "Ensure \"wrap\" isn't the first entry in the `workers` array.");
  }

  @Test
  void a_wrapped_worker_may_not_set_a_compatibility_date() {
    assertRefused("""
        {"workers": [{"name": "main", "modules": true, "script": "", "wrappedBindings": {"W": "wrap"}},
                     {"name": "wrap", "modules": true, "script": "", "compatibilityDate": "2025-01-01"}]}""",
        ErrorCode.ERR_INVALID_WRAPPED, "Cannot use \"wrap\" for wrapped binding because it defines a compatibility date.\n"
            + "Wrapped bindings use the compatibility date of the worker with the binding.");
  }

  @Test
  void a_wrapped_worker_must_be_a_single_es_module() {
    assertRefused("""
        {"workers": [{"name": "main", "modules": true, "script": "", "wrappedBindings": {"W": "wrap"}},
                     {"name": "wrap", "script": "addEventListener('fetch', () => {})"}]}""",
        ErrorCode.ERR_INVALID_WRAPPED, "Cannot use \"wrap\" for wrapped binding because it's a service worker.\n"
            + "Ensure \"wrap\" sets `modules` to `true` or an array of modules");
  }

  @Test
  void a_wrapped_worker_cannot_also_be_a_service() {
    assertRefused("""
        {"workers": [{"name": "main", "modules": true, "script": "", "wrappedBindings": {"W": "wrap"}, "serviceBindings": {"S": "wrap"}},
                     {"name": "wrap", "modules": true, "script": ""}]}""",
        ErrorCode.ERR_INVALID_WRAPPED, "Cannot use \"wrap\" for wrapped binding because it is bound to with service bindings.\n"
            + "Ensure other workers don't define service bindings to \"wrap\".");
  }

  @Test
  void wrapped_bindings_leading_back_to_their_worker_are_a_cycle() {
    assertRefused("""
        {"workers": [{"name": "main", "modules": true, "script": "", "wrappedBindings": {"W": "wrap"}},
                     {"name": "wrap", "modules": true, "script": "", "wrappedBindings": {"SELF": "wrap"}}]}""",
        ErrorCode.ERR_CYCLIC, "Generated workerd config contains cycles. Ensure wrapped bindings don't have bindings to themselves.");
  }

  private static void assertRefused(String json, ErrorCode code, String message) {
    assertThatThrownBy(() -> new Miniflare(MiniflareOptions.fromJson(json)).close())
        .isInstanceOfSatisfying(MiniflareException.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessage(message);
  }
}
