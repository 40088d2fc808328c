package io.github.miniflare4j.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.http.FetchResponse;
import java.io.IOException;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ObjectAssert;

/**
 * Assertions on a worker's {@link FetchResponse}: status, headers, text, JSON (structurally or
 * mapped to a type) and redirects. Failure messages follow AssertJ's layout and show the whole
 * response.
 */
public class FetchResponseAssert extends AbstractAssert<FetchResponseAssert, FetchResponse> {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Creates the assertion; prefer {@link MiniflareAssertions#assertThat(FetchResponse)}.
   *
   * @param actual the response under test
   */
  public FetchResponseAssert(FetchResponse actual) {
    super(actual, FetchResponseAssert.class);
  }

  /**
   * Verifies the status code.
   *
   * @param expected the expected status code
   * @return this assertion
   */
  public FetchResponseAssert hasStatus(int expected) {
    isNotNull();
    if (actual.status() != expected) {
      failWithActualExpectedAndMessage(actual.status(), expected,
          "%nExpecting response:%n  %s%nto have status:%n  %s%nbut had:%n  %s",
          actual, expected, actual.status());
    }
    return this;
  }

  /**
   * Verifies the status is in the 2xx range.
   *
   * @return this assertion
   */
  public FetchResponseAssert isOk() {
    isNotNull();
    if (!actual.ok()) {
      failWithMessage("%nExpecting response:%n  %s%nto have a 2xx status but had:%n  %s", actual, actual.status());
    }
    return this;
  }

  /**
   * Verifies a header is present.
   *
   * @param name the header name, in any case
   * @return this assertion
   */
  public FetchResponseAssert hasHeader(String name) {
    isNotNull();
    if (actual.header(name) == null) {
      failWithMessage("%nExpecting response:%n  %s%nto have header:%n  %s%nbut it had only:%n  %s",
          actual, name, actual.headers());
    }
    return this;
  }

  /**
   * Verifies a header's value (repeated fields joined by {@code ", "}).
   *
   * @param name the header name, in any case
   * @param expected the expected value
   * @return this assertion
   */
  public FetchResponseAssert hasHeader(String name, String expected) {
    hasHeader(name);
    String value = actual.header(name);
    if (!value.equals(expected)) {
      failWithActualExpectedAndMessage(value, expected,
          "%nExpecting response:%n  %s%nto have header %s:%n  %s%nbut it was:%n  %s",
          actual, name, expected, value);
    }
    return this;
  }

  /**
   * Verifies a header is absent.
   *
   * @param name the header name, in any case
   * @return this assertion
   */
  public FetchResponseAssert doesNotHaveHeader(String name) {
    isNotNull();
    if (actual.header(name) != null) {
      failWithMessage("%nExpecting response:%n  %s%nnot to have header:%n  %s%nbut it was:%n  %s",
          actual, name, actual.header(name));
    }
    return this;
  }

  /**
   * Verifies the content type starts with the given media type, e.g. {@code application/json}.
   *
   * @param mediaType the media type, compared case-insensitively; parameters such as {@code
   *     charset} may follow it in the header
   * @return this assertion
   */
  public FetchResponseAssert hasContentType(String mediaType) {
    hasHeader("content-type");
    String value = actual.header("content-type");
    if (!value.toLowerCase(java.util.Locale.ROOT).startsWith(mediaType.toLowerCase(java.util.Locale.ROOT))) {
      failWithActualExpectedAndMessage(value, mediaType,
          "%nExpecting response:%n  %s%nto have content type:%n  %s%nbut it was:%n  %s",
          actual, mediaType, value);
    }
    return this;
  }

  /**
   * Verifies the body, decoded as UTF-8, equals the text.
   *
   * @param expected the expected text
   * @return this assertion
   */
  public FetchResponseAssert hasBody(String expected) {
    isNotNull();
    String text = actual.text();
    if (!text.equals(expected)) {
      failWithActualExpectedAndMessage(text, expected,
          "%nExpecting response:%n  %s%nto have body:%n  %s%nbut it was:%n  %s",
          actual, quote(expected), quote(text));
    }
    return this;
  }

  /**
   * Navigates to the body as text.
   *
   * @return an AssertJ string assertion on the decoded body
   */
  public AbstractStringAssert<?> bodyText() {
    isNotNull();
    return Assertions.assertThat(actual.text()).as(descriptionText().isEmpty() ? "body of " + actual : descriptionText());
  }

  /**
   * Verifies the body is JSON equal to the expected JSON, structurally: key order and white
   * space do not matter, types and values do.
   *
   * @param expectedJson the expected JSON text
   * @return this assertion
   */
  public FetchResponseAssert hasJsonBody(String expectedJson) {
    isNotNull();
    JsonNode expected;
    try {
      expected = JSON.readTree(expectedJson);
    } catch (IOException e) {
      throw new IllegalArgumentException("The expected value is not JSON: " + expectedJson, e);
    }
    JsonNode body = parsedBody();
    if (!body.equals(expected)) {
      failWithActualExpectedAndMessage(body.toPrettyString(), expected.toPrettyString(),
          "%nExpecting response:%n  %s%nto have JSON body:%n  %s%nbut it was:%n  %s",
          actual, expected, body);
    }
    return this;
  }

  /**
   * Navigates to the body mapped to a type by Jackson.
   *
   * @param <T> the target type
   * @param type the class Jackson reads the body into
   * @return an AssertJ object assertion on the mapped body; fails first when the body is not JSON
   */
  public <T> ObjectAssert<T> bodyJson(Class<T> type) {
    parsedBody();
    return Assertions.assertThat(actual.json(type));
  }

  /**
   * Verifies the response is a redirect (301, 302, 303, 307, 308) to the given location.
   *
   * @param location the expected {@code location} header value, exactly
   * @return this assertion
   */
  public FetchResponseAssert isRedirectTo(String location) {
    isNotNull();
    int status = actual.status();
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
      failWithMessage("%nExpecting response:%n  %s%nto be a redirect to:%n  %s%nbut its status was:%n  %s",
          actual, location, status);
    }
    String found = actual.header("location");
    if (!location.equals(found)) {
      failWithActualExpectedAndMessage(found, location,
          "%nExpecting response:%n  %s%nto redirect to:%n  %s%nbut its location was:%n  %s",
          actual, location, found);
    }
    return this;
  }

  private JsonNode parsedBody() {
    try {
      return JSON.readTree(actual.bytes());
    } catch (IOException e) {
      failWithMessage("%nExpecting response:%n  %s%nto have a JSON body, but it is not JSON:%n  %s",
          actual, e.getMessage().lines().findFirst().orElse(""));
      throw new AssertionError("unreachable");
    }
  }

  private static String quote(String text) {
    return '"' + text + '"';
  }
}
