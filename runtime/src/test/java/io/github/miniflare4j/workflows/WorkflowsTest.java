package io.github.miniflare4j.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workflow instances on the instance clock, seen through the Java handle. */
class WorkflowsTest {

  /** A cold first context on a loaded machine can take tens of seconds; these tests are about behaviour. */
  private static final Duration COLD_START = Duration.ofMinutes(2);

  private static final String WORKER = """
      import { WorkflowEntrypoint } from "cloudflare:workers";
      export class Flow extends WorkflowEntrypoint {
        async run(event, step) {
          const p = event.payload;
          if (p.kind === "sleep") {
            const token = await step.do("before", async () => crypto.randomUUID());
            await step.sleep("nap", "1 day");
            return await step.do("after", async () => token);
          }
          if (p.kind === "event") {
            const event = await step.waitForEvent("confirm", { type: "confirmed", timeout: "1 hour" });
            return event.payload;
          }
          if (p.kind === "retry") {
            return await step.do("flaky", { retries: { limit: 2, delay: "1 minute", backoff: "exponential" } }, async ({ attempt }) => {
              if (attempt < 3) throw new Error("fail " + attempt);
              return attempt;
            });
          }
          if (p.kind === "error-value") {
            return await step.do("check", async () => {
              await new Promise((resolve) => setTimeout(resolve, 60_000));
              return { success: false, error: new TypeError("bad input"), n: 1 };
            });
          }
          if (p.kind === "mock") {
            const value = await step.do("fetch", async () => "real");
            await step.sleep("nap", "1 hour");
            return value;
          }
          if (p.kind === "hang") {
            await step.do("first", async () => 1);
            await new Promise(() => {});
          }
          return "done";
        }
      }
      export default {
        async fetch(req, env) {
          const instance = await env.FLOW.create({ params: { kind: "event" } });
          return new Response(instance.id);
        },
      };
      """;

  private static Miniflare start(MiniflareClock clock, Path persist) {
    WorkerOptions.Builder worker = WorkerOptions.builder().name("app").modules(true).script(WORKER)
        .bind(WorkflowDeclaration.of("FLOW", "flow", "Flow"));
    MiniflareOptions.Builder options = MiniflareOptions.builder().startupTimeout(COLD_START).clock(clock).worker(worker);
    if (persist != null) {
      options.persist("workflows", persist);
    }
    return new Miniflare(options.build());
  }

  @Test
  void a_sleep_ends_when_the_clock_passes_it() {
    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = start(clock, null)) {
      WorkflowInstance instance = mf.getBinding(Workflow.class, "FLOW").create("s1", Map.of("kind", "sleep"));

      WorkflowWait wait = instance.waitUntilIdle();

      assertThat(wait.kind()).isEqualTo(WorkflowWait.Kind.SLEEP);
      assertThat(wait.step()).isEqualTo("nap");
      assertThat(wait.until()).isBetween(clock.instant().plus(Duration.ofHours(23)), clock.instant().plus(Duration.ofDays(1)));
      assertThat(instance.status().status()).isEqualTo(WorkflowInstanceStatus.RUNNING);

      clock.advance(Duration.ofDays(1));
      instance.waitForStatus(WorkflowInstanceStatus.COMPLETE);

      WorkflowStatus status = instance.status();
      assertThat(status.stepOutputs()).hasSize(2).first().isEqualTo(status.output());
      assertThat(instance.output()).asString().matches("[0-9a-f-]{36}");
    }
  }

  @Test
  void a_run_that_waits_on_nothing_errors_with_the_hung_error() {
    try (Miniflare mf = start(new MiniflareClock(), null)) {
      WorkflowInstance instance = mf.getBinding(Workflow.class, "FLOW").create("h1", Map.of("kind", "hang"));

      instance.waitForStatus(WorkflowInstanceStatus.ERRORED);

      WorkflowStatus status = instance.status();
      assertThat(status.stepOutputs()).containsExactly(1);
      assertThat(status.error().name()).isEqualTo("Error");
      assertThat(status.error().message()).startsWith("The Workers runtime canceled this request because it detected that your Worker's code had hung");
    }
  }

  @Test
  void a_sleeping_instance_resumes_in_restarted_workers_without_repeating_its_steps() {
    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = start(clock, null)) {
      WorkflowInstance instance = mf.getBinding(Workflow.class, "FLOW").create("r1", Map.of("kind", "sleep"));
      instance.waitUntilIdle();
      Object token = instance.status().stepOutputs().get(0);

      mf.restartWorkers();
      assertThat(instance.waitUntilIdle().kind()).isEqualTo(WorkflowWait.Kind.SLEEP);
      clock.advance(Duration.ofDays(1));
      instance.waitForStatus(WorkflowInstanceStatus.COMPLETE);

      assertThat(instance.output()).as("the step before the sleep ran once, its stored result replayed").isEqualTo(token);
    }
  }

  @Test
  void restarting_with_a_snapshot_resumes_instances_from_the_snapshot() {
    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = start(clock, null)) {
      Workflow flow = mf.getBinding(Workflow.class, "FLOW");
      var empty = mf.snapshotStorage();
      WorkflowInstance later = flow.create("r2", Map.of("kind", "sleep"));
      later.waitUntilIdle();

      mf.restartWorkers(empty);

      assertThatThrownBy(() -> flow.get("r2")).isInstanceOf(WorkflowException.class);
      clock.advance(Duration.ofDays(1));
      WorkflowInstance fresh = flow.create("r3", Map.of("kind", "done"));
      fresh.waitForStatus(WorkflowInstanceStatus.COMPLETE);
      assertThat(fresh.output()).isEqualTo("done");
    }
  }

  @Test
  void an_event_sent_from_java_ends_a_wait_for_event() {
    try (Miniflare mf = start(new MiniflareClock(), null)) {
      WorkflowInstance instance = mf.getBinding(Workflow.class, "FLOW").create("e1", Map.of("kind", "event"));

      assertThat(instance.waitUntilIdle()).extracting(WorkflowWait::kind, WorkflowWait::eventType)
          .containsExactly(WorkflowWait.Kind.EVENT, "confirmed");
      instance.sendEvent("confirmed", Map.of("by", "ada"));
      instance.waitForStatus(WorkflowInstanceStatus.COMPLETE);

      assertThat(instance.output()).isEqualTo(Map.of("by", "ada"));
      assertThat(instance.status().stepOutputs()).containsExactly(Map.of("by", "ada"));
    }
  }

  @Test
  void a_wait_for_event_times_out_on_the_clock() {
    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = start(clock, null)) {
      WorkflowInstance instance = mf.getBinding(Workflow.class, "FLOW").create("e2", Map.of("kind", "event"));
      instance.waitUntilIdle();

      clock.advance(Duration.ofHours(1));
      instance.waitForStatus(WorkflowInstanceStatus.ERRORED);

      assertThat(instance.error()).isEqualTo(new WorkflowError("Error", "WorkflowTimeoutError: Execution timed out after 3600000ms"));
      assertThatThrownBy(instance::output).isInstanceOf(WorkflowException.class)
          .hasMessageContaining("Cannot retrieve output: Workflow instance is in status \"errored\" but must be \"complete\"");
    }
  }

  @Test
  void a_failing_step_retries_after_its_backoff_on_the_clock() {
    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = start(clock, null)) {
      WorkflowInstance instance = mf.getBinding(Workflow.class, "FLOW").create("r1", Map.of("kind", "retry"));

      WorkflowWait first = instance.waitUntilIdle();
      assertThat(first.kind()).isEqualTo(WorkflowWait.Kind.RETRY_DELAY);
      assertThat(Duration.between(clock.instant(), first.until())).isBetween(Duration.ofSeconds(55), Duration.ofMinutes(1));

      clock.advance(Duration.ofMinutes(1));
      WorkflowWait second = instance.waitUntilIdle();
      assertThat(Duration.between(clock.instant(), second.until())).isBetween(Duration.ofSeconds(115), Duration.ofMinutes(2));

      clock.advance(Duration.ofMinutes(2));
      instance.waitForStatus(WorkflowInstanceStatus.COMPLETE);
      assertThat(instance.output()).isEqualTo(3);
    }
  }

  @Test
  void a_paused_sleep_does_not_count_the_paused_time() {
    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = start(clock, null)) {
      WorkflowInstance instance = mf.getBinding(Workflow.class, "FLOW").create("p1", Map.of("kind", "sleep"));
      Instant due = instance.waitUntilIdle().until();

      instance.pause();
      assertThat(instance.status().status()).isEqualTo(WorkflowInstanceStatus.PAUSED);
      clock.advance(Duration.ofDays(2));
      instance.resume();

      // the paused time is the clock's two days plus the few real milliseconds of the test
      assertThat(instance.waitUntilIdle().until()).isBetween(due.plus(Duration.ofDays(2)), due.plus(Duration.ofDays(2)).plusSeconds(5));
      clock.advance(Duration.ofDays(1));
      instance.waitForStatus(WorkflowInstanceStatus.COMPLETE);
    }
  }

  @Test
  void terminate_stops_an_instance_once() {
    try (Miniflare mf = start(new MiniflareClock(), null)) {
      WorkflowInstance instance = mf.getBinding(Workflow.class, "FLOW").create("t1", Map.of("kind", "event"));
      instance.waitUntilIdle();

      instance.terminate();

      assertThat(instance.status().status()).isEqualTo(WorkflowInstanceStatus.TERMINATED);
      assertThatThrownBy(instance::terminate).isInstanceOf(WorkflowException.class)
          .hasMessageStartingWith("WorkflowError: (instance.cannot_terminate) Cannot terminate instance since its on a finite state");
      assertThatThrownBy(() -> instance.waitForStatus(WorkflowInstanceStatus.COMPLETE)).isInstanceOf(WorkflowException.class)
          .hasMessage("[WorkflowIntrospector] The Workflow instance t1 has reached status 'terminated'. This is a finite status "
              + "that prevents it from ever reaching the expected status of 'complete'.");
    }
  }

  @Test
  void restart_runs_an_instance_again_from_the_start() {
    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = start(clock, null)) {
      WorkflowInstance instance = mf.getBinding(Workflow.class, "FLOW").create("rs", Map.of("kind", "sleep"));
      instance.waitUntilIdle();
      clock.advance(Duration.ofDays(1));
      instance.waitForStatus(WorkflowInstanceStatus.COMPLETE);
      Object first = instance.output();

      instance.restart();

      assertThat(instance.waitUntilIdle().kind()).isEqualTo(WorkflowWait.Kind.SLEEP);
      assertThat(instance.status().stepOutputs()).hasSize(1).doesNotContain(first);
    }
  }

  @Test
  void an_introspected_instance_runs_with_a_mocked_step_and_no_sleeps() {
    try (Miniflare mf = start(new MiniflareClock(), null)) {
      Workflow flow = mf.getBinding(Workflow.class, "FLOW");
      try (WorkflowInstanceIntrospector introspector = flow.introspectInstance("m1")) {
        introspector.modify(m -> {
          m.disableSleeps();
          m.mockStepResult(WorkflowStep.named("fetch"), "mocked");
        });
        flow.create("m1", Map.of("kind", "mock"));

        WorkflowInstance instance = introspector.instance();
        instance.waitForStatus(WorkflowInstanceStatus.COMPLETE);
        assertThat(instance.output()).isEqualTo("mocked");
        assertThat(instance.waitForStepResult(WorkflowStep.named("fetch"))).isEqualTo("mocked");
      }
      assertThat(flow.instances()).isEmpty();
    }
  }

  @Test
  void a_step_result_waited_for_keeps_an_error_in_its_value_and_a_stored_one_reads_as_json() throws Exception {
    MiniflareClock clock = new MiniflareClock();
    clock.freeze();
    try (Miniflare mf = start(clock, null)) {
      WorkflowInstance instance = mf.getBinding(Workflow.class, "FLOW").create("ev", Map.of("kind", "error-value"));
      Thread[] waiter = new Thread[1];
      java.util.concurrent.CompletableFuture<Object> live = java.util.concurrent.CompletableFuture.supplyAsync(
          () -> instance.waitForStepResult(WorkflowStep.named("check")), task -> {
            waiter[0] = new Thread(task, "step-result-waiter");
            waiter[0].start();
          });
      // the wait has begun once the waiter blocks on the engine (the step's timer is on the frozen clock)
      while (waiter[0].getState() != Thread.State.TIMED_WAITING && !live.isDone()) {
        Thread.onSpinWait();
      }
      // the step's timer may not be set yet: advance until it has fired
      long deadline = System.nanoTime() + COLD_START.toNanos();
      while (!live.isDone() && System.nanoTime() < deadline) {
        clock.advance(Duration.ofMinutes(1));
        try {
          live.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException notYet) {
          // advance again
        }
      }

      assertThat(live.get(1, java.util.concurrent.TimeUnit.SECONDS))
          .isEqualTo(Map.of("success", false, "error", Map.of("name", "TypeError", "message", "bad input"), "n", 1));
      instance.waitForStatus(WorkflowInstanceStatus.COMPLETE);
      assertThat(instance.waitForStepResult(WorkflowStep.named("check")))
          .isEqualTo(Map.of("success", false, "error", Map.of(), "n", 1));
    }
  }

  @Test
  void a_workflow_introspector_changes_every_new_instance() {
    try (Miniflare mf = start(new MiniflareClock(), null)) {
      Workflow flow = mf.getBinding(Workflow.class, "FLOW");
      try (WorkflowIntrospector introspector = flow.introspect()) {
        introspector.modifyAll(m -> {
          m.disableRetryDelays();
          m.mockStepError(WorkflowStep.named("flaky"), "Error", "mocked failure");
        });
        WorkflowInstance instance = flow.create(null, Map.of("kind", "retry"));

        instance.waitForStatus(WorkflowInstanceStatus.ERRORED);
        assertThat(instance.error()).isEqualTo(new WorkflowError("Error", "mocked failure"));
        assertThat(introspector.instances()).extracting(WorkflowInstanceIntrospector::id).containsExactly(instance.id());
        assertThatThrownBy(() -> instance.waitForStepResult(WorkflowStep.named("flaky")))
            .isInstanceOf(WorkflowException.class).hasMessageStartingWith("mocked failure");
      }
    }
  }

  @Test
  void a_mocked_event_reaches_the_wait_for_event() {
    try (Miniflare mf = start(new MiniflareClock(), null)) {
      Workflow flow = mf.getBinding(Workflow.class, "FLOW");
      try (WorkflowInstanceIntrospector introspector = flow.introspectInstance("me")) {
        introspector.modify(m -> m.mockEvent("confirmed", List.of(1, 2)));
        flow.create("me", Map.of("kind", "event"));

        introspector.instance().waitForStatus(WorkflowInstanceStatus.COMPLETE);
        assertThat(introspector.instance().output()).isEqualTo(List.of(1, 2));
      }
    }
  }

  @Test
  void a_mocked_event_the_run_took_is_taken_again_after_a_restart_and_a_sent_one_is_not() {
    try (Miniflare mf = start(new MiniflareClock(), null)) {
      Workflow flow = mf.getBinding(Workflow.class, "FLOW");
      try (WorkflowInstanceIntrospector introspector = flow.introspectInstance("mr")) {
        introspector.modify(m -> m.mockEvent("confirmed", List.of(1, 2)));
        WorkflowInstance instance = flow.create("mr", Map.of("kind", "event"));
        instance.waitForStatus(WorkflowInstanceStatus.COMPLETE);

        // Miniflare keeps the mocked event across restart(): the new run completes with it again
        instance.restart();
        instance.waitForStatus(WorkflowInstanceStatus.COMPLETE);
        assertThat(instance.output()).isEqualTo(List.of(1, 2));
      }

      // an event sent (not mocked) is forgotten by a restart: the new run waits for another
      WorkflowInstance plain = flow.create("sent", Map.of("kind", "event"));
      plain.sendEvent("confirmed", "first");
      plain.waitForStatus(WorkflowInstanceStatus.COMPLETE);
      plain.restart();
      WorkflowWait wait = plain.waitUntilIdle();
      assertThat(wait.kind()).isEqualTo(WorkflowWait.Kind.EVENT);
      assertThat(wait.eventType()).isEqualTo("confirmed");
    }
  }

  @Test
  void an_instance_created_by_the_worker_is_reachable_from_java() {
    try (Miniflare mf = start(new MiniflareClock(), null)) {
      String id = mf.dispatchFetch("http://localhost/").text();

      WorkflowInstance instance = mf.getBinding(Workflow.class, "FLOW").get(id);

      assertThat(instance.waitUntilIdle().kind()).isEqualTo(WorkflowWait.Kind.EVENT);
      assertThatThrownBy(() -> mf.getBinding(Workflow.class, "FLOW").get("nope")).isInstanceOf(WorkflowException.class)
          .hasMessageStartingWith("instance.not_found");
    }
  }

  @Test
  void an_invalid_id_is_refused_with_miniflares_message() {
    try (Miniflare mf = start(new MiniflareClock(), null)) {
      assertThatThrownBy(() -> mf.getBinding(Workflow.class, "FLOW").create("has space", Map.of()))
          .isInstanceOf(WorkflowException.class).hasMessageStartingWith("WorkflowError: Workflow instance has invalid id");
    }
  }

  @Test
  void an_instance_resumes_after_a_restart_on_the_same_persist_directory_without_repeating_steps(@TempDir Path persist) {
    Object token;
    try (Miniflare mf = start(new MiniflareClock(), persist)) {
      WorkflowInstance instance = mf.getBinding(Workflow.class, "FLOW").create("persisted", Map.of("kind", "sleep"));
      instance.waitUntilIdle();
      token = instance.status().stepOutputs().get(0);
    }

    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = start(clock, persist)) {
      WorkflowInstance instance = mf.getBinding(Workflow.class, "FLOW").get("persisted");
      assertThat(instance.waitUntilIdle().kind()).isEqualTo(WorkflowWait.Kind.SLEEP);

      clock.advance(Duration.ofDays(1));
      instance.waitForStatus(WorkflowInstanceStatus.COMPLETE);

      assertThat(instance.output()).isEqualTo(token);
      assertThat(instance.status().stepOutputs()).containsExactly(token, token);
    }
  }
}
