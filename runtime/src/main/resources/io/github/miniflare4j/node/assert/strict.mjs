// node:assert/strict: the same functions (workerd's assert compares strictly throughout).
import { strict } from "node-internal:assert";
export default strict;
export {
  AssertionError, ok, equal, notEqual, strictEqual, notStrictEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual,
  partialDeepStrictEqual, fail, match, doesNotMatch, throws, doesNotThrow, rejects, doesNotReject, ifError, strict,
} from "node-internal:assert";
