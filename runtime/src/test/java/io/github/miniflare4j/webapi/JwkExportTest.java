package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.WorkerProbe.error;
import static io.github.miniflare4j.webapi.WorkerProbe.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * {@code crypto.subtle.exportKey("jwk", ...)} of EC and Ed25519 private keys, in particular
 * those imported as PKCS #8 (whose public point the JDK does not keep). Expected JWKs, key
 * orders and messages recorded with the real Miniflare.
 */
class JwkExportTest {

  private static final String UNHEX =
      "const unhex = (h) => new Uint8Array(h.match(/../g).map((b) => parseInt(b, 16)));\n";

  @Test
  void pkcs8_ed25519_key_exports_the_rfc8032_public_key() {
    // RFC 8032 section 7.1, test 1: secret key 9d61..7f60, public key d75a..511a
    JsonNode out = run(UNHEX + """
        const key = await crypto.subtle.importKey("pkcs8",
          unhex("302e020100300506032b657004220420" + "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"),
          "Ed25519", true, ["sign"]);
        out.jwk = await crypto.subtle.exportKey("jwk", key);
        """);

    assertThat(out.get("jwk")).hasToString(
        "{\"kty\":\"OKP\",\"key_ops\":[\"sign\"],\"alg\":\"EdDSA\",\"ext\":true,\"crv\":\"Ed25519\","
            + "\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\",\"d\":\"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A\"}");
  }

  @Test
  void pkcs8_p256_key_without_public_point_exports_x_and_y() {
    // RFC 6979 appendix A.2.5 key pair; the PKCS #8 carries only the private scalar
    JsonNode out = run(UNHEX + """
        const key = await crypto.subtle.importKey("pkcs8",
          unhex("3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420"
            + "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721"),
          { name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]);
        out.jwk = await crypto.subtle.exportKey("jwk", key);
        """);

    assertThat(out.get("jwk")).hasToString(
        "{\"kty\":\"EC\",\"key_ops\":[\"sign\"],\"ext\":true,\"crv\":\"P-256\","
            + "\"x\":\"YP7UuiVanTHJYet0xjVtaMBJuJI7Yfps5mliLmDyn7Y\",\"y\":\"eQP-EAi4vJmkGunpVii8ZPLxsgwtfp9Rd6PClNRGIpk\","
            + "\"d\":\"ya-p2EW6dRZrXCFXZ7HWk05Qw9s26JsSe4piKxIPZyE\"}");
  }

  /**
   * Generate, export PKCS #8, import it, export JWK: the JWK is the generated key's; importing it
   * signs what the generated public key verifies.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "{ name: 'ECDSA', namedCurve: 'P-256' } | { name: 'ECDSA', hash: 'SHA-256' } | kty,key_ops,ext,crv,x,y,d",
    "{ name: 'ECDSA', namedCurve: 'P-384' } | { name: 'ECDSA', hash: 'SHA-384' } | kty,key_ops,ext,crv,x,y,d",
    "{ name: 'ECDSA', namedCurve: 'P-521' } | { name: 'ECDSA', hash: 'SHA-512' } | kty,key_ops,ext,crv,x,y,d",
    "{ name: 'Ed25519' }                    | { name: 'Ed25519' }                | kty,key_ops,alg,ext,crv,x,d",
    "{ name: 'NODE-ED25519', namedCurve: 'NODE-ED25519' } | { name: 'NODE-ED25519', namedCurve: 'NODE-ED25519' } | kty,key_ops,ext,crv,x,d",
  })
  void pkcs8_to_jwk_to_import_round_trips(String keyAlgorithm, String signAlgorithm, String keys) {
    JsonNode out = run("const alg = " + keyAlgorithm + "; const sigAlg = " + signAlgorithm + ";\n" + """
        const s = crypto.subtle;
        const pair = await s.generateKey(alg, true, ["sign", "verify"]);
        const generated = await s.exportKey("jwk", pair.privateKey);
        const imported = await s.importKey("pkcs8", await s.exportKey("pkcs8", pair.privateKey), alg, true, ["sign"]);
        const jwk = await s.exportKey("jwk", imported);
        out.keys = Object.keys(jwk).join(",");
        out.meta = [jwk.key_ops, jwk.ext];
        out.same = ["x", "y", "d", "crv", "kty", "alg"].every((k) => jwk[k] === generated[k]);
        const back = await s.importKey("jwk", jwk, alg, false, ["sign"]);
        const data = enc.encode("round trip");
        const sig = await s.sign(sigAlg, back, data);
        out.verified = await s.verify(sigAlg, pair.publicKey, sig, data);
        const pub = await s.importKey("jwk", { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, alg, true, ["verify"]);
        out.verifiedByJwkPublic = await s.verify(sigAlg, pub, sig, data);
        """);

    assertThat(out.get("keys").asText()).isEqualTo(keys);
    assertThat(out.get("meta")).hasToString("[[\"sign\"],true]");
    assertThat(out.get("same").asBoolean()).as("same JWK as the generated key").isTrue();
    assertThat(out.get("verified").asBoolean()).isTrue();
    assertThat(out.get("verifiedByJwkPublic").asBoolean()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "{ name: 'ECDSA', namedCurve: 'P-256' } | ECDSA",
    "{ name: 'ECDSA', namedCurve: 'P-384' } | ECDSA",
    "{ name: 'Ed25519' }                    | Ed25519",
    "{ name: 'NODE-ED25519', namedCurve: 'NODE-ED25519' } | NODE-ED25519",
  })
  void non_extractable_private_keys_refuse_every_export(String keyAlgorithm, String name) {
    JsonNode out = run("const alg = " + keyAlgorithm + ";\n" + """
        const s = crypto.subtle;
        const pair = await s.generateKey(alg, true, ["sign", "verify"]);
        const pkcs8 = await s.exportKey("pkcs8", pair.privateKey);
        const imported = await s.importKey("pkcs8", pkcs8, alg, false, ["sign"]);
        const generated = (await s.generateKey(alg, false, ["sign", "verify"]));
        out.importedJwk = await t(() => s.exportKey("jwk", imported));
        out.importedPkcs8 = await t(() => s.exportKey("pkcs8", imported));
        out.generatedJwk = await t(() => s.exportKey("jwk", generated.privateKey));
        out.publicStillExtractable = (await s.exportKey("jwk", generated.publicKey)).ext;
        out.privateUsageOnPublic = await t(async () => s.importKey("jwk", { ...(await s.exportKey("jwk", pair.privateKey)), key_ops: ["verify"] }, alg, true, ["verify"]));
        """);

    String refused = error("InvalidAccessError", "DOMException", "Attempt to export non-extractable " + name + " key.");
    assertThat(out.get("importedJwk")).hasToString(refused);
    assertThat(out.get("importedPkcs8")).hasToString(refused);
    assertThat(out.get("generatedJwk")).hasToString(refused);
    assertThat(out.get("publicStillExtractable").asBoolean()).isTrue();
    assertThat(out.get("privateUsageOnPublic")).hasToString(
        error("SyntaxError", "DOMException", "Attempt to import private " + name + " key with invalid usage \\\"verify\\\"."));
  }
}
