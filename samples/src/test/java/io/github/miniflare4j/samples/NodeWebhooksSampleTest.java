package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.Worker;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.junit.WorkerResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * A webhook receiver written with Node.js modules, the way npm packages for Workers use them
 * ({@code src/test/resources/node-webhooks/}): {@code node:crypto} HMAC signatures compared with
 * {@code timingSafeEqual}, {@code Buffer} encodings, and an {@code AsyncLocalStorage} request id
 * that survives timers and awaits. The flag {@code nodejs_compat} turns the modules on. The test
 * signs payloads with the JDK's own HMAC, so both sides must agree byte for byte.
 */
@MiniflareTest(workers = @Worker(
    name = "webhooks",
    scriptPath = "classpath:node-webhooks/worker.js",
    compatibilityDate = "2025-01-01",
    compatibilityFlags = "nodejs_compat",
    vars = "WEBHOOK_SECRET=s3cr3t"))
class NodeWebhooksSampleTest {

  private static final String SECRET = "s3cr3t";

  @Test
  void a_correctly_signed_webhook_is_processed_under_its_request_id(WorkerClient webhooks) throws Exception {
    String body = "{\"type\":\"invoice.paid\",\"id\":42}";

    WorkerResponse response = webhooks.post("/webhooks")
        .header("x-signature", signature(body))
        .header("x-request-id", "req-123")
        .body(body)
        .send();

    System.out.println("[sample node-webhooks] signed POST -> " + response.status() + " " + response.text());
    assertThat(response).hasStatus(200);
    assertThat(response.json().get("requestId").asText()).isEqualTo("req-123");
    assertThat(response.json().get("type").asText()).isEqualTo("invoice.paid");
    assertThat(response.json().get("sameRequest").asBoolean()).isTrue();
    assertThat(response.json().get("contentId").asText()).isEqualTo(contentId(body));
  }

  @Test
  void a_bad_signature_is_rejected_with_a_generated_request_id(WorkerClient webhooks) {
    WorkerResponse response = webhooks.post("/webhooks")
        .header("x-signature", "sha256=" + "0".repeat(64))
        .body("{\"type\":\"forged\"}")
        .send();

    assertThat(response).hasStatus(401);
    assertThat(response.json().get("error").asText()).isEqualTo("invalid signature");
    assertThat(response.json().get("requestId").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }

  @Test
  void concurrent_webhooks_keep_their_own_request_ids(WorkerClient webhooks) throws Exception {
    List<CompletableFuture<WorkerResponse>> inFlight = IntStream.range(0, 8)
        .mapToObj(i -> {
          String body = "{\"type\":\"event-" + i + "\"}";
          String signature = signature(body);
          return CompletableFuture.supplyAsync(() -> webhooks.post("/webhooks")
              .header("x-signature", signature).header("x-request-id", "req-" + i).body(body).send());
        })
        .toList();

    for (int i = 0; i < inFlight.size(); i++) {
      WorkerResponse response = inFlight.get(i).join();
      assertThat(response).hasStatus(200);
      assertThat(response.json().get("requestId").asText()).isEqualTo("req-" + i);
      assertThat(response.json().get("type").asText()).isEqualTo("event-" + i);
    }
  }

  private static String signature(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String contentId(String body) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
  }
}
