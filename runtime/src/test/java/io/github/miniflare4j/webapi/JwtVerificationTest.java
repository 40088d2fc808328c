package io.github.miniflare4j.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The most common use of crypto.subtle: a worker verifying JWTs (RS256 and ES256) signed by a
 * Java issuer, with the issuer's public key handed over as SPKI in a var.
 */
class JwtVerificationTest {

  static final String VERIFIER =
      """
      const ALGS = {
        RS256: { import: { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, verify: "RSASSA-PKCS1-v1_5" },
        ES256: { import: { name: "ECDSA", namedCurve: "P-256" }, verify: { name: "ECDSA", hash: "SHA-256" } },
      };
      const b64url = (s) => Uint8Array.from(atob(s.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
      export default { async fetch(req, env) {
        const token = req.headers.get("authorization").slice("Bearer ".length);
        const [h, p, s] = token.split(".");
        const header = JSON.parse(new TextDecoder().decode(b64url(h)));
        const alg = ALGS[header.alg];
        const key = await crypto.subtle.importKey("spki", b64url(env[header.alg + "_KEY"]), alg.import, false, ["verify"]);
        const ok = await crypto.subtle.verify(alg.verify, key, b64url(s), new TextEncoder().encode(h + "." + p));
        if (!ok) return new Response("invalid signature", { status: 401 });
        return Response.json(JSON.parse(new TextDecoder().decode(b64url(p))));
      } };
      """;

  static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  static String jwt(String alg, String jcaAlg, PrivateKey key, String payload) throws Exception {
    String signingInput = B64.encodeToString(("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}").getBytes(StandardCharsets.UTF_8))
        + "." + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    Signature signature = Signature.getInstance(jcaAlg);
    signature.initSign(key);
    signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + B64.encodeToString(signature.sign());
  }

  @Test
  void verifies_rs256_and_es256_tokens_and_rejects_a_tampered_one() throws Exception {
    KeyPairGenerator rsaGen = KeyPairGenerator.getInstance("RSA");
    rsaGen.initialize(2048);
    KeyPair rsa = rsaGen.generateKeyPair();
    KeyPairGenerator ecGen = KeyPairGenerator.getInstance("EC");
    ecGen.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair ec = ecGen.generateKeyPair();

    MiniflareOptions options = MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(VERIFIER)
            .binding("RS256_KEY", B64.encodeToString(rsa.getPublic().getEncoded()))
            .binding("ES256_KEY", B64.encodeToString(ec.getPublic().getEncoded())))
        .build();
    String rs256 = jwt("RS256", "SHA256withRSA", rsa.getPrivate(), "{\"sub\":\"alice\"}");
    String es256 = jwt("ES256", "SHA256withECDSAinP1363Format", ec.getPrivate(), "{\"sub\":\"bob\"}");
    String tampered = rs256.substring(0, rs256.indexOf('.') + 1)
        + B64.encodeToString("{\"sub\":\"mallory\"}".getBytes(StandardCharsets.UTF_8))
        + rs256.substring(rs256.lastIndexOf('.'));

    try (Miniflare mf = new Miniflare(options)) {
      FetchResponse alice = mf.dispatchFetch(bearer(rs256));
      FetchResponse bob = mf.dispatchFetch(bearer(es256));
      FetchResponse mallory = mf.dispatchFetch(bearer(tampered));

      assertThat(alice.status()).isEqualTo(200);
      assertThat(alice.json().get("sub").asText()).isEqualTo("alice");
      assertThat(bob.status()).isEqualTo(200);
      assertThat(bob.json().get("sub").asText()).isEqualTo("bob");
      assertThat(mallory.status()).isEqualTo(401);
    }
  }

  static FetchRequest bearer(String token) {
    return FetchRequest.builder("http://localhost/").header("authorization", "Bearer " + token).build();
  }
}
