package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.junit.Binding;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.junit.WorkersAi;
import io.github.miniflare4j.standin.StandInCall;
import io.github.miniflare4j.standin.StandInCalls;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A summarizer on Workers AI, loaded from its {@code wrangler.toml} ({@code [ai] binding = "AI"}).
 * Workers AI only runs on Cloudflare, so a static {@link WorkersAi} method of the test class
 * answers {@code env.AI.run(model, inputs)}; the test then asserts on the prompt the worker sent,
 * through the binding's call log.
 */
@MiniflareTest(config = "src/test/resources/ai-summarizer/wrangler.toml")
class WorkersAiSampleTest {

  /** The model: a canned summary, or a failure for text that asks for one. */
  @WorkersAi("AI")
  static Object model(String model, JsonNode inputs) {
    String text = inputs.get("messages").get(1).get("content").asText();
    if (text.contains("overload")) {
      throw new IllegalStateException("3040: Capacity temporarily exceeded");
    }
    return Map.of("response", "  A cat sat on a mat.  ");
  }

  @Test
  void the_summary_is_the_models_answer_and_the_prompt_carries_the_users_text(
      WorkerClient api, @Binding("AI") StandInCalls ai) {
    var answer = api.post("/summarize").header("content-type", "application/json")
        .body("{\"text\": \"The cat, after a long day, finally sat down on the mat.\"}").send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("summary").asText()).isEqualTo("A cat sat on a mat.");

    StandInCall run = ai.calls("run").get(0);
    assertThat(run.arg(0).asText()).isEqualTo("@cf/meta/llama-3.1-8b-instruct");
    JsonNode messages = run.arg(1).get("messages");
    assertThat(messages.get(0).get("content").asText()).isEqualTo("Summarize the user's text in one sentence.");
    assertThat(messages.get(1).get("role").asText()).isEqualTo("user");
    assertThat(messages.get(1).get("content").asText()).isEqualTo("The cat, after a long day, finally sat down on the mat.");
    assertThat(run.arg(1).get("max_tokens").asInt()).isEqualTo(64);
  }

  @Test
  void empty_text_never_reaches_the_model(WorkerClient api, @Binding("AI") StandInCalls ai) {
    var answer = api.post("/summarize").header("content-type", "application/json").body("{\"text\": \"  \"}").send();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(ai.calls()).isEmpty();
  }

  @Test
  void a_failing_model_becomes_a_502_with_its_message(WorkerClient api) {
    var answer = api.post("/summarize").header("content-type", "application/json")
        .body("{\"text\": \"please overload the model\"}").send();

    assertThat(answer.status()).isEqualTo(502);
    assertThat(answer.json().get("error").asText()).isEqualTo("the model failed: 3040: Capacity temporarily exceeded");
  }
}
