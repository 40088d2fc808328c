package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.WorkerProbe.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code jsg-layout.js} only marks members enumerable and moves each constructor last: it trusts
 * the class bodies to be written in workerd's member order. This test reads every
 * {@code jsgLayout(prototype, { member: E, ... }, owner, { static: E, ... })} line of that file and
 * checks, in a running worker, that the laid-out prototype lists the named members first and in
 * that order, enumerable, the constructor last, and that the named statics end the owner's keys.
 * A member added to a class body in another place fails here, naming the class and both orders;
 * so does a listed name the class lacks (the layout would create it).
 */
class JsgLayoutOrderTest {

  private static final Pattern LAYOUT_LINE =
      Pattern.compile("^jsgLayout\\((.+?), \\{([^}]*)\\}(?:, (.+?), \\{([^}]*)\\})?\\);$", Pattern.MULTILINE);

  @Test
  void every_laid_out_class_body_is_written_in_workerds_member_order() throws IOException {
    String source = layoutSource();
    List<String> entries = new ArrayList<>();
    Matcher line = LAYOUT_LINE.matcher(source);
    while (line.find()) {
      String owner = line.group(3) == null ? "null" : line.group(3);
      String statics = line.group(4) == null ? "" : names(line.group(4));
      entries.add(
          "[" + quote(line.group(1)) + ", () => " + line.group(1) + ", \"" + names(line.group(2)) + "\", () => " + owner
              + ", \"" + statics + "\"]");
    }
    assertThat(entries).as("jsgLayout lines found in jsg-layout.js").hasSizeGreaterThan(30);
    JsonNode out =
        run(
            "const protoOf = (name) => globalThis[name]?.prototype;\n"
                + "const ExecutionContext = { prototype: Object.getPrototypeOf(ctx) };\n"
                + "const entries = [" + String.join(",\n", entries) + "];\n"
                + """
                const problems = [];
                const names = (keys) => keys.map(String).join(" ");
                for (const [label, protoOf_, members, ownerOf, statics] of entries) {
                  const proto = protoOf_();
                  if (proto === undefined || proto === null) continue;
                  // string keys only: a symbol key always lists after them
                  const keys = Object.getOwnPropertyNames(proto).filter((k) => Object.getOwnPropertyDescriptor(proto, k).configurable);
                  const listed = members === "" ? [] : members.split(" ");
                  for (const n of listed) if (!keys.includes(n)) problems.push(`${label}: ${n} is not an own configurable member`);
                  const head = keys.slice(0, listed.length);
                  if (names(head) !== names(listed)) problems.push(`${label}: keys ${names(keys)}; want first ${names(listed)}`);
                  if (keys.includes("constructor") && keys[keys.length - 1] !== "constructor") problems.push(`${label}: constructor not last: ${names(keys)}`);
                  for (const n of listed) if (!Object.getOwnPropertyDescriptor(proto, n).enumerable) problems.push(`${label}: ${n} not enumerable`);
                  // workerd's Web IDL methods have length 0: the bodies declare it (a first parameter with a default)
                  for (const n of listed) {
                    const value = Object.getOwnPropertyDescriptor(proto, n).value;
                    if (typeof value === "function" && value.length !== 0) problems.push(`${label}: ${n} has length ${value.length}`);
                  }
                  const owner = ownerOf();
                  if (owner !== null && statics !== "") {
                    const ownerKeys = Object.getOwnPropertyNames(owner);
                    const wanted = statics.split(" ");
                    for (const n of wanted) if (!ownerKeys.includes(n) || !Object.getOwnPropertyDescriptor(owner, n).configurable) problems.push(`${label}: static ${n} is not an own configurable member`);
                    const tail = ownerKeys.slice(ownerKeys.length - wanted.length);
                    if (names(tail) !== names(wanted)) problems.push(`${label} statics: keys ${names(ownerKeys)}; want last ${names(wanted)}`);
                    for (const n of wanted) if (typeof owner[n] === "function" && owner[n].length !== 0) problems.push(`${label}: static ${n} has length ${owner[n].length}`);
                  }
                }
                out.problems = problems;
                out.checked = entries.length;
                """);
    assertThat(out.get("problems")).as("class bodies out of workerd's order").isEmpty();
    assertThat(out.get("checked").asInt()).isEqualTo(entries.size());
  }

  /** The keys of a layout object's text ({@code "a: E, b: E"}), separated by spaces. */
  private static String names(String layout) {
    List<String> names = new ArrayList<>();
    for (String entry : layout.split(",")) {
      if (!entry.isBlank()) {
        names.add(entry.substring(0, entry.indexOf(':')).trim());
      }
    }
    return String.join(" ", names);
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String layoutSource() throws IOException {
    try (InputStream in = JsgLayoutOrderTest.class.getResourceAsStream("/io/github/miniflare4j/prelude/jsg-layout.js")) {
      assertThat(in).as("jsg-layout.js on the class path").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
