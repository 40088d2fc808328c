// node:url — the WHATWG URL classes (the globals), the file URL helpers and the legacy API.
import { posix } from "node-internal:path";
import querystring from "node:querystring";
const { nodeError, invalidArgType } = $node;

export const URL = globalThis.URL;
export const URLSearchParams = globalThis.URLSearchParams;

export function fileURLToPath(path, options = undefined) {
  let url = path;
  if (typeof path === "string") url = new URL(path);
  else if (!(path instanceof URL)) throw invalidArgType("path", "of type string or an instance of URL", path);
  if (url.protocol !== "file:") throw nodeError(Error, "ERR_INVALID_URL_SCHEME", "The URL must be of scheme file");
  if (options?.windows) {
    const pathname = url.pathname.replace(/\//g, "\\");
    if (url.hostname !== "") return `\\\\${url.hostname}${decodeURIComponent(pathname)}`;
    return decodeURIComponent(pathname.slice(1));
  }
  if (url.hostname !== "") throw nodeError(Error, "ERR_INVALID_FILE_URL_HOST", 'File URL host must be "localhost" or empty on linux');
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) throw nodeError(Error, "ERR_INVALID_FILE_URL_PATH", "File URL path must not include encoded / characters");
  return decodeURIComponent(pathname);
}

export function pathToFileURL(filepath, options = undefined) {
  if (typeof filepath !== "string") throw invalidArgType("path", "of type string", filepath);
  let resolved = posix.resolve(filepath);
  if (filepath.endsWith("/") && !resolved.endsWith("/")) resolved += "/";
  const url = new URL("file://");
  url.pathname = resolved.replace(/%/g, "%25").replace(/\\/g, "%5C").replace(/\n/g, "%0A").replace(/\r/g, "%0D").replace(/\t/g, "%09").replace(/#/g, "%23").replace(/\?/g, "%3F");
  return url;
}

export function urlToHttpOptions(url) {
  const options = {
    protocol: url.protocol,
    hostname: url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ""}${url.search || ""}`,
    href: url.href,
  };
  if (url.port !== "") options.port = Number(url.port);
  if (url.username || url.password) options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return options;
}

export function domainToASCII(domain) {
  try { return new URL(`ws://${domain}`).hostname; } catch { return ""; }
}
export function domainToUnicode(domain) {
  const ascii = domainToASCII(domain);
  return ascii.split(".").map((label) => (label.startsWith("xn--") ? punycodeDecode(label.slice(4)) : label)).join(".");
}
function punycodeDecode(input) {
  const base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700;
  const output = [];
  let n = 128, i = 0, bias = 72;
  let basic = input.lastIndexOf("-");
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) output.push(input.charCodeAt(j));
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      const c = input.charCodeAt(index++);
      const digit = c - 48 < 10 ? c - 22 : c - 65 < 26 ? c - 65 : c - 97 < 26 ? c - 97 : base;
      i += digit * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < t) break;
      w *= base - t;
    }
    let delta = oldi === 0 ? Math.floor((i - oldi) / damp) : (i - oldi) >> 1;
    delta += Math.floor(delta / (output.length + 1));
    let k = 0;
    for (; delta > ((base - tMin) * tMax) >> 1; k += base) delta = Math.floor(delta / (base - tMin));
    bias = Math.floor(k + ((base - tMin + 1) * delta) / (delta + skew));
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** The legacy URL object of url.parse(). */
export function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}
const SLASHED = new Set(["http:", "https:", "ftp:", "gopher:", "file:", "ws:", "wss:"]);
const HOSTLESS = new Set(["javascript:"]);
const AUTO_ESCAPE = /[\t\n\r "'<>\\^`{|}]/g;
function autoEscape(text) {
  return text.replace(AUTO_ESCAPE, (ch) => (encodeURIComponent(ch) === ch ? escape(ch) : encodeURIComponent(ch)));
}

export function parse(url, parseQueryString = false, slashesDenoteHost = false) {
  if (url instanceof Url) return url;
  if (typeof url !== "string") throw invalidArgType("url", "of type string", url);
  const result = new Url();
  let rest = url.trim();
  const hashAt = rest.indexOf("#");
  if (hashAt >= 0) { result.hash = rest.slice(hashAt); rest = rest.slice(0, hashAt); }
  const queryAt = rest.indexOf("?");
  if (queryAt >= 0) { result.search = rest.slice(queryAt); result.query = rest.slice(queryAt + 1); rest = rest.slice(0, queryAt); }
  else if (parseQueryString) { result.search = null; result.query = {}; }
  rest = rest.replace(/\\/g, "/"); // backslashes before the query are slashes, as in Node
  const proto = /^([a-z0-9.+-]+:)/i.exec(rest);
  if (proto) { result.protocol = proto[1].toLowerCase(); rest = rest.slice(proto[1].length); }
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    const slashes = rest.startsWith("//");
    if (slashes && !(proto && result.protocol === "javascript:")) { rest = rest.slice(2); result.slashes = true; }
  }
  // a host follows "//", and also the colon of a protocol that never has slashes (mailto:a@b.c)
  if (result.slashes || (proto && !SLASHED.has(result.protocol) && !HOSTLESS.has(result.protocol))) {
    let hostEnd = rest.search(/[/\\]/);
    if (hostEnd < 0) hostEnd = rest.length;
    let host = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    const at = host.lastIndexOf("@");
    if (at >= 0) { result.auth = decodeURIComponent(host.slice(0, at)); host = host.slice(at + 1); }
    const port = /:([0-9]*)$/.exec(host);
    if (port) { if (port[1]) result.port = port[1]; host = host.slice(0, port.index); }
    result.hostname = host.toLowerCase();
    result.host = result.hostname + (result.port ? `:${result.port}` : "");
    if (result.hostname.startsWith("[") && result.hostname.endsWith("]")) result.hostname = result.hostname.slice(1, -1);
    if (SLASHED.has(result.protocol) && rest === "") rest = "/";
  }
  if (!HOSTLESS.has(result.protocol)) {
    // characters a URL may not hold are escaped, as Node's legacy parser does
    rest = autoEscape(rest);
    if (result.search !== null) result.search = autoEscape(result.search);
    if (typeof result.query === "string") result.query = autoEscape(result.query);
    if (result.hash !== null) result.hash = autoEscape(result.hash);
  }
  result.pathname = rest === "" ? null : rest;
  if (result.pathname === null && SLASHED.has(result.protocol) && result.hostname) result.pathname = "/";
  if (result.query !== null && parseQueryString && typeof result.query === "string") result.query = querystring.parse(result.query);
  result.path = (result.pathname ?? "") + (result.search ?? "") || null;
  result.href = format(result);
  return result;
}

export function format(urlObject, options = undefined) {
  if (typeof urlObject === "string") urlObject = parse(urlObject);
  else if (urlObject instanceof URL) {
    const u = new URL(urlObject.href);
    if (options?.auth === false) { u.username = ""; u.password = ""; }
    if (options?.fragment === false) u.hash = "";
    if (options?.search === false) u.search = "";
    return u.href;
  } else if (urlObject === null || typeof urlObject !== "object") {
    throw invalidArgType("urlObject", "one of type object or string", urlObject);
  }
  let auth = urlObject.auth || "";
  if (auth) auth = encodeURIComponent(auth).replace(/%3A/i, ":") + "@";
  let protocol = urlObject.protocol || "";
  let pathname = urlObject.pathname || "";
  let hash = urlObject.hash || "";
  let host = "";
  let query = "";
  if (urlObject.host) host = auth + urlObject.host;
  else if (urlObject.hostname) {
    host = auth + (urlObject.hostname.includes(":") ? `[${urlObject.hostname}]` : urlObject.hostname);
    if (urlObject.port) host += `:${urlObject.port}`;
  }
  if (urlObject.query !== null && typeof urlObject.query === "object") query = querystring.stringify(urlObject.query);
  let search = urlObject.search || (query && `?${query}`) || "";
  if (protocol && !protocol.endsWith(":")) protocol += ":";
  // only the slashed protocols get "//" (not mailto:, nor a URL without protocol), unless parsed with slashes
  if (urlObject.slashes || SLASHED.has(protocol)) {
    if (urlObject.slashes || host) {
      host = `//${host}`;
      if (pathname && !pathname.startsWith("/")) pathname = `/${pathname}`;
    } else if (protocol === "file:") {
      host = "//";
    }
  }
  if (hash && !hash.startsWith("#")) hash = `#${hash}`;
  if (search && !search.startsWith("?")) search = `?${search}`;
  pathname = pathname.replace(/[?#]/g, encodeURIComponent);
  search = search.replace(/#/g, "%23");
  return protocol + host + pathname + search + hash;
}

export function resolve(from, to) {
  const base = new URL(from, "resolve://x/");
  const resolved = new URL(to, base);
  if (resolved.protocol === "resolve:") {
    const { pathname, search, hash } = resolved;
    const relative = !from.startsWith("/");
    return (relative ? pathname.slice(1) : pathname) + search + hash;
  }
  return resolved.toString();
}
export function resolveObject(from, to) { return parse(resolve(from, to)); }

Url.prototype.parse = function (url, parseQueryString, slashesDenoteHost) { return Object.assign(this, parse(url, parseQueryString, slashesDenoteHost)); };
Url.prototype.format = function () { return format(this); };
Url.prototype.resolve = function (to) { return resolve(format(this), to); };
Url.prototype.resolveObject = function (to) { return resolveObject(format(this), to); };

/** A file: URL (or its string) as a path; anything else unchanged. */
export function toPathIfFileURL(fileURLOrPath) {
  if (fileURLOrPath instanceof URL && fileURLOrPath.protocol === "file:") return fileURLToPath(fileURLOrPath);
  return fileURLOrPath;
}

export default {
  URL, URLSearchParams, Url, domainToASCII, domainToUnicode, fileURLToPath, format, parse, pathToFileURL, resolve, resolveObject,
  toPathIfFileURL, urlToHttpOptions,
};
