package io.github.miniflare4j.r2;

/**
 * R2 bucket bindings for {@code WorkerOptions.builder().bind(...)}:
 * {@code bind(R2Buckets.bucket("BUCKET"))} binds {@code env.BUCKET} to the bucket named {@code
 * BUCKET}, {@code bind(R2Buckets.bucket("BUCKET", "uploads"))} to the bucket {@code uploads}.
 */
public final class R2Buckets {

  private R2Buckets() {}

  /**
   * A binding whose bucket has the binding's name (as Miniflare's {@code r2Buckets: ["NAME"]}).
   *
   * @param binding the binding name
   * @return the declaration
   */
  public static R2BucketDeclaration bucket(String binding) {
    return new R2BucketDeclaration(binding, binding);
  }

  /**
   * A binding of a named bucket (as Miniflare's {@code r2Buckets: {NAME: "bucket"}}).
   *
   * @param binding the binding name
   * @param bucketName the bucket; bindings of the same bucket share its objects
   * @return the declaration
   */
  public static R2BucketDeclaration bucket(String binding, String bucketName) {
    return new R2BucketDeclaration(binding, bucketName);
  }
}
