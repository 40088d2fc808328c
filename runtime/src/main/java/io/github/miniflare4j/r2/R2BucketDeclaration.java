package io.github.miniflare4j.r2;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.Objects;

/**
 * An R2 bucket binding: {@code env.<name>} reads and writes bucket {@code bucketName}. Bindings
 * of the same bucket name share data, across workers too. Made by {@link R2Buckets}.
 *
 * @param name the binding name
 * @param bucketName the bucket
 */
public record R2BucketDeclaration(String name, String bucketName) implements BindingDeclaration {

  /** The plugin kind of R2 bindings. */
  public static final String KIND = "r2";

  /**
   * Checks the names.
   *
   * @param name the binding name
   * @param bucketName the bucket
   */
  public R2BucketDeclaration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bucketName, "bucketName");
  }

  @Override
  public String kind() {
    return KIND;
  }
}
