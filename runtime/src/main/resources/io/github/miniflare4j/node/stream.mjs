// node:stream.
import { Stream } from "node-internal:streams";
export default Stream;
export { Stream, Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished, addAbortSignal, compose, isReadable, isWritable, isErrored, isDisturbed, getDefaultHighWaterMark, setDefaultHighWaterMark, promises,
  destroy, isDestroyed, publicDuplexPair as duplexPair, _isArrayBufferView, _isUint8Array, _uint8ArrayToBuffer } from "node-internal:streams";
