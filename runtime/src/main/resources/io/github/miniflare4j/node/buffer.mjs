// node:buffer — the Buffer global's module, with Node's constants and helpers.
export const Buffer = $node.Buffer;
export const kMaxLength = $node.BUFFER_MAX_LENGTH;
export const kStringMaxLength = 536870888;
export const constants = Object.freeze({ MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength });
export let INSPECT_MAX_BYTES = 50;
export const { Blob, File } = globalThis;
// workerd's node:buffer hands out the globals bound to the global scope (recorded: "bound atob")
export const atob = globalThis.atob.bind(globalThis);
export const btoa = globalThis.btoa.bind(globalThis);

export function SlowBuffer(size) { return Buffer.allocUnsafeSlow(size); }

const { nodeError, describeReceived, normalizeEncoding, decodeBytes, encodeString } = $node;

/** The bytes of a view for workerd's native checks, which take typed arrays only. */
function viewBytes(input, method) {
  if (!ArrayBuffer.isView(input)) throw new TypeError(`Failed to execute '${method}' on 'BufferUtil': parameter 1 is not of type 'JsUint8Array'.`);
  return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
}
export function isUtf8(input) {
  const bytes = viewBytes(input, "isUtf8");
  try { new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes); return true; } catch { return false; }
}
export function isAscii(input) {
  return viewBytes(input, "isAscii").every((b) => b < 0x80);
}

// windows-1252's characters for the bytes 0x80..0x9f (a code unit equal to the byte where it has none)
const CP1252_HIGH = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178];
const TRANSCODABLE = ["utf8", "utf16le", "latin1", "ascii"];

/**
 * workerd's transcode (ICU converters): ascii is read as windows-1252 and latin1 as ISO-8859-1;
 * both targets write windows-1252, one "?" per character they cannot represent.
 */
export function transcode(source, fromEncoding, toEncoding) {
  if (!ArrayBuffer.isView(source)) {
    throw nodeError(TypeError, "ERR_INVALID_ARG_TYPE", `The "source" argument must be an instance of ArrayBufferView.${describeReceived(typeof source)}`);
  }
  const from = normalizeEncoding(fromEncoding);
  const to = normalizeEncoding(toEncoding);
  if (!TRANSCODABLE.includes(from) || !TRANSCODABLE.includes(to)) throw new Error("Unable to transcode buffer due to unsupported encoding");
  const bytes = new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  let text;
  if (from === "ascii") {
    text = "";
    for (const b of bytes) text += String.fromCharCode(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b);
  } else {
    text = decodeBytes(bytes, from);
  }
  if (to === "utf8" || to === "utf16le") return Buffer.from(encodeString(text, to));
  const out = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    const high = CP1252_HIGH.indexOf(cp);
    out.push(cp < 0x80 || (cp >= 0xa0 && cp <= 0xff) ? cp : high >= 0 ? 0x80 + high : 0x3f);
  }
  return Buffer.from(out);
}
export function resolveObjectURL() { throw new Error("resolveObjectURL is not implemented"); }

export default { Buffer, SlowBuffer, kMaxLength, kStringMaxLength, constants, INSPECT_MAX_BYTES, Blob, File, atob, btoa, isUtf8, isAscii, transcode, resolveObjectURL };
