package io.github.miniflare4j.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A workflow bound in one worker whose class another worker exports, the second declaring no
 * workflow binding itself (Miniflare's {@code scriptName}): the runs execute in the exporting worker.
 */
class WorkflowOfAnotherWorkerTest {

  private static final String ENGINE = """
      import { WorkflowEntrypoint } from "cloudflare:workers";
      export class Billing extends WorkflowEntrypoint {
        async run(event, step) {
          const total = await step.do("sum", async () => event.payload.items.reduce((a, b) => a + b, 0));
          return { total, ranIn: this.env.WHO };
        }
      }
      export default { fetch() { return new Response("engine"); } };
      """;

  private static final String APP = """
      export default {
        async fetch(req, env) {
          const instance = await env.BILLING.create({ id: "b1", params: { items: [1, 2, 3] } });
          return new Response(instance.id);
        },
      };
      """;

  @Test
  void the_exporting_worker_runs_the_instances_without_a_binding_of_its_own() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(2))
        .worker(WorkerOptions.builder().name("app").modules(true).script(APP)
            .bind(new WorkflowDeclaration("BILLING", "billing", "Billing", "engine")))
        .worker(WorkerOptions.builder().name("engine").modules(true).script(ENGINE).binding("WHO", "engine"))
        .build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("b1");

      WorkflowInstance instance = mf.getBinding(Workflow.class, "BILLING").get("b1");
      instance.waitForStatus(WorkflowInstanceStatus.COMPLETE);

      assertThat(instance.output()).isEqualTo(Map.of("total", 6, "ranIn", "engine"));
    }
  }
}
