// Data and WebAssembly blob bindings (BlobBinding.java): an ArrayBuffer of the isolate's own, or
// a WebAssembly.Module compiled by the runtime (a worker itself may not compile one).
(function (internals) {
  return (host) => {
    const bytes = new Uint8Array(new Uint8Array(host.bytes()));
    return host.wasm() ? internals.compileWasmBinding(bytes) : bytes.buffer;
  };
})
