// URLPattern's implementation (urlpattern.js keeps the class): the pattern tokenizer and parser,
// one regular expression per URL component, the constructor-string parser and the matching.
// Loaded on the first URLPattern constructed.

// @imports compatFlag from core.js
// @imports URL_FAILURE from url-host.js
// @imports newUrlRecord, basicUrlParse, percentEncodeString, USERINFO_SET, S, serializePath, toUSVString, hasOpaquePath, SPECIAL_SCHEMES from url.js
// @exports compilePattern, matchUrlPattern

/**
 * Whether this worker has the current URL Pattern Standard (urlpattern_standard, 2025-05-01):
 * components a pattern does not give are wildcards and inherit less from a base URL, default ports
 * drop, unmatched groups are undefined, hasRegExpGroups exists and errors carry no detail. Before,
 * workerd's earlier edition (recorded).
 */
function standardPatterns() {
  return compatFlag("urlpattern_standard", "2025-05-01", "urlpattern_original");
}

const URL_PATTERN_COMPONENTS = ["protocol", "username", "password", "hostname", "port", "pathname", "search", "hash"];

function patternError(detail) {
  return new TypeError(`Syntax error in URL Pattern: ${detail}`);
}

/** A component that does not canonicalize: workerd reports it without detail. */
function canonicalizationError() {
  return new TypeError("Syntax error in URL Pattern");
}

// ---- tokenizer

const NAME_START = /[\p{ID_Start}$_]/u;
const NAME_PART = /[\p{ID_Continue}$\u200c\u200d]/u;

function tokenizePattern(input, lenient) {
  const cps = Array.from(input);
  const tokens = [];
  // token indexes are code-unit offsets into input, so that substring works
  const offsets = [];
  let off = 0;
  for (const cp of cps) { offsets.push(off); off += cp.length; }
  offsets.push(off);
  let i = 0;
  const add = (type, next, value) => { tokens.push({ type, index: offsets[i], value }); i = next; };
  const fail = (next, detail) => {
    if (!lenient) throw patternError(detail);
    add("invalid-char", next, cps.slice(i, Math.max(next, i + 1)).join(""));
  };
  while (i < cps.length) {
    const c = cps[i];
    if (c === "*") { add("asterisk", i + 1, c); continue; }
    if (c === "+" || c === "?") { add("other-modifier", i + 1, c); continue; }
    if (c === "\\") {
      if (i === cps.length - 1) { fail(i + 1, `trailing escape character at ${i}`); continue; }
      add("escaped-char", i + 2, cps[i + 1]);
      continue;
    }
    if (c === "{") { add("open", i + 1, c); continue; }
    if (c === "}") { add("close", i + 1, c); continue; }
    if (c === ":") {
      let p = i + 1;
      while (p < cps.length && (p === i + 1 ? NAME_START : NAME_PART).test(cps[p])) p++;
      if (p === i + 1) { fail(i + 1, `invalid name start at ${i}`); continue; }
      add("name", p, cps.slice(i + 1, p).join(""));
      continue;
    }
    if (c === "(") {
      let depth = 1, p = i + 1, error = null;
      const start = p;
      while (p < cps.length) {
        const x = cps[p];
        if (x.codePointAt(0) > 0x7f) { error = `invalid character in regex at ${p}`; break; }
        if (p === start && x === "?") { error = `invalid regex character at ${p}`; break; }
        if (x === "\\") {
          if (p === cps.length - 1 || cps[p + 1].codePointAt(0) > 0x7f) { error = `invalid escape in regex at ${p}`; break; }
          p += 2;
          continue;
        }
        if (x === ")") {
          depth--;
          if (depth === 0) { p++; break; }
        } else if (x === "(") {
          depth++;
          // workerd names the "(" ending the input, else the code point after it (recorded)
          if (p === cps.length - 1) { error = `invalid group in regex at ${p}`; break; }
          if (cps[p + 1] !== "?") { error = `invalid group in regex at ${p + 1}`; break; }
        }
        p++;
      }
      // workerd: a "(" ending the input is a bad start; a group left open, a bad segment
      if (error === null && depth !== 0) error = start === cps.length ? `invalid regex start at ${i}` : `invalid regex segment at ${start}`;
      if (error === null && p - start - 1 === 0) error = `empty regex at ${i}`;
      if (error !== null) { fail(i + 1, error); continue; }
      add("regexp", p, cps.slice(start, p - 1).join(""));
      continue;
    }
    add("char", i + 1, c);
  }
  tokens.push({ type: "end", index: offsets[cps.length], value: "" });
  return tokens;
}

// ---- pattern parser

const escapeRegexpString = (s) => s.replace(/[.+*?^${}()[\]|/\\]/g, "\\$&");
const escapePatternString = (s) => s.replace(/[+*?:{}()\\]/g, "\\$&");
const MODIFIERS = { "?": "optional", "*": "zero-or-more", "+": "one-or-more" };
const MODIFIER_TEXT = { none: "", optional: "?", "zero-or-more": "*", "one-or-more": "+" };
const segmentWildcardRegexp = (options) => `[^${escapeRegexpString(options.delimiter)}]+?`;

function parsePatternString(input, options, encode) {
  const tokens = tokenizePattern(input, false);
  const parts = [];
  let pending = "", index = 0, nextNumericName = 0;
  const segmentWildcard = segmentWildcardRegexp(options);
  const tryConsume = (type) => {
    const token = tokens[index];
    if (token.type !== type) return null;
    index++;
    return token;
  };
  const tryConsumeModifier = () => tryConsume("other-modifier") ?? tryConsume("asterisk");
  const consumeRequired = (type) => {
    const token = tryConsume(type);
    if (token === null) throw patternError(`Missing required ${type} token`); // workerd's words (recorded)
    return token;
  };
  const consumeText = () => {
    let text = "";
    for (;;) {
      const token = tryConsume("char") ?? tryConsume("escaped-char");
      if (token === null) return text;
      text += token.value;
    }
  };
  const flushPending = () => {
    if (pending === "") return;
    parts.push({ type: "fixed", value: encode(pending), modifier: "none" });
    pending = "";
  };
  const addPart = (prefix, nameToken, regexpToken, suffix, modifierToken) => {
    const modifier = modifierToken ? MODIFIERS[modifierToken.value] : "none";
    if (!nameToken && !regexpToken && modifier === "none") { pending += prefix; return; }
    flushPending();
    if (!nameToken && !regexpToken) {
      if (prefix === "") return;
      parts.push({ type: "fixed", value: encode(prefix), modifier });
      return;
    }
    let value;
    if (!regexpToken) value = segmentWildcard;
    else if (regexpToken.type === "asterisk") value = ".*";
    else value = regexpToken.value;
    let type = "regexp";
    if (value === segmentWildcard) { type = "segment-wildcard"; value = ""; }
    else if (value === ".*") { type = "full-wildcard"; value = ""; }
    const name = nameToken ? nameToken.value : String(nextNumericName++);
    if (parts.some((p) => p.name === name)) throw patternError(`Duplicated part names [${name}]`);
    parts.push({ type, value, modifier, name, prefix: encode(prefix), suffix: encode(suffix) });
  };
  while (index < tokens.length) {
    const charToken = tryConsume("char");
    const nameToken = tryConsume("name");
    let regexpToken = tryConsume("regexp");
    if (!nameToken && !regexpToken) regexpToken = tryConsume("asterisk");
    if (nameToken || regexpToken) {
      let prefix = charToken ? charToken.value : "";
      if (prefix !== options.prefix) { pending += prefix; prefix = ""; }
      flushPending();
      addPart(prefix, nameToken, regexpToken, "", tryConsumeModifier());
      continue;
    }
    const fixedToken = charToken ?? tryConsume("escaped-char");
    if (fixedToken) { pending += fixedToken.value; continue; }
    if (tryConsume("open")) {
      const prefix = consumeText();
      const groupName = tryConsume("name");
      let groupRegexp = tryConsume("regexp");
      if (!groupName && !groupRegexp) groupRegexp = tryConsume("asterisk");
      const suffix = consumeText();
      consumeRequired("close");
      addPart(prefix, groupName, groupRegexp, suffix, tryConsumeModifier());
      continue;
    }
    flushPending();
    consumeRequired("end");
  }
  return parts;
}

function partsToRegexp(parts, options) {
  let result = "^";
  const names = [];
  for (const part of parts) {
    const mod = MODIFIER_TEXT[part.modifier];
    if (part.type === "fixed") {
      result += part.modifier === "none" ? escapeRegexpString(part.value) : `(?:${escapeRegexpString(part.value)})${mod}`;
      continue;
    }
    names.push(part.name);
    const value = part.type === "segment-wildcard" ? segmentWildcardRegexp(options) : part.type === "full-wildcard" ? ".*" : part.value;
    if (part.prefix === "" && part.suffix === "") {
      result += part.modifier === "none" || part.modifier === "optional" ? `(${value})${mod}` : `((?:${value})${mod})`;
      continue;
    }
    const prefix = escapeRegexpString(part.prefix), suffix = escapeRegexpString(part.suffix);
    if (part.modifier === "none" || part.modifier === "optional") {
      result += `(?:${prefix}(${value})${suffix})${mod}`;
      continue;
    }
    result += `(?:${prefix}((?:${value})(?:${suffix}${prefix}(?:${value}))*)${suffix})`;
    if (part.modifier === "zero-or-more") result += "?";
  }
  return { source: result + "$", names };
}

const isCustomName = (name) => !/^[0-9]/.test(name);

function partsToPatternString(parts, options) {
  let result = "";
  parts.forEach((part, i) => {
    const previous = parts[i - 1] ?? null, next = parts[i + 1] ?? null;
    const mod = MODIFIER_TEXT[part.modifier];
    if (part.type === "fixed") {
      result += part.modifier === "none" ? escapePatternString(part.value) : `{${escapePatternString(part.value)}}${mod}`;
      return;
    }
    const custom = isCustomName(part.name);
    let grouping = part.suffix !== "" || (part.prefix !== "" && part.prefix !== options.prefix);
    if (!grouping && custom && part.type === "segment-wildcard" && part.modifier === "none" && next && next.prefix === "" && next.suffix === "") {
      grouping = next.type === "fixed" ? NAME_PART.test(Array.from(next.value)[0] ?? "") : !isCustomName(next.name);
    }
    if (!grouping && part.prefix === "" && previous && previous.type === "fixed" && previous.value.endsWith(options.prefix) && options.prefix !== "") grouping = true;
    if (grouping) result += "{";
    result += escapePatternString(part.prefix);
    if (custom) result += ":" + part.name;
    if (part.type === "regexp") result += `(${part.value})`;
    else if (part.type === "segment-wildcard" && !custom) result += `(${segmentWildcardRegexp(options)})`;
    else if (part.type === "full-wildcard") {
      if (!custom && (!previous || previous.type === "fixed" || previous.modifier !== "none" || grouping || part.prefix !== "")) result += "*";
      else result += "(.*)";
    }
    if (part.type === "segment-wildcard" && custom && part.suffix !== "" && NAME_PART.test(Array.from(part.suffix)[0])) result += "\\";
    result += escapePatternString(part.suffix);
    if (grouping) result += "}";
    result += mod;
  });
  return result;
}

const DEFAULT_OPTIONS = { delimiter: "", prefix: "" };
const HOSTNAME_OPTIONS = { delimiter: ".", prefix: "" };
const PATHNAME_OPTIONS = { delimiter: "/", prefix: "/" };

function compileComponent(input, encode, options, ignoreCase = false) {
  const parts = parsePatternString(input, options, encode);
  const { source, names } = partsToRegexp(parts, options);
  let regexp;
  // a regexp group the engine refuses: workerd's message names neither the group nor the reason
  try { regexp = new RegExp(source, ignoreCase ? "ui" : "u"); } catch (e) { throw new TypeError("Invalid regular expression syntax."); }
  return { pattern: partsToPatternString(parts, options), regexp, names, hasRegExp: parts.some((p) => p.type === "regexp") };
}

// ---- canonicalization (the encoding callbacks)

function dummyRecord(scheme = "fake") {
  const record = newUrlRecord();
  record.scheme = scheme;
  return record;
}

const canonicalizeProtocol = (value) => {
  if (value === "") return value;
  const record = basicUrlParse(value + "://dummy.test", null);
  if (record === URL_FAILURE) throw canonicalizationError();
  return record.scheme;
};
const canonicalizeUsername = (value) => percentEncodeString(value, USERINFO_SET);
const canonicalizePassword = (value) => percentEncodeString(value, USERINFO_SET);
const canonicalizeHostname = (value) => {
  if (value === "") return value;
  const record = dummyRecord("fake");
  record.host = "";
  if (basicUrlParse(value, null, record, S.HOSTNAME) === URL_FAILURE) throw canonicalizationError();
  return record.host ?? "";
};
const canonicalizeIpv6Hostname = (value) => {
  if (!/^[0-9a-fA-F:[\]]*$/.test(value)) throw canonicalizationError();
  return value.toLowerCase();
};
const canonicalizePort = (protocol) => (value) => {
  if (value === "") return value;
  const record = dummyRecord(protocol ?? "fake");
  record.host = "dummy.test";
  if (basicUrlParse(value, null, record, S.PORT) === URL_FAILURE || !/^[0-9]+$/.test(value)) throw canonicalizationError();
  return record.port === null ? "" : String(record.port);
};
const canonicalizePathname = (value) => {
  if (value === "") return value;
  const leadingSlash = value[0] === "/";
  const record = dummyRecord("fake");
  record.scheme = "http";
  record.host = "dummy.test";
  basicUrlParse(leadingSlash ? value : "/-" + value, null, record, S.PATH_START);
  const path = serializePath(record);
  return leadingSlash ? path : path.slice(2);
};
const canonicalizeOpaquePathname = (value) => {
  if (value === "") return value;
  const record = dummyRecord("fake");
  record.path = "";
  basicUrlParse(value, null, record, S.OPAQUE_PATH);
  return record.path;
};
const canonicalizeSearch = (value) => {
  if (value === "") return value;
  const record = dummyRecord("fake");
  record.query = "";
  basicUrlParse(value, null, record, S.QUERY);
  return record.query;
};
const canonicalizeHash = (value) => {
  if (value === "") return value;
  const record = dummyRecord("fake");
  record.fragment = "";
  basicUrlParse(value, null, record, S.FRAGMENT);
  return record.fragment;
};

// ---- URLPatternInit processing

const isAbsolutePathname = (input, type) => {
  if (input.startsWith("/")) return true;
  if (type === "url") return false;
  return input.startsWith("\\/") || input.startsWith("{/");
};

function processInit(init, type, defaults, standard = false) {
  const result = { ...defaults };
  let baseRecord = null;
  const has = (key) => init[key] !== undefined && init[key] !== null;
  const str = (key) => toUSVString(init[key]);
  const base = (value) => (type === "pattern" ? escapePatternString(value) : value);
  if (has("baseURL") && standard) {
    // the current standard: a component comes from the base URL only when the init gives none
    // before it; username and password never do for a pattern
    baseRecord = basicUrlParse(str("baseURL"), null);
    if (baseRecord === URL_FAILURE) throw canonicalizationError();
    const given = (...keys) => keys.some(has);
    if (!has("protocol")) result.protocol = base(baseRecord.scheme);
    if (type !== "pattern" && !given("protocol", "hostname", "port", "username")) result.username = base(baseRecord.username);
    if (type !== "pattern" && !given("protocol", "hostname", "port", "username", "password")) result.password = base(baseRecord.password);
    if (!given("protocol", "hostname")) result.hostname = base(baseRecord.host ?? "");
    if (!given("protocol", "hostname", "port")) result.port = baseRecord.port === null ? "" : String(baseRecord.port);
    if (!given("protocol", "hostname", "port", "pathname")) result.pathname = base(serializePath(baseRecord));
    if (!given("protocol", "hostname", "port", "pathname", "search")) result.search = base(baseRecord.query ?? "");
    if (!given("protocol", "hostname", "port", "pathname", "search", "hash")) result.hash = base(baseRecord.fragment ?? "");
  } else if (has("baseURL")) {
    // workerd follows the earlier edition of the standard: every component comes from the base
    // URL first, then the init's own components replace them.
    baseRecord = basicUrlParse(str("baseURL"), null);
    // a pattern's base URL that does not parse has workerd's own message (recorded)
    if (baseRecord === URL_FAILURE) throw type === "pattern" ? new TypeError("Invalid base URL.") : canonicalizationError();
    result.protocol = base(baseRecord.scheme);
    result.username = base(baseRecord.username);
    result.password = base(baseRecord.password);
    result.hostname = base(baseRecord.host ?? "");
    result.port = baseRecord.port === null ? "" : String(baseRecord.port);
    result.pathname = base(serializePath(baseRecord));
    result.search = base(baseRecord.query ?? "");
    result.hash = base(baseRecord.fragment ?? "");
  }
  const url = type === "url";
  if (has("protocol")) {
    const value = str("protocol").replace(/:$/, "");
    result.protocol = url ? canonicalizeProtocol(value) : value;
  }
  if (has("username")) result.username = url ? canonicalizeUsername(str("username")) : str("username");
  if (has("password")) result.password = url ? canonicalizePassword(str("password")) : str("password");
  if (has("hostname")) result.hostname = url ? canonicalizeHostname(str("hostname")) : str("hostname");
  if (has("port")) result.port = url ? canonicalizePort(result.protocol)(str("port")) : str("port");
  if (has("pathname")) {
    let pathname = str("pathname");
    if (baseRecord !== null && !hasOpaquePath(baseRecord) && !isAbsolutePathname(pathname, type)) {
      const basePath = base(serializePath(baseRecord));
      const slash = basePath.lastIndexOf("/");
      if (slash >= 0) pathname = basePath.slice(0, slash + 1) + pathname;
    }
    if (url) {
      const special = result.protocol === undefined || result.protocol === "" || Object.prototype.hasOwnProperty.call(SPECIAL_SCHEMES, result.protocol);
      pathname = special ? canonicalizePathname(pathname) : canonicalizeOpaquePathname(pathname);
    }
    result.pathname = pathname;
  }
  if (has("search")) {
    const value = str("search").replace(/^\?/, "");
    result.search = url ? canonicalizeSearch(value) : value;
  }
  if (has("hash")) {
    const value = str("hash").replace(/^#/, "");
    result.hash = url ? canonicalizeHash(value) : value;
  }
  return result;
}

// ---- constructor string parser

function protocolMatchesSpecialScheme(component) {
  return Object.keys(SPECIAL_SCHEMES).some((scheme) => component.regexp.test(scheme));
}

function parseConstructorString(input, standard = false) {
  const tokens = tokenizePattern(input, true);
  const result = {};
  let state = "init", componentStart = 0, tokenIndex = 0, tokenIncrement = 1, groupDepth = 0, ipv6Depth = 0, special = false;
  const safe = (i) => tokens[Math.min(i, tokens.length - 1)];
  const isChar = (i, value) => {
    const token = safe(i);
    return token.value === value && (token.type === "char" || token.type === "escaped-char" || token.type === "invalid-char");
  };
  const isSearchPrefix = () => {
    if (isChar(tokenIndex, "?")) return true;
    if (tokens[tokenIndex].value !== "?") return false;
    if (tokenIndex - 1 < 0) return true;
    const previous = safe(tokenIndex - 1);
    return !["name", "regexp", "close", "asterisk"].includes(previous.type);
  };
  const componentString = () => input.slice(safe(componentStart).index, tokens[tokenIndex].index);
  const rewind = () => { tokenIndex = componentStart; tokenIncrement = 0; };
  const rewindAndSet = (next) => { rewind(); state = next; };
  const changeState = (next, skip) => {
    if (state !== "init" && state !== "authority" && state !== "done") result[state] = componentString();
    if (state !== "init" && next !== "done") {
      const early = ["protocol", "authority", "username", "password"];
      if (early.includes(state) && ["port", "pathname", "search", "hash"].includes(next) && result.hostname === undefined) result.hostname = "";
      if ([...early, "hostname", "port"].includes(state) && ["search", "hash"].includes(next) && result.pathname === undefined) result.pathname = special ? "/" : "";
      if ([...early, "hostname", "port", "pathname"].includes(state) && next === "hash" && result.search === undefined) result.search = "";
    }
    state = next;
    tokenIndex += skip;
    componentStart = tokenIndex;
    tokenIncrement = 0;
  };
  while (tokenIndex < tokens.length) {
    tokenIncrement = 1;
    const token = tokens[tokenIndex];
    if (token.type === "end") {
      if (state === "init") {
        rewind();
        if (isChar(tokenIndex, "#")) changeState("hash", 1);
        else if (isSearchPrefix()) changeState("search", 1);
        else changeState("pathname", 0);
        tokenIndex += tokenIncrement;
        continue;
      }
      if (state === "authority") {
        rewindAndSet("hostname");
        tokenIndex += tokenIncrement;
        continue;
      }
      changeState("done", 0);
      break;
    }
    if (token.type === "open") {
      groupDepth++;
      tokenIndex += tokenIncrement;
      continue;
    }
    if (groupDepth > 0) {
      if (token.type === "close") groupDepth--;
      else { tokenIndex += tokenIncrement; continue; }
    }
    switch (state) {
      case "init":
        if (isChar(tokenIndex, ":")) {
          // An absolute pattern: in the earlier edition the components it does not mention match
          // only the empty string (the standard leaves them wildcards).
          if (!standard) for (const c of URL_PATTERN_COMPONENTS) if (c !== "protocol") result[c] = "";
          rewindAndSet("protocol");
        }
        break;
      case "protocol":
        if (isChar(tokenIndex, ":")) {
          const protocol = compileComponent(componentString(), canonicalizeProtocol, DEFAULT_OPTIONS);
          special = protocolMatchesSpecialScheme(protocol);
          let next = "pathname", skip = 1;
          if (isChar(tokenIndex + 1, "/") && isChar(tokenIndex + 2, "/")) { next = "authority"; skip = 3; }
          else if (special) next = "authority";
          changeState(next, skip);
        }
        break;
      case "authority":
        if (isChar(tokenIndex, "@")) rewindAndSet("username");
        else if (isChar(tokenIndex, "/") || isSearchPrefix() || isChar(tokenIndex, "#")) rewindAndSet("hostname");
        break;
      case "username":
        if (isChar(tokenIndex, ":")) changeState("password", 1);
        else if (isChar(tokenIndex, "@")) changeState("hostname", 1);
        break;
      case "password":
        if (isChar(tokenIndex, "@")) changeState("hostname", 1);
        break;
      case "hostname":
        if (isChar(tokenIndex, "[")) ipv6Depth++;
        else if (isChar(tokenIndex, "]")) ipv6Depth--;
        else if (isChar(tokenIndex, ":") && ipv6Depth === 0) changeState("port", 1);
        else if (isChar(tokenIndex, "/")) changeState("pathname", 0);
        else if (isSearchPrefix()) changeState("search", 1);
        else if (isChar(tokenIndex, "#")) changeState("hash", 1);
        break;
      case "port":
        if (isChar(tokenIndex, "/")) changeState("pathname", 0);
        else if (isSearchPrefix()) changeState("search", 1);
        else if (isChar(tokenIndex, "#")) changeState("hash", 1);
        break;
      case "pathname":
        if (isSearchPrefix()) changeState("search", 1);
        else if (isChar(tokenIndex, "#")) changeState("hash", 1);
        break;
      case "search":
        if (isChar(tokenIndex, "#")) changeState("hash", 1);
        break;
    }
    tokenIndex += tokenIncrement;
  }
  if (result.hostname !== undefined && result.port === undefined) result.port = "";
  return result;
}

/** The compiled components of `new URLPattern(input, baseURL, options)`. */
function compilePattern(input, baseURL, options) {
  if (!standardPatterns()) return compileEdition(input, baseURL, options, false);
  try {
    return compileEdition(input, baseURL, options, true);
  } catch {
    throw new TypeError("Failed to construct URLPattern");
  }
}

function compileEdition(input, baseURL, options, standard) {
  if (typeof baseURL === "object" && baseURL !== null && options === undefined) { options = baseURL; baseURL = undefined; }
  let init;
  // a primitive other than a string is read as its string (workerd, recorded)
  if (typeof input === "number" || typeof input === "boolean" || typeof input === "bigint") input = String(input);
  if (typeof input === "string") {
    init = parseConstructorString(input, standard);
    if (baseURL === undefined && init.protocol === undefined) throw patternError("a relative pattern must have a base URL.");
    if (baseURL !== undefined) {
      init.baseURL = toUSVString(baseURL);
      // the earlier edition: what follows the string's last component matches only the empty
      // string instead of coming from the base URL (recorded)
      if (!standard) {
        const last = URL_PATTERN_COMPONENTS.findLastIndex((c) => init[c] !== undefined);
        if (last >= 0) for (const c of URL_PATTERN_COMPONENTS.slice(last + 1)) init[c] = "";
      }
    }
  } else if (input === null || typeof input === "object") {
    if (standard && baseURL !== undefined) throw new TypeError("A baseURL is not allowed when input is an object.");
    // WebIDL reads null as the empty dictionary (recorded)
    init = input ?? {};
  } else {
    throw new TypeError("Failed to construct 'URLPattern': constructor parameter 1 is not of type 'URLPatternInit or string'.");
  }
  const processed = processInit(init, "pattern", {}, standard);
  for (const c of URL_PATTERN_COMPONENTS) if (processed[c] === undefined) processed[c] = "*";
  // the standard drops a special scheme's default port
  if (standard && Object.prototype.hasOwnProperty.call(SPECIAL_SCHEMES, processed.protocol) && String(SPECIAL_SCHEMES[processed.protocol]) === processed.port) processed.port = "";
  const ignoreCase = !!options?.ignoreCase;
  const components = {};
  components.protocol = compileComponent(processed.protocol, canonicalizeProtocol, DEFAULT_OPTIONS);
  components.username = compileComponent(processed.username, canonicalizeUsername, DEFAULT_OPTIONS);
  components.password = compileComponent(processed.password, canonicalizePassword, DEFAULT_OPTIONS);
  const ipv6 = /^(\[|\{\[|\\\[)/.test(processed.hostname);
  components.hostname = compileComponent(processed.hostname, ipv6 ? canonicalizeIpv6Hostname : canonicalizeHostname, HOSTNAME_OPTIONS);
  components.port = compileComponent(processed.port, canonicalizePort(undefined), DEFAULT_OPTIONS);
  components.pathname = protocolMatchesSpecialScheme(components.protocol)
    ? compileComponent(processed.pathname, canonicalizePathname, PATHNAME_OPTIONS, ignoreCase)
    : compileComponent(processed.pathname, canonicalizeOpaquePathname, DEFAULT_OPTIONS, ignoreCase);
  components.search = compileComponent(processed.search, canonicalizeSearch, DEFAULT_OPTIONS, ignoreCase);
  components.hash = compileComponent(processed.hash, canonicalizeHash, DEFAULT_OPTIONS, ignoreCase);
  return components;
}

function matchUrlPattern(components, input, baseURL, method = "test") {
  if (!standardPatterns()) return matchEdition(components, input, baseURL, false);
  try {
    return matchEdition(components, input, baseURL, true);
  } catch {
    throw new TypeError(`Failed to ${method} URLPattern`);
  }
}

function matchEdition(components, input, baseURL, standard) {
  const values = {};
  const inputs = [input];
  if (typeof input === "object" && input !== null) {
    if (baseURL !== undefined) throw new TypeError("A baseURL is not allowed when input is an object.");
    let processed;
    try { processed = processInit(input, "url", Object.fromEntries(URL_PATTERN_COMPONENTS.map((c) => [c, ""])), standard); } catch { return null; }
    Object.assign(values, processed);
  } else {
    const text = toUSVString(input);
    let base;
    if (baseURL !== undefined) {
      inputs.push(toUSVString(baseURL));
      base = basicUrlParse(toUSVString(baseURL), null);
      if (base === URL_FAILURE) return null;
    }
    const record = basicUrlParse(text, base ?? null);
    if (record === URL_FAILURE) return null;
    values.protocol = record.scheme;
    values.username = record.username;
    values.password = record.password;
    values.hostname = record.host ?? "";
    values.port = record.port === null ? "" : String(record.port);
    values.pathname = serializePath(record);
    values.search = record.query ?? "";
    values.hash = record.fragment ?? "";
  }
  const result = { inputs };
  for (const c of URL_PATTERN_COMPONENTS) {
    const component = components[c];
    const value = values[c] ?? "";
    const match = component.regexp.exec(value);
    if (match === null) return null;
    const groups = {};
    component.names.forEach((name, i) => { groups[name] = standard ? match[i + 1] : match[i + 1] ?? ""; });
    result[c] = { input: value, groups };
  }
  return result;
}
