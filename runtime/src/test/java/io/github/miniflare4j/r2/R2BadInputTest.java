package io.github.miniflare4j.r2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input from a worker (wrong types, oversized keys, a wrong checksum, a stream of unknown
 * length, failing multipart uploads) gets R2's error, worded as the real Miniflare words it (see the
 * recorded r2 cases), and leaves the stored object as it was, in a persisted bucket; missing keys
 * and unbound buckets are answered without touching it either.
 */
class R2BadInputTest {

  private static final String WORKER = """
      const ATTEMPTS = {
        wrongType: (b) => b.put("k", 42),
        oversizedKey: (b) => b.put("k".repeat(1025), "new"),
        wrongChecksum: (b) => b.put("k", "new", { md5: "0".repeat(32) }),
        unknownLength: (b) => {
          const { readable, writable } = new TransformStream();
          const writer = writable.getWriter();
          writer.write(new TextEncoder().encode("new"));
          writer.close();
          return b.put("k", readable);
        },
        multipartTooSmall: async (b) => {
          const upload = await b.createMultipartUpload("k");
          const parts = [await upload.uploadPart(1, "tiny"), await upload.uploadPart(2, "tiny too")];
          return upload.complete(parts);
        },
        unknownUpload: (b) => b.resumeMultipartUpload("k", "not-an-upload-id").uploadPart(1, "new"),
        missingKeys: async (b) => {
          const answers = [await b.get("missing"), await b.head("missing"), await b.delete(["missing", "also-missing"])];
          throw new Error(JSON.stringify(answers));
        },
      };
      export default {
        async fetch(req, env) {
          const attempt = ATTEMPTS[new URL(req.url).pathname.slice(1)];
          try {
            await attempt(env.B);
            return new Response("accepted", { status: 500 });
          } catch (e) {
            return new Response(`${e.constructor.name}: ${e.message}`);
          }
        }
      };
      """;

  private Miniflare mf;
  private R2Bucket bucket;
  private R2Object original;

  @BeforeEach
  void start(@TempDir Path persist) {
    mf = new Miniflare(MiniflareOptions.builder()
        .persist("r2", persist)
        .worker(WorkerOptions.builder().modules(true).script(WORKER).bind(R2Buckets.bucket("B")))
        .build());
    bucket = mf.getR2Bucket("B");
    original = bucket.put("k", "original");
  }

  @AfterEach
  void stop() {
    mf.close();
  }

  static Stream<Arguments> attempts() throws Exception {
    String md5OfNew = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest("new".getBytes(StandardCharsets.UTF_8)));
    return Stream.of(
        Arguments.of("wrongType", "TypeError: Failed to execute 'put' on 'R2Bucket': parameter 2 is not of type "
            + "'ReadableStream or ArrayBuffer or ArrayBufferView or string or Blob'."),
        Arguments.of("oversizedKey", "Error: put: The specified object name is not valid. (10020)"),
        Arguments.of("wrongChecksum", "Error: put: The MD5 checksum you specified did not match what we received.\n"
            + "You provided a MD5 checksum with value: 00000000000000000000000000000000\n"
            + "Actual MD5 was: " + md5OfNew + " (10037)"),
        Arguments.of("unknownLength", "TypeError: Provided readable stream must have a known length "
            + "(request/response body or readable half of FixedLengthStream)"),
        Arguments.of("multipartTooSmall",
            "Error: completeMultipartUpload: Your proposed upload is smaller than the minimum allowed object size. (10011)"),
        Arguments.of("unknownUpload", "Error: uploadPart: The specified multipart upload does not exist. (10024)"),
        Arguments.of("missingKeys", "Error: [null,null,null]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attempts")
  void bad_input_gets_r2s_error_and_leaves_the_object_as_it_was(String attempt, String error) {
    String answer = mf.dispatchFetch("http://localhost/" + attempt).text();

    assertThat(answer).isEqualTo(error);
    assertThat(bucket.list()).extracting(R2Object::key).containsExactly("k");
    assertThat(bucket.getText("k")).isEqualTo("original");
    assertThat(bucket.head("k")).get().extracting(R2Object::etag).isEqualTo(original.etag());
  }

  @Test
  void an_unbound_bucket_is_refused_from_java_naming_the_bound_ones_and_the_bucket_stays() {
    assertThatThrownBy(() -> mf.getR2Bucket("UPLOADS"))
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("UPLOADS")
        .hasMessageContaining("[B (r2)]");
    assertThat(bucket.getText("k")).isEqualTo("original");
  }
}
