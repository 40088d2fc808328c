// node:_stream_transform (legacy alias).
import { Transform } from "node-internal:streams";
export default Transform;
export { Transform };
