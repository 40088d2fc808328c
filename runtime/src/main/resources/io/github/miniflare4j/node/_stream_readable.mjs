// node:_stream_readable (legacy alias).
import { Readable } from "node-internal:streams";
export default Readable;
