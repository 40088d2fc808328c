// node:_http_client (legacy internals of node:http).
import { ClientRequest } from "node-internal:http_client";
export { ClientRequest };
export default { ClientRequest };
