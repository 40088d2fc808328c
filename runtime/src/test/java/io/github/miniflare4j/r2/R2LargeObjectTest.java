package io.github.miniflare4j.r2;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100 MiB object goes into a persisted bucket and back out, through the worker over HTTP and
 * through the Java handle, as streams from end to end; its content is checked by digest. (Memory
 * is measured by the {@code r2} benchmark group, not here.)
 */
class R2LargeObjectTest {

  private static final long SIZE = 100L * 1024 * 1024;

  private static final String WORKER = """
      export default {
        async fetch(req, env) {
          const key = new URL(req.url).pathname.slice(1);
          if (req.method === "PUT") {
            const o = await env.B.put(key, req.body);
            return Response.json({ size: o.size, etag: o.etag });
          }
          const o = await env.B.get(key);
          if (o === null) return new Response("not found", { status: 404 });
          return new Response(o.body, { headers: { etag: o.httpEtag } });
        }
      };
      """;

  private static Miniflare start(Path persist) {
    return new Miniflare(MiniflareOptions.builder()
        .port(0)
        .persist("r2", persist)
        .worker(WorkerOptions.builder().modules(true).script(WORKER).bind(R2Buckets.bucket("B")))
        .build());
  }

  @Test
  void a_100_mib_object_put_and_read_back_through_the_worker_keeps_its_digest(@TempDir Path persist) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    try (Miniflare mf = start(persist)) {
      URI url = mf.url().resolve("/big.bin");
      Pattern sent = new Pattern(SIZE, 7);
      HttpRequest put = HttpRequest.newBuilder(url)
          .PUT(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> sent), SIZE))
          .build();

      HttpResponse<String> stored = client.send(put, HttpResponse.BodyHandlers.ofString());
      HttpResponse<InputStream> got = client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofInputStream());

      assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
      assertThat(stored.body()).contains("\"size\":" + SIZE).contains("\"etag\":\"" + sent.md5() + "\"");
      assertThat(got.statusCode()).isEqualTo(200);
      assertThat(sha256(got.body())).isEqualTo(new Pattern(SIZE, 7).sha256());
      assertThat(sha256(mf.getR2Bucket("B").openStream("big.bin"))).isEqualTo(new Pattern(SIZE, 7).sha256());
    }
  }

  @Test
  void a_100_mib_object_put_from_java_is_served_by_the_worker_with_the_same_digest(@TempDir Path persist) throws Exception {
    try (Miniflare mf = start(persist)) {
      Pattern sent = new Pattern(SIZE, 11);
      R2Object object = mf.getR2Bucket("B").put("from-java.bin", sent);

      HttpResponse<InputStream> got = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(mf.url().resolve("/from-java.bin")).build(), HttpResponse.BodyHandlers.ofInputStream());

      assertThat(object.size()).isEqualTo(SIZE);
      assertThat(object.etag()).isEqualTo(sent.md5());
      assertThat(sha256(got.body())).isEqualTo(new Pattern(SIZE, 11).sha256());
    }
  }

  private static String sha256(InputStream in) throws IOException {
    try (DigestInputStream digest = new DigestInputStream(in, digest("SHA-256"))) {
      digest.transferTo(OutputStreamNull.INSTANCE);
      return HexFormat.of().formatHex(digest.getMessageDigest().digest());
    }
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Discards what is written. */
  private static final class OutputStreamNull extends java.io.OutputStream {
    static final OutputStreamNull INSTANCE = new OutputStreamNull();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }

  /**
   * A deterministic stream of {@code size} pseudo-random bytes generated on the fly (never held
   * whole), digesting what it hands out: {@link #md5()} and {@link #sha256()} read it to the end
   * first if needed.
   */
  private static final class Pattern extends InputStream {
    private final long size;
    private final MessageDigest md5 = digest("MD5");
    private final MessageDigest sha256 = digest("SHA-256");
    private long position;
    private long state;

    Pattern(long size, long seed) {
      this.size = size;
      this.state = seed;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position >= size) {
        return -1;
      }
      int n = (int) Math.min(length, size - position);
      for (int i = 0; i < n; i++) {
        state = state * 6364136223846793005L + 1442695040888963407L;
        buffer[offset + i] = (byte) (state >>> 56);
      }
      md5.update(buffer, offset, n);
      sha256.update(buffer, offset, n);
      position += n;
      return n;
    }

    String md5() {
      drain();
      return HexFormat.of().formatHex(md5.digest());
    }

    String sha256() {
      drain();
      return HexFormat.of().formatHex(sha256.digest());
    }

    private void drain() {
      byte[] buffer = new byte[1 << 16];
      while (read(buffer, 0, buffer.length) > 0) {
        // digesting
      }
    }
  }
}
