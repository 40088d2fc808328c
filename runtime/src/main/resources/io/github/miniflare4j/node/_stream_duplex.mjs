// node:_stream_duplex (legacy alias).
import { Duplex } from "node-internal:streams";
export default Duplex;
