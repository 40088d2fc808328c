// WHATWG Streams, part 1: ReadableStream with default and byte controllers, default and BYOB
// readers, async iteration, tee. Internal state lives in plain objects under symbol keys; the
// public classes are thin. Messages are workerd's, kept in STREAM_MESSAGES.

// @imports defineGlobal, concatBytes, hiddenConstructor, illegalInvocation, newOnly, setInternal from core.js
// @imports later WritableStream, pipeStreams, kWS from writable.js
// @exports NO_START, STREAM_MESSAGES, toUint64, jsgInt, kRS, kCtl, ctlOf, kInternal, deferred, handled, rejectedDeferred, resolvedDeferred, promiseCall, dictionaryArgument, method, highWaterMark, sizeAlgorithm, isBufferSource, copyBytes, constructGuard, rsCancel, newReaderState, readerRead, readPromise, readerRelease, ReadableStream, createReadableStream, streamFromBytes, teeStream, readAllBytes

const STREAM_MESSAGES = {
  locked: "This ReadableStream is currently locked to a reader.",
  lockedTee: "This ReadableStream is currently locked to a reader,",
  released: "This ReadableStream reader has been released.",
  closed: "This ReadableStream is closed.",
  enqueue: "Unable to enqueue",
  noByob: "This ReadableStream does not support BYOB reads.",
  badMode: "mode must be undefined or 'byob' in call to getReader().",
  byobView: "Failed to execute 'read' on 'ReadableStreamBYOBReader': parameter 1 is not of type 'ArrayBufferView'.",
  byobEmpty: "You must call read() on a \"byob\" reader with a positive-sized TypedArray object.",
  byteChunk: "Failed to execute 'enqueue' on 'ReadableByteStreamController': parameter 1 is not of type 'BufferSource'.",
  negative: "The value cannot be converted because it is negative and this API expects a positive bigint.",
  notInteger: "The value cannot be converted because it is not an integer.",
  writerLocked: "This WritableStream is currently locked to a writer.",
  pipeDestinationLocked: "This WritableStream is currently locked to a writer",
  writableClosed: "This WritableStream has been closed.",
  writerReleased: "This WritableStream writer has been released.",
  pipeTarget: "Failed to execute 'pipeTo' on 'ReadableStream': parameter 1 is not of type 'WritableStream'.",
  notBytes: "This ReadableStream did not return bytes.",
  disturbed: "This ReadableStream is disturbed (has already been read from), and cannot be used as a body.",
  byteString: "This TransformStream is being used as a byte stream, but received a string on its writable side. If you wish to write a string, you'll probably want to explicitly UTF-8-encode it with TextEncoder.",
  illegal: "Illegal constructor",
  terminated: "The transform stream has been terminated",
};

const kRS = Symbol("readableStream");
const kReader = Symbol("reader");
const kCtl = Symbol("controller");
const kInternal = Symbol("internal");

/** A promise with its resolve/reject; `pending` tells whether it is still unsettled. */
function deferred() {
  const d = { promise: null, resolve: null, reject: null, pending: true };
  d.promise = new Promise((resolve, reject) => {
    d.resolve = (v) => { d.pending = false; resolve(v); };
    d.reject = (e) => { d.pending = false; reject(e); };
  });
  return d;
}
function handled(promise) { promise.then(undefined, () => {}); return promise; }
function rejectedDeferred(error) { const d = deferred(); d.reject(error); handled(d.promise); return d; }
function resolvedDeferred(value) { const d = deferred(); d.resolve(value); return d; }

/** Calls an optional method of an underlying source/sink/transformer as a promise. */
function promiseCall(fn, thisArg, ...args) {
  if (fn === undefined) return Promise.resolve(undefined);
  try { return Promise.resolve(fn.apply(thisArg, args)); } catch (e) { return Promise.reject(e); }
}
/**
 * A dictionary argument as workerd converts it: undefined and null give undefined, objects and
 * functions pass, any other value fails with `failure` (workerd's "parameter N is not of type").
 */
function dictionaryArgument(value, failure) {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" && typeof value !== "function") throw new TypeError(failure);
  return value;
}
/** An optional function member `name` of the dictionary `dict` (null is refused, as in workerd). */
function method(obj, name, dict) {
  if (obj == null) return undefined;
  const m = obj[name];
  if (m === undefined) return undefined;
  if (typeof m !== "function") throw new TypeError(`Incorrect type for the '${name}' field on '${dict}': the provided value is not of type 'function'.`);
  return m;
}
function highWaterMark(strategy, fallback) {
  const hwm = strategy?.highWaterMark;
  if (hwm === undefined) return fallback;
  return toUint64(hwm);
}
/** A value as workerd converts it to an unsigned 64-bit integer (truncated), with its TypeErrors. */
function toUint64(value) {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new TypeError(STREAM_MESSAGES.notInteger);
  if (n < 0 && Math.trunc(n) !== 0) throw new TypeError(STREAM_MESSAGES.negative);
  if (n >= 2 ** 64) throw new TypeError("Value out of range. Must be less than or equal to 18446744073709551615.");
  return Math.trunc(n) + 0;
}
/**
 * A value as JSG converts an `int` argument: a missing one refused, ToNumber (a Symbol or BigInt
 * throws), NaN and infinities read as 0, beyond int32 refused, fractions truncated (recorded).
 */
function jsgInt(value, methodName, className) {
  if (value === undefined) throw new TypeError(`Failed to execute '${methodName}' on '${className}': parameter 1 is not of type 'integer'.`);
  const n = +value;
  if (!Number.isFinite(n)) return 0;
  const whole = Math.trunc(n);
  if (whole < -2147483648 || whole > 2147483647) throw new TypeError("Value out of range. Must be between -2147483648 and 2147483647 (inclusive).");
  return whole + 0;
}
function sizeAlgorithm(strategy) {
  const size = strategy?.size;
  if (size === undefined) return () => 1;
  if (typeof size !== "function") throw new TypeError("Incorrect type for the 'size' field on 'StreamQueuingStrategy': the provided value is not of type 'function'.");
  return (chunk) => size(chunk);
}
function isBufferSource(value) { return value instanceof ArrayBuffer || ArrayBuffer.isView(value); }
/** A fresh Uint8Array holding a copy of an ArrayBuffer / view's bytes. */
function copyBytes(value) {
  if (value instanceof ArrayBuffer) return new Uint8Array(value.slice(0));
  return new Uint8Array(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength));
}
function constructGuard(target, name) {
  if (target === undefined) throw new TypeError(`Failed to construct '${name}': Please use the 'new' operator, this object constructor cannot be called as a function.`);
}

// ---- stream state ------------------------------------------------------------------------

function newReadableState() {
  return { state: "readable", reader: null, storedError: undefined, disturbed: false, controller: null, api: null };
}
function isLocked(s) { return s.reader !== null; }

/**
 * Closes the stream and answers its reader's pending reads with done; `valueFor(i)` gives the
 * value of the i-th read (a byte stream's reads get an empty view, as in workerd), else undefined.
 */
function rsClose(s, valueFor = null) {
  if (s.state !== "readable") return;
  s.state = "closed";
  const r = s.reader;
  if (r === null) return;
  r.closed.resolve(undefined);
  const requests = r.requests;
  r.requests = [];
  requests.forEach((q, i) => q.close(valueFor === null ? undefined : valueFor(i)));
}
function rsError(s, e) {
  if (s.state !== "readable") return;
  s.state = "errored";
  s.storedError = e;
  const r = s.reader;
  if (r === null) return;
  r.closed.reject(e);
  handled(r.closed.promise);
  const requests = r.requests;
  r.requests = [];
  for (const q of requests) q.error(e);
}
function rsCancel(s, reason) {
  s.disturbed = true;
  if (s.state === "closed") return Promise.resolve(undefined);
  if (s.state === "errored") return Promise.reject(s.storedError);
  // workerd answers the reads a byte stream's cancel ends with empty views, not undefined (recorded)
  const c = s.controller;
  rsClose(s, c.byte ? (i) => c.emptyViewOf(i) : null);
  return c.cancelSteps(reason).then(() => undefined);
}

// ---- default controller ------------------------------------------------------------------

/**
 * The state of a controller or BYOB request: another receiver (a plain object, the prototype)
 * throws workerd's Illegal invocation before any argument is looked at (recorded).
 */
function ctlOf(api) {
  const c = typeof api === "object" && api !== null ? api[kCtl] : undefined;
  if (c === undefined) throw illegalInvocation();
  return c;
}

class ReadableStreamDefaultController {
  constructor(token) { if (token !== kInternal) throw new TypeError(STREAM_MESSAGES.illegal); }
  get desiredSize() { return ctlOf(this).desiredSize(); }
  close() {
    const c = ctlOf(this);
    if (!c.canClose()) throw new TypeError(STREAM_MESSAGES.closed);
    c.close();
  }
  enqueue(chunk = undefined) {
    const c = ctlOf(this);
    if (!c.canClose()) throw new TypeError(STREAM_MESSAGES.enqueue);
    c.enqueue(chunk);
  }
  error(e = undefined) {
    // workerd requires the argument (recorded: a bare error() throws, and from start() that
    // error becomes the stream's)
    const c = ctlOf(this);
    if (arguments.length === 0) throw new TypeError("Failed to execute 'error' on 'ReadableStreamDefaultController': parameter 1 is not of type 'Value'.");
    c.error(e);
  }
}
Object.defineProperty(ReadableStreamDefaultController.prototype, Symbol.toStringTag, { value: "ReadableStreamDefaultController", configurable: true });

class DefaultControllerState {
  constructor(stream, hwm, size) {
    this.stream = stream; this.hwm = hwm; this.size = size;
    this.queue = []; this.queueTotalSize = 0;
    this.started = false; this.closeRequested = false; this.pulling = false; this.pullAgain = false;
    this.pullAlgo = null; this.cancelAlgo = null;
    this.byte = false;
  }
  canClose() { return !this.closeRequested && this.stream.state === "readable"; }
  desiredSize() {
    const st = this.stream.state;
    if (st === "errored") return null;
    // workerd reports 0 from close() on, chunks still queued or not (recorded)
    if (st === "closed" || this.closeRequested) return 0;
    return this.hwm - this.queueTotalSize;
  }
  hasBackpressure() { return !this.shouldPull(); }
  shouldPull() {
    if (!this.canClose() || !this.started) return false;
    const r = this.stream.reader;
    if (r !== null && r.requests.length > 0) return true;
    return this.desiredSize() > 0;
  }
  callPull() {
    if (!this.shouldPull()) return;
    if (this.pulling) { this.pullAgain = true; return; }
    this.pulling = true;
    this.pullAlgo().then(() => {
      this.pulling = false;
      if (this.pullAgain) { this.pullAgain = false; this.callPull(); }
    }, (e) => this.error(e));
  }
  clearAlgorithms() { this.pullAlgo = null; this.cancelAlgo = null; this.size = null; }
  close() {
    if (!this.canClose()) return;
    this.closeRequested = true;
    if (this.queue.length === 0) { this.clearAlgorithms(); rsClose(this.stream); }
  }
  enqueue(chunk) {
    if (!this.canClose()) return;
    const s = this.stream;
    // workerd sizes every chunk, even one a pending read takes, converts the size as an unsigned
    // 64-bit integer, and errors the stream on a failure without throwing (recorded)
    let size;
    try { size = toUint64(this.size(chunk)); } catch (e) { this.error(e); return; }
    if (s.reader !== null && s.reader.requests.length > 0) {
      s.reader.requests.shift().chunk(chunk);
    } else {
      this.queue.push({ value: chunk, size });
      this.queueTotalSize += size;
    }
    this.callPull();
  }
  error(e) {
    if (this.stream.state !== "readable") return;
    this.queue = []; this.queueTotalSize = 0;
    this.clearAlgorithms();
    rsError(this.stream, e);
  }
  pullSteps(request) {
    // a read the queue serves does not pull, as in workerd: the source is pulled after an enqueue
    // and when a read finds the queue empty (recorded)
    if (this.queue.length > 0) {
      const { value, size } = this.queue.shift();
      this.queueTotalSize = Math.max(0, this.queueTotalSize - size);
      if (this.closeRequested && this.queue.length === 0) { this.clearAlgorithms(); rsClose(this.stream); }
      request.chunk(value);
    } else {
      this.stream.reader.requests.push(request);
      this.callPull();
    }
  }
  cancelSteps(reason) {
    this.queue = []; this.queueTotalSize = 0;
    const algo = this.cancelAlgo;
    this.clearAlgorithms();
    return algo ? algo(reason) : Promise.resolve();
  }
  releaseSteps() {}
}

/**
 * The start algorithm of a source or sink that has no start(): workerd starts such a stream at
 * once, so that its pull() or write() can run before the constructor's caller goes on (recorded),
 * where a start() that returns, even undefined, finishes a microtask later as the spec says.
 */
const NO_START = () => undefined;

function setUpController(c, api, startAlgo, pullAlgo, cancelAlgo) {
  c.pullAlgo = pullAlgo; c.cancelAlgo = cancelAlgo;
  setInternal(api, kCtl, c);
  c.stream.controller = c;
  if (startAlgo === NO_START) {
    c.started = true;
    c.callPull();
    return;
  }
  let started;
  // a throwing start() errors the stream instead of the constructor call (workerd, recorded)
  try { started = Promise.resolve(startAlgo()); } catch (e) { started = Promise.reject(e); }
  started.then(() => { c.started = true; c.callPull(); }, (e) => c.error(e));
}

// ---- byte controller ---------------------------------------------------------------------

class ReadableByteStreamController {
  constructor(token) { if (token !== kInternal) throw new TypeError(STREAM_MESSAGES.illegal); }
  get byobRequest() { return ctlOf(this).getByobRequest(); }
  get desiredSize() { return ctlOf(this).desiredSize(); }
  close() {
    const c = ctlOf(this);
    if (!c.canClose()) throw new TypeError(STREAM_MESSAGES.closed);
    c.close();
  }
  enqueue(chunk = undefined) {
    // workerd takes an ArrayBuffer too, and detaches what it enqueues, as the spec does (recorded)
    const c = ctlOf(this);
    if (!ArrayBuffer.isView(chunk) && !(chunk instanceof ArrayBuffer)) throw new TypeError(STREAM_MESSAGES.byteChunk);
    if (!c.canClose()) throw new TypeError("This ReadableByteStreamController is closed.");
    if (chunk.byteLength === 0) throw new TypeError("Cannot enqueue a zero-length ArrayBuffer.");
    c.enqueue(takeEnqueuedBytes(chunk));
  }
  error(e = undefined) {
    const c = ctlOf(this);
    if (arguments.length === 0) throw new TypeError("Failed to execute 'error' on 'ReadableByteStreamController': parameter 1 is not of type 'Value'.");
    c.error(e);
  }
}
Object.defineProperty(ReadableByteStreamController.prototype, Symbol.toStringTag, { value: "ReadableByteStreamController", configurable: true });

/** The bytes of a chunk given to a byte controller, its buffer detached (copied when it cannot be). */
function takeEnqueuedBytes(chunk) {
  const buffer = chunk instanceof ArrayBuffer ? chunk : chunk.buffer;
  if (buffer instanceof ArrayBuffer && !buffer.detached && typeof buffer.transfer === "function") {
    const offset = chunk instanceof ArrayBuffer ? 0 : chunk.byteOffset;
    const length = chunk.byteLength;
    try { return new Uint8Array(buffer.transfer(), offset, length); } catch { /* not transferable: copy */ }
  }
  return copyBytes(chunk instanceof ArrayBuffer ? new Uint8Array(chunk) : chunk);
}

class ReadableStreamBYOBRequest {
  constructor(token) { if (token !== kInternal) throw new TypeError(STREAM_MESSAGES.illegal); }
  get view() { return ctlOf(this).view; }
  respond(bytesWritten = undefined) {
    const r = ctlOf(this);
    const n = jsgInt(bytesWritten, "respond", "ReadableStreamBYOBRequest");
    if (r.controller === null) throw new TypeError("This BYOB request has already been responded to.");
    r.controller.respond(n);
  }
  respondWithNewView(view = undefined) {
    const r = ctlOf(this);
    if (!ArrayBuffer.isView(view)) throw new TypeError("Failed to execute 'respondWithNewView' on 'ReadableStreamBYOBRequest': parameter 1 is not of type 'ArrayBufferView'.");
    if (r.controller === null) throw new TypeError("This BYOB request has already been responded to.");
    r.controller.respondWithView(view);
  }
}

Object.defineProperty(ReadableStreamBYOBRequest.prototype, Symbol.toStringTag, { value: "ReadableStreamBYOBRequest", configurable: true });

class ByteControllerState extends DefaultControllerState {
  constructor(stream, hwm, autoAllocate) {
    super(stream, hwm, () => 1);
    this.byte = true;
    this.autoAllocate = autoAllocate;
    this.pullIntos = []; // { buffer, byteOffset, byteLength, filled, elementSize, ctor, kind: "byob"|"default" }
    this.byobRequest = null;
    // > 0 for a body made of bytes or the readable side of a byte transform: each default read gets
    // at most this many bytes of the first queued chunk, copied into a fresh buffer of this size,
    // as workerd's internal streams answer reads (recorded)
    this.readChunk = 0;
  }
  shouldPull() {
    if (!this.canClose() || !this.started) return false;
    const r = this.stream.reader;
    if (r !== null && r.requests.length > 0) return true;
    return this.desiredSize() > 0;
  }
  invalidateByobRequest() {
    // an answered request lets go of its view (null from then on)
    if (this.byobRequest !== null) { this.byobRequest[kCtl].controller = null; this.byobRequest[kCtl].view = null; this.byobRequest = null; }
  }
  getByobRequest() {
    if (this.byobRequest === null && this.pullIntos.length > 0) {
      const p = this.pullIntos[0];
      const request = new ReadableStreamBYOBRequest(kInternal);
      setInternal(request, kCtl, { controller: this, view: new Uint8Array(p.buffer, p.byteOffset + p.filled, p.byteLength - p.filled) });
      this.byobRequest = request;
    }
    return this.byobRequest;
  }
  close() {
    if (!this.canClose()) return;
    if (this.queueTotalSize > 0) { this.closeRequested = true; return; }
    // workerd does not error on a partly filled element: the pending read gets the whole elements
    // (maybe none) with done false, the odd bytes are dropped, and the stream closes (recorded)
    const first = this.pullIntos[0];
    const partial = first !== undefined && first.filled % first.elementSize !== 0;
    this.clearAlgorithms();
    this.closeRequested = true;
    const r = this.stream.reader;
    if (r !== null && r.byob) {
      const requests = r.requests;
      r.requests = [];
      requests.forEach((request, i) => {
        const view = this.viewOf(this.pullIntos[i]);
        if (i === 0 && partial) request.chunk(view); else request.close(view);
      });
    }
    // default reads get an empty view of the buffer they would have been given (recorded)
    rsClose(this.stream, (i) => this.emptyViewOf(i));
    // the reads are answered, but as in workerd a byobRequest the source already took stays until
    // it answers it with respond(0) or an empty view, the usual close-then-respond idiom; one not
    // taken yet is null from now on (recorded)
    if (first !== undefined && !partial && r !== null && r.byob && this.byobRequest !== null) {
      this.pullIntos = [first];
    } else {
      this.pullIntos = [];
      this.invalidateByobRequest();
    }
  }
  enqueue(bytes) {
    if (!this.canClose()) return;
    this.invalidateByobRequest();
    this.queue.push(bytes);
    this.queueTotalSize += bytes.byteLength;
    this.drainIntoRequests();
    this.callPull();
  }
  /** Hands queued bytes to waiting readers: whole chunks to default reads, copies into BYOB views. */
  drainIntoRequests() {
    const r = this.stream.reader;
    if (r === null) return;
    while (r.requests.length > 0 && this.queueTotalSize > 0) {
      const request = r.requests[0];
      if (r.byob) {
        const p = this.pullIntos[0];
        this.fillPullInto(p);
        if (p.filled < p.elementSize) break;
        this.pullIntos.shift();
        r.requests.shift();
        request.chunk(this.viewOf(p));
      } else {
        r.requests.shift();
        const chunk = this.takeChunk();
        const p = this.pullIntos.length > 0 && this.pullIntos[0].kind === "default" ? this.pullIntos.shift() : null;
        // a chunk that fits lands in the read's auto-allocated buffer, as in workerd (recorded)
        if (p !== null && p.filled === 0 && chunk.byteLength <= p.byteLength) {
          const view = new Uint8Array(p.buffer, p.byteOffset, chunk.byteLength);
          view.set(chunk);
          request.chunk(view);
        } else {
          request.chunk(chunk);
        }
      }
    }
    if (this.closeRequested && this.queueTotalSize === 0) { this.clearAlgorithms(); rsClose(this.stream); }
  }
  takeChunk() {
    // a script's byte stream reads at most its autoAllocateChunkSize (4096 without one) (recorded)
    const whole = this.stream.reader !== null && this.stream.reader.whole;
    const limit = whole ? 0 : this.readChunk > 0 ? this.readChunk : (this.autoAllocate ?? 0);
    if (limit > 0) {
      // from the first queued chunk only: workerd does not join chunks written separately (recorded)
      const head = this.queue[0];
      const n = Math.min(head.byteLength, limit);
      const view = new Uint8Array(new ArrayBuffer(limit), 0, n);
      view.set(head.subarray(0, n));
      if (n === head.byteLength) this.queue.shift(); else this.queue[0] = head.subarray(n);
      this.queueTotalSize -= n;
      return view;
    }
    // a branch of a byte stream's tee hands a read everything it holds (workerd, recorded)
    if (this.coalesce && this.queue.length > 1) return this.takeAllQueued();
    const chunk = this.queue.shift();
    this.queueTotalSize -= chunk.byteLength;
    return chunk;
  }
  /** Every queued chunk as one, the queue emptied. */
  takeAllQueued() {
    const all = concatBytes(this.queue, this.queueTotalSize);
    this.queue = [];
    this.queueTotalSize = 0;
    return all;
  }
  fillPullInto(p) {
    const target = new Uint8Array(p.buffer, p.byteOffset, p.byteLength);
    while (p.filled < p.byteLength && this.queue.length > 0) {
      const head = this.queue[0];
      const n = Math.min(head.byteLength, p.byteLength - p.filled);
      target.set(head.subarray(0, n), p.filled);
      p.filled += n;
      this.queueTotalSize -= n;
      if (n === head.byteLength) this.queue.shift();
      else this.queue[0] = head.subarray(n);
    }
  }
  /** An empty view, of the read's own type and buffer, for the i-th pending read that ends with done. */
  emptyViewOf(i) {
    const p = this.pullIntos[i];
    if (p === undefined) return new Uint8Array(0);
    return p.ctor === DataView ? new DataView(p.buffer, p.byteOffset, 0) : new p.ctor(p.buffer, p.byteOffset, 0);
  }
  viewOf(p) {
    const whole = p.filled - (p.filled % p.elementSize);
    return new p.ctor(p.buffer, p.byteOffset, whole / p.elementSize);
  }
  respond(n) {
    const p = this.pullIntos[0];
    if (p === undefined) throw new TypeError("There is no pending BYOB read to respond to.");
    // refused without answering the request, which respond(0) still may (recorded)
    if (this.stream.state === "closed" && n !== 0) throw new TypeError("The bytesWritten must be zero after the stream is closed.");
    this.invalidateByobRequest();
    if (this.stream.state !== "closed") {
      if (p.filled + n > p.byteLength) throw new RangeError("Too many bytes [" + n + "] in response to a BYOB read request.");
      if (n <= 0) throw new TypeError("The bytesWritten must be more than zero while the stream is open.");
      p.filled += n;
    }
    this.completePullInto(p, null);
  }
  /**
   * respondWithNewView: workerd wants the view where the request's region starts, on a buffer as
   * long as that region, and answers a finished read with a view of the new view's type over the
   * new buffer (recorded).
   */
  respondWithView(view) {
    const p = this.pullIntos[0];
    if (p === undefined) throw new TypeError("There is no pending BYOB read to respond to.");
    const closed = this.stream.state === "closed";
    if (closed && view.byteLength !== 0) throw new TypeError("The view byte length must be zero after the stream is closed.");
    if (!closed && view.byteLength === 0) throw new TypeError("The view byte length must be more than zero while the stream is open.");
    if (view.byteOffset !== p.byteOffset + p.filled) throw new RangeError("The given view has an invalid byte offset.");
    if (view.buffer.byteLength !== p.byteLength - p.filled) throw new RangeError("The underlying ArrayBuffer is not the correct length.");
    this.invalidateByobRequest();
    if (closed) { this.completePullInto(p, null); return; }
    const before = p.filled;
    if (view.buffer !== p.buffer) {
      if (before > 0) new Uint8Array(view.buffer, p.byteOffset, before).set(new Uint8Array(p.buffer, p.byteOffset, before));
      p.buffer = view.buffer;
    }
    p.filled += view.byteLength;
    const ctor = view.constructor;
    const size = ctor.BYTES_PER_ELEMENT ?? 1;
    this.completePullInto(p, before === 0 && p.filled >= p.elementSize ? new ctor(view.buffer, view.byteOffset, view.byteLength / size) : null);
  }
  /** After a response: pulls again for a read still short of one element, else hands the read its view (`answer`, or the read's own kind). */
  completePullInto(p, answer) {
    const r = this.stream.reader;
    if (p.filled < p.elementSize && this.stream.state === "readable") { this.callPull(); return; }
    this.pullIntos.shift();
    if (r !== null && r.requests.length > 0) {
      const request = r.requests.shift();
      if (this.stream.state === "closed") request.close(this.viewOf(p));
      else if (p.kind === "default") request.chunk(new Uint8Array(p.buffer, p.byteOffset, p.filled));
      else request.chunk(answer ?? this.viewOf(p));
    }
    this.callPull();
  }
  error(e) {
    if (this.stream.state !== "readable") return;
    this.pullIntos = [];
    this.invalidateByobRequest();
    super.error(e);
  }
  pullSteps(request) {
    const s = this.stream;
    if (this.queueTotalSize > 0) {
      request.chunk(this.takeChunk());
      if (this.closeRequested && this.queueTotalSize === 0) { this.clearAlgorithms(); rsClose(s); }
      else this.callPull();
      return;
    }
    if (this.autoAllocate !== undefined) {
      this.pullIntos.push({ buffer: new ArrayBuffer(this.autoAllocate), byteOffset: 0, byteLength: this.autoAllocate, filled: 0, elementSize: 1, ctor: Uint8Array, kind: "default" });
    }
    s.reader.requests.push(request);
    this.callPull();
  }
  pullIntoSteps(view, request) {
    const s = this.stream;
    const ctor = view.constructor;
    const elementSize = ctor.BYTES_PER_ELEMENT ?? 1;
    const p = { buffer: view.buffer, byteOffset: view.byteOffset, byteLength: view.byteLength, filled: 0, elementSize, ctor: ctor === DataView ? DataView : ctor, kind: "byob" };
    if (s.state === "closed") { request.close(new p.ctor(p.buffer, p.byteOffset, 0)); return; }
    if (this.pullIntos.length > 0) { this.pullIntos.push(p); s.reader.requests.push(request); return; }
    if (this.queueTotalSize > 0) {
      this.fillPullInto(p);
      if (p.filled >= elementSize) {
        // bytes past the last whole element stay queued for the next read (as workerd, recorded)
        const rest = p.filled % p.elementSize;
        if (rest > 0) {
          p.filled -= rest;
          this.queue.unshift(new Uint8Array(p.buffer, p.byteOffset + p.filled, rest).slice());
          this.queueTotalSize += rest;
        }
        if (this.closeRequested && this.queueTotalSize === 0) { this.clearAlgorithms(); rsClose(s); }
        request.chunk(this.viewOf(p));
        this.callPull();
        return;
      }
      if (this.closeRequested) {
        // the last odd bytes of a closing stream make no whole element: workerd resolves the read
        // (done false) with the whole elements, none here, drops the bytes and closes (recorded)
        this.queue = [];
        this.queueTotalSize = 0;
        this.clearAlgorithms();
        rsClose(s);
        request.chunk(this.viewOf(p));
        return;
      }
    }
    this.pullIntos.push(p);
    s.reader.requests.push(request);
    this.callPull();
  }
  cancelSteps(reason) {
    this.pullIntos = [];
    this.invalidateByobRequest();
    return super.cancelSteps(reason);
  }
  releaseSteps() {
    if (this.pullIntos.length > 0) this.pullIntos = [this.pullIntos[0]].map((p) => ({ ...p, kind: "none" }));
  }
}

// ---- readers -----------------------------------------------------------------------------

/**
 * A reader of `s`. A `whole` reader is the runtime's own (a body read to its end, HTMLRewriter's
 * input): it takes each queued chunk whole, where a script's default reads of a body get at most
 * its read size (see ByteControllerState.takeChunk); what it reads is never shown to the script.
 */
function newReaderState(s, byob, whole = false) {
  if (isLocked(s)) throw new TypeError(STREAM_MESSAGES.locked);
  // workerd gives a closed or errored default stream a BYOB reader too (recorded)
  if (byob && !s.controller.byte && s.state === "readable") throw new TypeError(STREAM_MESSAGES.noByob);
  const r = { stream: s, byob, whole, requests: [], closed: deferred() };
  s.reader = r;
  if (s.state === "closed") r.closed.resolve(undefined);
  else if (s.state === "errored") { r.closed.reject(s.storedError); handled(r.closed.promise); }
  return r;
}
function readerRead(r, request) {
  const s = r.stream;
  s.disturbed = true;
  if (s.state === "closed") request.close(undefined);
  else if (s.state === "errored") request.error(s.storedError);
  else s.controller.pullSteps(request);
}
function readPromise(r) {
  return new Promise((resolve, reject) => readerRead(r, {
    chunk: (value) => resolve({ value, done: false }),
    close: (value) => resolve({ value, done: true }),
    error: reject,
  }));
}
function readerRelease(r) {
  const s = r.stream;
  const e = new TypeError(STREAM_MESSAGES.released);
  if (s.state === "readable") r.closed.reject(e);
  else r.closed = rejectedDeferred(e);
  handled(r.closed.promise);
  s.controller.releaseSteps();
  const requests = r.requests;
  r.requests = [];
  for (const q of requests) q.error(e);
  s.reader = null;
  r.stream = null;
}

class ReadableStreamDefaultReader {
  /** Whether `o` is one of this class's objects: the receiver check of every member. */
  static #is(o) { return typeof o === "object" && o !== null && Object.prototype.hasOwnProperty.call(o, kReader); }
  constructor(stream) {
    constructGuard(new.target, "ReadableStreamDefaultReader");
    if (!(stream instanceof ReadableStream)) throw new TypeError("Failed to construct 'ReadableStreamDefaultReader': constructor parameter 1 is not of type 'ReadableStream'.");
    setInternal(this, kReader, newReaderState(stream[kRS], false));
  }
  get closed() { if (!ReadableStreamDefaultReader.#is(this)) throw illegalInvocation(); return this[kReader].closed.promise; }
  cancel(reason = undefined) {
    if (!ReadableStreamDefaultReader.#is(this)) throw illegalInvocation();
    const r = this[kReader];
    if (r.stream === null) return Promise.reject(new TypeError(STREAM_MESSAGES.released));
    return rsCancel(r.stream, reason);
  }
  read() {
    if (!ReadableStreamDefaultReader.#is(this)) throw illegalInvocation();
    const r = this[kReader];
    if (r.stream === null) return Promise.reject(new TypeError(STREAM_MESSAGES.released));
    return readPromise(r);
  }
  releaseLock() {
    if (!ReadableStreamDefaultReader.#is(this)) throw illegalInvocation();
    const r = this[kReader];
    if (r.stream !== null) readerRelease(r);
  }
}
Object.defineProperty(ReadableStreamDefaultReader.prototype, Symbol.toStringTag, { value: "ReadableStreamDefaultReader", configurable: true });

/**
 * A BYOB read takes over its view's buffer, as the Streams standard transfers it (workerd's
 * streams_byob_reader_detaches_buffer, 2021-11-10): the caller's buffer is detached afterwards.
 */
function transferView(view) {
  if (view.buffer.detached) throw new TypeError("Unable to use a detached ArrayBuffer.");
  // read the view's place before the transfer empties it
  const { byteOffset, byteLength } = view;
  const length = view instanceof DataView ? byteLength : view.length;
  const moved = view.buffer.transfer();
  return view instanceof DataView ? new DataView(moved, byteOffset, length) : new view.constructor(moved, byteOffset, length);
}

/** A BYOB reader's state; another receiver throws workerd's Illegal invocation (recorded). */
function byobReaderOf(reader) {
  const r = typeof reader === "object" && reader !== null && Object.prototype.hasOwnProperty.call(reader, kReader) ? reader[kReader] : undefined;
  if (r === undefined) throw illegalInvocation();
  return r;
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    constructGuard(new.target, "ReadableStreamBYOBReader");
    if (!(stream instanceof ReadableStream)) throw new TypeError("Failed to construct 'ReadableStreamBYOBReader': constructor parameter 1 is not of type 'ReadableStream'.");
    setInternal(this, kReader, newReaderState(stream[kRS], true));
  }
  get closed() { return byobReaderOf(this).closed.promise; }
  cancel(reason = undefined) {
    const r = byobReaderOf(this);
    if (r.stream === null) return Promise.reject(new TypeError(STREAM_MESSAGES.released));
    return rsCancel(r.stream, reason);
  }
  read(view = undefined, options = undefined) {
    byobReaderOf(this);
    if (!ArrayBuffer.isView(view)) return Promise.reject(new TypeError(STREAM_MESSAGES.byobView));
    if (view.byteLength === 0) return Promise.reject(new TypeError(STREAM_MESSAGES.byobEmpty));
    // the `min` option (in elements) reads as readAtLeast does, with its errors (recorded)
    const min = options?.min;
    if (min !== undefined) return this.readAtLeast(Number(min) * (view.BYTES_PER_ELEMENT ?? 1), view);
    const r = byobReaderOf(this);
    if (r.stream === null) return Promise.reject(new TypeError(STREAM_MESSAGES.released));
    const s = r.stream;
    s.disturbed = true;
    view = transferView(view);
    return new Promise((resolve, reject) => {
      const request = {
        chunk: (value) => resolve({ value, done: false }),
        close: (value) => resolve({ value, done: true }),
        error: reject,
      };
      if (s.state === "errored") request.error(s.storedError);
      else if (!s.controller.byte) request.close(view instanceof DataView ? new DataView(view.buffer, view.byteOffset, 0) : new view.constructor(view.buffer, view.byteOffset, 0));
      else s.controller.pullIntoSteps(view, request);
    });
  }
  releaseLock() {
    const r = byobReaderOf(this);
    if (r.stream !== null) readerRelease(r);
  }
  /**
   * workerd's extension: reads into `view` until at least `minBytes` bytes are in it or the
   * stream ends; resolves like read() with a view over the bytes read.
   */
  readAtLeast(minBytes = undefined, view) {
    byobReaderOf(this); // synchronously, as workerd (recorded); the rest settles the promise
    return byobReadAtLeast(this, minBytes, view);
  }
}
Object.defineProperty(ReadableStreamBYOBReader.prototype, Symbol.toStringTag, { value: "ReadableStreamBYOBReader", configurable: true });

/** readAtLeast of a BYOB reader: reads into `view` until `minBytes` are there or the stream ends. */
async function byobReadAtLeast(reader, minBytes, view) {
  if (!ArrayBuffer.isView(view)) throw new TypeError("Failed to execute 'readAtLeast' on 'ReadableStreamBYOBReader': parameter 2 is not of type 'ArrayBufferView'.");
  if (view.byteLength === 0) throw new TypeError(STREAM_MESSAGES.byobEmpty);
  const min = Number(minBytes);
  const unit = view.BYTES_PER_ELEMENT ?? 1;
  // JSG reads a negative count as an unsigned 64-bit one, which no buffer holds (recorded)
  if (Number.isFinite(min) && min <= -1) throw new TypeError(`Minimum bytes to read (${BigInt.asUintN(64, BigInt(Math.trunc(min)))}) exceeds size of buffer (${view.byteLength}).`);
  if (!(min > 0)) throw new TypeError("Requested invalid minimum number of bytes to read (" + minBytes + ").");
  if (min > view.byteLength) throw new TypeError("Minimum bytes to read (" + min + ") exceeds size of buffer (" + view.byteLength + ").");
  const Ctor = view.constructor;
  const offset = view.byteOffset, total = view.byteLength;
  let buffer = view.buffer, filled = 0, done = false;
  while (filled < min && !done) {
    const r = await reader.read(new Uint8Array(buffer, offset + filled, total - filled));
    done = r.done;
    if (r.value) { buffer = r.value.buffer; filled += r.value.byteLength; }
  }
  const length = Math.floor(filled / unit);
  return { value: Ctor === DataView ? new DataView(buffer, offset, filled) : new Ctor(buffer, offset, length), done: done && filled === 0 };
}

// ---- ReadableStream ----------------------------------------------------------------------

class ReadableStream {
  /** Whether `o` is one of this class's objects: the receiver check of every member. */
  static #is(o) { return typeof o === "object" && o !== null && Object.prototype.hasOwnProperty.call(o, kRS); }
  constructor(source = undefined, strategy = undefined) {
    constructGuard(new.target, "ReadableStream");
    const s = newReadableState();
    s.api = this;
    setInternal(this, kRS, s);
    if (source === kInternal) return; // filled by createReadableStream
    source = dictionaryArgument(source, "Failed to construct 'ReadableStream': constructor parameter 1 is not of type 'UnderlyingSource'.");
    const type = source?.type;
    const start = method(source, "start", "UnderlyingSource"), pull = method(source, "pull", "UnderlyingSource"), cancel = method(source, "cancel", "UnderlyingSource");
    dictionaryArgument(strategy, "Failed to construct 'ReadableStream': constructor parameter 2 is not of type 'StreamQueuingStrategy'.");
    if (type !== undefined && String(type) !== "bytes") throw new TypeError(`"${String(type)}" is not a valid type of ReadableStream.`);
    if (type !== undefined) {
      // workerd ignores a size function for a byte stream (recorded)
      const auto = source.autoAllocateChunkSize;
      // converted as an integer: NaN counts as zero (recorded)
      if (auto !== undefined && (Math.trunc(Number(auto)) || 0) === 0) throw new TypeError("The autoAllocateChunkSize option cannot be zero.");
      if (auto !== undefined && !(Number(auto) > 0)) throw new TypeError("autoAllocateChunkSize must be greater than 0.");
      // without autoAllocateChunkSize, workerd's default reads still offer a 4096-byte byobRequest (recorded)
      const c = new ByteControllerState(s, highWaterMark(strategy, 0), auto === undefined ? 4096 : Number(auto));
      const api = new ReadableByteStreamController(kInternal);
      setUpController(c, api, () => promiseCall(start, source, api), () => promiseCall(pull, source, api), (r) => promiseCall(cancel, source, r));
    } else {
      const c = new DefaultControllerState(s, highWaterMark(strategy, 1), sizeAlgorithm(strategy));
      const api = new ReadableStreamDefaultController(kInternal);
      setUpController(c, api, start === undefined ? NO_START : () => start.call(source, api), () => promiseCall(pull, source, api), (r) => promiseCall(cancel, source, r));
    }
  }
  static from(iterable = undefined) {
    let iterator, sync = false;
    if (iterable != null && typeof iterable[Symbol.asyncIterator] === "function") iterator = iterable[Symbol.asyncIterator]();
    else if (iterable != null && typeof iterable[Symbol.iterator] === "function") { iterator = iterable[Symbol.iterator](); sync = true; }
    else throw new TypeError("Failed to execute 'from' on 'ReadableStream': parameter 1 is not of type 'AsyncGenerator'.");
    // a result of next() or return() that is no object: workerd's words differ for the two kinds (recorded)
    const result = (r) => {
      if (r === null || (typeof r !== "object" && typeof r !== "function")) {
        throw new TypeError(sync ? "Callback returned incorrect type; expected 'Promise'" : "Incorrect type for Promise: the Promise did not resolve to 'GeneratorNext'.");
      }
      return r;
    };
    return new ReadableStream({
      async pull(c) {
        const next = result(await iterator.next());
        if (next.done) c.close(); else c.enqueue(await next.value);
      },
      async cancel(reason) {
        const ret = iterator.return;
        if (ret === undefined || ret === null) return;
        if (typeof ret !== "function") throw new TypeError("Property 'return' is not a function");
        result(await ret.call(iterator, reason));
      },
    }, { highWaterMark: 0 });
  }
  get locked() { if (!ReadableStream.#is(this)) throw illegalInvocation(); return isLocked(this[kRS]); }
  cancel(reason = undefined) {
    if (!ReadableStream.#is(this)) throw illegalInvocation();
    const s = this[kRS];
    if (isLocked(s)) return Promise.reject(new TypeError(STREAM_MESSAGES.locked));
    return rsCancel(s, reason);
  }
  getReader(options = undefined) {
    if (!ReadableStream.#is(this)) throw illegalInvocation();
    const mode = dictionaryArgument(options, "Failed to execute 'getReader' on 'ReadableStream': parameter 1 is not of type 'GetReaderOptions'.")?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (String(mode) !== "byob") throw new TypeError(STREAM_MESSAGES.badMode);
    return new ReadableStreamBYOBReader(this);
  }
  pipeThrough(transform = undefined, options = {}) {
    if (!ReadableStream.#is(this)) throw illegalInvocation();
    const readable = transform?.readable, writable = transform?.writable;
    if (!(readable instanceof ReadableStream)) throw new TypeError("Incorrect type for the 'readable' field on 'Transform': the provided value is not of type 'ReadableStream'.");
    if (!(writable instanceof WritableStream)) throw new TypeError("Incorrect type for the 'writable' field on 'Transform': the provided value is not of type 'WritableStream'.");
    if (isLocked(this[kRS])) throw new TypeError(STREAM_MESSAGES.locked);
    if (writable.locked) throw new TypeError(STREAM_MESSAGES.writerLocked);
    handled(pipeStreams(this[kRS], writable[kWS], options ?? {}));
    return readable;
  }
  pipeTo(destination = undefined, options = {}) {
    if (!ReadableStream.#is(this)) throw illegalInvocation();
    if (!(destination instanceof WritableStream)) return Promise.reject(new TypeError(STREAM_MESSAGES.pipeTarget));
    if (options !== null && typeof options !== "object" && typeof options !== "function") return Promise.reject(new TypeError("Failed to execute 'pipeTo' on 'ReadableStream': parameter 2 is not of type 'PipeToOptions'."));
    if (isLocked(this[kRS])) return Promise.reject(new TypeError(STREAM_MESSAGES.locked));
    if (destination.locked) return Promise.reject(new TypeError(STREAM_MESSAGES.pipeDestinationLocked));
    return pipeStreams(this[kRS], destination[kWS], options ?? {});
  }
  tee() {
    if (!ReadableStream.#is(this)) throw illegalInvocation();
    const s = this[kRS];
    if (isLocked(s)) throw new TypeError(STREAM_MESSAGES.lockedTee);
    const branches = teeStream(s).map((branch) => branch.api);
    // a body teed by the worker counts as used, as in workerd (recorded)
    s.disturbed = true;
    return branches;
  }
  values(options = undefined) { if (!ReadableStream.#is(this)) throw illegalInvocation(); return streamIterator(this, !!options?.preventCancel); }
  [Symbol.asyncIterator](options = undefined) { if (!ReadableStream.#is(this)) throw illegalInvocation(); return streamIterator(this, !!options?.preventCancel); }
}
Object.defineProperty(ReadableStream.prototype, Symbol.toStringTag, { value: "ReadableStream", configurable: true });

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
// as workerd's (recorded): enumerable next and return, then a constructor refusing `new`
const StreamIteratorPrototype = Object.create(AsyncIteratorPrototype, {
  next: { value() {
    const it = this[kReader];
    if (it.reader === null) return Promise.resolve({ value: undefined, done: true });
    const previous = it.pending ?? Promise.resolve();
    const result = previous.then(() => {
      if (it.reader === null) return { value: undefined, done: true };
      return readPromise(it.reader).then((x) => {
        if (x.done) { readerRelease(it.reader); it.reader = null; return { value: undefined, done: true }; }
        return x;
      });
      // an error keeps the stream locked, as in workerd: later calls reject with it and return()
      // releases the lock (recorded)
    });
    it.pending = result.then(() => {}, () => {});
    return result;
  }, writable: true, enumerable: true, configurable: true },
  return: { value(value) {
    const it = this[kReader];
    if (it.reader === null) return Promise.resolve({ value, done: true });
    const r = it.reader;
    it.reader = null;
    const s = r.stream;
    const cancelled = it.preventCancel ? Promise.resolve() : rsCancel(s, value);
    readerRelease(r);
    return cancelled.then(() => ({ value, done: true }));
  }, writable: true, enumerable: true, configurable: true },
  constructor: { value: { ReadableStreamAsyncIterator: function () { throw new TypeError("Illegal constructor"); } }.ReadableStreamAsyncIterator, writable: true, configurable: true },
  [Symbol.toStringTag]: { value: "ReadableStreamAsyncIterator" },
  [Symbol.asyncIterator]: { value: { [Symbol.asyncIterator]() { return this; } }[Symbol.asyncIterator], writable: true, configurable: true },
});
function streamIterator(stream, preventCancel) {
  const reader = newReaderState(stream[kRS], false);
  const it = Object.create(StreamIteratorPrototype);
  setInternal(it, kReader, { reader, preventCancel, pending: null });
  return it;
}

/** Creates a stream from internal algorithms (start may return a promise). */
function createReadableStream(start, pull, cancel, hwm = 1, size = () => 1, bytes = false) {
  const stream = new ReadableStream(kInternal);
  const s = stream[kRS];
  if (bytes) {
    setUpController(new ByteControllerState(s, hwm, undefined), new ReadableByteStreamController(kInternal), start, pull, cancel);
  } else {
    setUpController(new DefaultControllerState(s, hwm, size), new ReadableStreamDefaultController(kInternal), start, pull, cancel);
  }
  return s;
}

/** The most bytes a default read of a body built from bytes gets, in a buffer of this size (workerd's). */
const BODY_READ_CHUNK = 4096;

/** A closed byte stream holding one chunk: the body of a Request/Response built from bytes. */
function streamFromBytes(bytes) {
  const s = createReadableStream(() => {}, () => Promise.resolve(), () => Promise.resolve(), 0, undefined, true);
  if (bytes.byteLength > 0) s.controller.enqueue(bytes);
  s.controller.readChunk = BODY_READ_CHUNK;
  s.controller.close();
  s.knownLength = bytes.byteLength;
  return s;
}

function teeStream(s) {
  const reader = newReaderState(s, false);
  const bytes = s.controller.byte;
  let reading = false, readAgain = false, canceled1 = false, canceled2 = false, reason1, reason2;
  const cancelled = deferred();
  let b1, b2;
  const pull = () => {
    if (reading) { readAgain = true; return Promise.resolve(); }
    reading = true;
    readerRead(reader, {
      chunk(value) {
        Promise.resolve().then(() => {
          readAgain = false;
          // workerd's tee of a byte stream takes what the source queued meanwhile with the chunk (recorded)
          const source = s.controller;
          if (bytes && source !== null && source.byte && source.queueTotalSize > 0 && ArrayBuffer.isView(value)) {
            const total = value.byteLength + source.queueTotalSize;
            value = concatBytes([value, source.takeAllQueued()], total);
            if (source.closeRequested) { source.clearAlgorithms(); rsClose(s); }
          }
          const other = bytes && ArrayBuffer.isView(value) ? copyBytes(value) : value;
          if (!canceled1) b1.controller.enqueue(value);
          if (!canceled2) b2.controller.enqueue(other);
          reading = false;
          if (readAgain) pull();
        });
      },
      close() {
        reading = false;
        if (!canceled1) b1.controller.close();
        if (!canceled2) b2.controller.close();
        if (!canceled1 || !canceled2) cancelled.resolve(undefined);
      },
      error() { reading = false; },
    });
    return Promise.resolve();
  };
  const cancel1 = (reason) => {
    canceled1 = true; reason1 = reason;
    // the source gets the reason of the branch cancelled last, not the spec's pair (recorded)
    if (canceled2) {
      cancelled.resolve(rsCancel(s, reason1));
      return cancelled.promise;
    }
    // workerd settles one branch's cancel at once; the source is cancelled when both are (recorded)
    return Promise.resolve(undefined);
  };
  const cancel2 = (reason) => {
    canceled2 = true; reason2 = reason;
    if (canceled1) {
      cancelled.resolve(rsCancel(s, reason2));
      return cancelled.promise;
    }
    // workerd settles one branch's cancel at once; the source is cancelled when both are (recorded)
    return Promise.resolve(undefined);
  };
  b1 = createReadableStream(() => {}, pull, cancel1, bytes ? 0 : 1, () => 1, bytes);
  b2 = createReadableStream(() => {}, pull, cancel2, bytes ? 0 : 1, () => 1, bytes);
  if (bytes) { b1.controller.coalesce = true; b2.controller.coalesce = true; }
  // the branches of a body built from bytes answer reads as that body did (recorded)
  if (bytes && s.controller?.readChunk > 0) { b1.controller.readChunk = s.controller.readChunk; b2.controller.readChunk = s.controller.readChunk; }
  // both branches of a stream of known length keep that length (a cache put stores it, recorded)
  const known = typeof s.expectedLength === "number" ? s.expectedLength : s.knownLength;
  if (typeof known === "number") { b1.knownLength = known; b2.knownLength = known; }
  reader.closed.promise.then(undefined, (e) => {
    b1.controller.error(e);
    b2.controller.error(e);
    if (!canceled1 || !canceled2) cancelled.resolve(undefined);
  });
  return [b1, b2];
}

/** Reads a whole stream as bytes (the body readers); chunks must be buffer sources. */
async function readAllBytes(s, partial = null) {
  const reader = newReaderState(s, false, true);
  const chunks = [];
  let total = 0;
  try {
    for (;;) {
      const { value, done } = await readPromise(reader);
      if (done) break;
      if (!isBufferSource(value)) {
        const e = new TypeError(STREAM_MESSAGES.notBytes);
        rsCancel(s, e).catch(() => {});
        throw e;
      }
      const chunk = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      chunks.push(chunk);
      total += chunk.byteLength;
    }
  } catch (error) {
    // the bytes read before the failure, for a caller that hands them on with the error
    if (partial !== null) partial.bytes = concatBytes(chunks, total);
    throw error;
  }
  if (chunks.length === 1) return chunks[0].byteOffset === 0 && chunks[0].byteLength === chunks[0].buffer.byteLength ? chunks[0] : new Uint8Array(chunks[0]);
  return concatBytes(chunks, total);
}

/**
 * The init of a queuing strategy as workerd reads it: an object (null has a message of its own),
 * whose highWaterMark is converted with Number() and may be absent (NaN then, recorded).
 */
function strategyHighWaterMark(className, args) {
  const init = args[0];
  if (init === null) {
    throw new TypeError("Cannot initialize N7workerd3api19QueuingStrategyInitE with required members from an undefined or null value.");
  }
  if (args.length === 0 || init === undefined || (typeof init !== "object" && typeof init !== "function")) {
    throw new TypeError(`Failed to construct '${className}': constructor parameter 1 is not of type 'QueuingStrategyInit'.`);
  }
  return Number(init.highWaterMark);
}
// workerd hands out a new anonymous size function on every read of `size` (recorded)
// (both accessors refuse another receiver, the prototype itself, with Illegal invocation)
class ByteLengthQueuingStrategy {
  #hwm;
  constructor(init) { this.#hwm = strategyHighWaterMark("ByteLengthQueuingStrategy", arguments); }
  get highWaterMark() { return ByteLengthQueuingStrategy.#check(this).#hwm; }
  get size() { ByteLengthQueuingStrategy.#check(this); return (...args) => args[0]?.byteLength; }
  static #check(o) { if (typeof o !== "object" || o === null || !(#hwm in o)) throw illegalInvocation(); return o; }
}
class CountQueuingStrategy {
  #hwm;
  constructor(init) { this.#hwm = strategyHighWaterMark("CountQueuingStrategy", arguments); }
  get highWaterMark() { return CountQueuingStrategy.#check(this).#hwm; }
  get size() { CountQueuingStrategy.#check(this); return () => 1; }
  static #check(o) { if (typeof o !== "object" || o === null || !(#hwm in o)) throw illegalInvocation(); return o; }
}

defineGlobal("ReadableStream", newOnly(ReadableStream, "ReadableStream"));
defineGlobal("ReadableStreamDefaultReader", newOnly(ReadableStreamDefaultReader, "ReadableStreamDefaultReader"));
defineGlobal("ReadableStreamBYOBReader", newOnly(ReadableStreamBYOBReader, "ReadableStreamBYOBReader"));
defineGlobal("ReadableStreamDefaultController", hiddenConstructor(ReadableStreamDefaultController, "ReadableStreamDefaultController"));
defineGlobal("ReadableByteStreamController", hiddenConstructor(ReadableByteStreamController, "ReadableByteStreamController"));
defineGlobal("ReadableStreamBYOBRequest", hiddenConstructor(ReadableStreamBYOBRequest, "ReadableStreamBYOBRequest"));
Object.defineProperty(ByteLengthQueuingStrategy.prototype, Symbol.toStringTag, { value: "ByteLengthQueuingStrategy", configurable: true });
Object.defineProperty(CountQueuingStrategy.prototype, Symbol.toStringTag, { value: "CountQueuingStrategy", configurable: true });
defineGlobal("ByteLengthQueuingStrategy", newOnly(ByteLengthQueuingStrategy, "ByteLengthQueuingStrategy"));
defineGlobal("CountQueuingStrategy", newOnly(CountQueuingStrategy, "CountQueuingStrategy"));

/**
 * The number of bytes a stream is known to carry, as workerd knows it for R2 puts: the readable
 * half of a FixedLengthStream, a body built from bytes, a request body with a Content-Length;
 * undefined otherwise. `knownLength` is informational only (the HTTP server reads expectedLength).
 */
internals.knownStreamLength = (stream) => {
  const s = stream instanceof ReadableStream ? stream[kRS] : undefined;
  if (s === undefined) return undefined;
  if (typeof s.expectedLength === "number") return s.expectedLength;
  return typeof s.knownLength === "number" ? s.knownLength : undefined;
};
/** Declares the length of a stream a binding creates (an R2 object's body). */
internals.setKnownStreamLength = (stream, length) => { stream[kRS].knownLength = length; };
