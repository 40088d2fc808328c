// node:_http_incoming (legacy internals of node:http).
import { IncomingMessage } from "node-internal:http_server";
export { IncomingMessage };
export default { IncomingMessage };
