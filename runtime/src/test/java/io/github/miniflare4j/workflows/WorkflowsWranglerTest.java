package io.github.miniflare4j.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.config.WranglerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrangler's {@code [[workflows]]}. */
class WorkflowsWranglerTest {

  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/index.js"), "export default { fetch() { return new Response(''); } }");
    Path file = dir.resolve("wrangler.toml");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void workflows_become_declarations() throws IOException {
    Path file = write("""
        name = "signup"
        main = "src/index.js"

        [[workflows]]
        binding = "SIGNUP"
        name = "signup-workflow"
        class_name = "SignupWorkflow"

        [[workflows]]
        binding = "BILLING"
        name = "billing"
        class_name = "BillingWorkflow"
        script_name = "billing-worker"
        """);

    assertThat(WranglerConfig.load(file).workerOptions().declarations()).containsExactly(
        WorkflowDeclaration.of("SIGNUP", "signup-workflow", "SignupWorkflow"),
        new WorkflowDeclaration("BILLING", "billing", "BillingWorkflow", "billing-worker"));
  }

  @Test
  void a_workflow_without_class_name_is_refused() throws IOException {
    Path file = write("""
        name = "signup"
        main = "src/index.js"

        [[workflows]]
        binding = "SIGNUP"
        name = "signup-workflow"
        """);

    assertThatThrownBy(() -> WranglerConfig.load(file)).isInstanceOf(MiniflareException.class).hasMessageContaining("class_name");
  }
}
