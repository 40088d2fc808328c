package io.github.miniflare4j.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Miniflare's {@code stepLimit} and Wrangler's {@code limits.steps} of a workflow. */
class WorkflowStepLimitTest {

  private static final String WORKER = """
      import { WorkflowEntrypoint } from "cloudflare:workers";
      export class Counter extends WorkflowEntrypoint {
        async run(event, step) {
          let n = 0;
          for (let i = 0; i < event.payload.steps; i++) n = await step.do("step " + i, async () => n + 1);
          return n;
        }
      }
      export default { fetch() { return new Response("ok"); } };
      """;

  @TempDir Path dir;

  private static Miniflare start(WorkflowDeclaration declaration) {
    return new Miniflare(MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(2))
        .worker(WorkerOptions.builder().modules(true).script(WORKER).bind(declaration)).build());
  }

  @Test
  void a_run_within_the_limit_completes_and_one_step_more_fails_with_miniflares_message() {
    try (Miniflare mf = start(WorkflowDeclaration.of("COUNTER", "counter", "Counter").withStepLimit(3))) {
      Workflow counter = mf.getBinding(Workflow.class, "COUNTER");
      WorkflowInstance within = counter.create("within", Map.of("steps", 3));
      WorkflowInstance over = counter.create("over", Map.of("steps", 4));

      within.waitForStatus(WorkflowInstanceStatus.COMPLETE);
      over.waitForStatus(WorkflowInstanceStatus.ERRORED);

      assertThat(within.output()).isEqualTo(3);
      assertThat(over.error().message())
          .contains("The limit of 3 steps has been reached. This limit can be changed in your worker configuration.");
    }
  }

  @Test
  void json_and_wrangler_read_the_limit_and_refuse_what_is_not_a_positive_integer() throws IOException {
    String json = """
        { "modules": true, "script": "export default {}", "workflows": { "W": { "name": "w", "className": "C", "stepLimit": %s } } }
        """;
    assertThat(MiniflareOptions.fromJson(json.formatted("25")).workers().get(0).declarations())
        .containsExactly(new WorkflowDeclaration("W", "w", "C", null, 25));
    for (String bad : new String[] {"0", "1.5", "\"10\""}) {
      assertThatThrownBy(() -> MiniflareOptions.fromJson(json.formatted(bad)))
          .isInstanceOf(MiniflareException.class)
          .hasMessageContaining("options.workflows.W.stepLimit must be an integer of at least 1, was " + bad);
    }

    Files.writeString(dir.resolve("index.js"), "export default {}");
    Path toml = dir.resolve("wrangler.toml");
    Files.writeString(toml, """
        name = "app"
        main = "index.js"

        [[workflows]]
        binding = "W"
        name = "w"
        class_name = "C"
        limits = { steps = 5000 }
        """);
    assertThat(WranglerConfig.load(toml).workerOptions().declarations())
        .containsExactly(new WorkflowDeclaration("W", "w", "C", null, 5000));
    Files.writeString(toml, Files.readString(toml).replace("5000", "100001"));
    assertThatThrownBy(() -> WranglerConfig.load(toml))
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("limits.steps")
        .hasMessageContaining("must be an integer between 1 and 100000, was 100001");
  }
}
