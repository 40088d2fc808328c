// node:_stream_duplex (legacy alias): Duplex, with its statics as named exports.
import { Duplex } from "node-internal:streams";
export default Duplex;
export { Duplex };
export const from = Duplex.from, fromWeb = Duplex.fromWeb, toWeb = Duplex.toWeb;
