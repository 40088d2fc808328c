package io.github.miniflare4j.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The client of the {@code http} group, run in its own JVM as Node's client runs in its own
 * process beside workerd: keep-alive HTTP/1.1 {@code GET}s over plain sockets, one thread per
 * connection (as Node's {@code http.Agent} keeps one request in flight per socket), each
 * response read whole (status line, fields, a {@code Content-Length} or chunked body) before the
 * next request goes out; the connections stay open across the rounds of a mode, as the Node
 * side's agent keeps them. Prints the figures of {@link HttpLoad}.
 *
 * <pre>
 * java -cp &lt;class path&gt; io.github.miniflare4j.bench.HttpLoadClient URL COUNT ROUNDS
 * </pre>
 */
public final class HttpLoadClient {

  private HttpLoadClient() {}

  /**
   * Runs the warm-up ({@link WarmUp}: two rounds, more until its time has passed) and {@code ROUNDS} measured rounds of {@code COUNT} requests to {@code URL},
   * sequential (one connection), then with 16 connections.
   *
   * @param args the server's URL, the requests per round, the measured rounds
   */
  public static void main(String[] args) throws Exception {
    URI url = URI.create(args[0]);
    int count = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    for (int connections : new int[] {1, 16}) {
      List<Connection> open = new ArrayList<>();
      for (int i = 0; i < connections; i++) {
        open.add(new Connection(url));
      }
      WarmUp.repeat(2, () -> {
        try {
          round(open, count, new ArrayList<>());
        } catch (Exception e) {
          throw new IllegalStateException("a warm-up round failed", e);
        }
      });
      List<Double> rates = new ArrayList<>();
      List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
      for (int i = 0; i < rounds; i++) {
        rates.add(round(open, count, latencies));
      }
      for (Connection connection : open) {
        connection.socket.close();
      }
      Figures.Stats r = Figures.Stats.of(rates);
      Figures.Stats l = Figures.Stats.of(latencies);
      String prefix = "http.hello." + (connections == 1 ? "seq" : "c" + connections);
      Figures.emit(prefix + ".throughput", r.median(), r.min(), r.max(), "req/s");
      Figures.emit(prefix + ".p50", l.p50(), "ms");
      Figures.emit(prefix + ".p99", l.p99(), "ms");
    }
    System.exit(0);
  }

  /** One keep-alive connection and the request it sends again and again. */
  private static final class Connection {
    final Socket socket;
    final OutputStream out;
    final InputStream in;
    final byte[] request;

    Connection(URI url) throws IOException {
      socket = new Socket(url.getHost(), url.getPort());
      socket.setTcpNoDelay(true);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream());
      request = ("GET " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
          + "\r\nConnection: keep-alive\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }
  }

  /** One round, a thread per connection; returns requests per second. */
  private static double round(List<Connection> connections, int count, List<Double> latencies) throws Exception {
    long start = System.nanoTime();
    AtomicInteger issued = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> lanes = new ArrayList<>();
    for (Connection connection : connections) {
      Thread lane = new Thread(() -> {
        try {
          lane(connection, count, issued, latencies);
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        }
      }, "http-load-client-" + lanes.size());
      lane.start();
      lanes.add(lane);
    }
    for (Thread lane : lanes) {
      lane.join();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("HTTP load client failed", failure.get());
    }
    return count / (Figures.millisSince(start) / 1000);
  }

  private static void lane(Connection connection, int count, AtomicInteger issued, List<Double> latencies)
      throws IOException {
    while (issued.getAndIncrement() < count) {
      long t = System.nanoTime();
      connection.out.write(connection.request);
      connection.out.flush();
      int status = readResponse(connection.in);
      if (status != 200) {
        throw new IllegalStateException("HTTP status " + status);
      }
      latencies.add(Figures.millisSince(t));
    }
  }

  /** Reads one response whole; returns its status. */
  private static int readResponse(InputStream in) throws IOException {
    String statusLine = line(in);
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP/1 status line: " + statusLine);
    }
    int status = Integer.parseInt(parts[1]);
    long length = -1;
    boolean chunked = false;
    for (String field = line(in); !field.isEmpty(); field = line(in)) {
      int colon = field.indexOf(':');
      String name = field.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
      String value = field.substring(colon + 1).trim();
      if (name.equals("content-length")) {
        length = Long.parseLong(value);
      } else if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
        chunked = true;
      }
    }
    if (chunked) {
      for (long size = Long.parseLong(line(in).split(";", 2)[0].trim(), 16); size > 0;
          size = Long.parseLong(line(in).split(";", 2)[0].trim(), 16)) {
        skip(in, size);
        line(in);
      }
      for (String trailer = line(in); !trailer.isEmpty(); trailer = line(in)) {
        // trailers are read past
      }
    } else if (length >= 0) {
      skip(in, length);
    } else {
      throw new IOException("a keep-alive response without Content-Length or chunked body");
    }
    return status;
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("the server closed the connection");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  private static void skip(InputStream in, long bytes) throws IOException {
    if (in.readNBytes((int) bytes).length != bytes) {
      throw new EOFException("the server closed the connection in a body");
    }
  }
}
