// node:stream.
import { Stream } from "node-internal:streams";
export default Stream;
export { Stream, Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished, addAbortSignal, compose, isReadable, isWritable, isErrored, isDisturbed, getDefaultHighWaterMark, setDefaultHighWaterMark, promises } from "node-internal:streams";
