package io.github.miniflare4j.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Miniflare's {@code workflows} and {@code workflowsPersist} options. */
class WorkflowsOptionsTest {

  @Test
  void the_workflows_option_becomes_declarations_and_workflows_persist_a_directory() {
    MiniflareOptions options = MiniflareOptions.fromJson("""
        {"modules": true, "script": "export default {}",
         "workflows": {"SIGNUP": {"name": "signup", "className": "Signup"},
                       "BILLING": {"name": "billing", "className": "Billing", "scriptName": "billing-worker"}},
         "workflowsPersist": "/tmp/wf"}
        """);

    assertThat(options.workers().get(0).declarations()).containsExactly(
        WorkflowDeclaration.of("SIGNUP", "signup", "Signup"),
        new WorkflowDeclaration("BILLING", "billing", "Billing", "billing-worker"));
    assertThat(options.persist("workflows")).isEqualTo(Path.of("/tmp/wf"));
  }

  @Test
  void a_workflow_without_class_name_is_refused_naming_its_path() {
    assertThatThrownBy(() -> MiniflareOptions.fromJson("""
        {"modules": true, "script": "export default {}", "workflows": {"SIGNUP": {"name": "signup"}}}
        """)).isInstanceOf(MiniflareException.class)
        .hasMessageStartingWith("Invalid Miniflare options: options.workflows.SIGNUP must be {\"name\", \"className\", \"scriptName\"?}");
  }
}
