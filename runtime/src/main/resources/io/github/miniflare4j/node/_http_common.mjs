// node:_http_common (legacy internals of node:http).
import { CRLF, _checkInvalidHeaderChar, _checkIsHttpToken, chunkExpression, continueExpression, kIncomingMessage, methods, parsers } from "node-internal:http_client";
export { CRLF, _checkInvalidHeaderChar, _checkIsHttpToken, chunkExpression, continueExpression, kIncomingMessage, methods, parsers };
export default { CRLF, _checkInvalidHeaderChar, _checkIsHttpToken, chunkExpression, continueExpression, kIncomingMessage, methods, parsers };
