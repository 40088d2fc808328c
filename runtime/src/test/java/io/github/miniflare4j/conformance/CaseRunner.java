package io.github.miniflare4j.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Replays one case through the public API, following the runner rules of
 * ../shared/conformance/README.md: a fresh instance, steps in order, redirects not followed, a
 * string body defaulting to text/plain. Returns null when every step matches, else the first
 * difference.
 */
final class CaseRunner {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CaseRunner() {}

  static String run(ConformanceCase c) {
    MiniflareOptions options;
    try {
      // a loaded machine can take long over the first start of a JVM, or over a case's CPU-bound
      // loop in the interpreter; the cases test behaviour, not speed. The real Miniflare enforces
      // no CPU limit, so a case that left ours at its default gets the dispatch timeout's instead
      // (a heavy case in a cold JVM came near the 10 s default)
      MiniflareOptions parsed = MiniflareOptions.fromJson(c.options());
      MiniflareOptions.Builder builder = parsed.toBuilder()
          .startupTimeout(java.time.Duration.ofMinutes(2))
          .dispatchTimeout(java.time.Duration.ofMinutes(2));
      if (parsed.cpuLimit().equals(io.github.miniflare4j.engine.WorkerLimits.DEFAULT_CPU_LIMIT)) {
        builder.cpuLimit(java.time.Duration.ofMinutes(2));
      }
      options = builder.build();
    } catch (RuntimeException e) {
      return "options rejected: " + e;
    }
    try (Miniflare mf = new Miniflare(options)) {
      int index = 0;
      for (ConformanceCase.Step step : c.steps()) {
        FetchResponse response = mf.dispatchFetch(request(step.request()));
        dump(c.name() + "-" + index, response);
        String mismatch = compare(response, step.expect());
        if (mismatch != null) {
          return "step " + index + " (" + step.request().path("method").asText("GET") + " "
              + step.request().get("url").asText() + "): " + mismatch;
        }
        index++;
      }
      return null;
    } catch (RuntimeException e) {
      return "threw " + e;
    }
  }

  /**
   * With -Dminiflare.conformance.dumpDir=dir, writes each step's actual status and body to
   * dir/case-step.txt, to compare whole observations while working on a case.
   */
  private static void dump(String name, FetchResponse response) {
    String dir = System.getProperty("miniflare.conformance.dumpDir");
    if (dir == null) {
      return;
    }
    try {
      java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
      java.nio.file.Files.writeString(java.nio.file.Path.of(dir, name + ".txt"), response.status() + "\n" + response.text());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static FetchRequest request(JsonNode r) {
    FetchRequest.Builder builder =
        FetchRequest.builder(r.get("url").asText()).method(r.path("method").asText("GET"));
    JsonNode headers = r.get("headers");
    if (headers != null) {
      headers.fields().forEachRemaining(h -> builder.header(h.getKey(), h.getValue().asText()));
    }
    JsonNode body = r.get("body");
    if (body != null && !body.isNull()) {
      builder.body(body.asText());
    }
    return builder.build();
  }

  private static String compare(FetchResponse response, JsonNode expect) {
    String text = response.text();
    if (response.status() != expect.get("status").asInt()) {
      return "status " + response.status() + " != " + expect.get("status").asInt() + " (body "
          + abbreviate(text) + ")";
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = expect.path("headers").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> h = it.next();
      String actual = response.header(h.getKey());
      if (!h.getValue().asText().equals(actual)) {
        return "header " + h.getKey() + ": " + actual + " != " + h.getValue().asText();
      }
    }
    if (expect.has("body")) {
      String wanted = expect.get("body").asText();
      return wanted.equals(text) ? null : "body " + abbreviate(text) + " != " + abbreviate(wanted);
    }
    if (expect.has("bodyMatches")) {
      String regex = expect.get("bodyMatches").asText();
      return Pattern.compile(regex).matcher(text).find()
          ? null
          : "body " + abbreviate(text) + " does not match /" + regex + "/";
    }
    JsonNode actual;
    try {
      actual = JSON.readTree(text);
    } catch (Exception e) {
      return "body is not JSON: " + abbreviate(text);
    }
    JsonNode wanted = expect.get("bodyJson");
    return JsonDiff.diff("$", wanted, actual);
  }

  static String abbreviate(String text) {
    String quoted = JSON.valueToTree(text).toString();
    return quoted.length() > 300 ? quoted.substring(0, 300) + "…" : quoted;
  }
}
