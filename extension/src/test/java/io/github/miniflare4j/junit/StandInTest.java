package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.standin.StandInCalls;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Remote-only bindings answered by static methods of the test class. */
class StandInTest {

  static final String AI_WORKER = """
      export default { async fetch(req, env) {
        if (new URL(req.url).pathname === "/search") return Response.json(await env.INDEX.query([1, 2], { topK: 1 }));
        const { response } = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: "Capital of France?" });
        return new Response(response);
      } };
      """;

  @MiniflareTest(workers = @Worker(name = "api", script = AI_WORKER))
  static class AnsweredByJava {
    @WorkersAi("AI")
    static Object model(String model, JsonNode inputs) {
      return Map.of("response", model.endsWith("instruct") && inputs.get("prompt").asText().contains("France") ? "Paris" : "?");
    }

    @StandIn("INDEX")
    static Object vectorize(String method, List<JsonNode> args) {
      return new java.util.TreeMap<>(Map.of("method", method, "topK", args.get(1).get("topK").asInt()));
    }

    @Test
    void the_worker_gets_the_models_answer_and_the_test_sees_the_prompt(WorkerClient api, @Binding("AI") StandInCalls ai) {
      assertThat(api.fetch("/").text()).isEqualTo("Paris");
      assertThat(ai.calls("run")).singleElement()
          .satisfies(call -> assertThat(call.arg(1).get("prompt").asText()).isEqualTo("Capital of France?"));
    }

    @Test
    void each_test_starts_with_an_empty_call_log(@Binding("AI") StandInCalls ai) {
      assertThat(ai.calls()).isEmpty();
    }

    @Test
    void any_method_of_a_generic_stand_in_arrives_with_its_arguments(WorkerClient api) {
      assertThat(api.fetch("/search").text()).isEqualTo("{\"method\":\"query\",\"topK\":1}");
    }
  }

  @Test
  void static_methods_stand_in_for_remote_only_bindings() {
    Fixtures.assertAllSucceeded(Fixtures.run(AnsweredByJava.class), 3);
  }

  @MiniflareTest(workers = @Worker(name = "api", script = AI_WORKER))
  static class WrongSignature {
    @WorkersAi
    static void model(String model) {}

    @Test
    void never_runs() {}
  }

  @Test
  void a_stand_in_method_with_the_wrong_signature_is_refused_naming_the_expected_one() {
    Fixtures.run(WrongSignature.class).containerEvents().assertThatEvents().haveExactly(1, event(container(WrongSignature.class),
        finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(m -> m.startsWith(
            "@WorkersAi method WrongSignature.model must be static, take (String model, JsonNode inputs) and return the answer")))));
  }
}
