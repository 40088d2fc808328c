// node:assert as workerd implements it: every comparison is the strict one (equal is strictEqual,
// deepEqual is deepStrictEqual), strictEqual failures carry a line diff, the others Node's
// AssertionError messages.
import { inspect } from "node-internal:inspect";
import { isDeepStrictEqual } from "node-internal:comparisons";
const { nodeError, invalidArgType, describeReceived } = $node;

const READABLE = {
  deepStrictEqual: "Expected values to be strictly deep-equal:",
  strictEqual: "Expected values to be strictly equal:",
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: "Expected values to be loosely deep-equal:",
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: "Values have same structure but are not reference-equal:",
  notDeepEqualUnequal: "Expected values not to be loosely deep-equal:",
};
const MAX_SHORT_LENGTH = 12;

function inspectValue(value) {
  return inspect(value, { compact: true, customInspect: false, depth: 1000, maxArrayLength: Infinity, showHidden: false, showProxy: false, sorted: true, getters: true });
}

/** The context lines between two differing lines, as Node prints them (at most five, else "..."). */
function identicalRun(lines, i, identical, state) {
  let out = "";
  if (identical > 2) {
    if (identical > 3) {
      if (identical > 4) {
        if (identical === 5) { out += `\n  ${lines[i - 3]}`; state.printed++; }
        else { out += "\n..."; state.skipped = true; }
      }
      out += `\n  ${lines[i - 2]}`;
      state.printed++;
    }
    out += `\n  ${lines[i - 1]}`;
    state.printed++;
  }
  return out;
}

/** Node's "+ actual - expected" message of a failed deep (or object) comparison. */
function errorDiff(actual, expected, operator) {
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split("\n");
  const expectedLines = inspectValue(expected).split("\n");
  let other = "";
  let res = "";
  let end = "";
  let i = 0;
  let indicator = "";
  const state = { printed: 0, skipped: false };
  if (operator === "strictEqual" && ((typeof actual === "object" && actual !== null && typeof expected === "object" && expected !== null) || (typeof actual === "function" && typeof expected === "function"))) {
    operator = "strictEqualObject";
  }
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const inputLength = actualLines[0].length + expectedLines[0].length;
    if (inputLength <= MAX_SHORT_LENGTH) {
      if ((typeof actual !== "object" || actual === null) && (typeof expected !== "object" || expected === null) && (actual !== 0 || expected !== 0)) {
        return `${READABLE[operator]}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== "strictEqualObject" && inputLength < 80) {
      while (actualLines[0][i] === expectedLines[0][i]) i++;
      if (i > 2) { indicator = `\n  ${" ".repeat(i)}^`; i = 0; }
    }
  }
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) end = `\n  ${a}${end}`;
    else other = a;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }
  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = actualInspected.split("\n");
    if (lines.length > 50) { lines[46] = "..."; lines.length = 47; }
    return `${READABLE.notIdentical}\n\n${lines.join("\n")}\n`;
  }
  if (i >= 5) { end = `\n...${end}`; state.skipped = true; }
  if (other !== "") { end = `\n  ${other}${end}`; other = ""; }
  let identical = 0;
  const header = `${READABLE[operator]}\n+ actual - expected`;
  const skippedNote = " ... Lines skipped";
  let lines = actualLines;
  let plusMinus = "+";
  let maxLength = expectedLines.length;
  if (actualLines.length < maxLines) { lines = expectedLines; plusMinus = "-"; maxLength = actualLines.length; }
  for (i = 0; i < maxLines; i++) {
    if (maxLength < i + 1) {
      res += identicalRun(lines, i, identical, state);
      identical = 0;
      if (lines === actualLines) res += `\n${plusMinus} ${lines[i]}`;
      else other += `\n${plusMinus} ${lines[i]}`;
      state.printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let diverging = actualLine !== expectedLine && (!actualLine.endsWith(",") || actualLine.slice(0, -1) !== expectedLine);
      if (diverging && expectedLine.endsWith(",") && expectedLine.slice(0, -1) === actualLine) { diverging = false; actualLine += ","; }
      if (diverging) {
        res += identicalRun(actualLines, i, identical, state);
        identical = 0;
        res += `\n+ ${actualLine}`;
        other += `\n- ${expectedLine}`;
        state.printed += 2;
      } else {
        res += other;
        other = "";
        identical++;
        if (identical <= 2) { res += `\n  ${actualLine}`; state.printed++; }
      }
    }
    if (state.printed > 50 && i < maxLines - 2) return `${header}${skippedNote}\n${res}\n...${other}\n...`;
  }
  return `${header}${state.skipped ? skippedNote : ""}\n${res}${other}${end}${indicator}`;
}

export class AssertionError extends Error {
  constructor(options) {
    if (typeof options !== "object" || options === null) throw invalidArgType("options", "of type object", options);
    const { message, operator, details } = options;
    let { actual, expected } = options;
    let text;
    if (message != null) {
      text = String(message);
    } else if (operator === "deepStrictEqual" || operator === "strictEqual") {
      text = errorDiff(actual, expected, operator);
    } else if (operator === "notDeepStrictEqual" || operator === "notStrictEqual") {
      let base = READABLE[operator];
      const res = inspectValue(actual).split("\n");
      if (operator === "notStrictEqual" && ((typeof actual === "object" && actual !== null) || typeof actual === "function")) base = READABLE.notStrictEqualObject;
      if (res.length > 50) { res[46] = "..."; res.length = 47; }
      text = res.length === 1 ? `${base}${res[0].length > 5 ? "\n\n" : " "}${res[0]}` : `${base}\n\n${res.join("\n")}\n`;
    } else {
      let res = inspectValue(actual);
      let other = inspectValue(expected);
      const known = READABLE[operator ?? ""];
      if (operator === "notDeepEqual" && res === other) {
        res = `${known}\n\n${res}`;
        if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
        text = res;
      } else {
        if (res.length > 512) res = `${res.slice(0, 509)}...`;
        if (other.length > 512) other = `${other.slice(0, 509)}...`;
        if (operator === "deepEqual") res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
        else if (READABLE[`${operator}Unequal`]) res = `${READABLE[`${operator}Unequal`]}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
        else other = ` ${operator} ${other}`;
        text = `${res}${other}`;
      }
    }
    super(text);
    this.generatedMessage = !message;
    this.code = "ERR_ASSERTION";
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      details.forEach((d, i) => {
        this[`message ${i}`] = d.message;
        this[`actual ${i}`] = d.actual;
        this[`expected ${i}`] = d.expected;
        this[`operator ${i}`] = d.operator;
        this[`stack trace ${i}`] = d.stack;
      });
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    // the stack, formatted at its first read, is headed with the code, as Node's
    Object.defineProperty(this, "name", { value: "AssertionError [ERR_ASSERTION]", enumerable: false, writable: true, configurable: true });
    void this.stack;
    this.name = "AssertionError";
  }
  toString() { return `${this.name} [${this.code}]: ${this.message}`; }
}

function failed(options, generated) {
  const error = new AssertionError(options);
  if (generated) error.generatedMessage = true;
  return error;
}

function missingArgs(...names) {
  const list = names.map((n) => `"${n}"`).join(" and ");
  return nodeError(TypeError, "ERR_MISSING_ARGS", `The ${list} arguments must be specified`);
}

function okImpl(args) {
  if (args.length === 0) throw new AssertionError({ message: "No value argument passed to `assert.ok()`" });
  const [value, message] = args;
  if (!value) {
    throw new AssertionError({ message, actual: value, expected: true, operator: "==" });
  }
}

export function ok(...args) { okImpl(args); }

/** A line diff (longest common subsequence): removed lines of a hunk before the added ones. */
function lineDiff(a, b) {
  const n = a.length, m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out = [];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { out.push({ type: "common", value: a[i++] }); j++; }
    else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) out.push({ type: "removed", value: a[i++] });
    else out.push({ type: "added", value: b[j++] });
  }
  return out;
}
const SIGNS = { added: "+   ", removed: "-   ", common: "    " };
function stringLines(text) {
  const escaped = `${text.replaceAll("\b", "\\b").replaceAll("\f", "\\f").replaceAll("\t", "\\t").replaceAll("\v", "\\v").replace(/\r\n|\r|\n/g, (s) => (s === "\r" ? "\\r" : s === "\n" ? "\\n\n" : "\\r\\n\r\n"))}\n`;
  const parts = escaped.split(/(\n|\r\n)/);
  if (!parts[parts.length - 1]) parts.pop();
  const lines = [];
  for (let i = 0; i < parts.length; i++) {
    if (i % 2) lines[lines.length - 1] += parts[i];
    else lines.push(parts[i]);
  }
  return lines;
}
function strictDiffMessage(actual, expected) {
  const strings = typeof actual === "string" && typeof expected === "string";
  const result = strings ? lineDiff(stringLines(actual), stringLines(expected)) : lineDiff(inspect(actual).split("\n"), inspect(expected).split("\n"));
  const lines = result.map((r) => SIGNS[r.type] + r.value);
  return ["", "", "[Diff] Actual / Expected", "", "", ...(strings ? [lines.join("")] : lines), ""].join("\n");
}

export function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs("actual", "expected");
  if (Object.is(actual, expected)) return;
  if (message) {
    message = `${message}`;
  } else {
    const a = inspect(actual);
    const b = inspect(expected);
    if (a === b) message = `Values have the same structure but are not reference-equal:\n\n${a.split("\n").map((l) => `    ${l}`).join("\n")}\n`;
    else message = `Values are not strictly equal:\n${strictDiffMessage(actual, expected)}`;
  }
  throw new AssertionError({ message, actual, expected, operator: "strictEqual" });
}
export function equal(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs("actual", "expected");
  return strictEqual(actual, expected, message);
}

export function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs("actual", "expected");
  if (!Object.is(actual, expected)) return;
  throw new AssertionError({ message: message ? `${message}` : "Expected actual to be strictly unequal to expected", actual, expected, operator: "notStrictEqual" });
}
export function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs("actual", "expected");
  return notStrictEqual(actual, expected, message);
}

export function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs("actual", "expected");
  if (isDeepStrictEqual(actual, expected)) return;
  throw new AssertionError({ message: message ? `${message}` : undefined, actual, expected, operator: "deepStrictEqual" });
}
export function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs("actual", "expected");
  return deepStrictEqual(actual, expected, message);
}

export function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs("actual", "expected");
  if (!isDeepStrictEqual(actual, expected)) return;
  throw new AssertionError({ message: message ? `${message}` : "Expected actual to not be deeply strictly equal to expected", actual, expected, operator: "notDeepStrictEqual" });
}
export function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs("actual", "expected");
  return notDeepStrictEqual(actual, expected, message);
}

/** Fails with an AssertionError for a message (or none); anything else given is thrown as it is, as in workerd. */
export function fail(message) {
  if (typeof message !== "string" && message != null) throw message;
  throw failed({ message: message ?? "Failed", operator: "fail" }, message == null);
}

export function match(string, regexp, message) {
  if (arguments.length < 2) throw missingArgs("actual", "regexp");
  if (!(regexp instanceof RegExp)) throw invalidArgType("regexp", "an instance of RegExp", regexp);
  if (typeof string !== "string" || !regexp.test(string)) {
      throw new AssertionError({ message: message ? `${message}` : `actual: "${string}" expected to match: "${regexp}"`, actual: string, expected: regexp, operator: "match" });
  }
}
export function doesNotMatch(string, regexp, message) {
  if (arguments.length < 2) throw missingArgs("string", "regexp");
  if (!(regexp instanceof RegExp)) throw invalidArgType("regexp", "an instance of RegExp", regexp);
  if (typeof string !== "string") {
    throw new AssertionError({ message: message ? `${message}` : `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`, actual: string, expected: regexp, operator: "doesNotMatch" });
  }
  if (regexp.test(string)) {
    throw new AssertionError({ message: message ? `${message}` : `actual: "${string}" expected to not match: "${regexp}"`, actual: string, expected: regexp, operator: "doesNotMatch" });
  }
}

function validateThrown(e, error, message, operator, validationName) {
  if (typeof error === "string") {
    if (message != null) throw invalidArgType("error", "of type object or an instance of Error, Function, or RegExp", error);
    if (typeof e === "object" && e !== null && e.message === error) {
      throw nodeError(TypeError, "ERR_AMBIGUOUS_ARGUMENT", `The "error/message" argument is ambiguous. The error message "${e.message}" is identical to the message.`);
    }
    if (e === error) throw nodeError(TypeError, "ERR_AMBIGUOUS_ARGUMENT", `The "error/message" argument is ambiguous. The error "${e}" is identical to the message.`);
    message = error;
    error = undefined;
  }
  if (typeof error === "function" && error.prototype !== undefined && (error === Error || error.prototype instanceof Error)) {
    if (e instanceof error) return;
    throw failed({ message: `The error is expected to be an instance of "${error.name}". Received "${e?.constructor?.name}"\n\nError message:\n\n${e?.message}`, actual: e, expected: error, operator }, true);
  }
  if (typeof error === "function") {
    const received = error(e);
    if (received === true) return;
    throw failed({ message: `The ${validationName ? `"${validationName}" validation` : "validation"} function is expected to return "true". Received ${inspect(received)}\n\nCaught error:\n\n${e}`, actual: e, expected: error, operator }, true);
  }
  if (error instanceof RegExp) {
    if (error.test(String(e))) return;
    throw failed({ message: `The input did not match the regular expression ${error}. Input:\n\n'${String(e)}'\n`, actual: e, expected: error, operator }, true);
  }
  if (typeof error === "object" && error !== null) {
    const keys = Object.keys(error);
    if (error instanceof Error) keys.push("name", "message");
    for (const k of keys) {
      let problem;
      if (e == null) problem = "object is expected to thrown, but got null";
      else if (typeof e === "string") problem = `object is expected to thrown, but got string: ${e}`;
      else if (typeof e === "number") problem = `object is expected to thrown, but got number: ${e}`;
      else if (!(k in e)) problem = `A key in the expected object is missing: ${k}`;
      if (problem) throw failed({ message: message || problem, actual: e, expected: error, operator }, message == null);
      if (typeof e[k] === "string" && error[k] instanceof RegExp) match(e[k], error[k]);
      else deepStrictEqual(e[k], error[k]);
    }
    return;
  }
  if (error === undefined) return;
  throw failed({ message: `Invalid expectation: ${error}`, operator }, true);
}

function checkExpectation(error, message) {
  if (typeof error === "object" && error !== null && Object.getPrototypeOf(error) === Object.prototype && Object.keys(error).length === 0) {
    throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", "The argument 'error' may not be an empty object. Received {}");
  }
  const allowed = error instanceof RegExp || typeof error === "function" || error instanceof Error || typeof error === "object" || (typeof message !== "string" && (error === undefined || typeof error === "string"));
  if (!allowed) throw invalidArgType("error", "of type object or an instance of Function, Error, or RegExp", error);
}

function missingMessage(kind, error, message) {
  if (message) {
    return typeof error === "function" && error.name ? `Missing expected ${kind} (${error.name}): ${message}` : `Missing expected ${kind}: ${message}`;
  }
  if (typeof error === "string") return `Missing expected ${kind}: ${error}`;
  if (typeof error === "function" && error.prototype !== undefined) return `Missing expected ${kind} (${error.name}).`;
  return `Missing expected ${kind}.`;
}

export function throws(fn, error, message) {
  if (typeof fn !== "function") throw invalidArgType("fn", "of type function", fn);
  checkExpectation(error, message);
  try {
    fn();
  } catch (e) {
    validateThrown(e, error, message, "throws");
    return;
  }
  throw new AssertionError({ message: missingMessage("exception", error, message), operator: "throws", actual: undefined, expected: typeof error === "string" ? undefined : error });
}

export function doesNotThrow(fn, expected, message) {
  if (typeof fn !== "function") throw invalidArgType("fn", "of type function", fn);
  try { fn(); } catch (e) { unwanted(e, expected, message, "doesNotThrow"); }
}

function isThenable(value) { return value instanceof Promise || (value != null && typeof value.then === "function"); }

function promiseOf(asyncFn) {
  if (typeof asyncFn === "function") {
    const value = asyncFn();
    if (!isThenable(value)) throw nodeError(TypeError, "ERR_INVALID_RETURN_VALUE", `Expected instance of Promise to be returned from the "promiseFn" function but got ${returnedType(value)}.`);
    return value;
  }
  if (!isThenable(asyncFn)) throw invalidArgType("promiseFn", "of type function or an instance of Promise", asyncFn);
  return asyncFn;
}

export async function rejects(asyncFn, error, message) {
  const promise = promiseOf(asyncFn);
  let rejected = false;
  let reason;
  await promise.then(() => {}, (e) => { rejected = true; reason = e; });
  if (!rejected) throw failed({ message: missingMessage("rejection", error, typeof error === "string" ? undefined : undefined), operator: "rejects" }, true);
  validateThrown(reason, error, message, "rejects", "validate");
}

export async function doesNotReject(asyncFn, error, message) {
  const promise = promiseOf(asyncFn);
  await promise.then(() => {}, (e) => unwanted(e, error, message, "doesNotReject"));
}

function unwanted(e, expected, message, operator) {
  if (typeof expected === "string") {
    throw new AssertionError({ message: `Got unwanted exception: ${expected}\nActual message: "${e?.message}"`, operator });
  }
  if (typeof expected === "function" && expected.prototype !== undefined) {
    if (e instanceof expected) {
      throw new AssertionError({ message: `Got unwanted exception: ${e.constructor?.name}${message ? ` ${message}` : ""}`, operator });
    }
    if (!(expected.prototype instanceof Error) && expected(e) === true) {
      throw new AssertionError({ message: `Got unwanted rejection.\nActual message: "${e?.message}"${message ? ` ${message}` : ""}`, operator });
    }
    throw e;
  }
  throw new AssertionError({ message: `Got unwanted exception${message ? `: ${message}` : "."}\nActual message: "${e ? e.message : String(e)}"`, operator });
}

export function ifError(err) {
  if (err === null || err === undefined) return;
  let message = "ifError got unwanted exception: ";
  if (typeof err === "object" && typeof err.message === "string") message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  else message += inspect(err);
  throw new AssertionError({ actual: err, expected: null, operator: "ifError", message });
}

export function partialDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs("actual", "expected");
  if (partiallyEqual(actual, expected)) return;
  throw new AssertionError({ message: message ? `${message}` : "Expected actual to be partially deeply strictly equal to expected", actual, expected, operator: "partialDeepStrictEqual" });
}
/** How workerd names a value of the wrong type in ERR_INVALID_RETURN_VALUE: primitives with their value. */
function returnedType(value) {
  if (value === null) return "null";
  if (typeof value === "object") return `instance of ${value.constructor?.name ?? "Object"}`;
  if (value === undefined || typeof value === "function") return `type ${typeof value}`;
  return $node.describeReceived(value).slice(" Received ".length);
}
function partiallyEqual(actual, expected) {
  if (expected === null || typeof expected !== "object" || actual === null || typeof actual !== "object") return isDeepStrictEqual(actual, expected);
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    let from = 0;
    for (const item of expected) {
      const at = actual.findIndex((a, i) => i >= from && partiallyEqual(a, item));
      if (at < 0) return false;
      from = at + 1;
    }
    return true;
  }
  if (expected instanceof Set) return actual instanceof Set && [...expected].every((e) => [...actual].some((a) => partiallyEqual(a, e)));
  if (expected instanceof Map) return actual instanceof Map && [...expected].every(([k, v]) => actual.has(k) && partiallyEqual(actual.get(k), v));
  if (Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) return false;
  return Reflect.ownKeys(expected).every((k) => k in actual && partiallyEqual(actual[k], expected[k]));
}

/** The assert function with its methods: `strict` (and node:assert/strict) is the same set. */
function makeAssert(name) {
  const fn = { [name](...args) { okImpl(args); } }[name];
  Object.assign(fn, {
    AssertionError, ok, equal, notEqual, strictEqual, notStrictEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual,
    partialDeepStrictEqual, fail, match, doesNotMatch, throws, doesNotThrow, rejects, doesNotReject, ifError,
  });
  // the strict set's loose names are the strict functions themselves
  if (name === "strict") Object.assign(fn, { equal: strictEqual, notEqual: notStrictEqual, deepEqual: deepStrictEqual, notDeepEqual: notDeepStrictEqual });
  return fn;
}
export const assert = makeAssert("assert");
export const strict = makeAssert("strict");
// node:assert's `strict` member and node:assert/strict's default are distinct objects in workerd
assert.strict = makeAssert("strict");
assert.strict.strict = assert.strict;
strict.strict = strict;
