// node:buffer — the Buffer global's module, with Node's constants and helpers.
export const Buffer = $node.Buffer;
export const kMaxLength = $node.BUFFER_MAX_LENGTH;
export const kStringMaxLength = 536870888;
export const constants = Object.freeze({ MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength });
export let INSPECT_MAX_BYTES = 50;
export const { Blob, File, atob, btoa } = globalThis;

export function SlowBuffer(size) { return Buffer.allocUnsafeSlow(size); }

export function isUtf8(input) {
  try { new TextDecoder("utf-8", { fatal: true }).decode(input); return true; } catch { return false; }
}
export function isAscii(input) {
  const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return bytes.every((b) => b < 0x80);
}
export function transcode(source, fromEncoding, toEncoding) {
  return Buffer.from(Buffer.from(source).toString(fromEncoding), toEncoding);
}
export function resolveObjectURL() { return undefined; }

export default { Buffer, SlowBuffer, kMaxLength, kStringMaxLength, constants, INSPECT_MAX_BYTES, Blob, File, atob, btoa, isUtf8, isAscii, transcode, resolveObjectURL };
