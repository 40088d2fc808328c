// node:assert/strict: the same functions (workerd's assert compares strictly throughout); as in
// workerd, its default export is node:assert's own.
import { assert } from "node-internal:assert";
export default assert;
export {
  AssertionError, ok, equal, notEqual, strictEqual, notStrictEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual,
  partialDeepStrictEqual, fail, match, doesNotMatch, throws, doesNotThrow, rejects, doesNotReject, ifError, strict,
} from "node-internal:assert";
