// cloudflare:sockets over Java sockets (sockets.internal.SocketsHost): connect() and the Socket class, with
// workerd's argument checks and messages (recorded: sockets-*). Each read is one chunk copied
// from Java when the reader asks for it; each write is copied to Java in one piece.
(function (internals, host) {
  // the standard stream classes, whatever the worker's compatibility date makes of the globals
  const { ReadableStream, WritableStream } = internals.streamClasses;
  const SECURE_TRANSPORTS = ["off", "on", "starttls"];
  const CLOSING = "This WritableStream belongs to an object that is closing.";
  const states = new WeakMap();
  // Host names that stand for another address: Hyperdrive's <id>.hyperdrive.local, by "host:port".
  const routes = new Map();

  const deferred = () => {
    let resolve, reject;
    const promise = new Promise((ok, fail) => { resolve = ok; reject = fail; });
    promise.catch(() => {}); // a socket nobody awaits must not report an unhandled rejection
    return { promise, resolve, reject };
  };

  /** workerd's SocketAddress.port (a uint16): checked before the address itself. */
  function toPort(value) {
    if (typeof value === "bigint") throw new TypeError("Cannot convert a BigInt value to a number");
    const n = Number(value);
    if (!Number.isFinite(n)) throw new TypeError("The value cannot be converted because it is not an integer.");
    if (n < 0) throw new TypeError("The value cannot be converted because it is negative and this API expects a positive number.");
    if (n > 65535) throw new TypeError("Value out of range. Must be less than or equal to 65535.");
    return Math.trunc(n) || 0; // -0 is port 0
  }

  /** workerd's host check on the whole "host:port" text: 1 to 255 of [A-Za-z0-9._:[\]-]. */
  const VALID_ADDRESS = /^[A-Za-z0-9._:\[\]-]{1,255}$/;
  const checkCharacters = (text) => {
    if (!VALID_ADDRESS.test(text)) {
      throw new TypeError("Specified address is empty string, contains unsupported characters or is too long.");
    }
  };

  /**
   * workerd's order: a string is parsed as the authority of a URL with a non-special scheme
   * (so "a/b:1" lacks a port and "a<b:1" does not parse), then its characters are checked; an
   * object's members are converted (hostname, then port) and only "hostname:port" is checked.
   */
  function parseAddress(address) {
    if (address === undefined || address === null) {
      throw new TypeError("Cannot initialize N7workerd3api13SocketAddressE with required members from an undefined or null value.");
    }
    if (typeof address === "object" || typeof address === "function") {
      const hostname = String(address.hostname);
      const port = toPort(address.port);
      checkCharacters(`${hostname}:${port}`);
      return { hostname, port };
    }
    const text = String(address);
    if (text === "") throw new TypeError("Specified address is missing hostname.");
    const record = internals.parseUrl("socket://" + text);
    if (record === null) throw new TypeError("Specified address could not be parsed.");
    if (record.host === null || record.host === "") throw new TypeError("Specified address is missing hostname.");
    if (record.port === null) throw new TypeError("Specified address is missing port.");
    checkCharacters(text);
    const colon = text.lastIndexOf(":");
    const hostname = text.slice(0, colon);
    return { hostname: hostname.startsWith("[") ? hostname.slice(1, -1) : hostname, port: record.port };
  }

  function parseOptions(options) {
    if (options === null) {
      throw new TypeError("Cannot initialize N7workerd3api13SocketOptionsE with required members from an undefined or null value.");
    }
    if (options !== undefined && typeof options !== "object" && typeof options !== "function") {
      throw new TypeError("Failed to execute 'connect' on 'SocketsModule': parameter 2 is not of type 'SocketOptions'.");
    }
    const secureTransport = options?.secureTransport === undefined ? "off" : String(options.secureTransport);
    if (!SECURE_TRANSPORTS.includes(secureTransport)) {
      throw new TypeError(`Unsupported value in secureTransport socket option: ${secureTransport}`);
    }
    return { secureTransport, allowHalfOpen: Boolean(options?.allowHalfOpen) };
  }

  function state(socket) {
    const s = states.get(socket);
    if (s === undefined) throw internals.illegalInvocation();
    return s;
  }

  /**
   * workerd's Socket: scripts cannot construct one; its members are enumerable, in workerd's order,
   * ahead of the constructor; a member called on another object is an illegal invocation.
   */
  function Socket() { throw new TypeError("Illegal constructor"); }
  const members = {
    get readable() { return state(this).readable; },
    get writable() { return state(this).writable; },
    get closed() { return state(this).closed.promise; },
    get opened() { return state(this).opened.promise; },
    get upgraded() { return state(this).upgraded; },
    get secureTransport() { return state(this).secureTransport; },
    /** The first call settles with undefined, whatever became of the connection; later ones follow `closed`. */
    close() {
      const s = state(this);
      if (s.closeCalled) return s.closed.promise.then(() => undefined);
      s.closeCalled = true;
      if (!s.failed) shutDown(s);
      return s.closed.promise.then(() => undefined, () => undefined);
    },
    startTls(...args) {
      const s = state(this);
      const options = args[0];
      if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
        throw new TypeError("Failed to execute 'startTls' on 'Socket': parameter 1 is not of type 'TlsOptions'.");
      }
      if (s.secureTransport === "on") throw new TypeError("Cannot startTls on a TLS socket.");
      if (s.secureTransport !== "starttls") {
        throw new TypeError("The `secureTransport` socket option must be set to 'starttls' for startTls to be used.");
      }
      if (s.replaced) throw new TypeError("startTls can only be called once.");
      s.replaced = true; // the plain streams end here: the TLS socket owns the connection
      const secure = createSocket((onOpen, onFail) => s.connection.startTls(onOpen, onFail), "on", s.allowHalfOpen);
      states.get(secure).upgraded = true;
      return secure;
    },
  };
  const layout = Object.getOwnPropertyDescriptors(members);
  for (const descriptor of Object.values(layout)) descriptor.enumerable = true;
  delete Socket.prototype.constructor;
  Object.defineProperties(Socket.prototype, {
    ...layout,
    constructor: { value: Socket, writable: true, configurable: true },
    [Symbol.toStringTag]: { value: "Socket", writable: true, configurable: true },
  });
  internals.registerHostClass(Socket); // an API object: structuredClone() and RPC refuse it

  /** Closes both directions; `closed` resolves unless the connection already failed. */
  function shutDown(s) {
    if (s.closing) return;
    s.closing = true;
    if (!s.replaced) s.connection.close();
    try { s.readController?.close(); s.readController?.byobRequest?.respond(0); } catch { /* already closed */ }
    s.writeClosed = true;
    if (!s.pendingConnect) s.closed.resolve();
  }

  function maybeDone(s) {
    if (s.readDone && s.writeDone && !s.failed) shutDown(s);
  }

  function fail(s, error) {
    if (s.failed) return;
    s.failed = error;
    s.pendingConnect = false;
    s.closed.reject(error);
    s.opened.reject(error);
    try { s.readController?.close(); s.readController?.byobRequest?.respond(0); } catch { /* already closed */ }
    // workerd's writable side keeps the failure as its error (writer.closed and ready reject with it)
    if (!s.writeClosed && !s.writeDone) s.writeController?.error(new Error("jsg.Error: " + error.message));
  }

  function createSocket(open, secureTransport, allowHalfOpen) {
    const socket = Object.create(Socket.prototype);
    const s = {
      secureTransport, allowHalfOpen, upgraded: false, replaced: false, closing: false, failed: null,
      pendingConnect: true, closeCalled: false, writeController: null, readDone: false, writeDone: false, writeClosed: false, readController: null,
      opened: deferred(), closed: deferred(),
    };
    states.set(socket, s);
    s.connection = open(
      (remoteAddress, localAddress) => {
        s.pendingConnect = false;
        s.opened.resolve({ remoteAddress: remoteAddress ?? undefined, localAddress: localAddress ?? undefined });
        if (s.closing) s.closed.resolve();
      },
      (message) => fail(s, new Error(message)));
    s.readable = new ReadableStream({
      type: "bytes",
      start(controller) { s.readController = controller; },
      pull(controller) {
        return new Promise((resolve) => s.connection.read(
          (buffer) => {
            if (s.replaced || s.closing) { resolve(); return; }
            if (buffer == null) {
              try { controller.close(); controller.byobRequest?.respond(0); } catch { /* closed meanwhile */ }
              s.readDone = true;
              if (!s.allowHalfOpen) s.writeDone = true;
              maybeDone(s);
            } else {
              controller.enqueue(new Uint8Array(new Uint8Array(buffer)));
            }
            resolve();
          },
          (message) => { const e = new Error(message); controller.error(e); fail(s, e); resolve(); }));
      },
      cancel() { s.readDone = true; maybeDone(s); },
    });
    s.writable = new WritableStream({
      start(controller) { s.writeController = controller; },
      write(chunk) {
        if (s.writeClosed || s.replaced) return Promise.reject(new TypeError(CLOSING));
        if (s.failed) return Promise.reject(new Error("jsg.Error: " + s.failed.message));
        if (typeof chunk === "string") {
          throw new TypeError("This TransformStream is being used as a byte stream, but received a string on its writable side. If you wish to write a string, you'll probably want to explicitly UTF-8-encode it with TextEncoder.");
        }
        if (!(chunk instanceof ArrayBuffer || ArrayBuffer.isView(chunk))) {
          throw new TypeError("This TransformStream is being used as a byte stream, but received an object of non-ArrayBuffer/ArrayBufferView type on its writable side.");
        }
        return new Promise((resolve, reject) => s.connection.write(chunk, resolve, (message) => reject(new Error(message))));
      },
      close() {
        if (s.failed || s.writeClosed) { s.writeDone = true; return undefined; }
        return new Promise((resolve) => s.connection.endWrites(() => { s.writeDone = true; maybeDone(s); resolve(); }));
      },
      abort() { s.writeDone = true; maybeDone(s); },
    });
    return socket;
  }

  function connect(address, options) {
    const target = parseAddress(address);
    const settings = parseOptions(options);
    const route = routes.get(`${target.hostname.toLowerCase()}:${target.port}`);
    const { hostname, port } = route ?? target;
    return createSocket(
      (onOpen, onFail) => host.connect({ hostname, port, tls: settings.secureTransport === "on" }, onOpen, onFail),
      settings.secureTransport, settings.allowHalfOpen);
  }

  function internalNewHttpClient() {
    throw new Error("internalNewHttpClient() is internal to workerd and not supported by miniflare4j");
  }

  /** Makes `hostname:port` stand for `target` ({hostname, port}) in this worker's connect(). */
  internals.socketRoute = (hostname, port, target) => routes.set(`${hostname.toLowerCase()}:${port}`, target);
  internals.Socket = Socket;
  return { connect, internalNewHttpClient };
})
