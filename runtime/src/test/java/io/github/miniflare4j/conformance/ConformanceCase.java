package io.github.miniflare4j.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One recorded case of ../shared/conformance/cases: options and request/expect steps. */
record ConformanceCase(String name, String area, Path file, JsonNode options, List<Step> steps) {

  private static final ObjectMapper JSON = new ObjectMapper();

  record Step(JsonNode request, JsonNode expect) {}

  static ConformanceCase read(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    List<Step> steps = new ArrayList<>();
    root.get("steps").forEach(s -> steps.add(new Step(s.get("request"), s.get("expect"))));
    return new ConformanceCase(root.get("name").asText(), root.get("area").asText(), file, root.get("options"), steps);
  }
}
