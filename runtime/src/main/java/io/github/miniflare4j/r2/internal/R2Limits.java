package io.github.miniflare4j.r2.internal;

import io.github.miniflare4j.r2.R2Exception;

/**
 * R2's limits and the storage errors a worker sees, worded as Miniflare's R2 simulator words
 * them (its {@code workers/r2/constants.ts} and {@code errors.worker.ts}). A storage error
 * reaches JavaScript as a plain {@code Error} with the message {@code <op>: <message> (<code>)}.
 */
public final class R2Limits {

  /** The most keys one {@code list()} returns. */
  public static final int MAX_LIST_KEYS = 1000;
  /** The most keys one {@code list()} returns when metadata is included (Miniflare's simulation). */
  public static final int MAX_LIST_KEYS_WITH_METADATA = 100;
  /** Keys are at most this many UTF-8 bytes. */
  public static final int MAX_KEY_BYTES = 1024;
  /** The largest object: 5 GiB - 5 MiB. */
  public static final long MAX_VALUE_SIZE = 5_368_709_120L - 5_242_880L;
  /** Custom metadata keys and values together, counted as Miniflare counts them. */
  public static final int MAX_METADATA_SIZE = 2048;
  /** Every part of a multipart upload but the last must have at least this many bytes. */
  public static final long MIN_MULTIPART_PART_SIZE = 5L * 1024 * 1024;
  /** Part numbers run from 1 to this. */
  public static final int MAX_PART_NUMBER = 10_000;

  /** One storage error: its R2 code and message. */
  public enum Failure {
    INTERNAL_ERROR(10001, "We encountered an internal error. Please try again."),
    ENTITY_TOO_LARGE(100100, "Your proposed upload exceeds the maximum allowed object size."),
    ENTITY_TOO_SMALL(10011, "Your proposed upload is smaller than the minimum allowed object size."),
    METADATA_TOO_LARGE(10012, "Your metadata headers exceed the maximum allowed metadata size."),
    INVALID_OBJECT_NAME(10020, "The specified object name is not valid."),
    INVALID_MAX_KEYS(10022, "MaxKeys params must be positive integer <= 1000."),
    NO_SUCH_UPLOAD(10024, "The specified multipart upload does not exist."),
    INVALID_PART(10025, "One or more of the specified parts could not be found."),
    INVALID_RANGE(10039, "The requested range is not satisfiable"),
    BAD_UPLOAD(10048, "There was a problem with the multipart upload."),
    /** Miniflare failing without an R2 error code (a range that starts at the end yet asks for bytes). */
    UNSPECIFIED(0, "Unspecified error");

    public final int code;
    public final String message;

    Failure(int code, String message) {
      this.code = code;
      this.message = message;
    }
  }

  /**
   * The error of a failure.
   *
   * @param operation the binding method, such as {@code "get"}
   * @param failure the failure
   * @return the exception to throw
   */
  public static R2Exception failure(String operation, Failure failure) {
    return new R2Exception(operation, failure.code, failure.message);
  }

  /**
   * The message of a checksum that does not match the body.
   *
   * @param algorithm e.g. {@code SHA-256}
   * @param providedHex the checksum the worker gave
   * @param actualHex the body's checksum
   * @return the message, without the operation and code
   */
  public static String badDigest(String algorithm, String providedHex, String actualHex) {
    return "The " + algorithm + " checksum you specified did not match what we received.\n"
        + "You provided a " + algorithm + " checksum with value: " + providedHex + "\n"
        + "Actual " + algorithm + " was: " + actualHex;
  }

  /** The R2 code of {@link #badDigest}. */
  public static final int BAD_DIGEST_CODE = 10037;

  private R2Limits() {}
}
