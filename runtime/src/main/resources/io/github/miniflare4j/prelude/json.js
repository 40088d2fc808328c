// JSON.parse with the SyntaxError messages of V8, which is what workerd reports (GraalJS words
// them differently). GraalJS parses; only when it fails does a scanner that follows V8's
// JsonParser walk the text to find V8's message. Use jsonParse() wherever the prelude parses
// JSON on a script's behalf (KV get type "json", Body.json()).

// @exports jsonParse, v8JsonErrorMessage

const graalJsonParse = JSON.parse;

/** JSON.parse(text, reviver), failing with V8's message. */
function jsonParse(text, reviver) {
  try {
    return graalJsonParse(text, reviver);
  } catch (e) {
    if (e instanceof SyntaxError) {
      const message = v8JsonErrorMessage(String(text));
      if (message !== null) throw new SyntaxError(message);
    }
    throw e;
  }
}

class JsonFailure {
  constructor(message) { this.message = message; }
}

/**
 * V8's message for an invalid JSON text, or null if V8 would accept it. With `raw`, the text is
 * what JSON.rawJSON takes: one primitive value with nothing before or after it.
 */
function v8JsonErrorMessage(src, raw = false) {
  const n = src.length;
  let i = 0;
  if (raw && n === 0) return "Invalid value for JSON.rawJSON";
  const isDigit = (c) => c >= "0" && c <= "9";
  const isHex = (c) => /^[0-9a-fA-F]$/.test(c);
  const location = (pos) => {
    let line = 1;
    let lineStart = 0;
    for (let c = 0; c < pos; c++) {
      if (src[c] === "\r" && c < pos - 1 && src[c + 1] === "\n") c++;
      if (src[c] === "\r" || src[c] === "\n") {
        line++;
        lineStart = c + 1;
      }
    }
    return `at position ${pos} (line ${line} column ${pos - lineStart + 1})`;
  };
  // "after JSON at position", every other message "in JSON at position"
  const failAt = (pos, what) => {
    throw new JsonFailure(`${what}${what.endsWith("after JSON") ? "" : " in JSON"} ${location(pos)}`);
  };
  const unexpected = (pos) => {
    if (pos >= n) throw new JsonFailure("Unexpected end of JSON input");
    const c = src[pos];
    if (c === "\"") failAt(pos, "Unexpected string");
    if (c === "-" || isDigit(c)) failAt(pos, "Unexpected number");
    if (src === "undefined" || src === "NaN" || src === "Infinity" || src === "[object Object]") {
      throw new JsonFailure(`"${src}" is not valid JSON`);
    }
    let shown;
    if (n < 21) shown = `"${src}"`;
    else if (pos < 10) shown = `"${src.slice(0, pos + 10)}"...`;
    else if (pos < n - 10) shown = `..."${src.slice(pos - 10, pos + 10)}"...`;
    else shown = `..."${src.slice(pos - 10)}"`;
    throw new JsonFailure(`Unexpected token '${c}', ${shown} is not valid JSON`);
  };
  const ws = () => {
    if (raw) return;
    while (i < n && (src[i] === " " || src[i] === "\t" || src[i] === "\n" || src[i] === "\r")) i++;
  };
  const literal = (word) => {
    for (let k = 1; k < word.length; k++) {
      if (i + k >= n) throw new JsonFailure("Unexpected end of JSON input");
      if (src[i + k] !== word[k]) unexpected(i + k);
    }
    i += word.length;
  };
  const digits = () => {
    while (i < n && isDigit(src[i])) i++;
  };
  const number = () => {
    if (src[i] === "-") {
      i++;
      if (i >= n || !isDigit(src[i])) failAt(i, "No number after minus sign");
    }
    if (src[i] === "0") {
      i++;
      if (i < n && isDigit(src[i])) failAt(i, "Unexpected number");
    } else {
      digits();
    }
    if (src[i] === ".") {
      i++;
      if (i >= n || !isDigit(src[i])) failAt(i, "Unterminated fractional number");
      digits();
    }
    if (src[i] === "e" || src[i] === "E") {
      i++;
      if (src[i] === "+" || src[i] === "-") i++;
      if (i >= n || !isDigit(src[i])) failAt(i, "Exponent part is missing a number");
      digits();
    }
  };
  const string = () => {
    i++;
    for (;;) {
      if (i >= n) failAt(n, "Unterminated string");
      const c = src.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c === 92) {
        i++;
        if (i >= n) throw new JsonFailure("Unexpected end of JSON input");
        if (src[i] === "u") {
          for (let k = 1; k <= 4; k++) {
            if (i + k >= n || !isHex(src[i + k])) failAt(i + k, "Bad Unicode escape");
          }
          i += 5;
        } else if ("\"\\/bfnrt".includes(src[i])) {
          i++;
        } else {
          failAt(i, "Bad escaped character");
        }
      } else if (c < 0x20) {
        failAt(i, "Bad control character in string literal");
      } else {
        i++;
      }
    }
  };
  const key = (message) => {
    ws();
    if (i >= n || src[i] !== "\"") failAt(i, message);
    string();
    ws();
    if (i >= n || src[i] !== ":") failAt(i, "Expected ':' after property name");
    i++;
  };
  const stack = [];
  try {
    produce: for (;;) {
      for (;;) {
        ws();
        if (i >= n) unexpected(i);
        const c = src[i];
        if (raw && (c === "{" || c === "[")) unexpected(i);
        if (c === "{") {
          i++;
          ws();
          if (src[i] === "}") {
            i++;
            break;
          }
          stack.push("{");
          key("Expected property name or '}'");
          continue;
        }
        if (c === "[") {
          i++;
          ws();
          if (src[i] === "]") {
            i++;
            break;
          }
          stack.push("[");
          continue;
        }
        if (c === "\"") string();
        else if (c === "-" || isDigit(c)) number();
        else if (c === "t") literal("true");
        else if (c === "f") literal("false");
        else if (c === "n") literal("null");
        else unexpected(i);
        break;
      }
      while (stack.length > 0) {
        ws();
        const top = stack[stack.length - 1];
        if (src[i] === ",") {
          i++;
          if (top === "{") key("Expected double-quoted property name");
          continue produce;
        }
        if (top === "{" && src[i] !== "}") failAt(i, "Expected ',' or '}' after property value");
        if (top === "[" && src[i] !== "]") failAt(i, "Expected ',' or ']' after array element");
        i++;
        stack.pop();
      }
      break;
    }
    if (raw) return i < n ? "Invalid value for JSON.rawJSON" : null;
    ws();
    if (i < n) failAt(i, "Unexpected non-whitespace character after JSON");
    return null;
  } catch (e) {
    if (e instanceof JsonFailure) return e.message;
    throw e;
  }
}

// The global JSON.parse reports V8's messages too; same name, length and attributes.
Object.defineProperty(JSON, "parse", {
  value: { parse(text, reviver) { return jsonParse(text, reviver); } }.parse,
  writable: true, enumerable: false, configurable: true,
});
