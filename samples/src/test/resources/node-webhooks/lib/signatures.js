// Webhook signatures as GitHub and Stripe style senders make them: an HMAC-SHA256 of the raw
// body, hex encoded, in a `sha256=<hex>` header, compared in constant time.
import { createHmac, createHash, timingSafeEqual } from "node:crypto";
import { Buffer } from "node:buffer";

export function sign(secret, body) {
  return "sha256=" + createHmac("sha256", secret).update(body).digest("hex");
}

export function verify(secret, body, header) {
  if (typeof header !== "string" || !header.startsWith("sha256=")) return false;
  const expected = Buffer.from(sign(secret, body));
  const actual = Buffer.from(header);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** A short content id for the payload: the first 16 bytes of its SHA-256, base64url. */
export function contentId(body) {
  return createHash("sha256").update(body).digest().subarray(0, 16).toString("base64url");
}
