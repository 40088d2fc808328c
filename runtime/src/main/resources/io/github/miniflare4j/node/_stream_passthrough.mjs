// node:_stream_passthrough (legacy alias).
import { PassThrough } from "node-internal:streams";
export default PassThrough;
export { PassThrough };
