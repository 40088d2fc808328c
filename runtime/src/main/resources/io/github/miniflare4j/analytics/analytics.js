// The Analytics Engine binding: writeDataPoint() accepts any argument and returns undefined, as
// Miniflare does (recorded), under Miniflare's class name; a well-formed point is handed to Java for
// assertions.
(function (internals) {
  const hosts = new WeakMap();
  const decoder = new TextDecoder();
  const text = (blob) => blob === null || blob === undefined ? null
    : blob instanceof ArrayBuffer ? decoder.decode(blob)
    : ArrayBuffer.isView(blob) ? decoder.decode(blob) : String(blob);
  class LocalAnalyticsEngineDataset {
    writeDataPoint(point) {
      const host = hosts.get(this);
      if (host === undefined) throw new TypeError("Illegal invocation");
      if (point === null || typeof point !== "object") return undefined;
      const list = (v) => (Array.isArray(v) ? v : []);
      host.write(JSON.stringify({
        blobs: list(point.blobs).map(text),
        doubles: list(point.doubles).map(Number),
        indexes: list(point.indexes).map(text),
      }));
      return undefined;
    }
  }
  return (host) => {
    const binding = Object.create(LocalAnalyticsEngineDataset.prototype);
    hosts.set(binding, host);
    return binding;
  };
})
