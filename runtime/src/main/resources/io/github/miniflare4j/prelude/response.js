// Response.

const NULL_BODY_STATUSES = [101, 204, 205, 304];
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];

class Response extends Body {
  #status; #statusText; #headers; #type; #url; #webSocket; #cf;
  constructor(body = null, init = {}) {
    init = init ?? {};
    const status = init.status === undefined ? 200 : Number(init.status);
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      if (!(status === 101 && init.webSocket)) {
        throw new RangeError("Responses may only be constructed with status codes in the range 200 to 599, inclusive.");
      }
    }
    const headers = new Headers(init.headers);
    const extracted = extractBody(body);
    if ((extracted.bytes !== null || extracted.stream) && NULL_BODY_STATUSES.includes(status)) {
      throw new TypeError("Response with null body status (101, 204, 205, or 304) cannot have a body.");
    }
    if (extracted.contentType && !headers.has("content-type")) headers.set("content-type", extracted.contentType);
    super(extracted.bytes, extracted.stream ?? null);
    this.#status = status;
    this.#statusText = init.statusText === undefined ? "" : String(init.statusText);
    this.#headers = headers;
    this.#type = "default";
    this.#url = "";
    this.#webSocket = init.webSocket ?? null;
    this.#cf = init.cf;
  }
  static json(data, init = {}) {
    const text = JSON.stringify(data);
    const headers = new Headers(init?.headers);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
    return new Response(text, { ...init, headers });
  }
  static redirect(url, status = 302) {
    let href;
    try { href = new URL(String(url)).href; } catch { throw new TypeError(`Unable to parse URL: ${url}`); }
    status = Number(status);
    if (!REDIRECT_STATUSES.includes(status)) {
      throw new RangeError(`${status} is not a redirect status code. It must be one of: 301, 302, 303, 307, or 308.`);
    }
    return new Response(null, { status, headers: { location: href } });
  }
  static error() {
    const response = new Response(null, { status: 200 });
    response.#status = 0;
    response.#type = "error";
    return response;
  }
  get status() { return this.#status; }
  get statusText() { return this.#statusText; }
  get ok() { return this.#status >= 200 && this.#status <= 299; }
  get headers() { return this.#headers; }
  get type() { return this.#type; }
  get url() { return this.#url; }
  get redirected() { return false; }
  get webSocket() { return this.#webSocket; }
  get cf() { return this.#cf; }
  clone() {
    if (this.bodyUsed) throw new TypeError("Failed to execute 'clone' on 'Response': Response body is already used");
    const copy = new Response(null, { status: this.#status === 0 ? 200 : this.#status, statusText: this.#statusText, headers: this.#headers, cf: this.#cf });
    copy.#status = this.#status;
    copy.#type = this.#type;
    copy.#url = this.#url;
    cloneBodyInto(this, copy);
    return copy;
  }
  static [kState](response, url) { response.#url = url; return response; }
  get [Symbol.toStringTag]() { return "Response"; }
}

/** A response that Java produced: {status, statusText, headers: [...], body: ByteBuffer}. */
function responseFromHost(data, url) {
  const status = data.status();
  const bytes = bytesFromHost(data.body());
  const nullBody = NULL_BODY_STATUSES.includes(status) || (bytes !== null && bytes.length === 0 && REDIRECT_STATUSES.includes(status));
  const response = new Response(null, { status: status < 200 ? 200 : status, statusText: data.statusText(), headers: headersFromFlat(data.headers()) });
  if (!nullBody) response[kBody].bytes = bytes;
  if (url) Response[kState](response, url);
  return response;
}

/** A response as Java reads it, body fully read. */
async function responseToData(response) {
  const bytes = await peekBodyBytes(response);
  return { ok: true, status: response.status, statusText: response.statusText, headers: flattenHeaders(response.headers), body: bytes };
}

defineGlobal("Response", Response);
