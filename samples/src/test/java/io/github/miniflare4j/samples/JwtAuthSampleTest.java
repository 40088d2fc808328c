package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.Worker;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.junit.WorkerResponse;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The JWT scenario: an API that trusts an external issuer. The worker ({@code
 * src/test/resources/jwt-auth/api-worker.js}) receives the issuer's public key as a JSON Web
 * Key in the var {@code ISSUER_JWK} and verifies each request's ES256 bearer token with {@code
 * crypto.subtle}: a valid token is answered with its subject, a missing, tampered or expired
 * one with {@code 401} and a JSON error.
 *
 * <p>The test plays the issuer: it signs tokens with the JDK ({@code SHA256withECDSAinP1363Format},
 * the raw {@code r||s} signature JWTs use) and the matching private key, {@code
 * jwt-auth/issuer-private-key.pem} (a test key, never used anywhere else). Expiry is checked
 * against the worker's {@code Date.now()}, which follows the instance clock: advancing the
 * clock expires a token without sleeping.
 */
@MiniflareTest(workers = @Worker(
    name = "api",
    scriptPath = "classpath:jwt-auth/api-worker.js",
    vars = "ISSUER_JWK={\"kty\":\"EC\",\"crv\":\"P-256\","
        + "\"x\":\"mwcv9MLZhaSn0Akbf7uCgUSYXA8N0SUoZY0pUeV1gRw\","
        + "\"y\":\"lBtQVdJCNtdJpSfcY6JRI7BAs2iiTYxnIluUqKLHoSo\"}"))
class JwtAuthSampleTest {

  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  @Test
  void a_valid_token_is_answered_with_its_subject(WorkerClient api, MiniflareClock clock) throws Exception {
    String token = sign("{\"sub\":\"ada\",\"exp\":" + inOneHour(clock) + "}");

    WorkerResponse me = api.get("/me").header("authorization", "Bearer " + token).send();

    System.out.println("[sample jwt-auth] GET /me with a valid token -> " + me.status() + " " + me.text());
    assertThat(me).hasStatus(200).hasJsonBody("{\"subject\": \"ada\"}");
  }

  @Test
  void a_request_without_a_token_is_refused(WorkerClient api) {
    assertThat(api.fetch("/me"))
        .hasStatus(401)
        .hasHeader("www-authenticate", "Bearer")
        .hasJsonBody("{\"error\": \"missing bearer token\"}");
  }

  @Test
  void a_token_whose_payload_was_changed_is_refused(WorkerClient api, MiniflareClock clock) throws Exception {
    String token = sign("{\"sub\":\"ada\",\"exp\":" + inOneHour(clock) + "}");
    String[] parts = token.split("\\.");
    String forgedPayload = B64URL.encodeToString(
        ("{\"sub\":\"admin\",\"exp\":" + inOneHour(clock) + "}").getBytes(StandardCharsets.UTF_8));
    String tampered = parts[0] + "." + forgedPayload + "." + parts[2];

    WorkerResponse me = api.get("/me").header("authorization", "Bearer " + tampered).send();

    System.out.println("[sample jwt-auth] GET /me with a tampered token -> " + me.status() + " " + me.text());
    assertThat(me).hasStatus(401).hasJsonBody("{\"error\": \"invalid signature\"}");
  }

  @Test
  void a_token_is_refused_once_the_clock_passes_its_expiry(WorkerClient api, MiniflareClock clock) throws Exception {
    long exp = clock.instant().plus(Duration.ofMinutes(5)).getEpochSecond();
    String token = sign("{\"sub\":\"ada\",\"exp\":" + exp + "}");
    assertThat(api.get("/me").header("authorization", "Bearer " + token).send()).hasStatus(200);

    clock.advance(Duration.ofMinutes(6));

    assertThat(api.get("/me").header("authorization", "Bearer " + token).send())
        .hasStatus(401)
        .hasJsonBody("{\"error\": \"token expired\"}");
  }

  @Test
  void garbage_in_the_header_is_refused_not_a_server_error(WorkerClient api) {
    assertThat(api.get("/me").header("authorization", "Bearer not-a-jwt").send())
        .hasStatus(401)
        .hasJsonBody("{\"error\": \"malformed token\"}");
  }

  private static long inOneHour(MiniflareClock clock) {
    return clock.instant().plus(Duration.ofHours(1)).getEpochSecond();
  }

  /** Signs {@code payload} as an ES256 JWT with the issuer's private key. */
  private static String sign(String payload) throws Exception {
    String signingInput = B64URL.encodeToString("{\"alg\":\"ES256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
        + "." + B64URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
    es256.initSign(issuerKey());
    es256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + B64URL.encodeToString(es256.sign());
  }

  private static PrivateKey issuerKey() throws Exception {
    try (InputStream pem = JwtAuthSampleTest.class.getResourceAsStream("/jwt-auth/issuer-private-key.pem")) {
      String base64 = new String(pem.readAllBytes(), StandardCharsets.US_ASCII)
          .replaceAll("-----[A-Z ]+-----", "")
          .replaceAll("\\s", "");
      return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
  }
}
