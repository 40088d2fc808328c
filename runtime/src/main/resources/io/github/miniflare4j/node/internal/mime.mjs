// util.MIMEType and util.MIMEParams (WHATWG MIME type parsing and serialization).
const { nodeError, invalidArgType } = $node;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const UNQUOTED = /^[!#$%&'*+\-.^_`|~0-9A-Za-z\\]+$/;
// workerd takes any parameter value without control characters (tab aside), beyond Latin-1 too (recorded)
const QUOTED_OK = /^[^\u0000-\u0008\u000a-\u001f\u007f]*$/;

function invalidMime(input) {
  return new TypeError(`Not a valid MIME type: ${input}`); // workerd's native MIMEType wording
}

export class MIMEParams {
  #map = new Map();
  delete(name) { this.#map.delete(name); }
  get(name) { return this.#map.get(name) ?? null; }
  has(name) { return this.#map.has(name); }
  set(name, value) {
    name = `${name}`; value = `${value}`;
    if (!TOKEN.test(name)) throw nodeError(TypeError, "ERR_INVALID_MIME_SYNTAX", `The MIME syntax for a parameter name in "${name}" is invalid`);
    if (!QUOTED_OK.test(value)) throw new TypeError("Not a valid MIME parameter"); // workerd's native wording
    this.#map.set(name, value);
  }
  *entries() { yield* this.#map.entries(); }
  *keys() { yield* this.#map.keys(); }
  *values() { yield* this.#map.values(); }
  [Symbol.iterator]() { return this.entries(); }
  toString() {
    // workerd leaves a value of token characters and backslashes unquoted (recorded: k=a\b)
    return [...this.#map].map(([k, v]) => `${k}=${v.length === 0 || !UNQUOTED.test(v) ? `"${v.replace(/["\\]/g, "\\$&")}"` : v}`).join(";");
  }
  toJSON() { return this.toString(); }
  static parseInto(params, text) {
    let i = 0;
    while (i < text.length) {
      while (i < text.length && /[\t\n\r ]/.test(text[i])) i++;
      let name = "";
      while (i < text.length && text[i] !== ";" && text[i] !== "=") name += text[i++];
      name = name.toLowerCase();
      if (i < text.length && text[i] === ";") { i++; continue; }
      i++;
      let value = "";
      if (text[i] === '"') {
        i++;
        while (i < text.length && text[i] !== '"') { if (text[i] === "\\" && i + 1 < text.length) i++; value += text[i++]; }
        while (i < text.length && text[i] !== ";") i++;
      } else {
        while (i < text.length && text[i] !== ";") value += text[i++];
        value = value.replace(/[\t\n\r ]+$/, "");
        if (value === "") { i++; continue; }
      }
      i++;
      if (name && TOKEN.test(name) && QUOTED_OK.test(value) && !params.has(name)) params.set(name, value);
    }
  }
}

export class MIMEType {
  #type; #subtype; #params = new MIMEParams();
  constructor(input) {
    const text = `${input}`.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "");
    const slash = text.indexOf("/");
    if (slash <= 0) throw invalidMime(text);
    const type = text.slice(0, slash);
    const semi = text.indexOf(";", slash);
    const subtype = (semi >= 0 ? text.slice(slash + 1, semi) : text.slice(slash + 1)).replace(/[\t\n\r ]+$/, "");
    if (!TOKEN.test(type) || !TOKEN.test(subtype)) throw invalidMime(text);
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    if (semi >= 0) MIMEParams.parseInto(this.#params, text.slice(semi + 1));
  }
  get type() { return this.#type; }
  // workerd's setters name no value: "Not a valid MIME type" / "Not a valid MIME subtype"
  set type(v) { v = `${v}`; if (!TOKEN.test(v)) throw new TypeError("Not a valid MIME type"); this.#type = v.toLowerCase(); }
  get subtype() { return this.#subtype; }
  set subtype(v) { v = `${v}`; if (!TOKEN.test(v)) throw new TypeError("Not a valid MIME subtype"); this.#subtype = v.toLowerCase(); }
  get essence() { return `${this.#type}/${this.#subtype}`; }
  get params() { return this.#params; }
  toString() { const p = this.#params.toString(); return `${this.essence}${p ? `;${p}` : ""}`; }
  toJSON() { return this.toString(); }
}
