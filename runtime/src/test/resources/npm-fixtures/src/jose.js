// jose: HS256 and ES256 JWTs signed and verified with WebCrypto keys, and RS256 with a key
// pair made by node:crypto, exported as PEM and imported by jose.
import * as jose from "jose";
import { generateKeyPairSync } from "node:crypto";

export default {
  async fetch(request) {
    const url = new URL(request.url);
    const secret = new TextEncoder().encode("a-string-secret-at-least-256-bits-long");
    if (url.pathname === "/hs256") {
      const jwt = await new jose.SignJWT({ sub: "user-1", role: "admin" })
        .setProtectedHeader({ alg: "HS256" }).setIssuedAt(1700000000).setExpirationTime(4102444800).sign(secret);
      const { payload, protectedHeader } = await jose.jwtVerify(jwt, secret);
      return Response.json({ jwt, payload, alg: protectedHeader.alg });
    }
    if (url.pathname === "/es256") {
      const { publicKey, privateKey } = await jose.generateKeyPair("ES256");
      const jwt = await new jose.SignJWT({ scope: "read" }).setProtectedHeader({ alg: "ES256" }).sign(privateKey);
      const { payload } = await jose.jwtVerify(jwt, publicKey);
      const jwk = await jose.exportJWK(publicKey);
      let tampered;
      try { await jose.jwtVerify(jwt.slice(0, -4) + "AAAA", publicKey); tampered = "accepted"; } catch (e) { tampered = e.code; }
      return Response.json({ payload, kty: jwk.kty, crv: jwk.crv, tampered });
    }
    if (url.pathname === "/rs256-node") {
      const { publicKey, privateKey } = generateKeyPairSync("rsa", {
        modulusLength: 2048,
        publicKeyEncoding: { type: "spki", format: "pem" },
        privateKeyEncoding: { type: "pkcs8", format: "pem" },
      });
      const jwt = await new jose.SignJWT({ via: "node:crypto" }).setProtectedHeader({ alg: "RS256" })
        .sign(await jose.importPKCS8(privateKey, "RS256"));
      const { payload } = await jose.jwtVerify(jwt, await jose.importSPKI(publicKey, "RS256"));
      return Response.json({ payload, parts: jwt.split(".").length });
    }
    return new Response("not found", { status: 404 });
  },
};
