package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.StreamsTest.error;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** crypto.getRandomValues, randomUUID and crypto.subtle, values and messages recorded from workerd. */
class CryptoTest {

  @Test
  void random_values_and_uuids() {
    JsonNode out =
        WorkerProbe.run(
            """
            const u = crypto.randomUUID();
            out.uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u) && u !== crypto.randomUUID();
            const a = new Uint32Array(8); out.same = crypto.getRandomValues(a) === a; out.nonZero = a.some((x) => x !== 0);
            out.max = await t(() => crypto.getRandomValues(new Uint8Array(65536)).length);
            out.over = await t(() => crypto.getRandomValues(new Uint8Array(65537)));
            out.float = await t(() => crypto.getRandomValues(new Float32Array(2)));
            out.dataView = await t(() => crypto.getRandomValues(new DataView(new ArrayBuffer(4))));
            out.none = await t(() => crypto.getRandomValues());
            out.bigint = await t(() => crypto.getRandomValues(new BigInt64Array(2)).length);
            out.tags = [String(crypto), String(crypto.subtle)];
            out.newKey = await t(() => new CryptoKey());
            """);
    assertThat(out.get("uuid").asBoolean()).isTrue();
    assertThat(out.get("same").asBoolean()).isTrue();
    assertThat(out.get("nonZero").asBoolean()).isTrue();
    assertThat(out.get("max").get("ok").asInt()).isEqualTo(65536);
    assertThat(error(out.get("over")))
        .isEqualTo("QuotaExceededError: getRandomValues() only accepts buffers of size <= 64K but provided 65537 bytes.");
    assertThat(out.get("over").get("error").get("ctor").asText()).isEqualTo("DOMException");
    assertThat(error(out.get("float")))
        .isEqualTo("TypeMismatchError: ArrayBufferView argument to getRandomValues() must be an integer-typed view.");
    assertThat(error(out.get("dataView")))
        .isEqualTo("TypeMismatchError: ArrayBufferView argument to getRandomValues() must be an integer-typed view.");
    assertThat(error(out.get("none")))
        .isEqualTo("TypeError: Failed to execute 'getRandomValues' on 'Crypto': parameter 1 is not of type 'JsArrayBufferView'.");
    assertThat(out.get("bigint").get("ok").asInt()).isEqualTo(2);
    assertThat(out.get("tags").toString()).isEqualTo("[\"[object Crypto]\",\"[object SubtleCrypto]\"]");
    assertThat(error(out.get("newKey"))).isEqualTo("TypeError: Illegal constructor");
  }

  @Test
  void digests_of_every_supported_hash() {
    JsonNode out =
        WorkerProbe.run(
            """
            const data = enc.encode("hello world");
            for (const alg of ["SHA-1", "SHA-256", "SHA-384", "SHA-512", "MD5", "sha-256"]) out[alg] = hex(await crypto.subtle.digest(alg, data));
            out.obj = hex(await crypto.subtle.digest({ name: "SHA-256" }, new Uint8Array(0)));
            out.bad = await t(() => crypto.subtle.digest("SHA-999", data));
            out.noData = await t(() => crypto.subtle.digest("SHA-256"));
            """);
    assertThat(out.get("SHA-1").asText()).isEqualTo("2aae6c35c94fcfb415dbe95f408b9ce91ee846ed");
    assertThat(out.get("SHA-256").asText()).isEqualTo("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9");
    assertThat(out.get("sha-256").asText()).isEqualTo(out.get("SHA-256").asText());
    assertThat(out.get("SHA-384").asText()).startsWith("fdbd8e75a67f29f701a4e040385e2e23");
    assertThat(out.get("SHA-512").asText()).startsWith("309ecc489c12d6eb4cc40f50c902f2b4");
    assertThat(out.get("MD5").asText()).isEqualTo("5eb63bbbe01eeed093cb22bb8f5acdc3");
    assertThat(out.get("obj").asText()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(error(out.get("bad"))).isEqualTo("NotSupportedError: Unrecognized or unimplemented digest algorithm requested.");
    assertThat(error(out.get("noData")))
        .isEqualTo("TypeError: Failed to execute 'digest' on 'SubtleCrypto': parameter 2 is not of type 'Array'.");
  }

  @Test
  void hmac_keys_sign_verify_and_export() {
    JsonNode out =
        WorkerProbe.run(
            """
            const key = await crypto.subtle.importKey("raw", enc.encode("secret-key"), { name: "HMAC", hash: "SHA-256" }, true, ["verify", "sign", "verify"]);
            const sig = await crypto.subtle.sign("HMAC", key, enc.encode("message"));
            out.sig = hex(sig);
            out.verify = [await crypto.subtle.verify("HMAC", key, sig, enc.encode("message")), await crypto.subtle.verify("HMAC", key, sig, enc.encode("other"))];
            out.key = { type: key.type, extractable: key.extractable, algorithm: key.algorithm, usages: key.usages, tag: String(key) };
            out.jwk = await crypto.subtle.exportKey("jwk", key);
            out.noHash = await t(() => crypto.subtle.importKey("raw", enc.encode("k"), { name: "HMAC" }, false, ["sign"]));
            out.badUsage = await t(() => crypto.subtle.importKey("raw", enc.encode("k"), { name: "HMAC", hash: "SHA-256" }, false, ["encrypt"]));
            out.empty = await t(() => crypto.subtle.importKey("raw", new Uint8Array(0), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]));
            out.badFormat = await t(() => crypto.subtle.importKey("foo", enc.encode("k"), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]));
            out.badAlg = await t(() => crypto.subtle.importKey("raw", enc.encode("k"), { name: "FOO" }, false, ["sign"]));
            const verifyOnly = await crypto.subtle.importKey("raw", enc.encode("k"), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
            out.wrongUsage = await t(() => crypto.subtle.sign("HMAC", verifyOnly, enc.encode("x")));
            out.wrongAlg = await t(() => crypto.subtle.verify("RSASSA-PKCS1-v1_5", verifyOnly, sig, enc.encode("x")));
            out.notExtractable = await t(() => crypto.subtle.exportKey("raw", verifyOnly));
            out.notKey = await t(() => crypto.subtle.sign("HMAC", {}, enc.encode("x")));
            out.jwkImport = await t(async () => (await crypto.subtle.importKey("jwk", { kty: "oct", k: "c2VjcmV0", alg: "HS256" }, { name: "HMAC", hash: "SHA-256" }, false, ["verify"])).algorithm);
            out.jwkMismatch = await t(() => crypto.subtle.importKey("jwk", { kty: "oct", k: "c2VjcmV0", alg: "HS384" }, { name: "HMAC", hash: "SHA-256" }, false, ["verify"]));
            const generated = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, true, ["sign"]);
            out.generated = [generated.algorithm.length, (await crypto.subtle.exportKey("raw", generated)).byteLength];
            out.noUsages = await t(() => crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, true, []));
            """);
    assertThat(out.get("sig").asText()).isEqualTo("287a3bd8a4fc7731a94c722079055323644d8798bd291bf9878abc9b8fd4b1d0");
    assertThat(out.get("verify").toString()).isEqualTo("[true,false]");
    assertThat(out.get("key").toString())
        .isEqualTo("{\"type\":\"secret\",\"extractable\":true,\"algorithm\":{\"name\":\"HMAC\",\"hash\":{\"name\":\"SHA-256\"},\"length\":80},\"usages\":[\"sign\",\"verify\"],\"tag\":\"[object CryptoKey]\"}");
    assertThat(out.get("jwk").toString())
        .isEqualTo("{\"kty\":\"oct\",\"key_ops\":[\"sign\",\"verify\"],\"alg\":\"HS256\",\"ext\":true,\"k\":\"c2VjcmV0LWtleQ\"}");
    assertThat(error(out.get("noHash"))).isEqualTo("TypeError: Missing field \"hash\" in \"algorithm\".");
    assertThat(error(out.get("badUsage"))).isEqualTo("SyntaxError: Attempt to import secret HMAC key with invalid usage \"encrypt\".");
    assertThat(error(out.get("empty")))
        .isEqualTo("DataError: Imported HMAC key length (0) must be a non-zero value up to 7 bits less than, and no greater than, the bit length of the raw key data (0).");
    assertThat(error(out.get("badFormat"))).isEqualTo("NotSupportedError: Unrecognized key import format \"foo\".");
    assertThat(error(out.get("badAlg"))).isEqualTo("NotSupportedError: Unrecognized key import algorithm \"FOO\" requested.");
    assertThat(error(out.get("wrongUsage")))
        .isEqualTo("InvalidAccessError: Requested key usage \"sign\" does not match any usage listed in this CryptoKey.");
    assertThat(error(out.get("wrongAlg")))
        .isEqualTo("InvalidAccessError: Requested algorithm \"RSASSA-PKCS1-v1_5\" does not match this CryptoKey's algorithm \"HMAC\".");
    assertThat(error(out.get("notExtractable"))).isEqualTo("InvalidAccessError: Attempt to export non-extractable HMAC key.");
    assertThat(error(out.get("notKey")))
        .isEqualTo("TypeError: Failed to execute 'sign' on 'SubtleCrypto': parameter 2 is not of type 'CryptoKey'.");
    assertThat(out.get("jwkImport").get("ok").toString()).isEqualTo("{\"name\":\"HMAC\",\"hash\":{\"name\":\"SHA-256\"},\"length\":48}");
    assertThat(error(out.get("jwkMismatch")))
        .isEqualTo("DataError: HMAC \"jwk\" key import specifies \"alg\" that is incompatible with the hash name (encountered \"HS384\", expected \"HS256\").");
    assertThat(out.get("generated").toString()).isEqualTo("[512,64]");
    assertThat(error(out.get("noUsages"))).isEqualTo("SyntaxError: Secret/private CryptoKeys must have at least one usage.");
  }

  @Test
  void aes_gcm_and_cbc_encrypt_and_decrypt() {
    JsonNode out =
        WorkerProbe.run(
            """
            const gcm = await crypto.subtle.importKey("raw", new Uint8Array(16), "AES-GCM", true, ["encrypt", "decrypt"]);
            const ct = await crypto.subtle.encrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, gcm, enc.encode("hello"));
            out.gcm = hex(ct);
            out.gcmBack = dec.decode(await crypto.subtle.decrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, gcm, ct));
            out.gcmKey = [gcm.algorithm, gcm.usages, await crypto.subtle.exportKey("jwk", gcm)];
            out.badTag = await t(() => crypto.subtle.decrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, gcm, new Uint8Array(20)));
            out.noIv = await t(() => crypto.subtle.encrypt({ name: "AES-GCM" }, gcm, enc.encode("hello")));
            const cbc = await crypto.subtle.importKey("raw", new Uint8Array(16), "AES-CBC", true, ["encrypt", "decrypt"]);
            const cct = await crypto.subtle.encrypt({ name: "AES-CBC", iv: new Uint8Array(16) }, cbc, enc.encode("hello"));
            out.cbc = hex(cct);
            out.cbcBack = dec.decode(await crypto.subtle.decrypt({ name: "AES-CBC", iv: new Uint8Array(16) }, cbc, cct));
            out.cbcIv = await t(() => crypto.subtle.encrypt({ name: "AES-CBC", iv: new Uint8Array(8) }, cbc, enc.encode("hello")));
            out.cbcPad = await t(() => crypto.subtle.decrypt({ name: "AES-CBC", iv: new Uint8Array(16) }, cbc, new Uint8Array(16)));
            out.badLength = await t(() => crypto.subtle.importKey("raw", new Uint8Array(15), "AES-GCM", true, ["encrypt"]));
            const gen = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt", "decrypt"]);
            const iv = crypto.getRandomValues(new Uint8Array(12));
            const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: enc.encode("ad") }, gen, enc.encode("round"));
            out.generated = [gen.algorithm, dec.decode(await crypto.subtle.decrypt({ name: "AES-GCM", iv, additionalData: enc.encode("ad") }, gen, sealed))];
            out.wrongAad = await t(() => crypto.subtle.decrypt({ name: "AES-GCM", iv }, gen, sealed));
            """);
    assertThat(out.get("gcm").asText()).isEqualTo("6bedb6a20ffc05f3475d29034caa1cc8fa3628c39f");
    assertThat(out.get("gcmBack").asText()).isEqualTo("hello");
    assertThat(out.get("gcmKey").toString())
        .isEqualTo("[{\"name\":\"AES-GCM\",\"length\":128},[\"encrypt\",\"decrypt\"],{\"kty\":\"oct\",\"key_ops\":[\"encrypt\",\"decrypt\"],\"alg\":\"A128GCM\",\"ext\":true,\"k\":\"AAAAAAAAAAAAAAAAAAAAAA\"}]");
    assertThat(error(out.get("badTag")))
        .isEqualTo("OperationError: Decryption failed. This could be due to a ciphertext authentication failure, bad padding, incorrect CryptoKey, or another algorithm-specific reason. Input length was 4, output length expected to be 4 for AES-GCM");
    assertThat(error(out.get("noIv"))).isEqualTo("TypeError: Missing field \"iv\" in \"algorithm\".");
    assertThat(out.get("cbc").asText()).isEqualTo("9834ed518cbc8fbe9af3c6ecb75eb8c0");
    assertThat(out.get("cbcBack").asText()).isEqualTo("hello");
    assertThat(error(out.get("cbcIv"))).isEqualTo("OperationError: AES-CBC IV must be 16 bytes long (provided 8 bytes).");
    assertThat(error(out.get("cbcPad")))
        .isEqualTo("OperationError: Decryption failed. This could be due to a ciphertext authentication failure, bad padding, incorrect CryptoKey, or another algorithm-specific reason. Input length was 16, output length expected to be 0 for AES-CBC");
    assertThat(error(out.get("badLength"))).isEqualTo("DataError: Imported AES key length must be 128, 192, or 256 bits but provided 120.");
    assertThat(out.get("generated").toString()).isEqualTo("[{\"name\":\"AES-GCM\",\"length\":256},\"round\"]");
    assertThat(out.get("wrongAad").get("error").get("name").asText()).isEqualTo("OperationError");
  }

  @Test
  void pbkdf2_and_hkdf_derive_the_standard_bits() {
    JsonNode out =
        WorkerProbe.run(
            """
            const pw = await crypto.subtle.importKey("raw", enc.encode("pw"), "PBKDF2", false, ["deriveBits", "deriveKey"]);
            out.pbkdf2 = hex(await crypto.subtle.deriveBits({ name: "PBKDF2", salt: enc.encode("salt"), iterations: 1000, hash: "SHA-256" }, pw, 256));
            out.pbkdf2Key = [pw.algorithm, pw.extractable];
            out.extractable = await t(() => crypto.subtle.importKey("raw", enc.encode("pw"), "PBKDF2", true, ["deriveBits"]));
            out.zero = await t(() => crypto.subtle.deriveBits({ name: "PBKDF2", salt: enc.encode("s"), iterations: 0, hash: "SHA-256" }, pw, 256));
            out.wrongAlg = await t(() => crypto.subtle.deriveBits({ name: "HKDF", salt: new Uint8Array(), info: new Uint8Array(), hash: "SHA-256" }, pw, 256));
            const ikm = await crypto.subtle.importKey("raw", enc.encode("ikm"), "HKDF", false, ["deriveBits"]);
            out.hkdf = hex(await crypto.subtle.deriveBits({ name: "HKDF", salt: enc.encode("salt"), info: enc.encode("info"), hash: "SHA-256" }, ikm, 256));
            out.noInfo = await t(() => crypto.subtle.deriveBits({ name: "HKDF", salt: enc.encode("s"), hash: "SHA-256" }, ikm, 256));
            const derived = await crypto.subtle.deriveKey({ name: "PBKDF2", salt: enc.encode("s"), iterations: 10, hash: "SHA-256" }, pw, { name: "AES-GCM", length: 128 }, true, ["encrypt"]);
            out.derived = derived.algorithm;
            out.tse = [crypto.subtle.timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])), crypto.subtle.timingSafeEqual(new Uint8Array([1, 2]).buffer, new Uint8Array([1, 3]))];
            out.tseLength = await t(() => crypto.subtle.timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1])));
            """);
    assertThat(out.get("pbkdf2").asText()).isEqualTo("0a38253555ce37f5c72a6b703f996814ebf241f203af146e93dcdeb031c5567e");
    assertThat(out.get("pbkdf2Key").toString()).isEqualTo("[{\"name\":\"PBKDF2\"},false]");
    assertThat(error(out.get("extractable"))).isEqualTo("SyntaxError: PBKDF2 key cannot be extractable.");
    assertThat(error(out.get("zero"))).isEqualTo("OperationError: PBKDF2 requires a positive iteration count (requested 0).");
    assertThat(error(out.get("wrongAlg")))
        .isEqualTo("InvalidAccessError: Requested algorithm \"HKDF\" does not match this CryptoKey's algorithm \"PBKDF2\".");
    assertThat(out.get("hkdf").asText()).isEqualTo("fe8f9615d2374c0d17f77d1aeaf408c2e75fe0466073d0def23c733e2f862dfd");
    assertThat(error(out.get("noInfo"))).isEqualTo("TypeError: Missing field \"info\" in \"algorithm\".");
    assertThat(out.get("derived").toString()).isEqualTo("{\"name\":\"AES-GCM\",\"length\":128}");
    assertThat(out.get("tse").toString()).isEqualTo("[true,false]");
    assertThat(error(out.get("tseLength"))).isEqualTo("TypeError: Input buffers must have the same byte length.");
  }

  @Test
  void asymmetric_keys_generate_sign_verify_and_round_trip_their_formats() {
    JsonNode out =
        WorkerProbe.run(
            """
            const m = enc.encode("m");
            async function roundTrip(alg, params, signParams) {
              const k = await crypto.subtle.generateKey(params, true, ["sign", "verify"]);
              const sig = await crypto.subtle.sign(signParams, k.privateKey, m);
              const spki = await crypto.subtle.exportKey("spki", k.publicKey);
              const pub = await crypto.subtle.importKey("spki", spki, params, true, ["verify"]);
              const jwk = await crypto.subtle.exportKey("jwk", k.privateKey);
              const priv = await crypto.subtle.importKey("jwk", jwk, params, true, ["sign"]);
              const sig2 = await crypto.subtle.sign(signParams, priv, m);
              const pkcs8 = await crypto.subtle.exportKey("pkcs8", k.privateKey);
              const priv2 = await crypto.subtle.importKey("pkcs8", pkcs8, params, true, ["sign"]);
              const sig3 = await crypto.subtle.sign(signParams, priv2, m);
              return {
                verify: [await crypto.subtle.verify(signParams, pub, sig, m), await crypto.subtle.verify(signParams, pub, sig2, m), await crypto.subtle.verify(signParams, pub, sig3, m), await crypto.subtle.verify(signParams, pub, sig, enc.encode("n"))],
                types: [k.publicKey.type, k.privateKey.type, k.publicKey.usages, k.privateKey.usages],
                jwk: Object.keys(jwk).sort(), kty: jwk.kty, alg: jwk.alg ?? null, sigLength: sig.byteLength,
              };
            }
            out.rsa = await roundTrip("RSASSA", { name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, "RSASSA-PKCS1-v1_5");
            out.pss = await roundTrip("PSS", { name: "RSA-PSS", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, { name: "RSA-PSS", saltLength: 32 });
            out.p256 = await roundTrip("EC", { name: "ECDSA", namedCurve: "P-256" }, { name: "ECDSA", hash: "SHA-256" });
            out.p384 = await roundTrip("EC", { name: "ECDSA", namedCurve: "P-384" }, { name: "ECDSA", hash: "SHA-384" });
            const ed = await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"]);
            const edRaw = await crypto.subtle.exportKey("raw", ed.publicKey);
            const edPub = await crypto.subtle.importKey("raw", edRaw, "Ed25519", true, ["verify"]);
            const edSig = await crypto.subtle.sign("Ed25519", ed.privateKey, m);
            out.ed = [edRaw.byteLength, edSig.byteLength, await crypto.subtle.verify("Ed25519", edPub, edSig, m), ed.publicKey.algorithm, (await crypto.subtle.exportKey("jwk", ed.privateKey)).crv];
            const ec = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
            const raw = await crypto.subtle.exportKey("raw", ec.publicKey);
            out.ecRaw = [raw.byteLength, new Uint8Array(raw)[0]];
            out.rsaAlgorithm = (await crypto.subtle.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign", "verify"])).publicKey.algorithm;
            out.noHash = await t(() => crypto.subtle.sign({ name: "ECDSA" }, ec.privateKey, m));
            out.noSalt = await t(async () => { const k = await crypto.subtle.generateKey({ name: "RSA-PSS", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign"]); return await crypto.subtle.sign({ name: "RSA-PSS" }, k.privateKey, m); });
            out.wrongCurve = await t(() => crypto.subtle.importKey("raw", raw, { name: "ECDSA", namedCurve: "P-384" }, true, ["verify"]));
            out.badCurve = await t(() => crypto.subtle.importKey("raw", raw, { name: "ECDSA", namedCurve: "P-999" }, true, ["verify"]));
            out.publicSign = await t(() => crypto.subtle.importKey("raw", raw, { name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]));
            out.shortSig = await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, ec.publicKey, new Uint8Array(10), m);
            out.garbage = await t(() => crypto.subtle.importKey("spki", new Uint8Array([1, 2, 3]), { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, true, ["verify"]));
            out.rsaRaw = await t(() => crypto.subtle.importKey("raw", raw, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, true, ["verify"]));
            out.noN = await t(() => crypto.subtle.importKey("jwk", { kty: "RSA", e: "AQAB" }, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, true, ["verify"]));
            out.wrongKty = await t(() => crypto.subtle.importKey("jwk", { kty: "EC", e: "AQAB" }, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, true, ["verify"]));
            out.pkcs8OfPublic = await t(() => crypto.subtle.exportKey("pkcs8", ec.publicKey));
            out.spkiOfPrivate = await t(() => crypto.subtle.exportKey("spki", ec.privateKey));
            out.noPrivateUsage = await t(() => crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]));
            out.badUsage = await t(() => crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["encrypt"]));
            """);
    for (String alg : new String[] {"rsa", "pss", "p256", "p384"}) {
      assertThat(out.get(alg).get("verify").toString()).as(alg).isEqualTo("[true,true,true,false]");
      assertThat(out.get(alg).get("types").toString()).as(alg).isEqualTo("[\"public\",\"private\",[\"verify\"],[\"sign\"]]");
    }
    assertThat(out.get("rsa").get("jwk").toString()).isEqualTo("[\"alg\",\"d\",\"dp\",\"dq\",\"e\",\"ext\",\"key_ops\",\"kty\",\"n\",\"p\",\"q\",\"qi\"]");
    assertThat(out.get("rsa").get("alg").asText()).isEqualTo("RS256");
    assertThat(out.get("pss").get("alg").asText()).isEqualTo("PS256");
    assertThat(out.get("rsa").get("sigLength").asInt()).isEqualTo(128);
    assertThat(out.get("p256").get("jwk").toString()).isEqualTo("[\"crv\",\"d\",\"ext\",\"key_ops\",\"kty\",\"x\",\"y\"]");
    assertThat(out.get("p256").get("sigLength").asInt()).isEqualTo(64);
    assertThat(out.get("p384").get("sigLength").asInt()).isEqualTo(96);
    assertThat(out.get("ed").toString()).isEqualTo("[32,64,true,{\"name\":\"Ed25519\"},\"Ed25519\"]");
    assertThat(out.get("ecRaw").toString()).isEqualTo("[65,4]");
    assertThat(out.get("rsaAlgorithm").toString())
        .isEqualTo("{\"name\":\"RSASSA-PKCS1-v1_5\",\"modulusLength\":1024,\"publicExponent\":{\"0\":1,\"1\":0,\"2\":1},\"hash\":{\"name\":\"SHA-256\"}}");
    assertThat(error(out.get("noHash")))
        .isEqualTo("TypeError: Missing \"hash\" in AlgorithmIdentifier. (ECDSA requires that the hash algorithm be specified at call time rather than on the key. This differs from other WebCrypto algorithms for historical reasons.)");
    assertThat(error(out.get("noSalt"))).isEqualTo("DataError: Failed to provide salt for RSA-PSS key operation which requires a salt");
    assertThat(error(out.get("wrongCurve"))).isEqualTo("DataError: Failed to import raw EC key data: Invalid point encoding..");
    assertThat(error(out.get("badCurve"))).isEqualTo("NotSupportedError: Unrecognized or unimplemented EC curve \"P-999\" requested.");
    assertThat(error(out.get("publicSign"))).isEqualTo("SyntaxError: Attempt to import public ECDSA key with invalid usage \"sign\".");
    assertThat(out.get("shortSig").asBoolean()).isFalse();
    assertThat(error(out.get("garbage"))).isEqualTo("DataError: Invalid SPKI input.");
    assertThat(error(out.get("rsaRaw"))).isEqualTo("NotSupportedError: Unrecognized key import format \"raw\".");
    assertThat(error(out.get("noN")))
        .isEqualTo("DataError: Invalid RSA key in JSON Web Key; missing or invalid Modulus parameter (\"n\").");
    assertThat(error(out.get("wrongKty")))
        .isEqualTo("DataError: RSASSA-PKCS1-v1_5 \"jwk\" key import requires a JSON Web Key with Key Type parameter \"kty\" (\"EC\") equal to \"RSA\".");
    assertThat(error(out.get("pkcs8OfPublic"))).isEqualTo("InvalidAccessError: Asymmetric pkcs8 export requires private key (not \"public\").");
    assertThat(error(out.get("spkiOfPrivate"))).isEqualTo("InvalidAccessError: Asymmetric spki export requires public key (not \"private\").");
    assertThat(error(out.get("noPrivateUsage"))).isEqualTo("SyntaxError: Attempt to generate asymmetric keys with no valid private key usages.");
    assertThat(error(out.get("badUsage"))).isEqualTo("SyntaxError: Attempt to generate ECDSA key with invalid usage \"encrypt\".");
  }
}
