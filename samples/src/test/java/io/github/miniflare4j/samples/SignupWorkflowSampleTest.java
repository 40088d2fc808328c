package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.junit.Binding;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.workflows.Workflow;
import io.github.miniflare4j.workflows.WorkflowInstance;
import io.github.miniflare4j.workflows.WorkflowInstanceStatus;
import io.github.miniflare4j.workflows.WorkflowIntrospector;
import io.github.miniflare4j.workflows.WorkflowStep;
import io.github.miniflare4j.workflows.WorkflowWait;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A signup workflow ({@code [[workflows]]} in its wrangler.toml) that waits for the user to
 * confirm their email address, then sleeps an hour before it activates the account. The test
 * drives it like time and the user would: it waits until the instance is idle, sends the event,
 * and advances the instance clock through the sleep. Nothing sleeps.
 */
@MiniflareTest(config = "src/test/resources/signup-workflow/wrangler.toml")
class SignupWorkflowSampleTest {

  @Test
  void a_confirmed_signup_is_activated_after_the_grace_period(WorkerClient api, MiniflareClock clock,
      @Binding("SIGNUP") Workflow signups) {
    api.post("/signup").json(Map.of("email", "ada@example.com")).send();
    WorkflowInstance signup = signups.get("ada_example_com");

    // GIVEN the workflow waits for the confirmation
    assertThat(signup.waitUntilIdle()).extracting(WorkflowWait::kind, WorkflowWait::eventType)
        .containsExactly(WorkflowWait.Kind.EVENT, "email-confirmed");
    assertThat(api.fetch("/outbox/ada@example.com").text()).isEqualTo("Please confirm your address");

    // WHEN the user clicks the link, the workflow waits out its grace period on the clock
    api.post("/confirm?email=ada@example.com").send();
    WorkflowWait grace = signup.waitUntilIdle();
    assertThat(grace.kind()).isEqualTo(WorkflowWait.Kind.SLEEP);
    assertThat(grace.step()).isEqualTo("grace period");
    assertThat(api.fetch("/users/ada@example.com").text()).isEqualTo("confirmed");

    clock.advance(Duration.ofHours(1));
    signup.waitForStatus(WorkflowInstanceStatus.COMPLETE);

    // THEN the account is active and the welcome email sent
    assertThat(signup).completedWith(Map.of("email", "ada@example.com", "status", "active", "confirmedVia", "link"));
    assertThat(api.fetch("/users/ada@example.com").text()).isEqualTo("active");
    assertThat(api.fetch("/outbox/ada@example.com").text()).isEqualTo("Welcome aboard");
  }

  @Test
  void an_unconfirmed_signup_expires_after_a_day(WorkerClient api, MiniflareClock clock, @Binding("SIGNUP") Workflow signups) {
    api.post("/signup").json(Map.of("email", "bob@example.com")).send();
    WorkflowInstance signup = signups.get("bob_example_com");
    signup.waitUntilIdle();

    clock.advance(Duration.ofDays(1)); // the waitForEvent timeout

    signup.waitForStatus(WorkflowInstanceStatus.COMPLETE);
    assertThat(signup).completedWith(Map.of("email", "bob@example.com", "status", "expired"));
    assertThat(api.fetch("/users/bob@example.com").text()).isEqualTo("expired");
  }

  @Test
  void the_confirmation_email_is_retried_while_the_mail_service_fails(WorkerClient api, @Binding("SIGNUP") Workflow signups) {
    // introspection, as in Cloudflare's Vitest integration: the next two attempts of the email step
    // fail, and retries do not wait for their backoff
    try (WorkflowIntrospector introspector = signups.introspect()) {
      introspector.modifyAll(m -> {
        m.mockStepError(WorkflowStep.named("send confirmation email"), "Error", "mail service unavailable", 2);
        m.disableRetryDelays();
      });
      api.post("/signup").json(Map.of("email", "cy@example.com")).send();
      WorkflowInstance signup = introspector.instances().get(0).instance();

      assertThat(signup.waitForStepResult(WorkflowStep.named("send confirmation email"))).isEqualTo("sent");
      assertThat(signup.waitUntilIdle().kind()).isEqualTo(WorkflowWait.Kind.EVENT);
    }
  }
}
