// The Cloudflare Images binding (env.IMAGES), with workerd's class names and error messages: info()
// and input().transform().draw().output() hand the image bytes and the serialised transforms to the
// Java side (Miniflare's local images service), whose answer becomes a result or an ImagesError
// (`IMAGES_<OP>_ERROR <code>: ...`, or `Unexpected error response <status>: ...` without a code).
// `hosted` is Miniflare's hosted images store. Top level: class and function definitions only.
(function (internals) {
  // the standard stream classes, whatever the worker's compatibility date makes of the globals
  const { TransformStream } = internals.streamClasses;
  // What workerd's form puts in the image field: a stream's, buffer's or blob's bytes, else the
  // value's text (so null, a number or a Response are read as images and refused as such).
  async function readAll(source) {
    const readable = source instanceof ReadableStream || source instanceof ArrayBuffer || ArrayBuffer.isView(source) || source instanceof Blob;
    return new Uint8Array(await new Response(readable ? source : String(source)).arrayBuffer());
  }

  // The local service cannot parse a form whose base64 image does not decode (recorded).
  function formFailure() {
    return new ImagesErrorImpl("Unexpected error response 500: TypeError: Failed to parse body as FormData.", 9523);
  }

  function isBase64Text(text) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61;
      if (!ok) return false;
    }
    return true;
  }

  function bytesToBase64(bytes) {
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
  }

  function base64ToBytes(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  // A base64-encoded image: decoded when read, as workerd's decoder stream is; text that is not
  // base64 (whitespace included) fails as the service's form parsing does.
  function decodeBase64Stream(stream) {
    return {
      async bytes() {
        const text = new TextDecoder().decode(await readAll(stream));
        let bytes;
        try {
          if (isBase64Text(text)) bytes = base64ToBytes(text);
        } catch {}
        if (bytes === undefined) throw formFailure();
        return bytes;
      },
    };
  }

  function imageBytes(source) {
    return source instanceof Base64Source ? source.decoded.bytes() : readAll(source);
  }

  class Base64Source {
    constructor(stream) {
      this.decoded = decodeBase64Stream(stream);
    }
  }

  // Encodes a byte stream as base64 text, three bytes at a time across chunk boundaries.
  function encodeBase64Stream(stream) {
    let carry = new Uint8Array(0);
    const encoder = new TextEncoder();
    return stream.pipeThrough(new TransformStream({
      transform(chunk, controller) {
        const bytes = new Uint8Array(carry.length + chunk.byteLength);
        bytes.set(carry, 0);
        bytes.set(new Uint8Array(chunk.buffer ?? chunk, chunk.byteOffset ?? 0, chunk.byteLength), carry.length);
        const whole = bytes.length - (bytes.length % 3);
        carry = bytes.slice(whole);
        if (whole > 0) controller.enqueue(encoder.encode(bytesToBase64(bytes.subarray(0, whole))));
      },
      flush(controller) {
        if (carry.length > 0) controller.enqueue(encoder.encode(bytesToBase64(carry)));
      },
    }));
  }

  // V8's wording of reading a member of null or undefined (what workerd's code throws there)
  function member(value, name) {
    if (value === undefined || value === null) throw new TypeError(`Cannot read properties of ${value} (reading '${name}')`);
    return value[name];
  }

  class ImagesErrorImpl extends Error {
    code;
    constructor(message, code) {
      super(message);
      this.code = code;
    }
  }

  function throwIfRefused(operation, reply) {
    const code = reply.code();
    if (code !== 0) throw new ImagesErrorImpl(`IMAGES_${operation}_${reply.text()}`.trim(), code);
    const status = reply.status();
    if (status > 399) throw new ImagesErrorImpl(`Unexpected error response ${status}: ${reply.text().trim()}`, 9523);
  }

  class TransformationResultImpl {
    #contentType;
    #body;
    constructor(contentType, bytes) {
      this.#contentType = contentType;
      this.#body = new Blob([bytes]).stream();
    }
    contentType() {
      if (!this.#contentType) {
        throw new ImagesErrorImpl("IMAGES_TRANSFORM_ERROR 9523: No content-type on bindings response", 9523);
      }
      return this.#contentType;
    }
    image(options) {
      return options?.encoding === "base64" ? encodeBase64Stream(this.#body) : this.#body;
    }
    response() {
      return new Response(this.image(), { headers: { "content-type": this.contentType() } });
    }
  }

  class DrawnImage {
    constructor(child, options) {
      this.child = child;
      this.options = options;
    }
  }

  class ImageTransformerImpl {
    #host;
    #stream;
    #transforms = [];
    #consumed = false;
    constructor(host, stream) {
      this.#host = host;
      this.#stream = stream;
    }
    transform(transform) {
      this.#transforms.push(transform);
      return this;
    }
    draw(image, options = {}) {
      if (image instanceof ImageTransformerImpl) {
        image.#consume();
        this.#transforms.push(new DrawnImage(image, options));
      } else {
        this.#transforms.push(new DrawnImage(new ImageTransformerImpl(this.#host, image), options));
      }
      return this;
    }
    async output(options) {
      this.#consume();
      const transforms = this.#serialize();
      const format = String(member(options, "format"));
      if (options.quality !== undefined) member(options.quality, "toString");
      if (options.anim !== undefined) member(options.anim, "toString");
      const bytes = await imageBytes(this.#stream);
      const reply = this.#host.transform(bytes, JSON.stringify(transforms), format);
      throwIfRefused("TRANSFORM", reply);
      return new TransformationResultImpl(reply.contentType(), new Uint8Array(new Uint8Array(reply.body())));
    }
    #consume() {
      if (this.#consumed) {
        throw new ImagesErrorImpl("IMAGES_TRANSFORM_ERROR 9525: ImageTransformer consumed; you may only call .output() or draw a transformer once", 9525);
      }
      this.#consumed = true;
    }
    // Image 0 is the canvas; every drawn image gets the next index, its own transforms first.
    #serialize() {
      const out = [];
      let next = 1;
      const walk = (target, transforms) => {
        for (const t of transforms) {
          if (t instanceof DrawnImage) {
            const index = next++;
            walk(index, t.child.#transforms);
            out.push({ drawImageIndex: index, targetImageIndex: target, ...t.options });
          } else {
            out.push({ imageIndex: target, ...t });
          }
        }
      };
      walk(0, this.#transforms);
      return out;
    }
  }

  // {"ok": details} or {"error": KV's message}
  function settled(outcome) {
    const parsed = JSON.parse(outcome);
    if ("error" in parsed) throw new Error(parsed.error);
    return parsed.ok;
  }

  class ImageHandleImpl {
    #host;
    #id;
    constructor(host, id) {
      this.#host = host;
      this.#id = id;
    }
    async details() {
      const details = this.#host.details(this.#id);
      return details === null ? null : JSON.parse(details);
    }
    async bytes() {
      const bytes = this.#host.bytes(this.#id);
      return bytes === null ? null : new Blob([new Uint8Array(new Uint8Array(bytes))]).stream();
    }
    async update(options) {
      if (this.#host.details(this.#id) === null) throw new Error(`Image not found: ${this.#id}`);
      const changes = { requireSignedURLs: member(options, "requireSignedURLs"), metadata: options.metadata, creator: options.creator };
      return settled(this.#host.update(this.#id, JSON.stringify(changes)));
    }
    async delete() {
      return this.#host.delete(this.#id);
    }
  }

  class HostedImagesBindingImpl {
    #host;
    constructor(host) {
      this.#host = host;
    }
    image(imageId) {
      return new ImageHandleImpl(this.#host, String(imageId));
    }
    async upload(image, options) {
      if (image instanceof Blob) {
        throw new DOMException(`Could not serialize object of type "Blob". This type does not support serialization.`, "DataCloneError");
      }
      let data = image;
      if (options?.encoding === "base64") {
        data = image instanceof ArrayBuffer
          ? base64ToBytes(new TextDecoder().decode(image).trim())
          : base64ToBytes((await new Response(image).text()).trim());
      }
      const bytes = new Uint8Array(data instanceof ArrayBuffer ? data : await new Response(data).arrayBuffer());
      const id = options?.id ?? crypto.randomUUID();
      const details = { filename: options?.filename, requireSignedURLs: options?.requireSignedURLs, metadata: options?.metadata };
      if (options?.creator !== undefined) details.creator = options.creator;
      return settled(this.#host.upload(String(id), bytes, JSON.stringify(details)));
    }
    async list(options) {
      const page = JSON.parse(this.#host.list(JSON.stringify({
        limit: options?.limit, cursor: options?.cursor, sortOrder: options?.sortOrder, creator: options?.creator,
      })));
      return { images: page.images, cursor: page.cursor, listComplete: page.listComplete };
    }
  }

  class ImagesBindingImpl {
    #host;
    #hosted;
    constructor(host) {
      this.#host = host;
      this.#hosted = new HostedImagesBindingImpl(host);
    }
    get hosted() {
      return this.#hosted;
    }
    async info(stream, options) {
      const source = options?.encoding === "base64" ? new Base64Source(stream) : stream;
      const reply = this.#host.info(await imageBytes(source));
      throwIfRefused("INFO", reply);
      return JSON.parse(reply.text());
    }
    input(stream, options) {
      return new ImageTransformerImpl(this.#host, options?.encoding === "base64" ? new Base64Source(stream) : stream);
    }
  }

  return (host) => new ImagesBindingImpl(host);
})
