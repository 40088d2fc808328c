package io.github.miniflare4j.assertj;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.workflows.Workflow;
import io.github.miniflare4j.workflows.WorkflowDeclaration;
import io.github.miniflare4j.workflows.WorkflowInstance;
import io.github.miniflare4j.workflows.WorkflowInstanceStatus;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link WorkflowInstanceAssert}: what passes, and the messages of what fails. */
class WorkflowInstanceAssertTest {

  static Miniflare miniflare;
  static Workflow flow;

  @BeforeAll
  static void start() {
    miniflare = new Miniflare(MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(2)).worker(WorkerOptions.builder()
        .modules(true).bind(WorkflowDeclaration.of("FLOW", "flow", "Flow")).script("""
            import { WorkflowEntrypoint } from "cloudflare:workers";
            export class Flow extends WorkflowEntrypoint {
              async run(event, step) {
                const n = await step.do("double", async () => event.payload.n * 2);
                if (n < 0) throw new RangeError("negative");
                return { n };
              }
            }
            export default { fetch() { return new Response("ok"); } };
            """)).build());
    flow = miniflare.getBinding(Workflow.class, "FLOW");
  }

  @AfterAll
  static void stop() {
    miniflare.close();
  }

  private static WorkflowInstance finished(int n) {
    WorkflowInstance instance = flow.create(null, Map.of("n", n));
    instance.waitUntilIdle();
    return instance;
  }

  @Test
  void passing_assertions_chain() {
    assertThat(finished(2)).isComplete().completedWith(Map.of("n", 4)).hasStepOutputs(4);
    assertThat(finished(-1)).hasStatus(WorkflowInstanceStatus.ERRORED).erroredWith("RangeError", "negative").hasStepOutputs(-2);
  }

  @Test
  void an_errored_instance_asserted_complete_shows_its_error() {
    WorkflowInstance instance = finished(-3);
    assertThatThrownBy(() -> assertThat(instance).isComplete())
        .isInstanceOf(AssertionError.class)
        .hasMessage("%nExpecting workflow instance:%n  %s%nto have status:%n  'complete'%nbut it has:%n  'errored'%nwith error:%n  RangeError: negative"
            .formatted(instance));
  }

  @Test
  void a_different_output_is_shown_beside_the_expected_one() {
    assertThatThrownBy(() -> assertThat(finished(1)).completedWith(Map.of("n", 3)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have output:%n  {n=3}%nbut it had:%n  {n=2}".formatted());
  }
}
