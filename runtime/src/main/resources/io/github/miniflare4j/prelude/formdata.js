// FormData, its multipart/form-data serialization (body extraction) and the parsers behind
// Request/Response formData() for multipart/form-data and application/x-www-form-urlencoded.

// @imports illegalInvocation, utf8Encoder, utf8Decoder, wtf8String, defineGlobal, newOnly, compatFlag from core.js
// @imports iteratorFamily, KEY_ITERATOR, VALUE_ITERATOR, ENTRY_ITERATOR from url-search-params.js
// @imports bodyExtractors, parseMimeType from body.js
// @imports kBlob, kFile, fileFromBytes from blob.js
// @exports kFormData

const kFormData = Symbol("form data");

function formDataList(fd) {
  const list = fd?.[kFormData];
  if (!list) throw illegalInvocation();
  return list;
}

/** The entry value of a FormData set/append: a string, or a File (Blobs become Files). */
function formEntryValue(method, args) {
  if (args.length < 2) {
    throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'File or Blob or string'.`);
  }
  const value = args[1];
  if (value?.[kBlob]) {
    const name = args.length > 2 && args[2] !== undefined ? wtf8String(args[2]) : value?.[kFile] ? value[kFile].name : wtf8String(args[0]); // workerd names a Blob after its field (recorded)
    if (value[kFile] && name === value[kFile].name) return value;
    return fileFromBytes(value[kBlob].bytes, name, value[kBlob].type);
  }
  return wtf8String(value);
}

function requireFormArgs(method, args) {
  if (args.length < 1) throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 1 is not of type 'string'.`);
}

class FormData {
  constructor() {
    Object.defineProperty(this, kFormData, { value: [], writable: true });
  }
  append(name = undefined, value) {
    formDataList(this); // another receiver fails before the arguments are looked at (recorded)
    const entry = [wtf8String(name), formEntryValue("append", arguments)];
    formDataList(this).push(entry);
  }
  delete(name = undefined) {
    formDataList(this);
    requireFormArgs("delete", arguments);
    name = wtf8String(name);
    this[kFormData] = formDataList(this).filter(([n]) => n !== name);
  }
  get(name = undefined) {
    formDataList(this);
    requireFormArgs("get", arguments);
    name = wtf8String(name);
    const entry = formDataList(this).find(([n]) => n === name);
    return entry ? entry[1] : null;
  }
  getAll(name = undefined) {
    formDataList(this);
    requireFormArgs("getAll", arguments);
    name = wtf8String(name);
    return formDataList(this).filter(([n]) => n === name).map(([, v]) => v);
  }
  has(name = undefined) {
    formDataList(this);
    requireFormArgs("has", arguments);
    name = wtf8String(name);
    return formDataList(this).some(([n]) => n === name);
  }
  set(name = undefined, value) {
    formDataList(this);
    const entryValue = formEntryValue("set", arguments);
    name = wtf8String(name);
    const list = formDataList(this);
    const i = list.findIndex(([n]) => n === name);
    if (i < 0) list.push([name, entryValue]);
    else {
      list[i] = [name, entryValue];
      this[kFormData] = list.filter(([n], j) => n !== name || j === i);
    }
  }
  entries() { return formIterator(this, ENTRY_ITERATOR, (e) => [e[0], e[1]]); }
  keys() { return formIterator(this, KEY_ITERATOR, (e) => e[0]); }
  values() { return formIterator(this, VALUE_ITERATOR, (e) => e[1]); }
  forEach(callback = undefined, thisArg = undefined) {
    formDataList(this);
    if (typeof callback !== "function") {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'function'.");
    }
    for (const [name, value] of formDataList(this)) callback.call(thisArg, value, name, this);
  }
  [Symbol.iterator]() { return this.entries(); }
}
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: "FormData", configurable: true });

const newFormIterator = iteratorFamily();
function formIterator(fd, kind, project) {
  formDataList(fd);
  let index = 0;
  return newFormIterator(kind, () => {
    const list = fd[kFormData];
    if (index >= list.length) return { value: undefined, done: true };
    return { value: project(list[index++]), done: false };
  });
}

// ---- multipart/form-data

const BOUNDARY_CHARS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

function newBoundary() {
  let out = "";
  for (let i = 0; i < 32; i++) out += BOUNDARY_CHARS[Math.floor(Math.random() * BOUNDARY_CHARS.length)];
  return out;
}

/**
 * A name or filename inside a part's quoted Content-Disposition parameter, as workerd writes it:
 * '"' and LF percent-encoded, a backslash doubled, CR as it is; a trailing backslash is refused.
 */
function escapeMultipartName(name) {
  if (name.endsWith("\\")) throw new TypeError("Name or filename can't end with backslash");
  return name.replaceAll('"', "%22").replaceAll("\n", "%0A").replaceAll("\\", "\\\\");
}

/** Serializes a FormData as multipart/form-data with the given boundary. */
function serializeMultipart(list, boundary) {
  const chunks = [];
  for (const [name, value] of list) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeMultipartName(name)}"`;
    if (typeof value === "string") {
      chunks.push(utf8Encoder.encode(head + "\r\n\r\n" + value + "\r\n"));
    } else {
      head += `; filename="${escapeMultipartName(value[kFile].name)}"\r\nContent-Type: ${value[kBlob].type || "application/octet-stream"}\r\n\r\n`;
      chunks.push(utf8Encoder.encode(head), value[kBlob].bytes, utf8Encoder.encode("\r\n"));
    }
  }
  chunks.push(utf8Encoder.encode(`--${boundary}--`));
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) { out.set(c, offset); offset += c.length; }
  return out;
}

bodyExtractors.push({
  accepts: (init) => init?.[kFormData] !== undefined,
  extract: (init) => {
    const boundary = newBoundary();
    return { bytes: serializeMultipart(init[kFormData], boundary), contentType: `multipart/form-data; boundary=${boundary}` };
  },
});

function indexOfBytes(haystack, needle, from) {
  const first = needle[0];
  const last = haystack.length - needle.length;
  outer: for (let i = from; i <= last; i++) {
    if (haystack[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const NO_BOUNDARY = "No boundary string in Content-Type header. The multipart/form-data MIME type requires a boundary parameter, e.g. 'Content-Type: multipart/form-data; boundary=\"abcd\"'. See RFC 7578, section 4.";

/** The index of the earliest "\r\n\r\n" or "\n\n" from `from` and its length, or null. */
function headerTermination(bytes, from) {
  for (let i = from; i < bytes.length; i++) {
    if (bytes[i] === 0x0a && bytes[i + 1] === 0x0a) return [i, 2];
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a && bytes[i + 2] === 0x0d && bytes[i + 3] === 0x0a) return [i, 4];
  }
  return null;
}

/** Whether a (lower-cased) header name is an HTTP token (no regular expression: see RequestPathRegexFreeTest). */
function isHeaderToken(name) {
  if (name === "") return false;
  for (const ch of name) {
    if (!((ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9") || "!#$%&'*+-.^_`|~".includes(ch))) return false;
  }
  return true;
}

/**
 * A part's headers as workerd reads them: lines split at LF (a CR before it dropped), a line
 * starting with a space or tab continues the previous one, names trimmed and case-insensitive,
 * the first of duplicates kept; a line without a colon, with a CR or NUL left in it, or whose name
 * is not an HTTP token is an error.
 */
function multipartPartHeaders(text) {
  const headers = new Map();
  let last = null;
  for (const raw of text.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if ((line.startsWith(" ") || line.startsWith("\t")) && last !== null) {
      if (!last.kept) headers.set(last.name, headers.get(last.name) + " " + line.trim());
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0 || line.includes("\r") || line.includes("\0")) throw new TypeError("FormData part had invalid headers.");
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!isHeaderToken(name)) throw new TypeError("FormData part had invalid headers.");
    const kept = headers.has(name);
    if (!kept) headers.set(name, line.slice(colon + 1).trim());
    last = { name, kept };
  }
  return headers;
}

/**
 * The name and filename of a part's Content-Disposition as workerd reads them: the type must be
 * exactly "form-data"; then `; key="quoted"` parameters (backslash escapes, keys case-sensitive)
 * until one that is not of that form; an empty name or filename counts as none.
 */
function formDataDisposition(value) {
  const semi = value.indexOf(";");
  const type = (semi < 0 ? value : value.slice(0, semi)).trim();
  if (type !== "form-data") {
    throw new TypeError(`Content-Disposition header for FormData part must have the value "form-data", possibly followed by parameters. Got: "${type}"`);
  }
  let name = null, filename = null;
  let i = semi < 0 ? value.length : semi;
  const skipSpace = () => { while (value[i] === " " || value[i] === "\t") i++; };
  for (;;) {
    skipSpace();
    if (i >= value.length || value[i] !== ";") break;
    i++;
    skipSpace();
    let keyEnd = i;
    while (keyEnd < value.length && !"=; \t".includes(value[keyEnd])) keyEnd++;
    const key = value.slice(i, keyEnd);
    i = keyEnd;
    skipSpace();
    if (value[i] !== "=") break;
    i++;
    skipSpace();
    if (value[i] !== '"') break;
    i++;
    let text = "", closed = false;
    while (i < value.length) {
      const ch = value[i++];
      if (ch === '"') { closed = true; break; }
      text += ch === "\\" && i < value.length ? value[i++] : ch;
    }
    if (!closed) break;
    if (key === "name" && name === null) name = text;
    else if (key === "filename" && filename === null) filename = text;
  }
  if (!name) throw new TypeError("Content-Disposition header in FormData part is missing a name.");
  return { name, filename: filename || null };
}

/**
 * multipart/form-data as workerd parses it: a preamble before the first "--boundary"; after each
 * boundary CRLF, LF or "--" (the end; anything after it is ignored); part headers end at a blank
 * line (CRLF or LF); a part's body ends before the next LF "--boundary" (and its CR, if any).
 */
function parseMultipart(bytes, boundary) {
  const delimiter = utf8Encoder.encode("--" + boundary);
  const nextDelimiter = utf8Encoder.encode("\n--" + boundary);
  const fd = new FormData();
  let pos = indexOfBytes(bytes, delimiter, 0);
  if (pos < 0) throw new TypeError("No initial boundary string (or you have a truncated message).");
  pos += delimiter.length;
  for (;;) {
    if (bytes[pos] === 0x2d && bytes[pos + 1] === 0x2d) return fd;
    if (bytes[pos] === 0x0d && bytes[pos + 1] === 0x0a) pos += 2;
    else if (bytes[pos] === 0x0a) pos++;
    else throw new TypeError("Boundary string was not succeeded by CRLF, LF, or '--'.");
    const termination = headerTermination(bytes, pos);
    if (termination === null) throw new TypeError("No multipart message header termination found.");
    const headers = multipartPartHeaders(utf8Decoder.decode(bytes.subarray(pos, termination[0])));
    pos = termination[0] + termination[1];
    const disposition = headers.get("content-disposition");
    if (disposition === undefined) throw new TypeError("No valid Content-Disposition header found in FormData part.");
    const { name, filename } = formDataDisposition(disposition);
    const next = indexOfBytes(bytes, nextDelimiter, pos);
    if (next < 0) throw new TypeError("No subsequent boundary string after multipart message.");
    const end = next > pos && bytes[next - 1] === 0x0d ? next - 1 : next;
    const body = bytes.slice(pos, end);
    pos = next + nextDelimiter.length;
    // before formdata_parser_supports_files (2021-11-03) a file part is its text (recorded); the
    // part's Content-Type becomes the File's type as it is written (recorded)
    if (filename !== null && compatFlag("formdata_parser_supports_files", "2021-11-03", "formdata_parser_converts_files_to_strings")) fd.append(name, fileFromBytes(body, filename, headers.get("content-type") ?? ""), filename);
    else fd.append(name, utf8Decoder.decode(body));
  }
}

const formUrlencodedDecoder = new TextDecoder("utf-8", { ignoreBOM: true });

function isHexDigit(b) {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
}

/**
 * One name or value of a urlencoded body as workerd decodes it: "+" is a space, "%" takes one or
 * two hex digits and is dropped before anything else, the bytes are UTF-8 (a BOM kept).
 */
function decodeFormComponent(bytes, from, to) {
  const out = new Uint8Array(to - from);
  let n = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b === 0x2b) out[n++] = 0x20;
    else if (b !== 0x25) out[n++] = b;
    else if (i + 1 < to && isHexDigit(bytes[i + 1])) {
      let digits = 1;
      if (i + 2 < to && isHexDigit(bytes[i + 2])) digits = 2;
      out[n++] = parseInt(String.fromCharCode(...bytes.subarray(i + 1, i + 1 + digits)), 16);
      i += digits;
    }
  }
  return formUrlencodedDecoder.decode(out.subarray(0, n));
}

/** An application/x-www-form-urlencoded body as workerd's formData() reads it: "&"-separated pairs. */
function parseUrlencodedBody(bytes) {
  const fd = new FormData();
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x26, start);
    if (end < 0) end = bytes.length;
    if (end > start) {
      let eq = bytes.indexOf(0x3d, start);
      if (eq < 0 || eq > end) eq = end;
      fd.append(decodeFormComponent(bytes, start, eq), eq < end ? decodeFormComponent(bytes, eq + 1, end) : "");
    }
    start = end + 1;
  }
  return fd;
}

internals.parseFormData = (bytes, contentType) => {
  const mime = parseMimeType(contentType);
  const essence = mime?.essence ?? contentType.split(";")[0].trim().toLowerCase();
  if (essence === "multipart/form-data") {
    const boundary = mime?.params.get("boundary");
    if (!boundary) throw new TypeError(NO_BOUNDARY);
    return parseMultipart(bytes, boundary);
  }
  if (essence === "application/x-www-form-urlencoded") {
    const charset = mime?.params.get("charset")?.toLowerCase();
    if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") throw new TypeError("Non-utf-8 application/x-www-form-urlencoded body.");
    return parseUrlencodedBody(bytes);
  }
  throw new TypeError("Unrecognized Content-Type header value. FormData can only parse the following MIME types: multipart/form-data, application/x-www-form-urlencoded");
};

defineGlobal("FormData", newOnly(FormData, "FormData"));
