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
            out.bytes = [crypto.randomBytes(65536).length, Buffer.isBuffer(crypto.randomBytes(1))];
            out.tooMany = await t(() => crypto.randomBytes(65537));
            out.ints = Array.from({ length: 200 }, () => crypto.randomInt(3, 6)).every((n) => n >= 3 && n < 6);
            out.intCb = await new Promise((r) => crypto.randomInt(10, (e, n) => r(n >= 0 && n < 10)));
            out.uuid = crypto.randomUUID().length;
            out.fill = crypto.randomFillSync(Buffer.alloc(8)).length;
            out.equal = [crypto.timingSafeEqual(Buffer.from("x"), Buffer.from("x")), crypto.timingSafeEqual(new Uint8Array([1]), new Uint8Array([2]))];
            out.subtle = crypto.subtle === globalThis.crypto.subtle && crypto.webcrypto === globalThis.crypto;
            out.badRange = await t(() => crypto.randomInt(5, 5));
            """);
    assertThat(out.get("bytes").toString()).isEqualTo("[65536,true]");
    // workerd fills the buffer with one getRandomValues call, limited to 64 KiB (recorded: nodemod-crypto-kdf-random-edges)
    assertThat(out.get("tooMany").get("error").get("name").asText()).isEqualTo("QuotaExceededError");
    assertThat(out.get("ints").asBoolean()).isTrue();
    assertThat(out.get("intCb").asBoolean()).isTrue();
    assertThat(out.get("uuid").asInt()).isEqualTo(36);
    assertThat(out.get("fill").asInt()).isEqualTo(8);
    assertThat(out.get("equal").toString()).isEqualTo("[true,false]");
    assertThat(out.get("subtle").asBoolean()).isTrue();
    assertThat(out.get("badRange").get("error").get("ctor").asText()).isEqualTo("ERR_OUT_OF_RANGE");
  }

  @Test
  void hkdf_scrypt_and_aes_ciphers() {
    JsonNode out =
        NodeProbe.run(
            "import crypto from \"node:crypto\";",
            """
            // RFC 5869 test case 1, RFC 7914 scrypt test vector 2 (N=1024, r=8, p=16)
            const ikm = Buffer.alloc(22, 0x0b), salt = Buffer.from("000102030405060708090a0b0c", "hex"), info = Buffer.from("f0f1f2f3f4f5f6f7f8f9", "hex");
            out.hkdf = Buffer.from(crypto.hkdfSync("sha256", ikm, salt, info, 42)).toString("hex");
            out.scrypt = crypto.scryptSync("password", "NaCl", 64, { N: 1024, r: 8, p: 16 }).toString("hex");
            out.scryptMem = await t(() => crypto.scryptSync("p", "s", 16, { N: 2 ** 20 }));
            const key = Buffer.alloc(32, 1), iv = Buffer.alloc(16, 2);
            const c = crypto.createCipheriv("aes-256-cbc", key, iv);
            const enc = Buffer.concat([c.update("secret message", "utf8"), c.final()]);
            const d = crypto.createDecipheriv("aes-256-cbc", key, iv);
            out.cbc = [enc.length, d.update(enc, undefined, "utf8") + d.final("utf8")];
            const g = crypto.createCipheriv("aes-128-gcm", Buffer.alloc(16, 3), Buffer.alloc(12, 4)); g.setAAD(Buffer.from("aad"));
            const sealed = Buffer.concat([g.update(Buffer.from("gcm text")), g.final()]); const tag = g.getAuthTag();
            const o = crypto.createDecipheriv("aes-128-gcm", Buffer.alloc(16, 3), Buffer.alloc(12, 4)); o.setAAD(Buffer.from("aad")); o.setAuthTag(tag);
            out.gcm = [tag.length, Buffer.concat([o.update(sealed), o.final()]).toString()];
            const bad = crypto.createDecipheriv("aes-128-gcm", Buffer.alloc(16, 3), Buffer.alloc(12, 4)); bad.setAuthTag(Buffer.alloc(16)); bad.update(sealed);
            out.badTag = await t(() => bad.final());
            out.badKey = await t(() => crypto.createCipheriv("aes-128-cbc", Buffer.alloc(5), iv));
            out.unknown = await t(() => crypto.createCipheriv("rot13", key, iv));
            // workerd refuses a string without its encoding
            out.stringWithoutEncoding = await t(() => crypto.createCipheriv("aes-256-cbc", key, iv).update("text"));
            """);
    assertThat(out.get("hkdf").asText())
        .isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    assertThat(out.get("scrypt").asText()).startsWith("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162");
    assertThat(out.get("scryptMem").get("error").get("message").asText()).isEqualTo("Scrypt failed");
    assertThat(out.get("cbc").toString()).isEqualTo("[16,\"secret message\"]");
    assertThat(out.get("gcm").toString()).isEqualTo("[16,\"gcm text\"]");
    assertThat(out.get("badTag").get("error").get("message").asText()).isEqualTo("Authentication failed");
    assertThat(out.get("badKey").get("error").get("message").asText()).isEqualTo("Invalid key length");
    assertThat(out.get("unknown").get("error").get("message").asText()).isEqualTo("Unknown or unsupported cipher: rot13");
    assertThat(out.get("stringWithoutEncoding").get("error").get("message").asText())
        .startsWith("The argument 'inputEncoding' If inputEncoding is not provided then the data must be a Buffer.");
  }
}
