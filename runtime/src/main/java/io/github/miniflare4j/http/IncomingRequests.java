package io.github.miniflare4j.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.interop.JsonText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * What Miniflare's entry does to a request before the worker sees it: the {@code Host} of its
 * socket, {@code CF-Connecting-IP}, {@code Accept-Encoding} set to what the runtime decodes
 * ({@code br, gzip}, the client's value kept in {@code request.cf.clientAcceptEncoding}), and
 * the {@code request.cf} object (the instance's {@code cf} option in place of Miniflare's fixed
 * values, or a request's own fields over the fixed values).
 */
public final class IncomingRequests {

  /** The {@code Accept-Encoding} a worker sees: what the runtime can decode. */
  public static final String RUNTIME_ACCEPT_ENCODING = "br, gzip";

  /** The {@code Accept-Encoding} Node's {@code fetch} sends when the caller sets none. */
  public static final String DEFAULT_CLIENT_ACCEPT_ENCODING = "gzip, deflate";

  /** The fields that make Node's fetch treat a request as conditional. */
  private static final List<String> CONDITIONAL_FIELDS =
      List.of("if-modified-since", "if-none-match", "if-unmodified-since", "if-match", "if-range");

  /** Miniflare's fixed cf object, compact; it has no {@code clientAcceptEncoding} (tested). */
  private static final String LOCAL_CF = JsonText.compact(readLocalCf());

  private final ObjectNode instanceCf;
  /** The instance's upstream URL, or {@code null}. */
  private final UpstreamUrl upstream;
  /** The JSON text of the cf object of requests without their own, by client Accept-Encoding. */
  private final java.util.Map<String, String> plainCf = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Entry rules for one instance.
   *
   * @param instanceCf the instance's {@code cf} option (fields replacing the local ones), or
   *     {@code null}
   */
  public IncomingRequests(ObjectNode instanceCf) {
    this(instanceCf, null);
  }

  /**
   * Entry rules for one instance with Miniflare's {@code upstream} option: request URLs are
   * rebuilt on it, the {@code Host} field is its host, {@code MF-Original-Hostname} the host the
   * request was sent to.
   *
   * @param instanceCf the instance's {@code cf} option, or {@code null}
   * @param upstream the instance's upstream URL, or {@code null} for none
   * @throws IllegalArgumentException when the upstream is not an absolute URL
   */
  public IncomingRequests(ObjectNode instanceCf, String upstream) {
    this.instanceCf = instanceCf;
    this.upstream = upstream == null ? null : new UpstreamUrl(upstream);
  }

  /**
   * The request as the worker sees it.
   *
   * @param request the request as the client sent it
   * @param host the {@code Host} header of the socket the request arrived on
   * @param absentAcceptEncoding what {@code request.cf.clientAcceptEncoding} says when the
   *     client sent no {@code Accept-Encoding}, or {@code null} to leave it out
   * @return the prepared request
   */
  public FetchRequest prepare(FetchRequest request, String host, String absentAcceptEncoding) {
    return prepare(request, request.headers().toBuilder(), host, absentAcceptEncoding);
  }

  /** {@link #prepare(FetchRequest, String, String)} onto {@code prepared}, a copy of the request's headers. */
  private FetchRequest prepare(FetchRequest request, Headers.Builder prepared, String host, String absentAcceptEncoding) {
    Headers headers = request.headers();
    String clientEncoding = headers.get("accept-encoding");
    if (clientEncoding == null) {
      clientEncoding = absentAcceptEncoding;
    }
    for (Map.Entry<String, String> field : headers.entries()) {
      if (field.getValue().isEmpty()) {
        // the runtime drops request fields without a value (recorded)
        dropEmptyFields(headers, prepared);
        break;
      }
    }
    if (upstream != null) {
      prepared.set(UpstreamUrl.ORIGINAL_HOSTNAME, UpstreamUrl.hostOf(request.url()));
      host = upstream.host();
      request = request.toBuilder().url(upstream.rebuild(request.url())).build();
    }
    prepared
        .set("host", host)
        .set("accept-encoding", RUNTIME_ACCEPT_ENCODING);
    if (!headers.has("cf-connecting-ip")) {
      prepared.set("cf-connecting-ip", "127.0.0.1");
    }
    return request.toBuilder().headers(prepared.build()).cf(cf(request.cf(), clientEncoding)).build();
  }

  /**
   * The request as the worker sees it when it came through {@code dispatchFetch}, which sends it
   * with Node's {@code fetch} (undici): undici's default {@code Accept}, {@code Accept-Language},
   * {@code User-Agent} where the caller set none, {@code Sec-Fetch-Mode: cors} and
   * {@code Connection: close} always (a caller's {@code Keep-Alive} dropped), {@code Pragma} and
   * {@code Cache-Control: no-cache} for a conditional request, and a body without a
   * {@code Content-Length} framed as chunked ({@code Content-Length: 0} for an empty one, and an empty body for
   * {@code POST}, {@code PUT} and {@code PATCH} without one), then
   * {@link #prepare}, which drops fields without a value.
   *
   * @param request the request as the caller built it
   * @param host the {@code Host} header of the loopback socket
   * @return the prepared request
   */
  public FetchRequest prepareFromNodeFetch(FetchRequest request, String host) {
    Headers headers = request.headers();
    if ("websocket".equals(headers.get("upgrade"))) {
      return prepare(request, webSocketHandshake(headers), host, null);
    }
    Headers.Builder withDefaults = headers.toBuilder();
    if (!headers.has("accept")) {
      withDefaults.add("accept", "*/*");
    }
    if (!headers.has("accept-language")) {
      withDefaults.add("accept-language", "*");
    }
    if (!headers.has("user-agent")) {
      withDefaults.add("user-agent", "undici");
    }
    withDefaults.set("sec-fetch-mode", "cors").set("connection", "close").remove("keep-alive");
    if (CONDITIONAL_FIELDS.stream().anyMatch(headers::has)) {
      // fetch's cache mode becomes "no-store" for a conditional request, which adds these
      if (!headers.has("pragma")) {
        withDefaults.add("pragma", "no-cache");
      }
      if (!headers.has("cache-control")) {
        withDefaults.add("cache-control", "no-cache");
      }
    }
    int length = request.bodyLength();
    boolean framed = headers.has("content-length") || headers.has("transfer-encoding");
    if (length < 0 && !framed && expectsPayload(request.method())) {
      // undici frames a payload method without a body as Content-Length: 0, so the worker sees
      // an empty body rather than none (recorded)
      withDefaults.add("content-length", "0");
      request = request.toBuilder().body(new byte[0]).build();
    } else if (length >= 0 && !framed) {
      withDefaults.add(length == 0 ? "content-length" : "transfer-encoding", length == 0 ? "0" : "chunked");
    }
    return prepare(request, withDefaults, host, DEFAULT_CLIENT_ACCEPT_ENCODING);
  }

  /**
   * The fields of the handshake Miniflare's dispatchFetch sends for a request with {@code
   * Upgrade: websocket} (that exact value): the caller's fields, then the {@code ws} client's
   * own (version, a fresh key, {@code Connection: Upgrade}, the deflate offer), with the
   * caller's subprotocols joined by commas; none of undici's defaults (recorded).
   */
  private static Headers.Builder webSocketHandshake(Headers headers) {
    Headers.Builder handshake = headers.toBuilder();
    String protocols = headers.get("sec-websocket-protocol");
    if (protocols != null) {
      StringBuilder joined = new StringBuilder();
      for (String protocol : protocols.split(",")) {
        joined.append(joined.length() == 0 ? "" : ",").append(protocol.trim());
      }
      handshake.set("sec-websocket-protocol", joined.toString());
    }
    byte[] key = new byte[16];
    java.util.concurrent.ThreadLocalRandom.current().nextBytes(key);
    return handshake
        .set("sec-websocket-version", "13")
        .set("sec-websocket-key", java.util.Base64.getEncoder().encodeToString(key))
        .set("connection", "Upgrade")
        .set("upgrade", "websocket")
        .set("sec-websocket-extensions", "permessage-deflate; client_max_window_bits");
  }

  /** Whether undici sends this method with a body even when the caller gave none. */
  private static boolean expectsPayload(String method) {
    return method.equalsIgnoreCase("POST") || method.equalsIgnoreCase("PUT") || method.equals("PATCH");
  }

  /** Removes from {@code prepared} the fields of {@code headers} whose values are all empty. */
  private static void dropEmptyFields(Headers headers, Headers.Builder prepared) {
    for (Map.Entry<String, List<String>> field : headers.asMap().entrySet()) {
      List<String> values = field.getValue();
      if (values.stream().allMatch(String::isEmpty)) {
        prepared.remove(field.getKey());
      } else if (values.contains("")) {
        prepared.remove(field.getKey());
        values.stream().filter(v -> !v.isEmpty()).forEach(v -> prepared.add(field.getKey(), v));
      }
    }
  }

  private String cf(String requestCf, String clientAcceptEncoding) {
    if (requestCf == null) {
      // the same text for every such request: build it once per Accept-Encoding (a bounded few)
      String key = clientAcceptEncoding == null ? "" : "=" + clientAcceptEncoding;
      String known = plainCf.get(key);
      if (known != null) {
        return known;
      }
      String built = build(null, clientAcceptEncoding);
      if (plainCf.size() < 64) {
        plainCf.put(key, built);
      }
      return built;
    }
    return build(requestCf, clientAcceptEncoding);
  }

  /**
   * The cf object's JSON, as Miniflare's entry builds it (recorded): a request that brings its
   * own cf gets the local object with those fields over it, and nothing else (neither the
   * instance's {@code cf} option nor {@code clientAcceptEncoding}); any other request gets the
   * instance's {@code cf} object in place of the local one, with {@code clientAcceptEncoding}
   * added. The local object without an instance option is built as text; merging objects takes
   * Jackson, which is set up only then.
   */
  private String build(String requestCf, String clientAcceptEncoding) {
    if (instanceCf == null && requestCf == null) {
      return clientAcceptEncoding == null
          ? LOCAL_CF
          : LOCAL_CF.substring(0, LOCAL_CF.length() - 1) + ",\"clientAcceptEncoding\":" + JsonText.quote(clientAcceptEncoding) + "}";
    }
    ObjectMapper json = Jackson.MAPPER;
    if (requestCf == null) {
      ObjectNode cf = instanceCf.deepCopy();
      if (clientAcceptEncoding != null) {
        cf.put("clientAcceptEncoding", clientAcceptEncoding);
      }
      return cf.toString();
    }
    ObjectNode cf;
    try {
      cf = (ObjectNode) json.readTree(LOCAL_CF);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      if (json.readTree(requestCf) instanceof ObjectNode own) {
        cf.setAll(own);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("request cf is not a JSON object: " + requestCf, e);
    }
    return cf.toString();
  }

  private static String readLocalCf() {
    try (InputStream in = IncomingRequests.class.getResourceAsStream("local-cf.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Jackson, set up on the first cf object that merges an instance's or a request's fields. */
  private static final class Jackson {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
}
