package io.github.miniflare4j.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.durable.DurableObjectStorageView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on one Durable Object's storage, read through {@link DurableObjectStorageView}:
 * keys, values (compared structurally, numbers by value, so {@code 2} matches the {@code 2.0}
 * a JavaScript number reads back as), size and alarm.
 */
public class DurableObjectStorageAssert extends AbstractAssert<DurableObjectStorageAssert, DurableObjectStorageView> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) ->
      a.isNumber() && b.isNumber() ? Double.compare(a.doubleValue(), b.doubleValue()) : (a.equals(b) ? 0 : 1);

  /**
   * Creates the assertion; prefer {@link MiniflareAssertions#assertThat(DurableObjectStorageView)}.
   *
   * @param actual the storage under test
   */
  public DurableObjectStorageAssert(DurableObjectStorageView actual) {
    super(actual, DurableObjectStorageAssert.class);
  }

  /**
   * Verifies a key is present.
   *
   * @param key the key
   * @return this assertion
   */
  public DurableObjectStorageAssert containsKey(String key) {
    value(key);
    return this;
  }

  /**
   * Verifies a key is absent.
   *
   * @param key the key
   * @return this assertion
   */
  public DurableObjectStorageAssert doesNotContainKey(String key) {
    isNotNull();
    Object value = actual.get(key);
    if (value != null) {
      failWithMessage("%nExpecting %s%nnot to contain key:%n  %s%nbut it maps to:%n  %s", actual, key, render(value));
    }
    return this;
  }

  /**
   * Verifies the value of a key: equal to {@code expected} once both are seen as JSON (maps,
   * lists, records and beans through Jackson), numbers compared by value.
   *
   * @param key the key
   * @param expected the expected value
   * @return this assertion
   */
  public DurableObjectStorageAssert containsEntry(String key, Object expected) {
    Object value = value(key);
    JsonNode found = JSON.valueToTree(value);
    JsonNode wanted = JSON.valueToTree(expected);
    if (!found.equals(NUMBERS_BY_VALUE, wanted)) {
      failWithActualExpectedAndMessage(found.toString(), wanted.toString(),
          "%nExpecting %s%nto map key:%n  %s%nto:%n  %s%nbut it maps to:%n  %s", actual, key, wanted, found);
    }
    return this;
  }

  /**
   * Verifies the number of keys.
   *
   * @param expected the expected count
   * @return this assertion
   */
  public DurableObjectStorageAssert hasSize(int expected) {
    isNotNull();
    List<String> keys = actual.keys();
    if (keys.size() != expected) {
      failWithActualExpectedAndMessage(keys.size(), expected, "%nExpecting %s%nto hold %s keys but it holds %s:%n  %s",
          actual, expected, keys.size(), keys);
    }
    return this;
  }

  /**
   * Verifies the storage holds no key.
   *
   * @return this assertion
   */
  public DurableObjectStorageAssert isEmpty() {
    return hasSize(0);
  }

  /**
   * Navigates to the key names, in storage order.
   *
   * @return an assertion on the key names
   */
  public ListAssert<String> keys() {
    isNotNull();
    return Assertions.assertThat(new ArrayList<>(actual.keys())).as("keys of %s", actual);
  }

  /**
   * Verifies an alarm is set for the given instant.
   *
   * @param expected the alarm's time
   * @return this assertion
   */
  public DurableObjectStorageAssert hasAlarm(Instant expected) {
    isNotNull();
    Optional<Instant> alarm = actual.alarm();
    if (!alarm.equals(Optional.of(expected))) {
      failWithActualExpectedAndMessage(alarm.orElse(null), expected, "%nExpecting %s%nto have an alarm at:%n  %s%nbut %s",
          actual, expected, alarm.map(a -> "it is set for:%n  ".formatted() + a).orElse("none is set"));
    }
    return this;
  }

  /**
   * Verifies no alarm is set.
   *
   * @return this assertion
   */
  public DurableObjectStorageAssert hasNoAlarm() {
    isNotNull();
    actual.alarm().ifPresent(a -> failWithMessage("%nExpecting %s%nto have no alarm%nbut one is set for:%n  %s", actual, a));
    return this;
  }

  private Object value(String key) {
    isNotNull();
    Object value = actual.get(key);
    if (value == null) {
      failWithMessage("%nExpecting %s%nto contain key:%n  %s%nbut its keys are:%n  %s", actual, key, actual.keys());
    }
    return value;
  }

  private static String render(Object value) {
    return JSON.valueToTree(value).toString();
  }
}
