package io.github.miniflare4j.assertj;

import io.github.miniflare4j.r2.R2Bucket;
import io.github.miniflare4j.r2.R2Object;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on an R2 bucket, read through its Java handle: which objects exist, their bodies
 * (as UTF-8 text), content types and custom metadata.
 */
public class R2BucketAssert extends AbstractAssert<R2BucketAssert, R2Bucket> {

  /**
   * Creates the assertion; prefer {@link MiniflareAssertions#assertThat(R2Bucket)}.
   *
   * @param actual the bucket under test
   */
  public R2BucketAssert(R2Bucket actual) {
    super(actual, R2BucketAssert.class);
  }

  private R2Object object(String key) {
    isNotNull();
    return actual.head(key).orElseGet(() -> {
      failWithMessage("%nExpecting R2 bucket %s%nto contain an object with key:%n  \"%s\"%nbut its keys are:%n  %s",
          actual.bucketName(), key, keyList());
      return null;
    });
  }

  private List<String> keyList() {
    return actual.list().stream().map(R2Object::key).toList();
  }

  /**
   * Verifies an object exists.
   *
   * @param key the key
   * @return this assertion
   */
  public R2BucketAssert containsObject(String key) {
    object(key);
    return this;
  }

  /**
   * Verifies an object exists with this body, read as UTF-8 text.
   *
   * @param key the key
   * @param expectedText the expected body
   * @return this assertion
   */
  public R2BucketAssert containsObject(String key, String expectedText) {
    object(key);
    String text = actual.getText(key);
    if (!expectedText.equals(text)) {
      failWithActualExpectedAndMessage(text, expectedText,
          "%nExpecting R2 object \"%s\" of bucket %s%nto have the body:%n  \"%s\"%nbut it has:%n  \"%s\"",
          key, actual.bucketName(), expectedText, text);
    }
    return this;
  }

  /**
   * Verifies no object has this key.
   *
   * @param key the key
   * @return this assertion
   */
  public R2BucketAssert doesNotContainObject(String key) {
    isNotNull();
    actual.head(key).ifPresent(o -> failWithMessage(
        "%nExpecting R2 bucket %s%nnot to contain an object with key:%n  \"%s\"%nbut it has one of %d bytes", actual.bucketName(),
        key, o.size()));
    return this;
  }

  /**
   * Verifies an object's content type (its {@code httpMetadata.contentType}).
   *
   * @param key the key
   * @param expected the expected content type, or {@code null} for none
   * @return this assertion
   */
  public R2BucketAssert hasContentType(String key, String expected) {
    String type = object(key).contentType();
    if (!java.util.Objects.equals(expected, type)) {
      failWithActualExpectedAndMessage(type, expected,
          "%nExpecting R2 object \"%s\" of bucket %s%nto have the content type:%n  %s%nbut it has:%n  %s",
          key, actual.bucketName(), expected, type);
    }
    return this;
  }

  /**
   * Verifies one entry of an object's custom metadata.
   *
   * @param key the key
   * @param name the metadata name
   * @param expected the expected value
   * @return this assertion
   */
  public R2BucketAssert hasCustomMetadata(String key, String name, String expected) {
    R2Object o = object(key);
    String value = o.customMetadata().get(name);
    if (!expected.equals(value)) {
      failWithActualExpectedAndMessage(value, expected,
          "%nExpecting R2 object \"%s\" of bucket %s%nto have custom metadata %s = \"%s\"%nbut its custom metadata is:%n  %s",
          key, actual.bucketName(), name, expected, o.customMetadata());
    }
    return this;
  }

  /**
   * Verifies the bucket holds no object.
   *
   * @return this assertion
   */
  public R2BucketAssert isEmpty() {
    isNotNull();
    List<String> keys = keyList();
    if (!keys.isEmpty()) {
      failWithMessage("%nExpecting R2 bucket %s%nto be empty%nbut it holds:%n  %s", actual.bucketName(), keys);
    }
    return this;
  }

  /**
   * The keys of every object, in key order, for further list assertions.
   *
   * @return an assertion on the keys
   */
  public ListAssert<String> keys() {
    return Assertions.assertThat(keyList());
  }
}
