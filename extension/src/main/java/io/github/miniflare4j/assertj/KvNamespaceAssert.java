package io.github.miniflare4j.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.kv.KvEntry;
import io.github.miniflare4j.kv.KvKey;
import io.github.miniflare4j.kv.KvNamespace;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on a KV namespace, read through its Java handle: keys, values (as text or JSON),
 * metadata, expiration and size. Expired keys count as absent, as for a worker.
 */
public class KvNamespaceAssert extends AbstractAssert<KvNamespaceAssert, KvNamespace> {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Creates the assertion; prefer {@link MiniflareAssertions#assertThat(KvNamespace)}.
   *
   * @param actual the namespace under test
   */
  public KvNamespaceAssert(KvNamespace actual) {
    super(actual, KvNamespaceAssert.class);
  }

  /**
   * Verifies a key is present.
   *
   * @param key the key
   * @return this assertion
   */
  public KvNamespaceAssert containsKey(String key) {
    entry(key);
    return this;
  }

  /**
   * Verifies a key is absent (or expired).
   *
   * @param key the key
   * @return this assertion
   */
  public KvNamespaceAssert doesNotContainKey(String key) {
    isNotNull();
    String value = actual.get(key);
    if (value != null) {
      failWithMessage("%nExpecting KV namespace %s%nnot to contain key:%n  %s%nbut it maps to:%n  %s",
          actual.namespaceId(), key, quote(value));
    }
    return this;
  }

  /**
   * Verifies the value of a key, as UTF-8 text.
   *
   * @param key the key
   * @param expected the expected text
   * @return this assertion
   */
  public KvNamespaceAssert containsEntry(String key, String expected) {
    String value = new String(entry(key).bytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!value.equals(expected)) {
      failWithActualExpectedAndMessage(value, expected,
          "%nExpecting KV namespace %s%nto map key:%n  %s%nto:%n  %s%nbut it maps to:%n  %s",
          actual.namespaceId(), key, quote(expected), quote(value));
    }
    return this;
  }

  /**
   * Verifies the value of a key is JSON equal (structurally) to the expected JSON.
   *
   * @param key the key
   * @param expectedJson the expected JSON text
   * @return this assertion
   */
  public KvNamespaceAssert containsJsonEntry(String key, String expectedJson) {
    KvEntry entry = entry(key);
    JsonNode expected = parse(expectedJson, "the expected value");
    JsonNode value;
    try {
      value = JSON.readTree(entry.bytes());
    } catch (IOException e) {
      failWithMessage("%nExpecting KV namespace %s%nto map key:%n  %s%nto JSON, but its value is not JSON:%n  %s",
          actual.namespaceId(), key, quote(entry.text()));
      return this;
    }
    if (!expected.equals(value)) {
      failWithActualExpectedAndMessage(value.toPrettyString(), expected.toPrettyString(),
          "%nExpecting KV namespace %s%nto map key:%n  %s%nto JSON:%n  %s%nbut it maps to:%n  %s",
          actual.namespaceId(), key, expected, value);
    }
    return this;
  }

  /**
   * Verifies the metadata of a key is JSON equal to the expected JSON ({@code "null"} for none).
   *
   * @param key the key
   * @param expectedJson the expected metadata as JSON text, or {@code "null"}
   * @return this assertion
   */
  public KvNamespaceAssert hasMetadata(String key, String expectedJson) {
    KvEntry entry = entry(key);
    JsonNode expected = parse(expectedJson, "the expected metadata");
    JsonNode metadata = entry.metadataJson() == null ? JSON.nullNode() : parse(entry.metadataJson(), "the metadata");
    if (!expected.equals(metadata)) {
      failWithActualExpectedAndMessage(metadata.toString(), expected.toString(),
          "%nExpecting KV namespace %s%nto have for key:%n  %s%nthe metadata:%n  %s%nbut it had:%n  %s",
          actual.namespaceId(), key, expected, metadata);
    }
    return this;
  }

  /**
   * Verifies a key expires at the given instant (KV keeps whole seconds).
   *
   * @param key the key
   * @param expected the expected instant, in whole seconds (KV drops fractions)
   * @return this assertion
   */
  public KvNamespaceAssert hasExpiration(String key, Instant expected) {
    KvEntry entry = entry(key);
    if (!expected.equals(entry.expiration())) {
      failWithActualExpectedAndMessage(entry.expiration(), expected,
          "%nExpecting KV namespace %s%nto have key:%n  %s%nexpire at:%n  %s%nbut it expires at:%n  %s",
          actual.namespaceId(), key, expected, entry.expiration() == null ? "never" : entry.expiration());
    }
    return this;
  }

  /**
   * Verifies the number of live keys.
   *
   * @param expected the expected number of keys
   * @return this assertion
   */
  public KvNamespaceAssert hasSize(int expected) {
    isNotNull();
    List<String> keys = keyNames();
    if (keys.size() != expected) {
      failWithActualExpectedAndMessage(keys.size(), expected,
          "%nExpecting KV namespace %s%nto hold %s keys but it holds %s:%n  %s",
          actual.namespaceId(), expected, keys.size(), abbreviate(keys));
    }
    return this;
  }

  /**
   * Navigates to the live key names, in KV's order.
   *
   * @return an AssertJ list assertion on the key names
   */
  public ListAssert<String> keys() {
    isNotNull();
    return Assertions.assertThat(keyNames()).as("keys of KV namespace %s", actual.namespaceId());
  }

  private List<String> keyNames() {
    return actual.keys().map(KvKey::name).toList();
  }

  private KvEntry entry(String key) {
    isNotNull();
    KvEntry entry = actual.getWithMetadata(key);
    if (entry == null) {
      failWithMessage("%nExpecting KV namespace %s%nto contain key:%n  %s%nbut its keys are:%n  %s",
          actual.namespaceId(), key, abbreviate(keyNames()));
    }
    return entry;
  }

  private static JsonNode parse(String json, String what) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(what + " is not JSON: " + json, e);
    }
  }

  private static String abbreviate(List<String> keys) {
    return keys.size() <= 20 ? keys.toString() : keys.subList(0, 20) + " and " + (keys.size() - 20) + " more";
  }

  private static String quote(String text) {
    return '"' + text + '"';
  }
}
