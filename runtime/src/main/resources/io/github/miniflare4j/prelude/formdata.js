// FormData, its multipart/form-data serialization (body extraction) and the parsers behind
// Request/Response formData() for multipart/form-data and application/x-www-form-urlencoded.

// @imports illegalInvocation, utf8Encoder, utf8Decoder, defineGlobal, newOnly, compatFlag from core.js
// @imports toUSVString from url.js
// @imports KeyIteratorPrototype, ValueIteratorPrototype, EntryIteratorPrototype, parseFormUrlencoded from url-search-params.js
// @imports bodyExtractors from body.js
// @imports kBlob, kFile, fileFromBytes, normalizeBlobType from blob.js
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
    const name = args.length > 2 && args[2] !== undefined ? toUSVString(args[2]) : value?.[kFile] ? value[kFile].name : toUSVString(args[0]); // workerd names a Blob after its field (recorded)
    if (value[kFile] && name === value[kFile].name) return value;
    return fileFromBytes(value[kBlob].bytes, name, value[kBlob].type);
  }
  return toUSVString(value);
}

function requireFormArgs(method, args) {
  if (args.length < 1) throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 1 is not of type 'string'.`);
}

class FormData {
  constructor() {
    Object.defineProperty(this, kFormData, { value: [], writable: true });
  }
  append(name, value) {
    const entry = [toUSVString(name), formEntryValue("append", arguments)];
    formDataList(this).push(entry);
  }
  set(name, value) {
    const entryValue = formEntryValue("set", arguments);
    name = toUSVString(name);
    const list = formDataList(this);
    const i = list.findIndex(([n]) => n === name);
    if (i < 0) list.push([name, entryValue]);
    else {
      list[i] = [name, entryValue];
      this[kFormData] = list.filter(([n], j) => n !== name || j === i);
    }
  }
  delete(name) {
    requireFormArgs("delete", arguments);
    name = toUSVString(name);
    this[kFormData] = formDataList(this).filter(([n]) => n !== name);
  }
  get(name) {
    requireFormArgs("get", arguments);
    name = toUSVString(name);
    const entry = formDataList(this).find(([n]) => n === name);
    return entry ? entry[1] : null;
  }
  getAll(name) {
    requireFormArgs("getAll", arguments);
    name = toUSVString(name);
    return formDataList(this).filter(([n]) => n === name).map(([, v]) => v);
  }
  has(name) {
    requireFormArgs("has", arguments);
    name = toUSVString(name);
    return formDataList(this).some(([n]) => n === name);
  }
  forEach(callback, thisArg = undefined) {
    if (typeof callback !== "function") {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'function'.");
    }
    for (const [name, value] of formDataList(this)) callback.call(thisArg, value, name, this);
  }
  keys() { return formIterator(this, KeyIteratorPrototype, (e) => e[0]); }
  values() { return formIterator(this, ValueIteratorPrototype, (e) => e[1]); }
  entries() { return formIterator(this, EntryIteratorPrototype, (e) => [e[0], e[1]]); }
  [Symbol.iterator]() { return this.entries(); }
}
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: "FormData", configurable: true });

function formIterator(fd, prototype, project) {
  formDataList(fd);
  let index = 0;
  const iterator = Object.create(prototype);
  iterator.next = () => {
    const list = fd[kFormData];
    if (index >= list.length) return { value: undefined, done: true };
    return { value: project(list[index++]), done: false };
  };
  return iterator;
}

// ---- multipart/form-data

const BOUNDARY_CHARS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

function newBoundary() {
  let out = "";
  for (let i = 0; i < 32; i++) out += BOUNDARY_CHARS[Math.floor(Math.random() * BOUNDARY_CHARS.length)];
  return out;
}

const escapeMultipartName = (name) => name.replaceAll("\n", "%0A").replaceAll("\r", "%0D").replaceAll('"', "%22");

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

/** Reads one parameter (quoted or token) of a header value such as Content-Type. */
function headerParameter(value, name) {
  const re = new RegExp(`;\\s*${name}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, "i");
  const m = re.exec(value);
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, "$1") : m[2];
}

function malformedMultipart(detail) {
  return new TypeError(detail);
}

function parseMultipart(bytes, contentType) {
  const boundary = headerParameter(contentType, "boundary");
  if (!boundary) {
    throw new TypeError("No boundary string in Content-Type header. The multipart/form-data MIME type requires a boundary parameter, e.g. 'Content-Type: multipart/form-data; boundary=\"abcd\"'. See RFC 7578, section 4.");
  }
  const delimiter = utf8Encoder.encode("--" + boundary);
  const fd = new FormData();
  let pos = indexOfBytes(bytes, delimiter, 0);
  if (pos < 0) throw malformedMultipart("No initial boundary string (or you have a truncated message).");
  pos += delimiter.length;
  const nextDelimiter = utf8Encoder.encode("\r\n--" + boundary);
  const headerEnd = utf8Encoder.encode("\r\n\r\n");
  for (;;) {
    if (bytes[pos] === 0x2d && bytes[pos + 1] === 0x2d) return fd;
    // transport padding, then CRLF
    while (bytes[pos] === 0x20 || bytes[pos] === 0x09) pos++;
    if (bytes[pos] !== 0x0d || bytes[pos + 1] !== 0x0a) throw malformedMultipart("Malformed multipart message: expected CRLF after a boundary string.");
    pos += 2;
    const headersAt = indexOfBytes(bytes, headerEnd, pos);
    if (headersAt < 0) throw malformedMultipart("Malformed multipart message: no end of part headers (or you have a truncated message).");
    const headers = utf8Decoder.decode(bytes.subarray(pos, headersAt)).split("\r\n");
    pos = headersAt + 4;
    const end = indexOfBytes(bytes, nextDelimiter, pos);
    if (end < 0) throw malformedMultipart("No subsequent boundary string after part body (or you have a truncated message).");
    const body = bytes.slice(pos, end);
    pos = end + nextDelimiter.length;
    let disposition = null, type = null;
    for (const line of headers) {
      const colon = line.indexOf(":");
      if (colon < 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === "content-disposition") disposition = value;
      else if (name === "content-type") type = value;
    }
    if (disposition === null || !/^form-data\b/i.test(disposition)) {
      throw malformedMultipart("Malformed multipart message: a part has no Content-Disposition: form-data header.");
    }
    const name = headerParameter(disposition, "name");
    if (name === null) throw malformedMultipart("Malformed multipart message: a part's Content-Disposition header has no name parameter.");
    const filename = headerParameter(disposition, "filename");
    // before formdata_parser_supports_files (2021-11-03) a file part is its text (recorded)
    if (filename !== null && compatFlag("formdata_parser_supports_files", "2021-11-03", "formdata_parser_converts_files_to_strings")) fd.append(name, fileFromBytes(body, filename, normalizeBlobType(type ?? "")), filename);
    else fd.append(name, utf8Decoder.decode(body));
  }
}

internals.parseFormData = (bytes, contentType) => {
  const essence = contentType.split(";")[0].trim().toLowerCase();
  if (essence === "multipart/form-data") return parseMultipart(bytes, contentType);
  if (essence === "application/x-www-form-urlencoded") {
    const fd = new FormData();
    for (const [name, value] of parseFormUrlencoded(utf8Decoder.decode(bytes))) fd.append(name, value);
    return fd;
  }
  throw new TypeError("Unrecognized Content-Type header value. FormData can only parse the following MIME types: multipart/form-data, application/x-www-form-urlencoded");
};

defineGlobal("FormData", newOnly(FormData, "FormData"));
