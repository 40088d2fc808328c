// URL and URLSearchParams. A compact parser covering absolute and relative URLs of the special
// schemes and opaque URLs; the complete WHATWG algorithm replaces it in the web-API work.

const SPECIAL_PORTS = { "http:": "80", "https:": "443", "ws:": "80", "wss:": "443", "ftp:": "21", "file:": "" };

const PATH_ENCODE = /[\u0000-\u0020"#<>?`{}\u007f-\uffff]/g;
const QUERY_ENCODE = /[\u0000-\u0020"#<>\u007f-\uffff]/g;
const FRAGMENT_ENCODE = /[\u0000-\u0020"<>`\u007f-\uffff]/g;
const USERINFO_ENCODE = /[\u0000-\u0020"#<>?`{}\/:;=@\[\\\]^|\u007f-\uffff]/g;

function percentEncode(text, pattern) {
  return text.replace(pattern, (c) => Array.from(utf8Encoder.encode(c), (b) => "%" + b.toString(16).toUpperCase().padStart(2, "0")).join(""));
}

function invalidUrl() {
  return new TypeError("Invalid URL string.");
}

function normalizePath(path, special) {
  const segments = path.split("/");
  const out = [];
  for (let i = 1; i < segments.length; i++) {
    const seg = segments[i];
    const lower = seg.toLowerCase();
    if (seg === ".." || lower === ".%2e" || lower === "%2e." || lower === "%2e%2e") {
      out.pop();
      if (i === segments.length - 1) out.push("");
    } else if (seg === "." || lower === "%2e") {
      if (i === segments.length - 1) out.push("");
    } else {
      out.push(seg);
    }
  }
  return "/" + out.join("/");
}

function parseUrl(input, base) {
  let text = String(input).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  const schemeMatch = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(text);
  let record;
  if (schemeMatch) {
    const protocol = schemeMatch[1].toLowerCase() + ":";
    let rest = text.slice(schemeMatch[0].length);
    const special = protocol in SPECIAL_PORTS;
    if (special) {
      if (base && base.protocol === protocol && !/^[\/\\]/.test(rest)) {
        return resolveRelative(rest, base);
      }
      rest = rest.replace(/\\/g, "/").replace(/^\/*/, "");
      return parseAuthority(protocol, rest, true);
    }
    if (rest.startsWith("//")) return parseAuthority(protocol, rest.slice(2), false);
    record = { protocol, username: "", password: "", hostname: "", port: "", pathname: "", search: "", hash: "", opaque: true };
    const hashAt = rest.indexOf("#");
    if (hashAt >= 0) { record.hash = "#" + percentEncode(rest.slice(hashAt + 1), FRAGMENT_ENCODE); rest = rest.slice(0, hashAt); }
    const queryAt = rest.indexOf("?");
    if (queryAt >= 0) { record.search = "?" + percentEncode(rest.slice(queryAt + 1), QUERY_ENCODE); rest = rest.slice(0, queryAt); }
    if (rest.startsWith("/")) { record.opaque = false; record.pathname = normalizePath(percentEncode(rest, PATH_ENCODE), false); }
    else record.pathname = percentEncode(rest, /[\u0000-\u001f\u007f-\uffff]/g);
    return record;
  }
  if (!base) throw invalidUrl();
  return resolveRelative(text, base);
}

function parseAuthority(protocol, rest, special) {
  const end = rest.search(special ? /[\/\\?#]/ : /[\/?#]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  const tail = end < 0 ? "" : rest.slice(end);
  let username = "", password = "", hostPort = authority;
  const at = authority.lastIndexOf("@");
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    hostPort = authority.slice(at + 1);
    const colon = userinfo.indexOf(":");
    username = percentEncode(colon >= 0 ? userinfo.slice(0, colon) : userinfo, USERINFO_ENCODE);
    password = colon >= 0 ? percentEncode(userinfo.slice(colon + 1), USERINFO_ENCODE) : "";
  }
  let hostname = hostPort, port = "";
  const portMatch = /:([0-9]*)$/.exec(hostPort);
  if (portMatch && !hostPort.endsWith("]")) {
    hostname = hostPort.slice(0, portMatch.index);
    port = portMatch[1];
  } else if (/:[^\]]*$/.test(hostPort) && !hostPort.startsWith("[")) {
    throw invalidUrl();
  }
  if (port !== "") {
    const n = Number(port);
    if (n > 65535) throw invalidUrl();
    port = String(n);
    if (SPECIAL_PORTS[protocol] === port) port = "";
  }
  if (special) {
    if (hostname === "" && protocol !== "file:") throw invalidUrl();
    hostname = hostname.toLowerCase();
    if (/[\u0000\t\n\r #/:<>?@\[\\\]^|%]/.test(hostname.replace(/^\[.*\]$/, ""))) throw invalidUrl();
  }
  const record = { protocol, username, password, hostname, port, pathname: "", search: "", hash: "", opaque: false };
  applyPathQueryFragment(record, tail, special);
  if (special && record.pathname === "") record.pathname = "/";
  return record;
}

function applyPathQueryFragment(record, tail, special) {
  let rest = tail;
  const hashAt = rest.indexOf("#");
  if (hashAt >= 0) { record.hash = "#" + percentEncode(rest.slice(hashAt + 1), FRAGMENT_ENCODE); rest = rest.slice(0, hashAt); }
  const queryAt = rest.indexOf("?");
  if (queryAt >= 0) {
    const q = rest.slice(queryAt + 1);
    record.search = "?" + percentEncode(q, special ? /[\u0000-\u0020"#<>'\u007f-\uffff]/g : QUERY_ENCODE);
    rest = rest.slice(0, queryAt);
  }
  if (special) rest = rest.replace(/\\/g, "/");
  if (rest !== "") record.pathname = normalizePath(percentEncode(rest, PATH_ENCODE), special);
}

function resolveRelative(text, base) {
  const special = base.protocol in SPECIAL_PORTS;
  if (base.opaque) {
    if (text.startsWith("#")) return { ...base, hash: "#" + percentEncode(text.slice(1), FRAGMENT_ENCODE) };
    throw invalidUrl();
  }
  if (special) text = text.replace(/\\/g, "/");
  if (text.startsWith("//")) return parseAuthority(base.protocol, text.slice(2), special);
  const record = { ...base, hash: "" };
  if (text === "") return record;
  if (text.startsWith("#")) { record.hash = "#" + percentEncode(text.slice(1), FRAGMENT_ENCODE); return record; }
  if (text.startsWith("?")) { record.search = ""; applyPathQueryFragment(record, text, special); record.pathname = base.pathname; return record; }
  record.search = "";
  let path;
  const queryOrHash = text.search(/[?#]/);
  const pathPart = queryOrHash < 0 ? text : text.slice(0, queryOrHash);
  if (pathPart.startsWith("/")) path = pathPart;
  else path = base.pathname.slice(0, base.pathname.lastIndexOf("/") + 1) + pathPart;
  applyPathQueryFragment(record, path + (queryOrHash < 0 ? "" : text.slice(queryOrHash)), special);
  return record;
}

function serializeUrl(r) {
  let out = r.protocol;
  if (!r.opaque || r.hostname !== "" ) {
    if (r.hostname !== "" || r.protocol === "file:" || r.username) {
      out += "//";
      if (r.username || r.password) out += r.username + (r.password ? ":" + r.password : "") + "@";
      out += r.hostname + (r.port ? ":" + r.port : "");
    }
  }
  return out + r.pathname + r.search + r.hash;
}

class URLSearchParams {
  #list = [];
  #url = null;
  constructor(init = undefined) {
    if (init == null) return;
    if (typeof init === "object" && typeof init[Symbol.iterator] === "function") {
      for (const pair of init) {
        const entry = [...pair];
        if (entry.length !== 2) throw new TypeError("Each query pair must be an iterable [name, value] tuple");
        this.#list.push([String(entry[0]), String(entry[1])]);
      }
    } else if (typeof init === "object") {
      for (const key of Object.keys(init)) this.#list.push([key, String(init[key])]);
    } else {
      this.#parse(String(init));
    }
  }
  #parse(text) {
    this.#list = [];
    if (text.startsWith("?")) text = text.slice(1);
    for (const part of text.split("&")) {
      if (part === "") continue;
      const eq = part.indexOf("=");
      const name = eq >= 0 ? part.slice(0, eq) : part;
      const value = eq >= 0 ? part.slice(eq + 1) : "";
      this.#list.push([formDecode(name), formDecode(value)]);
    }
  }
  static [kState](params, url, query) { if (url) params.#url = url; params.#parse(query); }
  #update() {
    if (!this.#url) return;
    const text = this.toString();
    this.#url[kState].search = text === "" ? "" : "?" + text;
  }
  get size() { return this.#list.length; }
  append(name, value) { this.#list.push([String(name), String(value)]); this.#update(); }
  delete(name, value) {
    name = String(name);
    this.#list = this.#list.filter(([n, v]) => !(n === name && (value === undefined || v === String(value))));
    this.#update();
  }
  get(name) { const e = this.#list.find(([n]) => n === String(name)); return e ? e[1] : null; }
  getAll(name) { return this.#list.filter(([n]) => n === String(name)).map(([, v]) => v); }
  has(name, value) { return this.#list.some(([n, v]) => n === String(name) && (value === undefined || v === String(value))); }
  set(name, value) {
    name = String(name); value = String(value);
    const i = this.#list.findIndex(([n]) => n === name);
    if (i < 0) this.#list.push([name, value]);
    else { this.#list[i][1] = value; this.#list = this.#list.filter(([n], j) => n !== name || j === i); }
    this.#update();
  }
  sort() {
    this.#list = this.#list.map((e, i) => [e, i]).sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1])).map(([e]) => e);
    this.#update();
  }
  forEach(callback, thisArg) { for (const [n, v] of this.#list) callback.call(thisArg, v, n, this); }
  keys() { return this.#list.map(([n]) => n)[Symbol.iterator](); }
  values() { return this.#list.map(([, v]) => v)[Symbol.iterator](); }
  entries() { return this.#list.map(([n, v]) => [n, v])[Symbol.iterator](); }
  [Symbol.iterator]() { return this.entries(); }
  toString() { return this.#list.map(([n, v]) => formEncode(n) + "=" + formEncode(v)).join("&"); }
  get [Symbol.toStringTag]() { return "URLSearchParams"; }
}
internals.resetSearchParams = (params, query) => URLSearchParams[kState](params, null, query);

function formEncode(text) {
  return Array.from(utf8Encoder.encode(text), (b) => {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9*\-._]/.test(c)) return c;
    if (b === 0x20) return "+";
    return "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }).join("");
}

function formDecode(text) {
  const bytes = [];
  const s = text.replace(/\+/g, " ");
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "%" && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) { bytes.push(parseInt(s.slice(i + 1, i + 3), 16)); i += 2; }
    else bytes.push(...utf8Encoder.encode(s[i]));
  }
  return utf8Decoder.decode(new Uint8Array(bytes));
}

class URL {
  #params;
  constructor(url, base = undefined) {
    if (arguments.length === 0) throw new TypeError("Failed to construct 'URL': 1 argument required, but only 0 present.");
    const baseRecord = base === undefined ? null : (base instanceof URL ? base[kState] : parseUrl(base, null));
    this[kState] = parseUrl(url, baseRecord);
    this.#params = new URLSearchParams();
    URLSearchParams[kState](this.#params, this, this[kState].search);
  }
  static canParse(url, base = undefined) {
    try { new URL(url, base); return true; } catch { return false; }
  }
  static parse(url, base = undefined) {
    try { return new URL(url, base); } catch { return null; }
  }
  get href() { return serializeUrl(this[kState]); }
  set href(value) { this[kState] = parseUrl(value, null); internals.resetSearchParams(this.#params, this[kState].search); }
  get origin() {
    const r = this[kState];
    return r.protocol in SPECIAL_PORTS && r.protocol !== "file:" ? `${r.protocol}//${this.host}` : "null";
  }
  get protocol() { return this[kState].protocol; }
  set protocol(v) { const m = /^([a-zA-Z][a-zA-Z0-9+.-]*)/.exec(String(v)); if (m) this[kState].protocol = m[1].toLowerCase() + ":"; }
  get username() { return this[kState].username; }
  set username(v) { this[kState].username = percentEncode(String(v), USERINFO_ENCODE); }
  get password() { return this[kState].password; }
  set password(v) { this[kState].password = percentEncode(String(v), USERINFO_ENCODE); }
  get host() { const r = this[kState]; return r.hostname + (r.port ? ":" + r.port : ""); }
  set host(v) { const r = parseAuthority(this[kState].protocol, String(v), this[kState].protocol in SPECIAL_PORTS); this[kState].hostname = r.hostname; this[kState].port = r.port; }
  get hostname() { return this[kState].hostname; }
  set hostname(v) { this[kState].hostname = String(v).toLowerCase(); }
  get port() { return this[kState].port; }
  set port(v) { const s = String(v); if (s === "") { this[kState].port = ""; return; } const n = parseInt(s, 10); if (n >= 0 && n <= 65535) this[kState].port = SPECIAL_PORTS[this.protocol] === String(n) ? "" : String(n); }
  get pathname() { return this[kState].pathname; }
  set pathname(v) { if (this[kState].opaque) return; let p = String(v); if (!p.startsWith("/")) p = "/" + p; this[kState].pathname = normalizePath(percentEncode(p, PATH_ENCODE), true); }
  get search() { const s = this[kState].search; return s === "?" ? "" : s; }
  set search(v) { let s = String(v); if (s.startsWith("?")) s = s.slice(1); this[kState].search = s === "" ? "" : "?" + percentEncode(s, QUERY_ENCODE); internals.resetSearchParams(this.#params, this[kState].search); }
  get searchParams() { return this.#params; }
  get hash() { const h = this[kState].hash; return h === "#" ? "" : h; }
  set hash(v) { let s = String(v); if (s.startsWith("#")) s = s.slice(1); this[kState].hash = s === "" ? "" : "#" + percentEncode(s, FRAGMENT_ENCODE); }
  toString() { return this.href; }
  toJSON() { return this.href; }
  get [Symbol.toStringTag]() { return "URL"; }
}

defineGlobal("URL", URL);
defineGlobal("URLSearchParams", URLSearchParams);
