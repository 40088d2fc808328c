// FNV-1a checksums computed by a WebAssembly module compiled from Rust (../rust/checksum.rs).
// Importing the .wasm file gives a compiled WebAssembly.Module; each request instantiates it
// with a JavaScript import that the Rust code calls back after every 1 KiB it hashes.
import checksumModule from "./checksum.wasm";

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (request.method !== "POST" || url.pathname !== "/checksum") {
      return new Response("POST a body to /checksum", { status: 404 });
    }
    const bytes = new Uint8Array(await request.arrayBuffer());
    const blocks = [];
    const { exports } = await WebAssembly.instantiate(checksumModule, {
      env: { progress: (done) => blocks.push(done) },
    });
    if (bytes.length > exports.capacity()) {
      return new Response(`At most ${exports.capacity()} bytes, got ${bytes.length}`, { status: 413 });
    }
    new Uint8Array(exports.memory.buffer, exports.input(), bytes.length).set(bytes);
    const hash = exports.fnv1a(bytes.length) >>> 0;
    return Response.json({ fnv1a: hash.toString(16).padStart(8, "0"), bytes: bytes.length, blocks });
  },
};
