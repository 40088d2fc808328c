// V8's wording of the errors of the staged built-ins v8-compat.js wraps (recorded with the
// oracle); loaded on the first failure only.

// @exports iterableText, receiverText, base64Message

/** How V8 shows a value it found not iterable: primitives as their wrapper objects. */
function iterableText(value) {
  if (value === null || value === undefined) return String(value);
  if (typeof value === "function") return Function.prototype.toString.call(value);
  if (typeof value !== "object") return `[object ${Object.prototype.toString.call(value).slice(8, -1)}]`;
  return objectText(value);
}

/** How V8 shows the receiver of a method called on an incompatible receiver. */
function receiverText(value) {
  if (value === null || value === undefined) return String(value);
  if (typeof value === "function") return Function.prototype.toString.call(value);
  if (typeof value === "symbol") return value.toString();
  if (typeof value !== "object") return String(value);
  return objectText(value);
}

/** "[object Array]" and the like for built-in kinds V8 tags, "#<Constructor>" for other objects. */
function objectText(value) {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (Array.isArray(value) || value instanceof Date || value instanceof RegExp || value instanceof Error) return `[object ${tag}]`;
  let name;
  try { name = Object.getPrototypeOf(value)?.constructor?.name; } catch { name = undefined; }
  return `#<${typeof name === "string" && name !== "" ? name : "Object"}>`;
}

const INVALID_CHARACTER = "Found a character that cannot be part of a valid base64 string.";
const SINGLE_CHARACTER = "The base64 input terminates with a single character, excluding padding (=).";
const EXTRA_BITS = "The base64 input terminates with non-zero padding bits.";

/**
 * V8's message for base64 text GraalJS refused: a character outside the alphabet (or data after
 * padding) is an invalid character, a last chunk of one character (or too little padding) a single
 * character, set bits in the padding extra bits.
 */
function base64Message(text, alphabet) {
  const chars = text.replace(/[\t\n\f\r ]/g, "");
  const padAt = chars.indexOf("=");
  const data = padAt < 0 ? chars : chars.slice(0, padAt);
  if ((alphabet === "base64url" ? /[^A-Za-z0-9_-]/ : /[^A-Za-z0-9+/]/).test(data)) return INVALID_CHARACTER;
  if (padAt < 0) return data.length % 4 === 0 ? INVALID_CHARACTER : SINGLE_CHARACTER;
  const padding = chars.slice(padAt);
  if (!/^=+$/.test(padding) || padding.length > 2 || data.length % 4 === 0) return INVALID_CHARACTER;
  if (data.length % 4 === 1 || (data.length % 4) + padding.length !== 4) return SINGLE_CHARACTER;
  return EXTRA_BITS;
}
