// node:_http_agent (legacy internals of node:http).
import { Agent, globalAgent } from "node-internal:http_client";
export { Agent, globalAgent };
export default { Agent, globalAgent };
