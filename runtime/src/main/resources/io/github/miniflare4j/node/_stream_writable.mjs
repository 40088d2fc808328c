// node:_stream_writable (legacy alias).
import { Writable } from "node-internal:streams";
export default Writable;
