package io.github.miniflare4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP server over real sockets, with {@code java.net.http} (and a raw socket where the
 * connection itself is the subject). The surefire configuration allows the client to set
 * {@code Host} ({@code jdk.httpclient.allowRestrictedHeaders=host}).
 */
class HttpServerTest {

  private static final String ECHO =
      "export default { async fetch(req) {"
          + " const body = (await req.arrayBuffer()).byteLength;"
          + " return new Response(NAME + ' ' + req.method + ' ' + req.url + ' host=' + req.headers.get('host') + ' body=' + body) } }";

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Miniflare mf;

  @AfterEach
  void close() {
    if (mf != null) {
      mf.close();
    }
  }

  private static WorkerOptions.Builder echo(String name) {
    return WorkerOptions.builder().name(name).modules(true).script("const NAME = '" + name + "';\n" + ECHO);
  }

  private Miniflare start(MiniflareOptions.Builder options) {
    mf = new Miniflare(options.port(0).build());
    return mf;
  }

  private HttpResponse<String> get(String path, String host) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(mf.url().resolve(path));
    if (host != null) {
      request.header("Host", host);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void port_zero_picks_a_free_port_on_loopback() {
    start(MiniflareOptions.builder().worker(echo("main")));

    assertThat(mf.port()).isPositive();
    assertThat(mf.url()).isEqualTo(URI.create("http://127.0.0.1:" + mf.port() + "/"));
  }

  @Test
  void requests_are_routed_by_their_host_header() throws Exception {
    start(MiniflareOptions.builder().worker(echo("main")).worker(echo("api").routes("api.mf/*")));

    HttpResponse<String> api = get("/users?x=1", "api.mf");
    HttpResponse<String> other = get("/users", "other.mf");

    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.body()).isEqualTo("api GET http://api.mf/users?x=1 host=api.mf body=0");
    assertThat(other.body()).isEqualTo("main GET http://other.mf/users host=other.mf body=0");
  }

  @Test
  void an_mf_route_override_field_picks_the_worker_over_http_too() throws Exception {
    start(MiniflareOptions.builder().worker(echo("main")).worker(echo("api").routes("api.mf/*")));

    HttpResponse<String> overridden = client.send(HttpRequest.newBuilder(mf.url().resolve("/x"))
        .header("MF-Route-Override", "api").build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> unknown = client.send(HttpRequest.newBuilder(mf.url().resolve("/x"))
        .header("MF-Route-Override", "nope").build(), HttpResponse.BodyHandlers.ofString());

    assertThat(overridden.body()).startsWith("api GET http://127.0.0.1:" + mf.port() + "/x");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).isEqualTo("No entrypoint worker found");
  }

  @Test
  void cdn_cgi_requests_with_a_foreign_host_are_refused() throws Exception {
    start(MiniflareOptions.builder().worker(echo("main")).worker(echo("api").routes("api.mf/*")));

    HttpResponse<String> foreign = get("/cdn-cgi/x", "evil.mf");
    HttpResponse<String> routeHost = get("/cdn-cgi/x", "sub.api.mf");

    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.body()).isEqualTo("Invalid Host header");
    assertThat(routeHost.body()).startsWith("main GET http://sub.api.mf/cdn-cgi/x");
  }

  @Test
  void dispatch_fetch_shows_workers_the_servers_own_host() {
    start(MiniflareOptions.builder().worker(echo("main")));

    assertThat(mf.dispatchFetch("http://localhost/").text())
        .isEqualTo("main GET http://localhost/ host=127.0.0.1:" + mf.port() + " body=0");
  }

  @Test
  void a_connection_is_kept_alive_across_requests() throws Exception {
    start(MiniflareOptions.builder().worker(echo("main")));

    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), mf.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      for (int i = 1; i <= 3; i++) {
        out.write(("GET /" + i + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String response = readResponse(in);
        assertThat(response).startsWith("HTTP/1.1 200").endsWith("main GET http://localhost/" + i + " host=localhost body=0");
        assertThat(response.toLowerCase()).doesNotContain("connection: close");
      }
    }
  }

  @Test
  void a_10_mib_request_body_streams_in_chunked_and_a_10_mib_response_streams_out() throws Exception {
    start(MiniflareOptions.builder().worker(WorkerOptions.builder().modules(true).script(
        "export default { async fetch(req) { return new Response(await req.arrayBuffer()) } }")));
    byte[] payload = new byte[10 * 1024 * 1024];
    new Random(42).nextBytes(payload);

    HttpRequest request = HttpRequest.newBuilder(mf.url().resolve("/echo"))
        // an InputStream publisher of unknown length: sent with Transfer-Encoding: chunked
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(payload)))
        .build();
    HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-length")).hasValue(String.valueOf(payload.length));
    MessageDigest received = MessageDigest.getInstance("SHA-256");
    long total = 0;
    try (InputStream body = response.body()) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = body.read(buffer)) > 0; total += n) {
        received.update(buffer, 0, n);
      }
    }
    assertThat(total).isEqualTo(payload.length);
    assertThat(HexFormat.of().formatHex(received.digest()))
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload)));
  }

  @Test
  void a_connection_is_kept_alive_after_a_chunked_response() throws Exception {
    start(MiniflareOptions.builder().worker(WorkerOptions.builder().modules(true).script(
        "export default { fetch(req) { const { readable, writable } = new TransformStream();"
            + " const w = writable.getWriter(); w.write(new TextEncoder().encode(new URL(req.url).pathname)); w.close();"
            + " return new Response(readable) } }")));

    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), mf.port())) {
      socket.setSoTimeout(10_000);
      for (int i = 1; i <= 2; i++) {
        socket.getOutputStream().write(("GET /r" + i + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        String response = readUntil(socket.getInputStream(), "\r\n0\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 200").containsIgnoringCase("transfer-encoding: chunked")
            .contains("\r\n3\r\n/r" + i + "\r\n");
      }
    }
  }

  private static String readUntil(InputStream in, String end) throws IOException {
    StringBuilder text = new StringBuilder();
    while (!text.toString().endsWith(end)) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("connection closed after: " + text);
      }
      text.append((char) c);
    }
    return text.toString();
  }

  @Test
  void the_worker_reads_request_chunks_while_the_client_is_still_sending_10_mib() throws Exception {
    int size = 10 * 1024 * 1024;
    CountDownLatch workerSawFirstChunk = new CountDownLatch(1);
    AtomicLong seenAtFirstChunk = new AtomicLong(-1);
    start(MiniflareOptions.builder().worker(WorkerOptions.builder().modules(true)
        .serviceBinding("GATE", request -> {
          seenAtFirstChunk.set(Long.parseLong(request.url().replaceAll(".*n=", "")));
          workerSawFirstChunk.countDown();
          return FetchResponse.text("ok");
        })
        .script("export default { async fetch(req, env) {"
            + " const reader = req.body.getReader();"
            + " let n = (await reader.read()).value.byteLength;"
            + " await env.GATE.fetch('http://gate/?n=' + n);"
            + " for (;;) { const { value, done } = await reader.read(); if (done) break; n += value.byteLength; }"
            + " return new Response(String(n)); } }")));
    // sends the first MiB, then holds the rest back until the worker has seen a chunk
    InputStream body = new GatedStream(size, 1024 * 1024, workerSawFirstChunk);

    HttpResponse<String> response = client.send(
        HttpRequest.newBuilder(mf.url()).POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.body()).isEqualTo(String.valueOf(size));
    assertThat(seenAtFirstChunk.get()).as("bytes the worker had when it reported").isPositive().isLessThanOrEqualTo(1024 * 1024);
  }

  @Test
  void a_streamed_10_mib_response_reaches_the_client_while_the_worker_is_still_producing() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean released = new AtomicBoolean();
    start(MiniflareOptions.builder().worker(WorkerOptions.builder().modules(true)
        .serviceBinding("GATE", request -> {
          release.await(30, TimeUnit.SECONDS);
          return FetchResponse.text("go");
        })
        .script(PRODUCER)));

    HttpResponse<InputStream> response =
        client.send(HttpRequest.newBuilder(mf.url()).build(), HttpResponse.BodyHandlers.ofInputStream());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-length")).isEmpty();
    assertThat(response.headers().firstValue("transfer-encoding")).hasValue("chunked");
    try (InputStream in = response.body()) {
      byte[] first = in.readNBytes(CHUNK);
      assertThat(first).as("the first chunk, while the worker waits for the gate").containsOnly((byte) 0);
      assertThat(released).isFalse();
      released.set(true);
      release.countDown();
      long total = first.length;
      byte[] buffer = new byte[CHUNK];
      for (int n; (n = in.readNBytes(buffer, 0, CHUNK)) > 0; total += n) {
        assertThat(buffer[0]).isEqualTo((byte) ((total / CHUNK) % 251));
        assertThat(buffer[n - 1]).isEqualTo((byte) (((total + n - 1) / CHUNK) % 251));
      }
      assertThat(total).isEqualTo(160L * CHUNK);
    }
  }

  @Test
  void a_streamed_request_body_can_be_cloned_and_forwarded_through_a_service_binding() throws Exception {
    start(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("front").modules(true).serviceBinding("BACK", "back").script(
            "export default { async fetch(req, env) { const copy = req.clone();"
                + " const forwarded = await (await env.BACK.fetch(req)).text();"
                + " return new Response(forwarded + ' ' + (await copy.arrayBuffer()).byteLength) } }"))
        .worker(WorkerOptions.builder().name("back").modules(true).script(
            "export default { async fetch(req) { return new Response('back saw ' + (await req.arrayBuffer()).byteLength) } }")));
    byte[] payload = new byte[3 * 1024 * 1024 + 17];

    HttpResponse<String> response = client.send(
        HttpRequest.newBuilder(mf.url()).POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(payload))).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.body()).isEqualTo("back saw " + payload.length + " " + payload.length);
  }

  @Test
  void a_fixed_length_stream_is_sent_with_its_content_length_and_a_declared_length_on_a_stream_is_not() throws Exception {
    start(MiniflareOptions.builder().worker(WorkerOptions.builder().modules(true).script(
        "export default { fetch(req) {"
            + " const { readable, writable } = req.url.endsWith('/fixed') ? new FixedLengthStream(3) : new TransformStream();"
            + " const w = writable.getWriter(); w.write(new TextEncoder().encode('abc')); w.close();"
            + " return new Response(readable, { headers: req.url.endsWith('/declared') ? { 'content-length': '3' } : {} }) } }")));

    HttpResponse<String> fixed = get("/fixed", null);
    HttpResponse<String> declared = get("/declared", null);

    assertThat(fixed.headers().firstValue("content-length")).hasValue("3");
    assertThat(fixed.body()).isEqualTo("abc");
    // as Miniflare: a Content-Length the worker sets on a stream body is not sent; the body is chunked
    assertThat(declared.headers().firstValue("content-length")).isEmpty();
    assertThat(declared.headers().firstValue("transfer-encoding")).hasValue("chunked");
    assertThat(declared.body()).isEqualTo("abc");
  }

  @Test
  void a_response_stream_that_fails_midway_cuts_the_connection() throws Exception {
    start(MiniflareOptions.builder().worker(WorkerOptions.builder().modules(true).script(
        "export default { fetch(req) { if (!req.url.endsWith('/fail')) return new Response('fine');"
            + " let sent = false; return new Response(new ReadableStream({ pull(c) {"
            + " if (sent) { c.error(new Error('boom')); return; } sent = true;"
            + " c.enqueue(new TextEncoder().encode('partial')); } })) } }")));

    assertThatThrownBy(() -> get("/fail", null)).isInstanceOf(IOException.class);
    assertThat(get("/", null).body()).as("the server keeps serving").isEqualTo("fine");
  }

  @Test
  void a_streamed_response_whose_producer_exceeds_the_cpu_limit_is_cut_at_once() throws Exception {
    start(MiniflareOptions.builder().cpuLimit(Duration.ofMillis(200)).worker(WorkerOptions.builder().modules(true).script(
        "export default { fetch(req) { if (!req.url.endsWith('/spin')) return new Response('fine');"
            + " let sent = false; return new Response(new ReadableStream({ async pull(c) {"
            + " if (sent) { await scheduler.wait(1); for (;;) {} } sent = true;"
            + " c.enqueue(new TextEncoder().encode('first')); } })) } }")));

    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), mf.port())) {
      // far below Jetty's 30 s idle timeout: the cut comes from the CPU limit
      socket.setSoTimeout(15_000);
      socket.getOutputStream().write("GET /spin HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String received = readUntil(socket.getInputStream(), "first");
      assertThat(received).startsWith("HTTP/1.1 200");

      assertThat(drain(socket.getInputStream())).as("the body never ends normally").doesNotContain("0\r\n\r\n");
    }
    assertThat(get("/", null).body()).as("the worker keeps serving").isEqualTo("fine");
  }

  /** Reads until the connection ends (a reset counts as an end); fails on a read timeout. */
  private static String drain(InputStream in) throws IOException {
    StringBuilder text = new StringBuilder();
    try {
      for (int c; (c = in.read()) >= 0; ) {
        text.append((char) c);
      }
    } catch (java.net.SocketTimeoutException timeout) {
      throw timeout;
    } catch (java.net.SocketException reset) {
      // the server cut the connection
    }
    return text.toString();
  }

  @Test
  void head_answers_headers_without_a_body_and_with_the_length_only_when_the_worker_declared_it() throws Exception {
    // recorded from Miniflare 4: HEAD of new Response('hello') has no Content-Length, a declared one is kept
    start(MiniflareOptions.builder().worker(WorkerOptions.builder().modules(true).script(
        "export default { fetch(req) {"
            + " if (req.url.endsWith('/declared')) return new Response(req.method === 'HEAD' ? null : 'hello',"
            + "   { headers: { 'x-method': req.method, 'content-length': '5' } });"
            + " if (req.url.endsWith('/stream')) return new Response(new ReadableStream({ pull(c) { c.enqueue(new Uint8Array(8)); } }));"
            + " return new Response('hello', { headers: { 'x-method': req.method } }) } }")));

    HttpResponse<String> declared = head("/declared");
    HttpResponse<String> computed = head("/text");
    HttpResponse<String> endless = head("/stream");

    assertThat(declared.statusCode()).isEqualTo(200);
    assertThat(declared.headers().firstValue("x-method")).hasValue("HEAD");
    assertThat(declared.headers().firstValue("content-length")).hasValue("5");
    assertThat(declared.body()).isEmpty();
    assertThat(computed.headers().firstValue("x-method")).hasValue("HEAD");
    assertThat(computed.headers().firstValue("content-length")).isEmpty();
    // Miniflare sends neither header here; Jetty must frame the answer somehow, and a length
    // of 0 would claim an empty GET body
    assertThat(computed.headers().firstValue("transfer-encoding")).hasValue("chunked");
    assertThat(computed.body()).isEmpty();
    assertThat(endless.statusCode()).isEqualTo(200);
    assertThat(endless.body()).isEmpty();
    assertThat(get("/text", null).headers().firstValue("content-length")).hasValue("5");
  }

  private HttpResponse<String> head(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(mf.url().resolve(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void an_explicit_port_in_use_fails_with_err_address_in_use() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      MiniflareOptions options = MiniflareOptions.builder().worker(echo("main")).port(port).build();

      assertThatThrownBy(() -> new Miniflare(options))
          .isInstanceOf(MiniflareException.class)
          .hasMessage("Address already in use (127.0.0.1:" + port + "). Please check that you are not already "
              + "running a server on this address or specify a different port with --port.")
          .satisfies(e -> assertThat(((MiniflareException) e).code()).isEqualTo(ErrorCode.ERR_ADDRESS_IN_USE));
    }
  }

  @Test
  void oversized_headers_are_answered_431_with_the_limit() throws Exception {
    start(MiniflareOptions.builder().worker(echo("main")).serverLimits(new ServerLimits(8 * 1024, 1024)));

    HttpResponse<String> response = client.send(
        HttpRequest.newBuilder(mf.url()).header("x-big", "a".repeat(16 * 1024)).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(431);
    assertThat(response.body())
        .isEqualTo("431 Request Header Fields Too Large: the request line and headers exceed 8192 bytes "
            + "(ServerLimits.maxRequestHeaderBytes)\n");
  }

  @Test
  void a_body_over_the_limit_is_answered_413_whether_its_length_is_declared_or_not() throws Exception {
    start(MiniflareOptions.builder().worker(echo("main")).serverLimits(new ServerLimits(8 * 1024, 1024)));
    byte[] body = new byte[4096];

    HttpResponse<String> declared = client.send(
        HttpRequest.newBuilder(mf.url()).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> chunked = client.send(
        HttpRequest.newBuilder(mf.url()).POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> fits = client.send(
        HttpRequest.newBuilder(mf.url()).POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1024])).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(declared.body()).isEqualTo(
        "413 Payload Too Large: the request body of 4096 bytes (Content-Length) exceeds 1024 bytes (ServerLimits.maxRequestBodyBytes)\n");
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(chunked.body()).contains("sent chunked exceeds 1024 bytes");
    assertThat(fits.body()).endsWith("body=1024");
  }

  @Test
  void a_worker_sees_the_connection_fields_the_client_sent_as_workerd_passes_them_on() throws Exception {
    start(MiniflareOptions.builder().worker(WorkerOptions.builder().modules(true).script(
        "export default { async fetch(req) { return new Response(['content-length', 'connection', 'transfer-encoding',"
            + " 'keep-alive', 'te'].map((n) => String(req.headers.get(n))).join(' ') + ' ' + (await req.text())) } }")));

    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), mf.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("POST / HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n"
          + "TE: trailers\r\nContent-Length: 5\r\n\r\nhello").getBytes(StandardCharsets.US_ASCII));
      assertThat(readResponse(socket.getInputStream())).endsWith("\r\n\r\n5 keep-alive null timeout=5 trailers hello");
      socket.getOutputStream().write(("POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "5\r\nhello\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      assertThat(readResponse(socket.getInputStream())).endsWith("\r\n\r\nnull null chunked null null hello");
    }
  }

  @Test
  void an_http_1_0_request_without_host_is_answered_400_as_workerd_does() throws Exception {
    start(MiniflareOptions.builder().worker(echo("main")));

    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), mf.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(drain(socket.getInputStream())).matches("(?s)HTTP/1\\.[01] 400 .*\r\n\r\n400 Bad Request: No Host\n");
    }
  }

  @Test
  void the_status_line_carries_the_responses_status_text_and_no_date_field_is_added() throws Exception {
    start(MiniflareOptions.builder().worker(WorkerOptions.builder().modules(true).script(
        "export default { async fetch(req) { const t = new URL(req.url).searchParams.get('t');"
            + " if (t === 'throw') throw new Error('boom');"
            + " return new Response('x', { status: 599, statusText: t ?? undefined }) } }")));

    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), mf.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write("GET /?t=Weird%20One HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String given = readResponse(in);
      assertThat(given).startsWith("HTTP/1.1 599 Weird One\r\n");
      assertThat(given.toLowerCase()).doesNotContain("date:");
      out.write("GET /?t= HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(readResponse(in)).as("an empty status text").startsWith("HTTP/1.1 599 \r\n");
      out.write("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(readResponse(in)).as("the default for the status").startsWith("HTTP/1.1 599 Server Error\r\n");
      out.write("GET /?t=throw HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(readResponse(in)).as("Miniflare's answer to an uncaught error").startsWith("HTTP/1.1 500 Internal Server Error\r\n");
    }
  }

  @Test
  void closing_the_instance_closes_the_server_and_open_connections() throws Exception {
    start(MiniflareOptions.builder().worker(echo("main")));
    int port = mf.port();
    try (Socket idle = new Socket(InetAddress.getLoopbackAddress(), port)) {
      idle.setSoTimeout(10_000);
      idle.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      readResponse(idle.getInputStream());

      mf.close();

      assertThat(idle.getInputStream().read()).as("the kept-alive connection is closed").isEqualTo(-1);
    }
    assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void closing_the_instance_closes_a_connection_in_the_middle_of_a_streamed_body() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    start(MiniflareOptions.builder().worker(WorkerOptions.builder().modules(true)
        .serviceBinding("GATE", request -> {
          release.await(30, TimeUnit.SECONDS);
          return FetchResponse.text("go");
        })
        .script(PRODUCER)));
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), mf.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      assertThat(new String(in.readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
      in.readNBytes(CHUNK); // headers and most of the first chunk: the worker now waits at the gate

      mf.close();

      // the rest of the first chunk may still be buffered; then the connection ends
      long rest = 0;
      try {
        for (int n; (n = in.read(new byte[8192])) >= 0; rest += n) {
          assertThat(rest).isLessThan(2L * CHUNK);
        }
      } catch (java.net.SocketException reset) {
        // a reset is also a closed connection
      }
    } finally {
      release.countDown();
    }
  }

  @Test
  void url_without_a_server_says_how_to_get_one() {
    mf = new Miniflare(MiniflareOptions.builder().worker(echo("main")).build());

    assertThatThrownBy(mf::url)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("port(0)");
  }

  private static final int CHUNK = 64 * 1024;

  /**
   * A worker whose response is 160 chunks of 64 KiB (10 MiB), chunk i filled with i % 251; after
   * the first chunk it waits for {@code env.GATE} to answer.
   */
  private static final String PRODUCER =
      "export default { fetch(req, env) { let i = 0; return new Response(new ReadableStream({ type: 'bytes',"
          + " async pull(c) {"
          + "   if (i === 1) await env.GATE.fetch('http://gate/');"
          + "   if (i === 160) { c.close(); return; }"
          + "   c.enqueue(new Uint8Array(" + CHUNK + ").fill(i++ % 251)); } })) } }";

  /** {@code size} zero bytes that stop after {@code gateAt} bytes until {@code gate} opens. */
  private static final class GatedStream extends InputStream {
    private final long size;
    private final long gateAt;
    private final CountDownLatch gate;
    private long sent;

    GatedStream(long size, long gateAt, CountDownLatch gate) {
      this.size = size;
      this.gateAt = gateAt;
      this.gate = gate;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (sent >= size) {
        return -1;
      }
      if (sent == gateAt) {
        try {
          if (!gate.await(30, TimeUnit.SECONDS)) {
            throw new IOException("the worker saw no chunk while the client held back the rest of the body");
          }
        } catch (InterruptedException e) {
          throw new IOException(e);
        }
      }
      int n = (int) Math.min(len, (sent < gateAt ? gateAt : size) - sent);
      java.util.Arrays.fill(b, off, off + n, (byte) 0);
      sent += n;
      return n;
    }
  }

  /** Reads one HTTP/1.1 response with a Content-Length body; returns head and body as text. */
  private static String readResponse(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("connection closed after: " + head);
      }
      head.append((char) c);
    }
    int length = 0;
    for (String line : head.toString().split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    byte[] body = in.readNBytes(length);
    return head + new String(body, StandardCharsets.UTF_8);
  }
}
