// node:stream/consumers — read a whole stream (node or web) or async iterable.
const { Buffer } = $node;

async function chunksOf(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return chunks;
}
export async function buffer(stream) { return Buffer.concat((await chunksOf(stream)).map((c) => (c instanceof Uint8Array ? c : Buffer.from(c)))); }
export async function arrayBuffer(stream) { const b = await buffer(stream); return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength); }
export async function blob(stream) { return new Blob(await chunksOf(stream)); }
export async function text(stream) {
  const decoder = new TextDecoder();
  let out = "";
  for await (const chunk of stream) out += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  return out + decoder.decode();
}
export async function json(stream) { return JSON.parse(await text(stream)); }
export default { arrayBuffer, blob, buffer, json, text };
