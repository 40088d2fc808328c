package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A 100 MiB object through a worker and a persisted R2 bucket over HTTP: the body streams from
 * the client into the bucket and back out, never whole in memory on the client side. Reports
 * {@code r2.100mib.put} and {@code r2.100mib.get} (ms) and {@code r2.100mib.peak_rss}: this
 * process's peak resident set size once the object went through (as {@code bench.mjs} reports
 * node's and workerd's together).
 */
final class R2Transfer {

  static final long LARGE = 100L * 1024 * 1024;

  private R2Transfer() {}

  static void runLargeObject(int runs) {
    Path dir = tempDir();
    HttpClient client = HttpClient.newHttpClient();
    List<Double> puts = new ArrayList<>();
    List<Double> gets = new ArrayList<>();
    try (Miniflare mf = new Miniflare(Workers.r2(dir, true))) {
      URI url = mf.url().resolve("/large.bin");
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        put(client, url);
        puts.add(Figures.millisSince(start));
        start = System.nanoTime();
        get(client, url);
        gets.add(Figures.millisSince(start));
      }
    } finally {
      delete(dir);
    }
    Figures.emitTimes("r2.100mib.put", puts);
    Figures.emitTimes("r2.100mib.get", gets);
    Figures.emit("r2.100mib.peak_rss", Figures.peakRssMiB(), "MiB");
  }

  private static void put(HttpClient client, URI url) {
    HttpRequest request = HttpRequest.newBuilder(url)
        .PUT(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(Pattern::new), LARGE))
        .build();
    String body = send(client, request, HttpResponse.BodyHandlers.ofString()).body();
    if (!body.equals(String.valueOf(LARGE))) {
      throw new IllegalStateException("PUT of 100 MiB answered " + body);
    }
  }

  private static void get(HttpClient client, URI url) {
    long total = 0;
    try (InputStream in = send(client, HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofInputStream()).body()) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (total != LARGE) {
      throw new IllegalStateException("GET of 100 MiB returned " + total + " bytes");
    }
  }

  private static <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      HttpResponse<T> response = client.send(request, handler);
      if (response.statusCode() != 200) {
        throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode());
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** 100 MiB of a repeated 1 MiB pattern, generated as it is read. */
  private static final class Pattern extends InputStream {
    private static final byte[] MIB = new byte[1 << 20];
    private long left = LARGE;

    static {
      for (int i = 0; i < MIB.length; i += 4096) {
        MIB[i] = (byte) i;
      }
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(Math.min(length, left), MIB.length - (LARGE - left) % MIB.length);
      System.arraycopy(MIB, (int) ((LARGE - left) % MIB.length), buffer, offset, n);
      left -= n;
      return n;
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("miniflare4j-r2-bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
