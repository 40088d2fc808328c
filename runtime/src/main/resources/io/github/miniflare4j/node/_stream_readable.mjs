// node:_stream_readable (legacy alias): Readable, with its statics as named exports.
import { Readable } from "node-internal:streams";
export default Readable;
export { Readable };
export const ReadableState = Readable.ReadableState, fromWeb = Readable.fromWeb, toWeb = Readable.toWeb;
export function from(iterable, options) { return Readable.from(iterable, options); }
/** A Readable reading from an old-style stream. */
export function wrap(src, options) {
  return new Readable({ objectMode: src.readableObjectMode ?? src.objectMode ?? true, ...options }).wrap(src);
}
