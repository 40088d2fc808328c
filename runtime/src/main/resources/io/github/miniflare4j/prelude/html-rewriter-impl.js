// HTMLRewriter's implementation (html-rewriter.js keeps the class): Java
// (io.github.miniflare4j.htmlrewriter) parses selectors, tokenizes the body as it streams and
// writes the output; this file runs the handlers, awaiting those that return promises before the
// rewriting goes on. Loaded on the first HTMLRewriter method called.

// @imports utf8Decoder, illegalInvocation, bytesFromHost, DOMException from core.js
// @imports constructorLast from html-rewriter.js
// @imports ReadableStream, readAllBytes, kRS, kInternal, newReaderState, readPromise, isBufferSource, STREAM_MESSAGES, rsCancel, createReadableStream from streams.js
// @imports encodingForLabel from encoding.js
// @imports kBody from body.js
// @imports Response from response.js
// @exports readOn, readOnDocument, transform

const HR_TOKEN_INVALID = "This content token is no longer valid. Content tokens are only valid during the execution of the relevant content handler.";
const HR_ITERATOR_MUTATED = "The attributes of this element have been modified during iteration. You must create a new iterator after modifying attributes.";
const HR_STRING_ONLY = "Replacing content in HTML comments using a ReadableStream or Response object is not implemented. You must provide a string.";
const HR_FAILED = -3;
/** The largest output chunk the transformed body hands on. */
const OUTPUT_CHUNK = 4096;
const ELEMENT_FIELDS = ["element", "comments", "text"];
const DOCUMENT_FIELDS = ["doctype", "comments", "text", "end"];

function parserError(message) {
  return new TypeError(`Parser error: ${message}`);
}

/** workerd's error for a required argument left out (an explicit `undefined` is stringified). */
function missingArgument(args, count, method, type, type2 = type) {
  if (args.length < count) {
    throw new TypeError(`Failed to execute '${method}' on '${type}': parameter ${args.length + 1} is not of type '${args.length === 0 ? type2 : "string"}'.`);
  }
}

const CONTENT_TYPE = "string or ReadableStream or Response";

/** Checks a mutation's arguments as workerd's bindings do: content required, options an object. */
function contentArguments(args, method, type) {
  if (args.length === 0) {
    throw new TypeError(`Failed to execute '${method}' on '${type}': parameter 1 is not of type '${CONTENT_TYPE}'.`);
  }
  const options = args[1];
  if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
    throw new TypeError(`Failed to execute '${method}' on '${type}': parameter 2 is not of type 'ContentOptions'.`);
  }
}

/**
 * Moves the named accessors of a token class from its prototype onto each instance, where workerd
 * has them (own, enumerable: `Object.keys(element)` and `JSON.stringify` list them), in the order
 * given; a property without a setter rejects assignment with V8's message. Makes the prototype's
 * methods enumerable too, as workerd's are. Returns the descriptors the constructor applies.
 */
function instanceProperties(cls, names) {
  const proto = cls.prototype;
  const descriptors = {};
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    delete proto[name];
    const set = d.set ?? function () {
      throw new TypeError(`Cannot assign to read only property '${name}' of object '#<${cls.name}>'`);
    };
    descriptors[name] = { get: d.get, set, enumerable: true, configurable: true };
  }
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key !== "constructor") Object.defineProperty(proto, key, { enumerable: true });
  }
  return descriptors;
}

/**
 * What a handler threw, as workerd hands it on: errors (and DOMExceptions) as they are, any
 * other value as an Error whose message is V8's description of it.
 */
function handlerError(value) {
  if (value instanceof Error || value instanceof DOMException) return value;
  if (value !== null && (typeof value === "object" || typeof value === "function")) {
    let name = "Object";
    try { name = typeof value === "function" ? "Function" : value.constructor?.name || "Object"; } catch { /* keep Object */ }
    return new Error(`#<${name}>`);
  }
  return new Error(typeof value === "symbol" ? value.toString() : String(value));
}

/** Reads a handlers dictionary the way workerd's JSG_STRUCT does: each field a function or absent. */
function readHandlers(handlers, fields, structName, method, parameter) {
  if (handlers === null) return {}; // workerd reads null as an empty dictionary (undefined is refused)
  if (typeof handlers !== "object" && typeof handlers !== "function") {
    throw new TypeError(`Failed to execute '${method}' on 'HTMLRewriter': parameter ${parameter} is not of type '${structName}'.`);
  }
  const out = {};
  for (const field of fields) {
    const fn = handlers[field];
    if (fn === undefined) continue;
    if (typeof fn !== "function") {
      throw new TypeError(`Incorrect type for the '${field}' field on '${structName}': the provided value is not of type 'function'.`);
    }
    out[field] = fn;
  }
  return out;
}

/** Content for a mutation: a string, or a stream / Response whose text is read before it applies. */
function mutationContent(content) {
  if (content instanceof ReadableStream) return { stream: lockable(content) };
  if (content instanceof Response) return { stream: content.body === null ? null : lockable(content.body) };
  return { text: String(content) };
}

/** A content stream not yet locked, refused as workerd refuses one (recorded). */
function lockable(stream) {
  if (stream[kRS].reader !== null) throw new TypeError("The ReadableStream has been locked to a reader.");
  return stream;
}

/**
 * The state shared by the wrappers of one handler call: whether the call is still running and
 * the mutations waiting for streamed content (kept in call order behind the first of them).
 */
class HandlerScope {
  constructor() { this.valid = true; this.queue = null; this.iterators = null; }
  check() { if (!this.valid) throw new TypeError(HR_TOKEN_INVALID); }
  /** Applies `apply(text)` now, or after the streamed contents queued before it. */
  mutate(content, options, apply) {
    this.check();
    const html = !!options?.html;
    const c = mutationContent(content);
    if (c.stream === undefined && this.queue === null) { apply(c.text, html); return; }
    (this.queue ??= []).push({ c, html, apply });
  }
  async flush() {
    if (this.queue === null) return;
    for (const { c, html, apply } of this.queue) {
      if (c.stream === undefined) { apply(c.text, html); continue; }
      if (c.stream === null) continue; // a Response without a body replaces nothing
      apply(utf8Decoder.decode(await readAllBytes(c.stream[kRS])), html);
    }
    this.queue = null;
  }
  stringOnly(content) {
    if (content instanceof ReadableStream || content instanceof Response) throw new TypeError(HR_STRING_ONLY);
    return content;
  }
}


class AttributesIterator {
  #scope; #flat; #index = 0; #mutated = false;
  constructor(key, scope, flat) {
    if (key !== kInternal) throw new TypeError("Illegal constructor");
    this.#scope = scope;
    this.#flat = flat;
  }
  next() {
    if (!this.#scope.valid) throw new TypeError(HR_TOKEN_INVALID);
    if (this.#mutated) throw new Error(HR_ITERATOR_MUTATED);
    if (this.#index >= this.#flat.length) return { done: true, value: undefined };
    const value = [this.#flat[this.#index], this.#flat[this.#index + 1]];
    this.#index += 2;
    return { done: false, value };
  }
  [Symbol.iterator]() { return this; }
  static invalidate(iterator) { iterator.#mutated = true; }
}
Object.setPrototypeOf(AttributesIterator.prototype, Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
constructorLast(AttributesIterator);
Object.defineProperty(AttributesIterator.prototype, Symbol.toStringTag, { value: "AttributesIterator" });

class Element {
  #t; #s; #table;
  constructor(key, token, scope, table) {
    if (key !== kInternal) throw new TypeError("Illegal constructor");
    Object.defineProperties(this, ELEMENT_PROPERTIES);
    this.#t = token; this.#s = scope; this.#table = table;
  }
  get tagName() { return Element.#open(this).tagName(); }
  set tagName(name) {
    const error = Element.#open(this).setTagName(String(name));
    if (error !== null) throw parserError(error);
  }
  get attributes() {
    const t = Element.#open(this);
    const iterator = new AttributesIterator(kInternal, this.#s, Array.from(t.attributes()));
    (this.#s.iterators ??= []).push(iterator);
    return iterator;
  }
  get removed() { return Element.#open(this).removed(); }
  get namespaceURI() { return Element.#open(this).namespaceURI(); }
  static #open(element) {
    if (!(#t in element)) throw illegalInvocation();
    element.#s.check();
    return element.#t;
  }
  #attributesChanged() {
    for (const iterator of this.#s.iterators ?? []) AttributesIterator.invalidate(iterator);
  }
  getAttribute(name) { const t = Element.#open(this); missingArgument(arguments, 1, "getAttribute", "Element", "string"); return t.getAttribute(String(name)); }
  hasAttribute(name) { const t = Element.#open(this); missingArgument(arguments, 1, "hasAttribute", "Element", "string"); return t.hasAttribute(String(name)); }
  setAttribute(name, value) {
    const t = Element.#open(this);
    missingArgument(arguments, 2, "setAttribute", "Element", "string");
    const error = t.setAttribute(String(name), String(value));
    if (error !== null) throw parserError(error);
    this.#attributesChanged();
    return this;
  }
  removeAttribute(name) {
    const t = Element.#open(this);
    missingArgument(arguments, 1, "removeAttribute", "Element", "string");
    t.removeAttribute(String(name));
    this.#attributesChanged();
    return this;
  }
  before(content, options) { const t = Element.#open(this); contentArguments(arguments, "before", "Element"); this.#s.mutate(content, options, (c, h) => t.before(c, h)); return this; }
  after(content, options) { const t = Element.#open(this); contentArguments(arguments, "after", "Element"); this.#s.mutate(content, options, (c, h) => t.after(c, h)); return this; }
  prepend(content, options) { const t = Element.#open(this); contentArguments(arguments, "prepend", "Element"); this.#s.mutate(content, options, (c, h) => t.prepend(c, h)); return this; }
  append(content, options) { const t = Element.#open(this); contentArguments(arguments, "append", "Element"); this.#s.mutate(content, options, (c, h) => t.append(c, h)); return this; }
  replace(content, options) { const t = Element.#open(this); contentArguments(arguments, "replace", "Element"); this.#s.mutate(content, options, (c, h) => t.replace(c, h)); return this; }
  remove() { Element.#open(this).remove(); return this; }
  removeAndKeepContent() { Element.#open(this).removeAndKeepContent(); return this; }
  setInnerContent(content, options) { const t = Element.#open(this); contentArguments(arguments, "setInnerContent", "Element"); this.#s.mutate(content, options, (c, h) => t.setInnerContent(c, h)); return this; }
  onEndTag(handler) {
    const t = Element.#open(this);
    if (typeof handler !== "function") throw new TypeError("Failed to execute 'onEndTag' on 'Element': parameter 1 is not of type 'function'.");
    const error = t.onEndTag(this.#table.push({ fn: handler, self: undefined, kind: EndTag }) - 1);
    if (error !== null) throw parserError(error);
  }
}
constructorLast(Element);
const ELEMENT_PROPERTIES = instanceProperties(Element, ["namespaceURI", "removed", "attributes", "tagName"]);
Object.defineProperty(Element.prototype, Symbol.toStringTag, { value: "Element" });

class EndTag {
  #t; #s;
  constructor(key, token, scope) {
    if (key !== kInternal) throw new TypeError("Illegal constructor");
    Object.defineProperties(this, ENDTAG_PROPERTIES);
    this.#t = token; this.#s = scope;
  }
  get name() { return EndTag.#open(this).name(); }
  set name(name) { EndTag.#open(this).setName(String(name)); }
  static #open(tag) {
    if (!(#t in tag)) throw illegalInvocation();
    tag.#s.check();
    return tag.#t;
  }
  before(content, options) { const t = EndTag.#open(this); contentArguments(arguments, "before", "EndTag"); this.#s.mutate(content, options, (c, h) => t.before(c, h)); return this; }
  after(content, options) { const t = EndTag.#open(this); contentArguments(arguments, "after", "EndTag"); this.#s.mutate(content, options, (c, h) => t.after(c, h)); return this; }
  remove() { EndTag.#open(this).remove(); return this; }
}
constructorLast(EndTag);
const ENDTAG_PROPERTIES = instanceProperties(EndTag, ["name"]);
Object.defineProperty(EndTag.prototype, Symbol.toStringTag, { value: "EndTag" });

class Text {
  #t; #s;
  constructor(key, token, scope) {
    if (key !== kInternal) throw new TypeError("Illegal constructor");
    Object.defineProperties(this, TEXT_PROPERTIES);
    this.#t = token; this.#s = scope;
  }
  get text() { return Text.#open(this).text(); }
  get lastInTextNode() { return Text.#open(this).lastInTextNode(); }
  get removed() { return Text.#open(this).removed(); }
  static #open(text) {
    if (!(#t in text)) throw illegalInvocation();
    text.#s.check();
    return text.#t;
  }
  before(content, options) { const t = Text.#open(this); contentArguments(arguments, "before", "Text"); this.#s.mutate(content, options, (c, h) => t.before(c, h)); return this; }
  after(content, options) { const t = Text.#open(this); contentArguments(arguments, "after", "Text"); this.#s.mutate(content, options, (c, h) => t.after(c, h)); return this; }
  replace(content, options) { const t = Text.#open(this); contentArguments(arguments, "replace", "Text"); this.#s.mutate(content, options, (c, h) => t.replace(c, h)); return this; }
  remove() { Text.#open(this).remove(); return this; }
}
constructorLast(Text);
const TEXT_PROPERTIES = instanceProperties(Text, ["removed", "lastInTextNode", "text"]);
Object.defineProperty(Text.prototype, Symbol.toStringTag, { value: "Text" });

class Comment {
  #t; #s;
  constructor(key, token, scope) {
    if (key !== kInternal) throw new TypeError("Illegal constructor");
    Object.defineProperties(this, COMMENT_PROPERTIES);
    this.#t = token; this.#s = scope;
  }
  get text() { return Comment.#open(this).text(); }
  set text(text) {
    const error = Comment.#open(this).setText(String(text));
    if (error !== null) throw parserError(error);
  }
  get removed() { return Comment.#open(this).removed(); }
  static #open(comment) {
    if (!(#t in comment)) throw illegalInvocation();
    comment.#s.check();
    return comment.#t;
  }
  before(content, options) { const t = Comment.#open(this); contentArguments(arguments, "before", "Comment"); this.#s.mutate(this.#s.stringOnly(content), options, (c, h) => t.before(c, h)); return this; }
  after(content, options) { const t = Comment.#open(this); contentArguments(arguments, "after", "Comment"); this.#s.mutate(this.#s.stringOnly(content), options, (c, h) => t.after(c, h)); return this; }
  replace(content, options) { const t = Comment.#open(this); contentArguments(arguments, "replace", "Comment"); this.#s.mutate(this.#s.stringOnly(content), options, (c, h) => t.replace(c, h)); return this; }
  remove() { Comment.#open(this).remove(); return this; }
}
constructorLast(Comment);
const COMMENT_PROPERTIES = instanceProperties(Comment, ["removed", "text"]);
Object.defineProperty(Comment.prototype, Symbol.toStringTag, { value: "Comment" });

class Doctype {
  #t; #s;
  constructor(key, token, scope) {
    if (key !== kInternal) throw new TypeError("Illegal constructor");
    Object.defineProperties(this, DOCTYPE_PROPERTIES);
    this.#t = token; this.#s = scope;
  }
  get name() { return Doctype.#open(this).name(); }
  get publicId() { return Doctype.#open(this).publicId(); }
  get systemId() { return Doctype.#open(this).systemId(); }
  static #open(doctype) {
    if (!(#t in doctype)) throw illegalInvocation();
    doctype.#s.check();
    return doctype.#t;
  }
}
constructorLast(Doctype);
const DOCTYPE_PROPERTIES = instanceProperties(Doctype, ["systemId", "publicId", "name"]);
Object.defineProperty(Doctype.prototype, Symbol.toStringTag, { value: "Doctype" });

class DocumentEnd {
  #t; #s;
  constructor(key, token, scope) {
    if (key !== kInternal) throw new TypeError("Illegal constructor");
    this.#t = token; this.#s = scope;
  }
  append(content, options) {
    if (!(#t in this)) throw illegalInvocation();
    contentArguments(arguments, "append", "DocumentEnd");
    const t = this.#t;
    this.#s.mutate(this.#s.stringOnly(content), options, (c, h) => t.append(c, h));
    return this;
  }
}
constructorLast(DocumentEnd);
instanceProperties(DocumentEnd, []);
Object.defineProperty(DocumentEnd.prototype, Symbol.toStringTag, { value: "DocumentEnd" });

/**
 * Runs the handlers of one session until it needs input or ends; throws what a handler threw.
 * Before each handler the output produced so far goes to `emit` (workerd writes it out then, so
 * a reader sees it even when the handler throws).
 */
async function runHandlers(session, table, emit) {
  for (;;) {
    const id = session.next();
    if (id < 0) {
      if (id === HR_FAILED) throw parserError(session.failure());
      return id;
    }
    const handler = table[id];
    emit();
    const scope = new HandlerScope();
    const token = new handler.kind(kInternal, session.token(), scope, table);
    try {
      let result;
      try {
        result = handler.fn.call(handler.self, token);
      } catch (e) {
        throw handlerError(e);
      }
      if (result !== null && (typeof result === "object" || typeof result === "function") && typeof result.then === "function") {
        try {
          await result;
        } catch (e) {
          // workerd loses a rejection whose reason is no object: the rewriting goes on
          if (e !== null && (typeof e === "object" || typeof e === "function")) throw handlerError(e);
        }
      }
      if (scope.queue !== null) await scope.flush();
    } finally {
      scope.valid = false;
    }
  }
}

/** The charset a response declares in its content-type, else utf-8 (workerd's default). */
function declaredCharset(response) {
  const type = response.headers.get("content-type");
  if (type === null) return "utf-8";
  for (const part of type.split(";").slice(1)) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim().toLowerCase() !== "charset") continue;
    let value = part.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    return value;
  }
  return "utf-8";
}

/** The rewritten body: each pull reads source chunks until the session produced some output. */
function rewrittenStream(response, session, table) {
  // transform() has checked that the body is neither used nor locked
  const api = response.body;
  // the input is read as workerd's rewriter reads it: chunk by chunk as written, not in 4096-byte reads (recorded)
  const reader = newReaderState(api[kRS], false, true);
  api[kRS].disturbed = true;
  let out = null;
  // an error that comes after output of the same pull waits for the reader to take that output
  let deferredError = null;
  let emitted = false;
  const emit = () => {
    const bytes = bytesFromHost(session.takeOutput());
    if (bytes.byteLength > 0) {
      // workerd hands the output on in chunks of at most 4096 bytes (recorded)
      if (bytes.byteLength <= OUTPUT_CHUNK) out.controller.enqueue(bytes);
      else for (let at = 0; at < bytes.byteLength; at += OUTPUT_CHUNK) out.controller.enqueue(bytes.slice(at, at + OUTPUT_CHUNK));
      emitted = true;
    }
  };
  const fail = (e) => {
    out.controller.error(e);
    if (reader !== null) rsCancel(reader.stream, e).catch(() => {});
  };
  const pull = async () => {
    if (deferredError !== null) { fail(deferredError.e); return; }
    emitted = false;
    try {
      for (;;) {
        const { value, done } = await readPromise(reader);
        if (done) session.end();
        else if (!isBufferSource(value)) throw new TypeError(STREAM_MESSAGES.notBytes);
        else session.write(value instanceof ArrayBuffer ? new Uint8Array(value) : value);
        await runHandlers(session, table, emit);
        emit();
        if (done) { out.controller.close(); return; }
        if (emitted) return;
      }
    } catch (e) {
      if (emitted) deferredError = { e };
      else fail(e);
    }
  };
  const cancel = (reason) => (reader !== null ? rsCancel(reader.stream, reason) : Promise.resolve());
  out = createReadableStream(() => {}, pull, cancel, 0, undefined, true);
  return out;
}

/** The registration of `rewriter.on(selector, handlers)`, handed to `add`. */
function readOn(selector, handlers, add) {
  // a missing selector is refused as workerd's binding refuses it; any other value is converted
  if (selector === undefined) throw new TypeError("Failed to execute 'on' on 'HTMLRewriter': parameter 1 is not of type 'string'.");
  const text = String(selector);
  const fns = readHandlers(handlers, ELEMENT_FIELDS, "ElementContentHandlers", "on", 2);
  const parsed = host.htmlRewriter().compileSelector(text);
  if (typeof parsed === "string") throw parserError(parsed);
  add({ selector: parsed, fns, self: handlers });
}

/** The registration of `rewriter.onDocument(handlers)`, handed to `add`. */
function readOnDocument(handlers, add) {
  const fns = readHandlers(handlers, DOCUMENT_FIELDS, "DocumentContentHandlers", "onDocument", 1);
  add({ selector: null, fns, self: handlers });
}

/** `rewriter.transform(response)` with the rewriter's registrations. */
function transform(response, registrations) {
  if (!(response instanceof Response)) throw new TypeError("Failed to execute 'transform' on 'HTMLRewriter': parameter 1 is not of type 'Response'.");
  if (response.type === "error") throw new TypeError("HTMLRewriter cannot transform an error response");
  const b = response[kBody];
  if (b.bytes === null && b.stream === null) return response;
  // a used or locked body fails the call itself, as in workerd (recorded)
  const source = response.body;
  if (b.used || source[kRS].disturbed || source[kRS].reader !== null) throw new TypeError("The ReadableStream has been locked to a reader.");
  const rewriter = host.htmlRewriter();
  const label = declaredCharset(response);
  const encoding = label === "utf-8" ? "utf-8" : encodingForLabel(label.trim().toLowerCase()) ?? null;
  const refused = rewriter.encodingError(encoding);
  if (refused !== null) throw parserError(refused);
  const table = [];
  const add = (fn, self, kind) => (fn === undefined ? -1 : table.push({ fn, self, kind }) - 1);
  const builder = rewriter.builder();
  for (const r of registrations()) {
    if (r.selector !== null) {
      builder.on(r.selector, add(r.fns.element, r.self, Element), add(r.fns.comments, r.self, Comment), add(r.fns.text, r.self, Text));
    } else {
      builder.onDocument(add(r.fns.doctype, r.self, Doctype), add(r.fns.comments, r.self, Comment), add(r.fns.text, r.self, Text), add(r.fns.end, r.self, DocumentEnd));
    }
  }
  const session = rewriter.start(builder, encoding);
  const body = rewrittenStream(response, session, table);
  return new Response(body.api, response);
}
