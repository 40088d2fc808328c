// node:_stream_writable (legacy alias): Writable, with its statics as named exports.
import { Writable } from "node-internal:streams";
export default Writable;
export { Writable };
export const WritableState = Writable.WritableState, fromWeb = Writable.fromWeb, toWeb = Writable.toWeb;
