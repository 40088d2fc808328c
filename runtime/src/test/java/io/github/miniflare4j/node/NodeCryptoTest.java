package io.github.miniflare4j.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** node:crypto: hashes, HMAC and PBKDF2 against published test vectors, randomness, and workerd's errors. */
class NodeCryptoTest {

  @Test
  void hashes_match_known_digests_in_every_output_encoding() {
    JsonNode out =
        NodeProbe.run(
            "import { createHash } from \"node:crypto\";",
            """
            for (const alg of ["md5", "sha1", "sha256", "sha384", "sha512"]) out[alg] = createHash(alg).update("abc").digest("hex");
            out.base64 = createHash("sha256").update("a").update(new Uint8Array([98, 99])).digest("base64");
            out.buffer = Buffer.isBuffer(createHash("sha1").update("abc").digest());
            out.copy = (() => { const h = createHash("sha256").update("ab"); const c = h.copy().update("c"); return [h.update("c").digest("hex") === c.digest("hex")]; })();
            out.unknown = await t(() => createHash("whirlpool-9"));
            out.twice = await t(() => { const h = createHash("md5"); h.digest(); return h.digest(); });
            """);
    assertThat(out.get("md5").asText()).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
    assertThat(out.get("sha1").asText()).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
    assertThat(out.get("sha256").asText()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(out.get("sha384").asText()).startsWith("cb00753f45a35e8bb5a03d699ac65007");
    assertThat(out.get("sha512").asText()).startsWith("ddaf35a193617abacc417349ae204131");
    assertThat(out.get("base64").asText()).isEqualTo("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    assertThat(out.get("buffer").asBoolean()).isTrue();
    assertThat(out.get("copy").get(0).asBoolean()).isTrue();
    assertThat(out.get("unknown").toString()).contains("Digest method not supported");
    assertThat(out.get("twice").get("error").get("ctor").asText()).isEqualTo("ERR_CRYPTO_HASH_FINALIZED");
  }

  @Test
  void hmac_and_pbkdf2_match_rfc_vectors() {
    JsonNode out =
        NodeProbe.run(
            "import { createHmac, pbkdf2Sync, pbkdf2 } from \"node:crypto\";",
            """
            // RFC 4231 test case 2, RFC 6070 test case 2
            out.hmac = createHmac("sha256", "Jefe").update("what do ya want for nothing?").digest("hex");
            out.emptyKey = createHmac("sha1", "").update("").digest("hex");
            out.pbkdf2 = pbkdf2Sync("password", "salt", 2, 20, "sha1").toString("hex");
            out.async = await new Promise((r) => pbkdf2("password", "salt", 1, 20, "sha1", (e, k) => r(k.toString("hex"))));
            out.badDigest = await t(() => pbkdf2Sync("p", "s", 1, 8, "md7"));
            """);
    assertThat(out.get("hmac").asText()).isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    assertThat(out.get("emptyKey").asText()).isEqualTo("fbdb1d1b18aa6c08324b7d64b71fb76370690e1d");
    assertThat(out.get("pbkdf2").asText()).isEqualTo("ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957");
    assertThat(out.get("async").asText()).isEqualTo("0c60c80f961f0e71f3a9b524af6012062fe037a6");
    assertThat(out.get("badDigest").toString()).contains("Invalid Pbkdf2 digest: md7.");
  }

  @Test
  void randomness_and_timing_safe_comparison() {
    JsonNode out =
        NodeProbe.run(
            "import crypto from \"node:crypto\";",
            """
            out.bytes = [crypto.randomBytes(70000).length, Buffer.isBuffer(crypto.randomBytes(1))];
            out.ints = Array.from({ length: 200 }, () => crypto.randomInt(3, 6)).every((n) => n >= 3 && n < 6);
            out.intCb = await new Promise((r) => crypto.randomInt(10, (e, n) => r(n >= 0 && n < 10)));
            out.uuid = crypto.randomUUID().length;
            out.fill = crypto.randomFillSync(Buffer.alloc(8)).length;
            out.equal = [crypto.timingSafeEqual(Buffer.from("x"), Buffer.from("x")), crypto.timingSafeEqual(new Uint8Array([1]), new Uint8Array([2]))];
            out.subtle = crypto.subtle === globalThis.crypto.subtle && crypto.webcrypto === globalThis.crypto;
            out.badRange = await t(() => crypto.randomInt(5, 5));
            """);
    assertThat(out.get("bytes").toString()).isEqualTo("[70000,true]");
    assertThat(out.get("ints").asBoolean()).isTrue();
    assertThat(out.get("intCb").asBoolean()).isTrue();
    assertThat(out.get("uuid").asInt()).isEqualTo(36);
    assertThat(out.get("fill").asInt()).isEqualTo(8);
    assertThat(out.get("equal").toString()).isEqualTo("[true,false]");
    assertThat(out.get("subtle").asBoolean()).isTrue();
    assertThat(out.get("badRange").get("error").get("ctor").asText()).isEqualTo("ERR_OUT_OF_RANGE");
  }
}
