// An API that accepts only requests carrying a valid ES256 JWT:
//   Authorization: Bearer <header>.<payload>.<signature>
// The issuer's public key is the var ISSUER_JWK (a JSON Web Key). The signature is checked with
// crypto.subtle.verify, then the expiry ("exp", seconds since the epoch) against Date.now().
//   GET /me   200 {"subject": "<sub>"}   or   401 {"error": "<why>"}
const b64url = (text) =>
  Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
const decodeJson = (part) => JSON.parse(new TextDecoder().decode(b64url(part)));
const unauthorized = (error) =>
  Response.json({ error }, { status: 401, headers: { "www-authenticate": "Bearer" } });

async function verify(token, jwk) {
  const [header, payload, signature] = token.split(".");
  if (!signature) return { error: "malformed token" };
  if (decodeJson(header).alg !== "ES256") return { error: "unsupported algorithm" };
  const key = await crypto.subtle.importKey(
    "jwk", JSON.parse(jwk), { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
  const valid = await crypto.subtle.verify(
    { name: "ECDSA", hash: "SHA-256" }, key, b64url(signature),
    new TextEncoder().encode(header + "." + payload));
  if (!valid) return { error: "invalid signature" };
  const claims = decodeJson(payload);
  if (typeof claims.exp !== "number" || claims.exp * 1000 <= Date.now()) return { error: "token expired" };
  return { claims };
}

export default {
  async fetch(request, env) {
    const authorization = request.headers.get("authorization") ?? "";
    if (!authorization.startsWith("Bearer ")) return unauthorized("missing bearer token");
    let result;
    try {
      result = await verify(authorization.slice("Bearer ".length), env.ISSUER_JWK);
    } catch {
      result = { error: "malformed token" };
    }
    if (result.error) return unauthorized(result.error);
    return Response.json({ subject: result.claims.sub });
  },
};
