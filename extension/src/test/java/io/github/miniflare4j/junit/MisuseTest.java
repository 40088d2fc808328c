package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Each misuse of the extension, with the exact message it reports. */
class MisuseTest {

  static void assertContainerFails(Class<?> fixture, Class<? extends Throwable> type, String expected) {
    EngineExecutionResults results = Fixtures.run(fixture);
    results.containerEvents().assertThatEvents()
        .haveExactly(1, event(finishedWithFailure(instanceOf(type), message(expected))));
  }

  static void assertTestFails(Class<?> fixture, Class<? extends Throwable> type, String expected) {
    EngineExecutionResults results = Fixtures.run(fixture);
    results.testEvents().assertThatEvents()
        .haveExactly(1, event(finishedWithFailure(instanceOf(type), message(expected))));
  }

  @MiniflareTest
  static class NoWorkers {
    @Test
    void test() {}
  }

  @Test
  void a_test_without_workers_is_a_configuration_error() {
    assertContainerFails(NoWorkers.class, ExtensionConfigurationException.class,
        "@MiniflareTest on io.github.miniflare4j.junit.MisuseTest$NoWorkers declares no worker: add workers = @Worker(name = \"...\", script = \"...\"), or config = \"wrangler.toml\"");
  }

  @MiniflareTest(workers = @Worker(name = "api", script = "export default {}", scriptPath = "api.js"))
  static class ScriptAndPath {
    @Test
    void test() {}
  }

  @Test
  void script_and_script_path_together_are_refused() {
    assertContainerFails(ScriptAndPath.class, ExtensionConfigurationException.class,
        "@Worker(name = \"api\") sets both script and scriptPath: set exactly one");
  }

  @MiniflareTest(workers = @Worker(name = "api"))
  static class NoCode {
    @Test
    void test() {}
  }

  @Test
  void a_worker_without_code_is_refused() {
    assertContainerFails(NoCode.class, ExtensionConfigurationException.class,
        "@Worker(name = \"api\") has no code: set script or scriptPath");
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, vars = "GREETING"))
  static class BadVar {
    @Test
    void test() {}
  }

  @Test
  void a_var_without_value_is_refused() {
    assertContainerFails(BadVar.class, ExtensionConfigurationException.class,
        "@Worker(name = \"api\") vars entry \"GREETING\" is not of the form NAME=value");
  }

  @MiniflareTest(workers = @Worker(name = "api", scriptPath = "classpath:missing/worker.js"))
  static class MissingResource {
    @Test
    void test() {}
  }

  @Test
  void a_missing_classpath_script_is_refused() {
    assertContainerFails(MissingResource.class, ExtensionConfigurationException.class,
        "@Worker(name = \"api\") scriptPath \"classpath:missing/worker.js\" names no resource on the class path of "
            + "io.github.miniflare4j.junit.MisuseTest$MissingResource; put the file under src/test/resources/missing/worker.js");
  }

  @MiniflareTest(workers = @Worker(name = "api", script = "export default { fetch() { return new Response('x') }"))
  static class SyntaxError {
    @Test
    void test() {}
  }

  @Test
  void a_worker_that_fails_to_start_is_a_configuration_error_naming_the_worker() {
    EngineExecutionResults results = Fixtures.run(SyntaxError.class);
    results.containerEvents().assertThatEvents()
        .haveExactly(1, event(finishedWithFailure(
            instanceOf(ExtensionConfigurationException.class),
            message(m -> m.startsWith("Could not start Miniflare for io.github.miniflare4j.junit.MisuseTest$SyntaxError: ")
                && m.contains("\"api\"")))));
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  static class UnsupportedParameter {
    @Test
    void test(FetchResponse response) {}
  }

  @Test
  void an_unsupported_parameter_lists_what_can_be_injected() {
    assertTestFails(UnsupportedParameter.class, ParameterResolutionException.class,
        "Parameter [FetchResponse response] of method UnsupportedParameter.test(FetchResponse) cannot be injected by miniflare4j: "
            + "it injects Miniflare, MiniflareClock, WorkerConsole, OutboundMock, WorkerClient (the entry worker, or @WorkerRef(\"name\") for another), "
            + "KvNamespace and DurableObjectNamespace (@Binding(\"NAME\") when there are several), an interface with @DurableObjectRef "
            + "or @WorkerRef (a typed RPC proxy), MiniflareRestarter, ModuleExports with @ModulePath(\"src/util.ts\"), "
            + "and a URI, URL or String with @ServerUrl; "
            + "found type io.github.miniflare4j.http.FetchResponse");
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  static class UnknownWorker {
    @Test
    void test(@WorkerRef("auth") WorkerClient client) {}
  }

  @Test
  void a_worker_ref_to_an_unknown_worker_names_the_workers() {
    assertTestFails(UnknownWorker.class, ParameterResolutionException.class,
        "@WorkerRef(\"auth\") on parameter [WorkerClient client] of method UnknownWorker.test(WorkerClient) "
            + "names no worker of this instance; its workers are [api]");
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  static class WorkerRefOnString {
    @Test
    void test(@WorkerRef("api") String client) {}
  }

  @Test
  void a_worker_ref_on_another_type_is_refused() {
    assertTestFails(WorkerRefOnString.class, ParameterResolutionException.class,
        "@WorkerRef(\"api\") on parameter [String client] of method WorkerRefOnString.test(String) "
            + "is only allowed on WorkerClient parameters and on interfaces (typed RPC proxies); found class java.lang.String");
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  static class BadHandler {
    @ServiceBindingHandler("AUTH")
    FetchResponse auth(FetchRequest request) {
      return FetchResponse.text("x");
    }

    @Test
    void test() {}
  }

  @Test
  void a_handler_that_is_not_static_is_refused() {
    assertContainerFails(BadHandler.class, ExtensionConfigurationException.class,
        "@ServiceBindingHandler method BadHandler.auth must be static, take one FetchRequest and return a FetchResponse; "
            + "found io.github.miniflare4j.http.FetchResponse io.github.miniflare4j.junit.MisuseTest$BadHandler.auth(io.github.miniflare4j.http.FetchRequest)");
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  static class HandlerForUnknownWorker {
    @ServiceBindingHandler(value = "AUTH", workers = "web")
    static FetchResponse auth(FetchRequest request) {
      return FetchResponse.text("x");
    }

    @Test
    void test() {}
  }

  @Test
  void a_handler_for_an_unknown_worker_names_the_workers() {
    assertContainerFails(HandlerForUnknownWorker.class, ExtensionConfigurationException.class,
        "@ServiceBindingHandler(\"AUTH\") on HandlerForUnknownWorker.auth names worker \"web\", but the workers are [api]");
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  static class AnnotationAndField {
    @RegisterExtension
    static MiniflareExtension miniflare = MiniflareExtension.builder()
        .options(MiniflareOptions.builder().worker(WorkerOptions.builder().script(Fixtures.SCRIPT)).build())
        .build();

    @Test
    void test() {}
  }

  @Test
  void annotation_and_registered_field_together_are_refused() {
    assertContainerFails(AnnotationAndField.class, ExtensionConfigurationException.class,
        "io.github.miniflare4j.junit.MisuseTest$AnnotationAndField uses both @MiniflareTest and @RegisterExtension MiniflareExtension "
            + "[miniflare]: use one of them (put the options in the builder, or the workers in the annotation)");
  }

  @ExtendWith(MiniflareExtension.class)
  static class ExtendWithOnly {
    @Test
    void test() {}
  }

  @Test
  void extend_with_without_the_annotation_explains_both_ways() {
    assertContainerFails(ExtendWithOnly.class, ExtensionConfigurationException.class,
        "MiniflareExtension is registered on io.github.miniflare4j.junit.MisuseTest$ExtendWithOnly without @MiniflareTest: "
            + "annotate the class with @MiniflareTest(workers = @Worker(...)), or register MiniflareExtension.builder()...build() in a static field");
  }

  static class InstanceFieldConstructorInjection {
    @RegisterExtension
    MiniflareExtension miniflare = MiniflareExtension.builder()
        .options(MiniflareOptions.builder().worker(WorkerOptions.builder().script(Fixtures.SCRIPT)).build())
        .build();

    InstanceFieldConstructorInjection(io.github.miniflare4j.Miniflare mf) {}

    @Test
    void test() {}
  }

  @Test
  void constructor_injection_is_not_available_to_an_instance_field_extension() {
    // JUnit registers the field's extension after constructing the instance: its own message applies
    EngineExecutionResults results = Fixtures.run(InstanceFieldConstructorInjection.class);
    assertThat(Fixtures.failures(results)).contains("No ParameterResolver registered for parameter [io.github.miniflare4j.Miniflare");
  }

  @Test
  void the_builder_needs_options() {
    assertThatThrownBy(() -> MiniflareExtension.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("MiniflareExtension.builder() needs options: call .options(MiniflareOptions.builder().worker(...).build())");
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  static class TwoOutboundHandlers {
    @OutboundHandler
    static FetchResponse one(FetchRequest request) {
      return null;
    }

    @OutboundHandler
    static FetchResponse two(FetchRequest request) {
      return null;
    }

    @Test
    void test() {}
  }

  @Test
  void two_outbound_handlers_are_refused() {
    EngineExecutionResults results = Fixtures.run(TwoOutboundHandlers.class);
    assertThat(Fixtures.failures(results)).contains(
        "io.github.miniflare4j.junit.MisuseTest$TwoOutboundHandlers declares several @OutboundHandler methods [",
        "]: declare one, and return null from it for requests it does not handle");
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"), server = true)
  static class ServerUrlOnInt {
    @Test
    void test(@ServerUrl int port) {}
  }

  @Test
  void a_server_url_on_another_type_is_refused() {
    assertTestFails(ServerUrlOnInt.class, ParameterResolutionException.class,
        "@ServerUrl on parameter [int port] of method ServerUrlOnInt.test(int) is only allowed on URI, URL or String parameters; "
            + "found type int");
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  static class BindingOnClient {
    @Test
    void test(@Binding("KV") WorkerClient kv) {}
  }

  @Test
  void a_binding_qualifier_on_another_type_is_refused() {
    assertTestFails(BindingOnClient.class, ParameterResolutionException.class,
        "@Binding(\"KV\") on parameter [WorkerClient kv] of method BindingOnClient.test(WorkerClient) is only allowed on "
            + "KvNamespace and DurableObjectNamespace parameters; found type io.github.miniflare4j.junit.WorkerClient");
  }

  @MiniflareTest(workers = @Worker(name = "api", script = Fixtures.SCRIPT, kvNamespaces = "KV"))
  static class BindingOfUnknownWorker {
    @Test
    void test(@Binding(value = "KV", worker = "web") io.github.miniflare4j.kv.KvNamespace kv) {}
  }

  @Test
  void a_binding_of_an_unknown_worker_names_the_workers() {
    assertTestFails(BindingOfUnknownWorker.class, ParameterResolutionException.class,
        "Parameter [KvNamespace kv] of method BindingOfUnknownWorker.test(KvNamespace) names worker \"web\", but the workers are [api]");
  }

  @MiniflareTest(config = "classpath:wrangler/api/wrangler.toml", environment = "nope")
  static class UnknownEnvironment {
    @Test
    void test() {}
  }

  @Test
  void a_config_file_the_runtime_rejects_is_a_configuration_error_with_its_cause() {
    EngineExecutionResults results = Fixtures.run(UnknownEnvironment.class);
    assertThat(Fixtures.failures(results)).startsWith(
        "MisuseTest$UnknownEnvironment: org.junit.jupiter.api.extension.ExtensionConfigurationException: "
            + "@MiniflareTest(config = \"classpath:wrangler/api/wrangler.toml\") on io.github.miniflare4j.junit.MisuseTest$UnknownEnvironment "
            + "cannot be used: ");
  }
}
