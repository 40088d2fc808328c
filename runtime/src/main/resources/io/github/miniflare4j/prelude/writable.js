// WHATWG Streams, part 2: WritableStream (with backpressure), TransformStream, pipeTo.

// @imports defineGlobal, removeGlobal, hiddenConstructor, illegalInvocation, newOnly, onConfigure, compatFlag, refuseInGlobalScope, setInternal from core.js
// @imports AbortController, AbortSignal from events.js
// @imports ReadableStream, NO_START, kInternal, STREAM_MESSAGES, kCtl, promiseCall, deferred, handled, rejectedDeferred, resolvedDeferred, constructGuard, ctlOf, dictionaryArgument, method, highWaterMark, sizeAlgorithm, toUint64, newReaderState, readerRelease, rsCancel, readerRead, copyBytes, createReadableStream, isBufferSource from streams.js
// @exports kWS, WritableStream, pipeStreams, tsEnqueue, tsError, setUpTransform, TransformStream, initByteTransform

const kWS = Symbol("writableStream");
const kWriter = Symbol("writer");
const kCloseSentinel = Symbol("close");

function newWritableState() {
  return {
    state: "writable", storedError: undefined, writer: null, controller: null, backpressure: false,
    writeRequests: [], inFlightWrite: null, closeRequest: null, inFlightClose: null, pendingAbort: null, terminated: false, api: null,
  };
}

class WritableStreamDefaultController {
  constructor(token) { if (token !== kInternal) throw new TypeError(STREAM_MESSAGES.illegal); }
  get signal() { return ctlOf(this).abortController.signal; }
  error(e = undefined) {
    const c = ctlOf(this);
    if (c.stream.state !== "writable") return;
    wcError(c, e);
  }
}
Object.defineProperty(WritableStreamDefaultController.prototype, Symbol.toStringTag, { value: "WritableStreamDefaultController", configurable: true });

function setUpWritableController(s, api, start, write, close, abort, hwm, size) {
  const c = {
    stream: s, queue: [], queueTotalSize: 0, started: false, hwm, size,
    write, close, abort, abortController: new AbortController(),
  };
  setInternal(api, kCtl, c);
  s.controller = c;
  wsUpdateBackpressure(s, wcDesiredSize(c) <= 0);
  if (start === NO_START) { c.started = true; return; }
  // a start() that throws errors the stream, as a rejected one does, instead of the constructor
  // call (workerd, recorded)
  let started;
  try { started = start(); } catch (e) { started = Promise.reject(e); }
  Promise.resolve(started).then(() => { c.started = true; wcAdvanceQueue(c); }, (e) => { c.started = true; wsDealWithRejection(s, e); });
}

function wcDesiredSize(c) { return c.hwm - c.queueTotalSize; }
function wcClearAlgorithms(c) { c.write = c.close = c.abort = null; c.size = null; }
function wcError(c, e) { wcClearAlgorithms(c); wsStartErroring(c.stream, e); }
function wcErrorIfNeeded(c, e) { if (c.stream.state === "writable") wcError(c, e); }
function wcChunkSize(c, chunk) {
  if (c.size === null) return 1;
  // workerd converts the size as an unsigned 64-bit integer, with its TypeErrors (recorded)
  try { return toUint64(c.size(chunk)); } catch (e) { wcErrorIfNeeded(c, e); return 1; }
}
function wcWrite(c, chunk, size) {
  if (!(size >= 0) || size === Infinity) {
    wcErrorIfNeeded(c, new RangeError("The return value of a queuing strategy's size function must be a finite, non-NaN, non-negative number."));
    return;
  }
  c.queue.push({ value: chunk, size });
  c.queueTotalSize += size;
  const s = c.stream;
  if (!wsCloseQueuedOrInFlight(s) && s.state === "writable") wsUpdateBackpressure(s, wcDesiredSize(c) <= 0);
  wcAdvanceQueue(c);
}
function wcAdvanceQueue(c) {
  const s = c.stream;
  if (!c.started || s.inFlightWrite !== null) return;
  if (s.state === "erroring") { wsFinishErroring(s); return; }
  if (c.queue.length === 0) return;
  const head = c.queue[0].value;
  if (head === kCloseSentinel) {
    s.inFlightClose = s.closeRequest;
    s.closeRequest = null;
    c.queue.shift();
    const close = c.close;
    wcClearAlgorithms(c);
    promiseCall(close).then(() => wsFinishInFlightClose(s), (e) => wsFinishInFlightCloseWithError(s, e));
  } else {
    s.inFlightWrite = s.writeRequests.shift();
    promiseCall(c.write, undefined, head).then(() => {
      s.inFlightWrite.resolve(undefined);
      s.inFlightWrite = null;
      const item = c.queue.shift();
      c.queueTotalSize = Math.max(0, c.queueTotalSize - item.size);
      if (!wsCloseQueuedOrInFlight(s) && s.state === "writable") wsUpdateBackpressure(s, wcDesiredSize(c) <= 0);
      wcAdvanceQueue(c);
    }, (e) => {
      if (s.state === "writable") wcClearAlgorithms(c);
      s.inFlightWrite.reject(e);
      s.inFlightWrite = null;
      wsDealWithRejection(s, e);
    });
  }
}

function wsCloseQueuedOrInFlight(s) { return s.closeRequest !== null || s.inFlightClose !== null; }
function wsUpdateBackpressure(s, backpressure) {
  const w = s.writer;
  if (w !== null && backpressure !== s.backpressure) {
    if (backpressure) w.ready = deferred();
    else w.ready.resolve(undefined);
  }
  s.backpressure = backpressure;
}
function wsAbort(s, reason) {
  if (s.state === "closed" || s.state === "errored") return Promise.resolve(undefined);
  s.controller.abortController.abort(reason);
  if (s.state === "closed" || s.state === "errored") return Promise.resolve(undefined);
  if (s.pendingAbort !== null) return s.pendingAbort.d.promise;
  const wasAlreadyErroring = s.state === "erroring";
  const d = deferred();
  s.pendingAbort = { d, reason: wasAlreadyErroring ? undefined : reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) wsStartErroring(s, reason);
  return d.promise;
}
function wsClose(s) {
  // closing an errored stream rejects with its stored error (workerd, recorded)
  if (s.state === "errored") return Promise.reject(s.storedError);
  if (s.state === "closed") return Promise.reject(new TypeError(STREAM_MESSAGES.writableClosed));
  const d = deferred();
  s.closeRequest = d;
  if (s.writer !== null && s.backpressure && s.state === "writable") s.writer.ready.resolve(undefined);
  const c = s.controller;
  c.queue.push({ value: kCloseSentinel, size: 0 });
  wcAdvanceQueue(c);
  return d.promise;
}
function wsDealWithRejection(s, e) {
  if (s.state === "writable") wsStartErroring(s, e);
  else wsFinishErroring(s);
}
function wsStartErroring(s, reason) {
  s.state = "erroring";
  s.storedError = reason;
  const w = s.writer;
  if (w !== null) writerEnsureReadyRejected(w, reason);
  if (s.inFlightWrite === null && s.inFlightClose === null && s.controller.started) wsFinishErroring(s);
}
function wsFinishErroring(s) {
  s.state = "errored";
  const c = s.controller;
  c.queue = []; c.queueTotalSize = 0;
  const stored = s.storedError;
  // a TransformStream's terminate() lets the writes already made succeed, as workerd does (recorded)
  for (const d of s.writeRequests) if (s.terminated) d.resolve(undefined); else d.reject(stored);
  s.writeRequests = [];
  const abort = s.pendingAbort;
  if (abort === null) { wsRejectCloseAndClosed(s); return; }
  s.pendingAbort = null;
  if (abort.wasAlreadyErroring) { abort.d.reject(stored); wsRejectCloseAndClosed(s); return; }
  const algo = c.abort;
  wcClearAlgorithms(c);
  promiseCall(algo, undefined, abort.reason).then(
    () => { abort.d.resolve(undefined); wsRejectCloseAndClosed(s); },
    (e) => { abort.d.reject(e); wsRejectCloseAndClosed(s); });
}
function wsRejectCloseAndClosed(s) {
  if (s.closeRequest !== null) { s.closeRequest.reject(s.storedError); s.closeRequest = null; }
  const w = s.writer;
  if (w !== null) { w.closed.reject(s.storedError); handled(w.closed.promise); }
}
function wsFinishInFlightClose(s) {
  s.inFlightClose.resolve(undefined);
  s.inFlightClose = null;
  if (s.state === "erroring") {
    s.storedError = undefined;
    if (s.pendingAbort !== null) { s.pendingAbort.d.resolve(undefined); s.pendingAbort = null; }
  }
  s.state = "closed";
  if (s.writer !== null) s.writer.closed.resolve(undefined);
}
function wsFinishInFlightCloseWithError(s, e) {
  s.inFlightClose.reject(e);
  s.inFlightClose = null;
  if (s.pendingAbort !== null) { s.pendingAbort.d.reject(e); s.pendingAbort = null; }
  wsDealWithRejection(s, e);
}

// ---- writer ------------------------------------------------------------------------------

function writerEnsureReadyRejected(w, e) {
  if (w.ready.pending) w.ready.reject(e);
  else w.ready = rejectedDeferred(e);
  handled(w.ready.promise);
}
function newWriterState(s) {
  if (s.writer !== null) throw new TypeError(STREAM_MESSAGES.writerLocked);
  const w = { stream: s, ready: null, closed: deferred() };
  s.writer = w;
  if (s.state === "writable") {
    w.ready = !wsCloseQueuedOrInFlight(s) && s.backpressure ? deferred() : resolvedDeferred(undefined);
  } else if (s.state === "erroring") {
    // workerd gives a writer of an erroring stream a resolved ready (recorded)
    w.ready = resolvedDeferred(undefined);
  } else if (s.state === "closed") {
    w.ready = resolvedDeferred(undefined);
    w.closed.resolve(undefined);
  } else {
    w.ready = rejectedDeferred(s.storedError);
    w.closed = rejectedDeferred(s.storedError);
  }
  return w;
}
function writerWrite(w, chunk) {
  const s = w.stream;
  if (s === null) return Promise.reject(new TypeError(STREAM_MESSAGES.writerReleased));
  const c = s.controller;
  const size = wcChunkSize(c, chunk);
  if (s !== w.stream) return Promise.reject(new TypeError(STREAM_MESSAGES.writerReleased));
  if (s.state === "errored") return Promise.reject(s.storedError);
  if (wsCloseQueuedOrInFlight(s) || s.state === "closed") return Promise.reject(new TypeError(STREAM_MESSAGES.writableClosed));
  if (s.state === "erroring") return Promise.reject(s.storedError);
  // a byte transform refuses a chunk that is no bytes at once, and stays usable (workerd, recorded)
  const refusal = s.checkChunk?.(chunk);
  if (refusal) return Promise.reject(refusal);
  const d = deferred();
  s.writeRequests.push(d);
  wcWrite(c, chunk, size);
  return d.promise;
}
function writerClose(w) {
  const s = w.stream;
  if (s === null) return Promise.reject(new TypeError(STREAM_MESSAGES.writerReleased));
  if (wsCloseQueuedOrInFlight(s)) return Promise.reject(new TypeError(STREAM_MESSAGES.writableClosed));
  return wsClose(s);
}
function writerRelease(w) {
  const s = w.stream;
  const e = new TypeError(STREAM_MESSAGES.writerReleased);
  // workerd leaves a ready promise that already resolved as it is (recorded)
  if (w.ready.pending) { w.ready.reject(e); handled(w.ready.promise); }
  if (s.state === "writable" || s.state === "erroring") {
    // a released writer's closed promise rejects; keep any earlier outcome otherwise
    w.closed.reject(e);
  } else {
    w.closed = rejectedDeferred(e);
  }
  handled(w.closed.promise);
  s.writer = null;
  w.stream = null;
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    constructGuard(new.target, "WritableStreamDefaultWriter");
    if (!(stream instanceof WritableStream)) throw new TypeError("Failed to construct 'WritableStreamDefaultWriter': constructor parameter 1 is not of type 'WritableStream'.");
    setInternal(this, kWriter, newWriterState(stream[kWS]));
  }
  get closed() { return writerOf(this).closed.promise; }
  get ready() { return writerOf(this).ready.promise; }
  get desiredSize() {
    const s = writerOf(this).stream;
    if (s === null) throw new TypeError(STREAM_MESSAGES.writerReleased);
    if (s.state === "errored" || s.state === "erroring") return null;
    if (s.state === "closed") return 0;
    return wcDesiredSize(s.controller);
  }
  abort(reason = undefined) {
    const s = writerOf(this).stream;
    if (s === null) return Promise.reject(new TypeError(STREAM_MESSAGES.writerReleased));
    return wsAbort(s, reason);
  }
  close() { return writerClose(writerOf(this)); }
  write(chunk = undefined) { return writerWrite(writerOf(this), chunk); }
  releaseLock() { const w = writerOf(this); if (w.stream !== null) writerRelease(w); }
}

/** The state of a writer, or workerd's Illegal invocation for any other receiver (the prototype itself). */
function writerOf(writer) {
  const state = typeof writer === "object" && writer !== null ? writer[kWriter] : undefined;
  if (state === undefined || !Object.prototype.hasOwnProperty.call(writer, kWriter)) throw illegalInvocation();
  return state;
}
Object.defineProperty(WritableStreamDefaultWriter.prototype, Symbol.toStringTag, { value: "WritableStreamDefaultWriter", configurable: true });

class WritableStream {
  /** Whether `o` is one of this class's objects: the receiver check of every member. */
  static #is(o) { return typeof o === "object" && o !== null && Object.prototype.hasOwnProperty.call(o, kWS); }
  constructor(sink = undefined, strategy = undefined) {
    constructGuard(new.target, "WritableStream");
    const s = newWritableState();
    s.api = this;
    setInternal(this, kWS, s);
    if (sink === kInternal) return;
    sink = dictionaryArgument(sink, "Failed to construct 'WritableStream': constructor parameter 1 is not of type 'UnderlyingSink'.");
    // workerd ignores an underlying sink's type (no RangeError as in the WHATWG spec; recorded)
    const start = method(sink, "start", "UnderlyingSink"), write = method(sink, "write", "UnderlyingSink"), close = method(sink, "close", "UnderlyingSink"), abort = method(sink, "abort", "UnderlyingSink");
    dictionaryArgument(strategy, "Failed to construct 'WritableStream': constructor parameter 2 is not of type 'StreamQueuingStrategy'.");
    const api = new WritableStreamDefaultController(kInternal);
    setUpWritableController(s, api,
      start === undefined ? NO_START : () => start.call(sink, api),
      (chunk) => promiseCall(write, sink, chunk, api),
      () => promiseCall(close, sink),
      (reason) => promiseCall(abort, sink, reason),
      highWaterMark(strategy, 1), sizeAlgorithm(strategy));
  }
  get locked() { if (!WritableStream.#is(this)) throw illegalInvocation(); return this[kWS].writer !== null; }
  abort(reason = undefined) {
    if (!WritableStream.#is(this)) throw illegalInvocation();
    const s = this[kWS];
    if (s.writer !== null) return Promise.reject(new TypeError(STREAM_MESSAGES.writerLocked));
    return wsAbort(s, reason);
  }
  close() {
    if (!WritableStream.#is(this)) throw illegalInvocation();
    const s = this[kWS];
    if (s.writer !== null) return Promise.reject(new TypeError(STREAM_MESSAGES.writerLocked));
    if (wsCloseQueuedOrInFlight(s)) return Promise.reject(new TypeError(STREAM_MESSAGES.writableClosed));
    return wsClose(s);
  }
  getWriter() { if (!WritableStream.#is(this)) throw illegalInvocation(); return new WritableStreamDefaultWriter(this); }
}
Object.defineProperty(WritableStream.prototype, Symbol.toStringTag, { value: "WritableStream", configurable: true });

function createWritableStream(start, write, close, abort, hwm = 1, size = () => 1) {
  const stream = new WritableStream(kInternal);
  const s = stream[kWS];
  setUpWritableController(s, new WritableStreamDefaultController(kInternal), start, write, close, abort, hwm, size);
  return s;
}

// ---- pipeTo ------------------------------------------------------------------------------

function pipeStreams(source, dest, options) {
  const preventClose = !!options.preventClose, preventAbort = !!options.preventAbort, preventCancel = !!options.preventCancel;
  const signal = options.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    return Promise.reject(new TypeError("Incorrect type for the 'signal' field on 'PipeToOptions': the provided value is not of type 'AbortSignal'."));
  }
  const reader = newReaderState(source, false);
  const writer = newWriterState(dest);
  source.disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const done = deferred();
  let onAbort = null;

  const finalize = (isError, error) => {
    if (writer.stream !== null) writerRelease(writer);
    if (reader.stream !== null) readerRelease(reader);
    if (onAbort !== null) signal.removeEventListener("abort", onAbort);
    if (isError) done.reject(error); else done.resolve(undefined);
  };
  const waitForWrites = () => {
    const last = currentWrite;
    return last.then(() => (last !== currentWrite ? waitForWrites() : undefined));
  };
  const shutdown = (action, isError, error) => {
    if (shuttingDown) return;
    shuttingDown = true;
    const run = () => {
      if (action === null) { finalize(isError, error); return; }
      action().then(() => finalize(isError, error), (e) => finalize(true, e));
    };
    if (dest.state === "writable" && !wsCloseQueuedOrInFlight(dest)) waitForWrites().then(run);
    else run();
  };

  // workerd looks at the signal between reads: an abort while a read is pending waits for that read
  // to settle, and the chunk it brings is not written (recorded)
  let reading = false;
  let abortSeen = false;
  let abortNow = null;
  if (signal !== undefined) {
    onAbort = () => {
      if (reading) { abortSeen = true; return; }
      abortNow();
    };
    abortNow = () => {
      const error = signal.reason;
      // workerd cancels the source first, and leaves alone one whose close() is only queued
      // behind unread chunks (recorded)
      const actions = [];
      if (!preventCancel) actions.push(() => (source.state === "readable" && !source.controller?.closeRequested ? rsCancel(source, error) : Promise.resolve()));
      if (!preventAbort) actions.push(() => (dest.state === "writable" ? wsAbort(dest, error) : Promise.resolve()));
      shutdown(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) { abortNow(); return done.promise; }
    signal.addEventListener("abort", onAbort);
  }

  const checkStates = () => {
    if (source.state === "errored") {
      if (!preventAbort) shutdown(() => wsAbort(dest, source.storedError), true, source.storedError);
      else shutdown(null, true, source.storedError);
      return true;
    }
    if (dest.state === "errored" || dest.state === "erroring") {
      if (!preventCancel) shutdown(() => rsCancel(source, dest.storedError), true, dest.storedError);
      else shutdown(null, true, dest.storedError);
      return true;
    }
    if (source.state === "closed") {
      if (!preventClose) shutdown(() => (wsCloseQueuedOrInFlight(dest) || dest.state === "closed" ? Promise.resolve() : writerClose(writer)));
      else shutdown(null);
      return true;
    }
    if (wsCloseQueuedOrInFlight(dest) || dest.state === "closed") {
      const e = new TypeError("This destination writable stream is closed.");
      if (!preventCancel) shutdown(() => rsCancel(source, e), true, e);
      else shutdown(null, true, e);
      return true;
    }
    return false;
  };

  reader.closed.promise.then(checkStates, checkStates);
  writer.closed.promise.then(checkStates, checkStates);

  /** After a read settles: the abort that came meanwhile, if any, before anything else. */
  const readSettled = () => {
    reading = false;
    if (abortSeen && !shuttingDown) { abortNow(); return true; }
    return false;
  };
  const step = () => {
    if (shuttingDown || checkStates()) return;
    writer.ready.promise.then(() => {
      if (shuttingDown || checkStates()) return;
      reading = true;
      readerRead(reader, {
        chunk(value) {
          if (readSettled()) return;
          currentWrite = handled(writerWrite(writer, value));
          step();
        },
        close() { if (!readSettled()) checkStates(); },
        error() { if (!readSettled()) checkStates(); },
      });
    }, () => checkStates());
  };
  reading = true; // the first read starts at once in workerd: an abort from here on waits for it
  step();
  return done.promise;
}

// ---- TransformStream ---------------------------------------------------------------------

class TransformStreamDefaultController {
  constructor(token) { if (token !== kInternal) throw new TypeError(STREAM_MESSAGES.illegal); }
  get desiredSize() { return ctlOf(this).readable.controller.desiredSize(); }
  enqueue(chunk = undefined) { tsEnqueue(ctlOf(this), chunk); }
  error(reason = undefined) {
    // workerd requires the argument, as the readable controllers' error() (recorded)
    const t = ctlOf(this);
    if (arguments.length === 0) throw new TypeError("Failed to execute 'error' on 'TransformStreamDefaultController': parameter 1 is not of type 'Value'.");
    tsError(t, reason);
  }
  terminate() { tsTerminate(ctlOf(this)); }
}
Object.defineProperty(TransformStreamDefaultController.prototype, Symbol.toStringTag, { value: "TransformStreamDefaultController", configurable: true });

function tsEnqueue(t, chunk) {
  const rc = t.readable.controller;
  // a TransformStream's controller words it after its readable side (recorded)
  if (!rc.canClose()) throw new TypeError("The readable side of this TransformStream is no longer readable.");
  try {
    rc.enqueue(rc.byte ? copyBytes(chunk) : chunk);
  } catch (e) {
    tsErrorWritableAndUnblockWrite(t, e);
    throw t.readable.storedError;
  }
  if (rc.hasBackpressure() !== t.backpressure) tsSetBackpressure(t, true);
}
function tsError(t, e) {
  t.readable.controller.error(e);
  tsErrorWritableAndUnblockWrite(t, e);
}
function tsErrorWritableAndUnblockWrite(t, e) {
  t.transform = t.flush = t.cancel = null;
  wcErrorIfNeeded(t.writable.controller, e);
  if (t.backpressure) tsSetBackpressure(t, false);
}
function tsTerminate(t) {
  t.readable.controller.close();
  if (t.writable.state === "writable") t.writable.terminated = true;
  tsErrorWritableAndUnblockWrite(t, new TypeError(STREAM_MESSAGES.terminated));
}
function tsSetBackpressure(t, backpressure) {
  if (t.backpressureChange !== null) t.backpressureChange.resolve(undefined);
  t.backpressureChange = deferred();
  t.backpressure = backpressure;
}
function tsPerformTransform(t, chunk) {
  return t.transform(chunk).then(undefined, (e) => { tsError(t, e); throw e; });
}

/**
 * Builds the two sides of a transform. `algorithms` holds transform(chunk) / flush() /
 * cancel(reason) returning promises; `api` is the controller the algorithms see.
 */
function setUpTransform(target, algorithms, writableHwm, writableSize, readableHwm, readableSize, bytes) {
  const t = { readable: null, writable: null, backpressure: undefined, backpressureChange: null, api: new TransformStreamDefaultController(kInternal), ...algorithms };
  setInternal(t.api, kCtl, t);
  const startDone = deferred();
  t.writable = createWritableStream(
    () => startDone.promise,
    (chunk) => {
      // workerd's compression streams take every write at once, whatever the readable side holds
      if (t.backpressure && !t.eager) {
        return t.backpressureChange.promise.then(() => {
          const w = t.writable;
          if (w.state === "erroring") { if (w.terminated) return undefined; throw w.storedError; }
          return tsPerformTransform(t, chunk);
        });
      }
      return tsPerformTransform(t, chunk);
    },
    () => {
      const flush = t.flush;
      t.transform = t.flush = t.cancel = null;
      const erroredBefore = t.readable.state === "errored";
      return flush().then(() => {
        if (t.readable.state === "errored") {
          if (t.quietClose && !erroredBefore) return;
          throw t.readable.storedError;
        }
        t.readable.controller.close();
      }, (e) => { tsError(t, e); throw t.readable.storedError; });
    },
    (reason) => {
      const cancel = t.cancel;
      t.transform = t.flush = t.cancel = null;
      return (cancel ? cancel(reason) : Promise.resolve()).then(() => {
        if (t.readable.state === "errored") throw t.readable.storedError;
        t.readable.controller.error(reason);
      }, (e) => { tsError(t, e); throw e; });
    },
    writableHwm, writableSize);
  t.readable = createReadableStream(
    () => startDone.promise,
    () => { tsSetBackpressure(t, false); return t.backpressureChange.promise; },
    (reason) => {
      const cancel = t.cancel;
      t.transform = t.flush = t.cancel = null;
      return (cancel ? cancel(reason) : Promise.resolve()).then(() => {
        tsErrorWritableAndUnblockWrite(t, reason);
      }, (e) => { tsError(t, e); throw e; });
    },
    readableHwm, readableSize, bytes);
  tsSetBackpressure(t, true);
  setInternal(target, kCtl, t);
  return { t, startDone };
}

class TransformStream {
  /** Whether `o` is one of this class's objects: the receiver check of every member. */
  static #is(o) { return typeof o === "object" && o !== null && Object.prototype.hasOwnProperty.call(o, kCtl); }
  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    constructGuard(new.target, "TransformStream");
    if (transformer === kInternal) return;
    refuseInGlobalScope(); // at the worker's top level (recorded)
    transformer = dictionaryArgument(transformer, "Failed to construct 'TransformStream': constructor parameter 1 is not of type 'Transformer'.");
    const start = method(transformer, "start", "Transformer"), transform = method(transformer, "transform", "Transformer"), flush = method(transformer, "flush", "Transformer"), cancel = method(transformer, "cancel", "Transformer");
    dictionaryArgument(writableStrategy, "Failed to construct 'TransformStream': constructor parameter 2 is not of type 'StreamQueuingStrategy'.");
    dictionaryArgument(readableStrategy, "Failed to construct 'TransformStream': constructor parameter 3 is not of type 'StreamQueuingStrategy'.");
    if (transformer?.readableType !== undefined) throw new TypeError("transformer.readableType must be undefined.");
    if (transformer?.writableType !== undefined) throw new TypeError("transformer.writableType must be undefined.");
    const algorithms = {
      transform: (chunk) => (transform === undefined
        ? (() => { try { tsEnqueue(this[kCtl], chunk); return Promise.resolve(); } catch (e) { return Promise.reject(e); } })()
        : promiseCall(transform, transformer, chunk, this[kCtl].api)),
      flush: () => promiseCall(flush, transformer, this[kCtl].api),
      cancel: cancel === undefined ? null : (reason) => promiseCall(cancel, transformer, reason),
    };
    const { t, startDone } = setUpTransform(this, algorithms,
      highWaterMark(writableStrategy, 1), sizeAlgorithm(writableStrategy),
      highWaterMark(readableStrategy, 0), sizeAlgorithm(readableStrategy), false);
    // a throwing start() errors the streams instead of the constructor call (workerd, recorded)
    let started;
    try { started = start === undefined ? undefined : start.call(transformer, t.api); } catch (e) { started = Promise.reject(e); }
    startDone.resolve(started);
  }
  get readable() { if (!TransformStream.#is(this)) throw illegalInvocation(); return this[kCtl].readable.api; }
  get writable() { if (!TransformStream.#is(this)) throw illegalInvocation(); return this[kCtl].writable.api; }
}
Object.defineProperty(TransformStream.prototype, Symbol.toStringTag, { value: "TransformStream", configurable: true });

/**
 * A byte-oriented transform whose readable side is a byte stream, for workerd's
 * IdentityTransformStream family, compression and text streams. `transform(bytes, enqueue)`
 * and `flush(enqueue)` may be async; strings written to it are rejected as workerd does, unless
 * `acceptsStrings` (TextEncoderStream), which turns every chunk into a string.
 */
/** workerd's TypeError for a chunk a byte transform cannot take, or undefined for bytes. */
function byteChunkRefusal(chunk) {
  if (typeof chunk === "string") return new TypeError(STREAM_MESSAGES.byteString);
  if (!isBufferSource(chunk)) return new TypeError("This TransformStream is being used as a byte stream, but received an object of non-ArrayBuffer/ArrayBufferView type on its writable side.");
  return undefined;
}

/**
 * Sets up a transform of bytes (or, with `acceptsStrings`, of any value as a string). A chunk of
 * another type is refused by write() itself. `highWaterMark`, when given, is the writable side's
 * in bytes (IdentityTransformStream's option); otherwise one chunk.
 */
/**
 * Sets `target` up as a byte transform. `options.eager`: writes never wait on the readable side
 * (workerd's compression streams); `options.readableHwm`: the readable side's high-water mark in
 * bytes (0 unless given; workerd's TextEncoderStream takes one chunk before it pushes back);
 * `options.quietClose`: closing the writable side succeeds even when the flush errors the readable
 * side (FixedLengthStream: only its reader sees a short stream's error).
 */
function initByteTransform(target, transform, flush, acceptsStrings = false, highWaterMark = undefined, options = undefined) {
  const algorithms = {
    eager: options?.eager === true,
    quietClose: options?.quietClose === true,
    transform: (chunk) => {
      try {
        let bytes;
        if (acceptsStrings) bytes = typeof chunk === "string" ? chunk : `${chunk}`; // TextEncoderStream: any value, as a string (a Symbol throws)
        else {
          const refusal = byteChunkRefusal(chunk);
          if (refusal) throw refusal;
          bytes = chunk instanceof ArrayBuffer ? new Uint8Array(chunk) : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        }
        return Promise.resolve(transform(bytes, (out) => { if (out.byteLength > 0) tsEnqueue(target[kCtl], out); }));
      } catch (e) {
        return Promise.reject(e);
      }
    },
    flush: () => {
      try { return Promise.resolve(flush((out) => { if (out.byteLength > 0) tsEnqueue(target[kCtl], out); })); } catch (e) { return Promise.reject(e); }
    },
    cancel: null,
  };
  const { startDone } = highWaterMark === undefined
    ? setUpTransform(target, algorithms, 1, () => 1, options?.readableHwm ?? 0, undefined, true)
    : setUpTransform(target, algorithms, highWaterMark, (chunk) => chunk?.byteLength ?? 1, options?.readableHwm ?? 0, undefined, true);
  if (!acceptsStrings) target[kCtl].writable.checkChunk = byteChunkRefusal;
  // workerd's internal readable: default reads get at most 4096 bytes, each in a buffer of that size
  if (options?.readChunk > 0) target[kCtl].readable.controller.readChunk = options.readChunk;
  startDone.resolve(undefined);
}

defineGlobal("WritableStream", newOnly(WritableStream, "WritableStream"));
defineGlobal("WritableStreamDefaultWriter", newOnly(WritableStreamDefaultWriter, "WritableStreamDefaultWriter"));
defineGlobal("WritableStreamDefaultController", hiddenConstructor(WritableStreamDefaultController, "WritableStreamDefaultController"));
defineGlobal("TransformStream", newOnly(TransformStream, "TransformStream"));
defineGlobal("TransformStreamDefaultController", hiddenConstructor(TransformStreamDefaultController, "TransformStreamDefaultController"));

/**
 * Stream compatibility before 2022-11-30, applied to the globals scripts see (the prelude and the
 * binding scripts keep the standard classes, through their own names or internals.streamClasses):
 * without streams_enable_constructors, scripts cannot construct ReadableStream or WritableStream
 * (nor a standard TransformStream, built from them) and the controller classes are no globals;
 * without transformstream_enable_standard_constructor, `new TransformStream(...)` ignores its
 * arguments and gives an identity byte stream (recorded).
 */
onConfigure(() => {
  const constructors = compatFlag("streams_enable_constructors", "2022-11-30", "streams_disable_constructors");
  const standardTransform = compatFlag("transformstream_enable_standard_constructor", "2022-11-30", "transformstream_disable_standard_constructor");
  if (constructors && standardTransform) return;
  const refused = (name) => () => {
    throw new Error(`To use the new ${name}() constructor, enable the streams_enable_constructors compatibility flag. Refer to the docs for more information: https://developers.cloudflare.com/workers/platform/compatibility-dates/#compatibility-flags`);
  };
  if (!constructors) {
    defineGlobal("ReadableStream", scriptConstructor(ReadableStream, "ReadableStream", refused("ReadableStream")));
    defineGlobal("WritableStream", scriptConstructor(WritableStream, "WritableStream", refused("WritableStream")));
    for (const name of ["ReadableStreamDefaultController", "ReadableByteStreamController", "ReadableStreamBYOBRequest", "WritableStreamDefaultController", "TransformStreamDefaultController"]) removeGlobal(name);
  }
  defineGlobal("TransformStream", scriptConstructor(TransformStream, "TransformStream", standardTransform ? refused("ReadableStream") : (newTarget) => {
    const stream = Reflect.construct(TransformStream, [kInternal], newTarget);
    initByteTransform(stream, (bytes, enqueue) => enqueue(copyBytes(bytes)), () => {});
    return stream;
  }));
});

/** A global constructor for `Impl` (same prototype and statics) whose construction is `construct(newTarget)`. */
function scriptConstructor(Impl, name, construct) {
  const ctor = {
    [name]: function (...args) {
      constructGuard(new.target, name);
      return construct(new.target === ctor ? Impl : new.target, args);
    },
  }[name];
  Object.defineProperty(ctor, "prototype", { value: Impl.prototype, writable: false });
  Object.defineProperty(ctor, "length", { value: Impl.length });
  for (const key of Reflect.ownKeys(Impl)) {
    if (key !== "prototype" && key !== "length" && key !== "name") Object.defineProperty(ctor, key, Object.getOwnPropertyDescriptor(Impl, key));
  }
  return ctor;
}
internals.streamClasses = { ReadableStream, WritableStream, TransformStream };
