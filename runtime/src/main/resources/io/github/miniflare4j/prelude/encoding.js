// TextEncoder and TextDecoder as workerd exposes them: UTF-8 through the engine's own codec,
// UTF-16 here, the legacy encodings of the Encoding Standard through the JDK (TextCodec).

// @imports illegalInvocation, bufferSourceView, defineGlobal, newOnly, compatFlag from core.js
// @imports later toUSVString from url.js
// @exports NativeTextDecoder, encodingForLabel

const NativeTextDecoder = globalThis.TextDecoder;
const NativeTextEncoder = globalThis.TextEncoder;
const nativeEncoder = new NativeTextEncoder();

// Encoding Standard labels -> encoding name, for the encodings workerd decodes.
// Built on first use: most workers never construct a TextDecoder with a label.
let encodingLabels = null;
function encodingForLabel(label) {
  encodingLabels ??= buildEncodingLabels();
  return encodingLabels.get(label);
}
function buildEncodingLabels() {
  const table = {
    "utf-8": "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8",
    "ibm866": "866 cp866 csibm866 ibm866",
    "iso-8859-2": "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2",
    "iso-8859-3": "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3",
    "iso-8859-4": "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4",
    "iso-8859-5": "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988",
    "iso-8859-6": "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987",
    "iso-8859-7": "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek",
    "iso-8859-8": "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 visual",
    "iso-8859-8-i": "csiso88598i iso-8859-8-i logical",
    "iso-8859-10": "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6",
    "iso-8859-13": "iso-8859-13 iso8859-13 iso885913",
    "iso-8859-14": "iso-8859-14 iso8859-14 iso885914",
    "iso-8859-15": "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9",
    "iso-8859-16": "iso-8859-16",
    "koi8-r": "cskoi8r koi koi8 koi8-r koi8_r",
    "koi8-u": "koi8-ru koi8-u",
    "macintosh": "csmacintosh mac macintosh x-mac-roman",
    "windows-874": "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874",
    "windows-1250": "cp1250 windows-1250 x-cp1250",
    "windows-1251": "cp1251 windows-1251 x-cp1251",
    "windows-1252": "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252",
    "windows-1253": "cp1253 windows-1253 x-cp1253",
    "windows-1254": "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254",
    "windows-1255": "cp1255 windows-1255 x-cp1255",
    "windows-1256": "cp1256 windows-1256 x-cp1256",
    "windows-1257": "cp1257 windows-1257 x-cp1257",
    "windows-1258": "cp1258 windows-1258 x-cp1258",
    "x-mac-cyrillic": "x-mac-cyrillic x-mac-ukrainian",
    "gbk": "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk",
    "gb18030": "gb18030",
    "big5": "big5 big5-hkscs cn-big5 csbig5 x-x-big5",
    "euc-jp": "cseucpkdfmtjapanese euc-jp x-euc-jp",
    "iso-2022-jp": "csiso2022jp iso-2022-jp",
    "shift_jis": "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
    "euc-kr": "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 windows-949",
    "utf-16be": "unicodefffe utf-16be",
    "utf-16le": "csunicode iso-10646-ucs-2 ucs-2 unicode unicode-1-1 unicodefeff utf-16 utf-16le",
    "x-user-defined": "x-user-defined",
  };
  const labels = new Map();
  for (const [name, list] of Object.entries(table)) for (const label of list.split(" ")) labels.set(label, name);
  return labels;
}

/** The byte view of a BufferSource, or throws workerd's TypeError. */
function bufferSourceBytes(input, method, className) {
  if (typeof SharedArrayBuffer === "function" && input instanceof SharedArrayBuffer) return new Uint8Array(input);
  const view = bufferSourceView(input);
  if (view !== null) return view;
  throw new TypeError(`Failed to execute '${method}' on '${className}': parameter 1 is not of type 'Array'.`);
}

function decodeUtf16(bytes, bigEndian, fatal) {
  let out = "";
  const end = bytes.length - (bytes.length % 2);
  const units = [];
  for (let i = 0; i < end; i += 2) units.push(bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8));
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  if (end < bytes.length) {
    if (fatal) return null;
    out += "\ufffd";
  }
  return out;
}

const kDecoder = Symbol("decoder");

// Class expressions: a declaration would shadow the engine's codecs that core.js uses.
const WorkerTextDecoder = class TextDecoder {
  constructor(label = "utf-8", options = undefined) {
    // workerd's dictionary conversion rejects null (its wording, recorded)
    if (options === null) throw new TypeError("Cannot initialize N7workerd3api11TextDecoder18ConstructorOptionsE with required members from an undefined or null value.");
    if (options !== undefined && typeof options !== "object") {
      throw new TypeError("Failed to construct 'TextDecoder': constructor parameter 2 is not of type 'ConstructorOptions'.");
    }
    const text = String(label);
    const encoding = (text === "utf-8" ? "utf-8" : encodingForLabel(text.trim().toLowerCase()));
    if (encoding === undefined || (!["utf-8", "utf-16le", "utf-16be", "x-user-defined"].includes(encoding) && !host.textCodec().supports(encoding))) {
      throw new RangeError(`"${text}" is not a valid encoding.`);
    }
    const fatal = !!options?.fatal;
    const ignoreBOM = !!options?.ignoreBOM;
    const native = encoding === "utf-8" ? new NativeTextDecoder("utf-8", { fatal, ignoreBOM }) : null;
    Object.defineProperty(this, kDecoder, { value: { encoding, fatal, ignoreBOM, native, bomSeen: false, pending: null, iso2022: 0 } });
  }
  decode(input = undefined, options = undefined) {
    const state = decoderState(this);
    const bytes = input === undefined ? new Uint8Array(0) : bufferSourceBytes(input, "decode", "TextDecoder");
    if (options === null) throw new TypeError("Cannot initialize N7workerd3api11TextDecoder13DecodeOptionsE with required members from an undefined or null value.");
    if (options !== undefined && typeof options !== "object" && typeof options !== "function") throw new TypeError("Failed to execute 'decode' on 'TextDecoder': parameter 2 is not of type 'DecodeOptions'.");
    const stream = !!options?.stream;
    if (state.native) {
      try {
        return state.native.decode(bytes, { stream });
      } catch {
        throw new TypeError("Failed to decode input.");
      }
    }
    let all = bytes;
    if (state.pending) {
      all = new Uint8Array(state.pending.length + bytes.length);
      all.set(state.pending);
      all.set(bytes, state.pending.length);
      state.pending = null;
    }
    if (state.encoding === "utf-16le" || state.encoding === "utf-16be") {
      if (stream && all.length % 2 === 1) { state.pending = all.slice(all.length - 1); all = all.subarray(0, all.length - 1); }
      const big = state.encoding === "utf-16be";
      // a high surrogate at a chunk's end may pair with the next chunk's first unit
      const last = all.length >= 2 ? (big ? all[all.length - 2] : all[all.length - 1]) : 0;
      if (stream && (last & 0xfc) === 0xd8) { state.pending = all.slice(all.length - 2); all = all.subarray(0, all.length - 2); }
      let text = decodeUtf16(all, big, state.fatal);
      // workerd's UTF-16BE decoder replaces lone surrogates, its UTF-16LE one from
      // text_decoder_replace_surrogates (2026-02-24) (recorded)
      if (text !== null && (big || compatFlag("text_decoder_replace_surrogates", "2026-02-24", "disable_text_decoder_replace_surrogates")) && !text.isWellFormed()) {
        text = state.fatal ? null : text.toWellFormed();
      }
      if (text === null) throw new TypeError("Failed to decode input.");
      if (!state.ignoreBOM && !state.bomSeen && text.length > 0) {
        state.bomSeen = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (!stream) state.bomSeen = false;
      return text;
    }
    if (state.encoding === "x-user-defined") {
      let out = "";
      for (const b of all) out += String.fromCharCode(b < 0x80 ? b : 0xf780 + b - 0x80);
      return out;
    }
    const codec = host.textCodec();
    if (state.encoding === "iso-2022-jp") {
      // the escape state lives on between a stream's chunks: the codec returns it first, in two units (recorded)
      const result = codec.decodeIso2022Jp(all, state.fatal, stream, state.iso2022);
      if (result === null) {
        state.iso2022 = 0;
        throw new TypeError("Failed to decode input.");
      }
      state.iso2022 = (result.charCodeAt(0) << 16) | result.charCodeAt(1);
      return result.slice(2);
    }
    if (stream) {
      // a character cut at the chunk's end waits for the next call (recorded)
      const complete = codec.completeLength(state.encoding, all);
      if (complete < all.length) { state.pending = all.slice(complete); all = all.subarray(0, complete); }
    }
    const text = codec.decode(state.encoding, all, state.fatal);
    // a fatal decoder throws on bytes the encoding cannot decode (recorded)
    if (text === null) throw new TypeError("Failed to decode input.");
    return text;
  }
  get encoding() { return decoderState(this).encoding; }
  get fatal() { return decoderState(this).fatal; }
  get ignoreBOM() { return decoderState(this).ignoreBOM; }
};
Object.defineProperty(WorkerTextDecoder.prototype, Symbol.toStringTag, { value: "TextDecoder", configurable: true });

function decoderState(decoder) {
  const state = decoder?.[kDecoder];
  if (!state) throw illegalInvocation();
  return state;
}

const kEncoder = Symbol("encoder");

const WorkerTextEncoder = class TextEncoder {
  constructor() {
    Object.defineProperty(this, kEncoder, { value: true });
  }
  encode(input = "") {
    encoderCheck(this);
    return nativeEncoder.encode(toUSVString(input));
  }
  encodeInto(source = undefined, destination) {
    encoderCheck(this);
    if (!(destination instanceof Uint8Array)) {
      throw new TypeError("Failed to execute 'encodeInto' on 'TextEncoder': parameter 2 is not of type 'JsUint8Array'.");
    }
    return nativeEncoder.encodeInto(toUSVString(source), destination);
  }
  get encoding() { encoderCheck(this); return "utf-8"; }
};
Object.defineProperty(WorkerTextEncoder.prototype, Symbol.toStringTag, { value: "TextEncoder", configurable: true });

function encoderCheck(encoder) {
  if (!encoder?.[kEncoder]) throw illegalInvocation();
}

defineGlobal("TextEncoder", newOnly(WorkerTextEncoder, "TextEncoder"));
defineGlobal("TextDecoder", newOnly(WorkerTextDecoder, "TextDecoder"));
