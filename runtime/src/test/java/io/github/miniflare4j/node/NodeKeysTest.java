package io.github.miniflare4j.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * node:crypto key objects and signatures beyond the recorded cases: round trips through every
 * encoding, Web Crypto interplay, the Sign stream face, and Brotli across meta-blocks.
 */
class NodeKeysTest {

  @Test
  void generated_keys_sign_and_verify_through_every_encoding() {
    JsonNode out =
        NodeProbe.run(
            "import crypto from \"node:crypto\";",
            """
            const data = Buffer.from("payload");
            for (const [type, options, digest] of [["rsa", { modulusLength: 1024 }, "sha256"], ["ec", { namedCurve: "P-521" }, "sha512"], ["ed25519", {}, null]]) {
              const { publicKey, privateKey } = crypto.generateKeyPairSync(type, options);
              const sig = crypto.sign(digest, data, privateKey);
              const viaPem = crypto.createPublicKey(publicKey.export({ type: "spki", format: "pem" }));
              const viaDer = crypto.createPrivateKey({ key: privateKey.export({ type: "pkcs8", format: "der" }), format: "der", type: "pkcs8" });
              const viaJwk = crypto.createPublicKey({ key: publicKey.export({ format: "jwk" }), format: "jwk" });
              out[type] = [crypto.verify(digest, data, viaPem, sig), crypto.verify(digest, data, viaJwk, sig),
                crypto.verify(digest, data, publicKey, crypto.sign(digest, data, viaDer)), crypto.verify(digest, Buffer.from("other"), publicKey, sig)];
            }
            """);
    assertThat(out.get("rsa")).hasToString("[true,true,true,false]");
    assertThat(out.get("ec")).hasToString("[true,true,true,false]");
    assertThat(out.get("ed25519")).hasToString("[true,true,true,false]");
  }

  @Test
  void key_objects_interoperate_with_web_crypto_and_sign_streams() {
    JsonNode out =
        NodeProbe.run(
            "import crypto from \"node:crypto\"; import { types } from \"node:util\";",
            """
            const pair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
            const data = new TextEncoder().encode("signed by web crypto");
            const webSig = await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, pair.privateKey, data);
            const pub = crypto.KeyObject.from(pair.publicKey);
            out.fromWeb = [pub.type, pub.asymmetricKeyDetails.namedCurve,
              crypto.verify("sha256", data, { key: pub.export({ type: "spki", format: "pem" }), dsaEncoding: "ieee-p1363" }, new Uint8Array(webSig))];
            // a key object inside an options object is refused, as in workerd (recorded: nodewasm21-crypto-keyinputs-f)
            out.wrapped = await t(() => crypto.verify("sha256", data, { key: pub, dsaEncoding: "ieee-p1363" }, new Uint8Array(webSig)));
            const secret = crypto.KeyObject.from(await crypto.subtle.importKey("raw", new Uint8Array([1, 2, 3]), { name: "HMAC", hash: "SHA-256" }, true, ["sign"]));
            out.secret = [secret.type, secret.symmetricKeySize];
            out.brands = [types.isKeyObject(pub), types.isKeyObject(secret), types.isKeyObject(pair.publicKey), types.isCryptoKey(pair.publicKey)];
            const { privateKey, publicKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 1024 });
            const signer = crypto.createSign("SHA256");
            signer.write("part one, ");
            signer.end("part two");
            const sig = signer.sign(privateKey, "base64");
            out.stream = crypto.createVerify("sha256").update("part one, part two").verify(publicKey, sig, "base64");
            out.illegal = await t(() => new crypto.KeyObject("secret", {}));
            out.secretAsPublic = await t(() => crypto.createPublicKey(crypto.createSecretKey(Buffer.from("k"))));
            """);
    assertThat(out.get("fromWeb")).hasToString("[\"public\",\"prime256v1\",true]");
    // workerd reports the CryptoKey's algorithm length, in bits (recorded: node3-keyobject-from-size)
    assertThat(out.get("secret")).hasToString("[\"secret\",24]");
    assertThat(out.get("brands")).hasToString("[true,true,false,true]");
    assertThat(out.get("stream").asBoolean()).isTrue();
    assertThat(out.get("illegal").get("error").get("message").asText()).isEqualTo("Illegal constructor");
    assertThat(out.get("wrapped").get("error").get("message").asText())
        .startsWith("The \"options.key\" property must be of type string");
    // createPublicKey derives a public key from a private key object only (recorded: nodewasm21-crypto-keyinputs-f)
    assertThat(out.get("secretAsPublic").get("error").get("message").asText())
        .isEqualTo("The \"key\" argument must be an instance of PrivateKeyObject. Received an instance of SecretKeyObject");
  }

  @Test
  void brotli_round_trips_data_spanning_several_meta_blocks_and_empty_input() {
    JsonNode out =
        NodeProbe.run(
            "import zlib from \"node:zlib\";",
            """
            const big = Buffer.alloc(200_000);
            for (let i = 0; i < big.length; i++) big[i] = (i * 7919) & 0xff;
            out.big = zlib.brotliDecompressSync(zlib.brotliCompressSync(big)).equals(big);
            out.empty = zlib.brotliDecompressSync(zlib.brotliCompressSync(Buffer.alloc(0))).length;
            out.truncated = await t(() => zlib.brotliDecompressSync(zlib.brotliCompressSync(big).subarray(0, 1000)));
            """);
    assertThat(out.get("big").asBoolean()).isTrue();
    assertThat(out.get("empty").asInt()).isZero();
    // a stream cut short is the end of the input, not corruption (recorded: nodewasm24-node-zlib-mime-f)
    assertThat(out.get("truncated").get("error").get("message").asText()).isEqualTo("Unexpected end of file");
  }
}
