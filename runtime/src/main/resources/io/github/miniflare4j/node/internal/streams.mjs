// node:stream — Readable, Writable, Duplex, Transform, PassThrough, pipeline and finished with
// Node's buffering, backpressure, event order and error rules. Constructors are plain functions
// so that pre-class code can call `Readable.call(this, options)` and use util.inherits.
import EventEmitter from "node-internal:events";
const { Buffer, nodeError, invalidArgType } = $node;

const nextTick = (fn, ...args) => queueMicrotask(() => fn(...args));
const STREAMS_V24 = $node.flags.has("enable_streams_nodejs_v24_compat");
let defaultHighWaterMark = 64 * 1024;
let defaultObjectHighWaterMark = 16;
export function getDefaultHighWaterMark(objectMode) { return objectMode ? defaultObjectHighWaterMark : defaultHighWaterMark; }
export function setDefaultHighWaterMark(objectMode, value) {
  // Node's validateInteger(value, "value", 0)
  if (typeof value !== "number") throw invalidArgType("value", "of type number", value);
  if (!Number.isInteger(value)) throw $node.outOfRange("value", "an integer", value);
  if (value < 0 || value > Number.MAX_SAFE_INTEGER) throw $node.outOfRange("value", `>= 0 && <= ${Number.MAX_SAFE_INTEGER}`, value);
  if (objectMode) defaultObjectHighWaterMark = value;
  else defaultHighWaterMark = value;
}

function highWaterMark(options, duplexKey, objectMode) {
  const value = options?.highWaterMark ?? options?.[duplexKey];
  if (value === undefined || value === null) return getDefaultHighWaterMark(objectMode);
  if (!Number.isInteger(value) || value < 0) {
    throw $node.invalidArgValue("options.highWaterMark", value);
  }
  return value;
}

function streamError(code, message, ctor = Error) { return nodeError(ctor, code, message); }

// ---------------------------------------------------------------- Stream (the legacy base)

export function Stream(options) {
  EventEmitter.call(this, options);
}
Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Stream, EventEmitter);
/**
 * The legacy pipe (workerd's streams_legacy): the destination ends once, on the source's end (or is destroyed on
 * its close); an error on either side, the source's end/close or the destination's close remove every listener.
 */
Stream.prototype.pipe = function (dest, options) {
  const source = this;
  const ondata = (chunk) => { if (dest.writable && dest.write(chunk) === false && source.pause) source.pause(); };
  source.on("data", ondata);
  const ondrain = () => { if (source.readable && source.resume) source.resume(); };
  dest.on("drain", ondrain);
  let didOnEnd = false;
  const onend = () => { if (didOnEnd) return; didOnEnd = true; dest.end(); };
  const onclose = () => { if (didOnEnd) return; didOnEnd = true; if (typeof dest.destroy === "function") dest.destroy(); };
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on("end", onend);
    source.on("close", onclose);
  }
  function onerror(er) {
    cleanup();
    if (EventEmitter.listenerCount(this, "error") === 0) this.emit("error", er);
  }
  source.prependListener("error", onerror);
  dest.prependListener("error", onerror);
  function cleanup() {
    source.removeListener("data", ondata);
    dest.removeListener("drain", ondrain);
    source.removeListener("end", onend);
    source.removeListener("close", onclose);
    source.removeListener("error", onerror);
    dest.removeListener("error", onerror);
    source.removeListener("end", cleanup);
    source.removeListener("close", cleanup);
    dest.removeListener("close", cleanup);
  }
  source.on("end", cleanup);
  source.on("close", cleanup);
  dest.on("close", cleanup);
  dest.emit("pipe", source);
  return dest;
};

// ---------------------------------------------------------------- destroy / errors

function destroyImpl(stream, err, cb) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === "function") cb();
    return stream;
  }
  if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
  }
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  const done = (error) => {
    if (error) {
      if (w && !w.errored) w.errored = error;
      if (r && !r.errored) r.errored = error;
    }
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === "function") cb(error);
    nextTick(() => {
      // Node emits the error _destroy() answered (it may replace or swallow the one given)
      const e = error;
      if (e && !(w?.errorEmitted || r?.errorEmitted)) {
        if (w) w.errorEmitted = true;
        if (r) r.errorEmitted = true;
        stream.emit("error", e);
      }
      if ((w ? w.emitClose : true) && (r ? r.emitClose : true)) stream.emit("close");
    });
  };
  try { stream._destroy(err || null, done); } catch (e) { done(e); }
  return stream;
}

function errorOrDestroy(stream, err) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) stream.destroy(err);
  else if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    nextTick(() => stream.emit("error", err));
  }
}

// ---------------------------------------------------------------- Readable

function ReadableState(options, stream, isDuplex) {
  this.objectMode = !!(options?.objectMode || (isDuplex && options?.readableObjectMode));
  this.highWaterMark = highWaterMark(options, isDuplex ? "readableHighWaterMark" : "", this.objectMode);
  this.buffer = [];
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.errorEmitted = false;
  this.emitClose = options?.emitClose !== false;
  this.autoDestroy = options?.autoDestroy !== false;
  this.defaultEncoding = options?.defaultEncoding || "utf8";
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
}

export function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = this instanceof Duplex;
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options?.encoding) this.setEncoding(options.encoding);
  if (options) {
    if (typeof options.read === "function") this._read = options.read;
    if (typeof options.destroy === "function") this._destroy = options.destroy;
    if (typeof options.construct === "function") this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (typeof this._construct === "function") constructStream(this);
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

function constructStream(stream) {
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  nextTick(() => {
    stream._construct((err) => {
      if (r) r.constructed = true;
      if (w) w.constructed = true;
      if (err) { errorOrDestroy(stream, err); return; }
      if (r && r.needReadable) maybeReadMore(stream, r);
      if (w) { clearBuffer(stream, w); finishMaybe(stream, w); }
      if (r && r.flowing) flow(stream);
    });
  });
}

Readable.prototype._read = function () {
  throw nodeError(Error, "ERR_METHOD_NOT_IMPLEMENTED", "The _read() method is not implemented");
};
Readable.prototype._destroy = function (err, cb) { cb(err); };
Readable.prototype.destroy = function (err, cb) { return destroyImpl(this, err, cb); };

function chunkInvalid(state, chunk) {
  if (state.objectMode || typeof chunk === "string" || chunk instanceof Uint8Array || chunk === undefined) return null;
  return invalidArgType("chunk", "of type string or an instance of Buffer, TypedArray, or DataView", chunk);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount("data") > 0) {
    state.dataEmitted = true;
    stream.emit("data", chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) state.buffer.unshift(chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

function readableAddChunk(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (!state.objectMode) {
    if (typeof chunk === "string") {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) chunk = Buffer.from(chunk, encoding);
    } else if (chunk instanceof Uint8Array && !(chunk instanceof Buffer)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
  }
  const err = chunkInvalid(state, chunk);
  if (err) { errorOrDestroy(stream, err); return false; }
  if (!state.objectMode && chunk !== undefined && chunk.length <= 0) {
    state.reading = false;
    maybeReadMore(stream, state);
    return state.length < state.highWaterMark;
  }
  if (addToFront && state.endEmitted) {
    errorOrDestroy(stream, streamError("ERR_STREAM_UNSHIFT_AFTER_END_EVENT", "stream.unshift() after end event"));
    return false;
  }
  if (state.ended && !addToFront) {
    errorOrDestroy(stream, streamError("ERR_STREAM_PUSH_AFTER_EOF", "stream.push() after EOF"));
    return false;
  }
  if (state.destroyed || state.errored) return false;
  state.reading = false;
  if (state.decoder && !state.objectMode && typeof chunk !== "string") {
    chunk = state.decoder.decode(chunk, { stream: true });
    if (chunk.length === 0) { maybeReadMore(stream, state); return state.length < state.highWaterMark; }
  }
  // in object mode undefined is a chunk like any other (only null ends the stream)
  if (chunk === undefined && !state.objectMode) return state.length < state.highWaterMark;
  addChunk(stream, state, chunk, addToFront);
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

Readable.prototype.push = function (chunk, encoding) { return readableAddChunk(this, chunk, encoding, false); };
Readable.prototype.unshift = function (chunk, encoding) { return readableAddChunk(this, chunk, encoding, true); };
Readable.prototype.isPaused = function () { return this._readableState.flowing === false; };

Readable.prototype.setEncoding = function (encoding) {
  const state = this._readableState;
  const enc = $node.normalizeEncoding(encoding);
  state.encoding = enc;
  state.decoder = { decode: (bytes, opts) => decodeChunk(state, bytes, opts) };
  state.pendingBytes = new Uint8Array(0);
  const buffered = state.buffer.map((c) => (typeof c === "string" ? c : state.decoder.decode(c, { stream: true }))).join("");
  state.buffer = buffered ? [buffered] : [];
  state.length = buffered.length;
  return this;
};
function decodeChunk(state, bytes, opts) {
  if (state.encoding === "utf8" || state.encoding === "utf16le") {
    state.textDecoder ??= new TextDecoder(state.encoding === "utf8" ? "utf-8" : "utf-16le");
    return state.textDecoder.decode(bytes, opts);
  }
  const all = new Uint8Array(state.pendingBytes.length + bytes.length);
  all.set(state.pendingBytes);
  all.set(bytes, state.pendingBytes.length);
  const keep = (state.encoding === "base64" || state.encoding === "base64url") && opts?.stream ? all.length % 3 : 0;
  state.pendingBytes = all.slice(all.length - keep);
  return Buffer.from(all.subarray(0, all.length - keep)).toString(state.encoding);
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (Number.isNaN(n)) return state.flowing && state.length ? (typeof state.buffer[0] === "string" || state.buffer[0] ? state.buffer[0].length : state.length) : state.length;
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

function takeFromBuffer(n, state) {
  if (state.length === 0) return null;
  let out;
  if (state.objectMode) out = state.buffer.shift();
  else if (!n || n >= state.length) {
    if (state.decoder || typeof state.buffer[0] === "string") out = state.buffer.join("");
    else if (state.buffer.length === 1) out = state.buffer[0];
    else out = Buffer.concat(state.buffer, state.length);
    state.buffer = [];
  } else {
    out = takePartial(n, state);
  }
  return out;
}
function takePartial(n, state) {
  const first = state.buffer[0];
  if (n < first.length) { state.buffer[0] = first.slice(n); return first.slice(0, n); }
  if (n === first.length) return state.buffer.shift();
  const strings = typeof first === "string";
  const parts = [];
  let remaining = n;
  while (remaining > 0) {
    const chunk = state.buffer[0];
    if (chunk.length <= remaining) { parts.push(state.buffer.shift()); remaining -= chunk.length; }
    else { parts.push(chunk.slice(0, remaining)); state.buffer[0] = chunk.slice(remaining); remaining = 0; }
  }
  return strings ? parts.join("") : Buffer.concat(parts, n);
}

const MAX_HIGH_WATER_MARK = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HIGH_WATER_MARK) throw $node.outOfRange("size", "<= 1GiB", n);
  n--;
  n |= n >>> 1; n |= n >>> 2; n |= n >>> 4; n |= n >>> 8; n |= n >>> 16;
  return n + 1;
}
Readable.prototype.read = function (n) {
  const state = this._readableState;
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  // asking for more than the high-water mark raises it to the next power of two (at most 1 GiB)
  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  const nOrig = n;
  if (n !== 0) state.emittedReadable = false;
  if (n === 0 && state.needReadable && ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }
  n = howMuchToRead(n, state);
  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || state.constructed === false) doRead = false;
  else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try { this._read(state.highWaterMark); } catch (err) { errorOrDestroy(this, err); }
    state.sync = false;
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }
  let ret = n > 0 ? takeFromBuffer(n, state) : null;
  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= state.objectMode ? 1 : ret.length;
  }
  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }
  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit("data", ret);
  }
  return ret;
};

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const rest = state.decoder.decode(new Uint8Array(0));
    if (rest && rest.length) { state.buffer.push(rest); state.length += state.objectMode ? 1 : rest.length; }
  }
  state.ended = true;
  if (state.sync) emitReadable(stream);
  else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadableNow(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    nextTick(emitReadableNow, stream);
  }
}
function emitReadableNow(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit("readable");
    state.emittedReadable = false;
  }
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  flow(stream);
}

function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed !== false) {
    state.readingMore = true;
    nextTick(() => {
      while (!state.reading && !state.ended && (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
        const len = state.length;
        stream.read(0);
        if (len === state.length) break;
      }
      state.readingMore = false;
    });
  }
}

Readable.prototype.on = function (ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === "data") {
    state.readableListening = this.listenerCount("readable") > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === "readable") {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) nextTick(() => this.read(0));
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;
Readable.prototype.removeListener = function (ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === "readable") nextTick(() => updateReadableListening(this));
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;
Readable.prototype.removeAllListeners = function (ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === "readable" || ev === undefined) nextTick(() => updateReadableListening(this));
  return res;
};
function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount("readable") > 0;
  if (state.resumeScheduled && state.paused === false) state.flowing = true;
  else if (self.listenerCount("data") > 0) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

Readable.prototype.resume = function () {
  const state = this._readableState;
  if (!state.flowing) {
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      nextTick(() => {
        if (!state.reading) this.read(0);
        state.resumeScheduled = false;
        this.emit("resume");
        flow(this);
        if (state.flowing && !state.reading) this.read(0);
      });
    }
  }
  state.paused = false;
  return this;
};
Readable.prototype.pause = function () {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit("pause");
  }
  state.paused = true;
  return this;
};
function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

Readable.prototype.pipe = function (dest, pipeOpts) {
  const src = this;
  const state = this._readableState;
  state.pipes.push(dest);
  const doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== globalThis.process?.stdout;
  const onend = () => dest.end();
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) nextTick(endFn);
  else src.once("end", endFn);
  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener("close", onclose);
    dest.removeListener("finish", onfinish);
    if (ondrain) dest.removeListener("drain", ondrain);
    dest.removeListener("error", onerror);
    dest.removeListener("unpipe", onunpipe);
    src.removeListener("end", onend);
    src.removeListener("end", unpipe);
    src.removeListener("data", ondata);
    cleanedUp = true;
  }
  function pause() {
    if (!cleanedUp) {
      state.awaitDrainWriters ??= new Set();
      state.awaitDrainWriters.add(dest);
      src.pause();
    }
    if (!ondrain) {
      ondrain = () => {
        state.awaitDrainWriters?.delete(dest);
        if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && src.listenerCount("data")) src.resume();
      };
      dest.on("drain", ondrain);
    }
  }
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }
  src.on("data", ondata);
  function onerror(er) {
    unpipe();
    dest.removeListener("error", onerror);
    if (dest.listenerCount("error") === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit("error", er);
    }
  }
  dest.prependListener("error", onerror);
  function onclose() { dest.removeListener("finish", onfinish); unpipe(); }
  dest.once("close", onclose);
  function onfinish() { dest.removeListener("close", onclose); unpipe(); }
  dest.once("finish", onfinish);
  function unpipe() { src.unpipe(dest); }
  function onunpipe(readable, info) {
    if (readable === src && info?.hasUnpiped === false) { info.hasUnpiped = true; cleanup(); }
  }
  dest.on("unpipe", onunpipe);
  dest.emit("pipe", src);
  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();
  return dest;
};

Readable.prototype.unpipe = function (dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;
  const targets = dest ? [dest] : state.pipes.slice();
  for (const target of targets) {
    const i = state.pipes.indexOf(target);
    if (i === -1) continue;
    state.pipes.splice(i, 1);
    if (state.pipes.length === 0) this.pause();
    target.emit("unpipe", this, { hasUnpiped: false });
  }
  return this;
};

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    nextTick(() => {
      if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
        state.endEmitted = true;
        stream.emit("end");
        const w = stream._writableState;
        if (w && w.autoDestroy === false) return;
        if (!w && state.autoDestroy) stream.destroy();
        else if (w && state.autoDestroy && (w.finished || w.writable === false)) stream.destroy();
        else if (w && !stream.allowHalfOpen && !w.ending) stream.end();
      }
    });
  }
}

Readable.prototype[Symbol.asyncIterator] = function () { return streamToAsyncIterator(this); };
Readable.prototype.iterator = function (options) { return streamToAsyncIterator(this, options); };

async function* streamToAsyncIterator(stream, options) {
  let wake = null;
  const next = () => { const w = wake; wake = null; w?.(); };
  stream.on("readable", next);
  let error;
  let done = false;
  const cleanup = finished(stream, { writable: false }, (err) => {
    error = err && err.code !== "ERR_STREAM_PREMATURE_CLOSE" ? err : null;
    if (err?.code === "ERR_STREAM_PREMATURE_CLOSE" && !stream._readableState.endEmitted) error = err;
    done = true;
    next();
  });
  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) yield chunk;
      else if (error) throw error;
      else if (done) return;
      else await new Promise((resolve) => { wake = resolve; });
    }
  } catch (err) {
    error = err;
    throw err;
  } finally {
    if ((error || options?.destroyOnReturn !== false) && (error === undefined || stream._readableState.autoDestroy)) {
      // as Node's destroyer: leaving a stream that has not ended (a break) destroys it with an
      // AbortError, which the finished() listener above keeps from being uncaught
      const r = stream._readableState;
      const ended = r.endEmitted || (r.ended && r.length === 0);
      if (!stream.destroyed) destroyImpl(stream, error === undefined && !ended ? new AbortError() : null);
    }
    else { stream.off("readable", next); cleanup(); }
  }
}

Readable.prototype.wrap = function (stream) {
  let paused = false;
  stream.on("data", (chunk) => { if (!this.push(chunk) && stream.pause) { paused = true; stream.pause(); } });
  stream.on("end", () => this.push(null));
  stream.on("error", (err) => errorOrDestroy(this, err));
  stream.on("close", () => this.destroy());
  this._read = () => { if (paused && stream.resume) { paused = false; stream.resume(); } };
  return this;
};

Readable.prototype.toArray = async function (options) {
  const out = [];
  for await (const chunk of this) out.push(chunk);
  return out;
};
/** The operators' function check (Node's wording: Function or AsyncFunction). */
function checkOperatorFn(fn, name = "fn") {
  if (typeof fn !== "function") throw invalidArgType(name, "of type function or an instance of AsyncFunction", fn);
}
Readable.prototype.forEach = async function (fn, options) {
  checkOperatorFn(fn);
  validateConcurrency(options);
  for await (const _ of mapInOrder(this, async (chunk, opts) => { await fn(chunk, opts); }, options));
};
/** Node's count argument of take()/drop(): a number, NaN as 0, never negative. */
function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw $node.outOfRange("number", ">= 0", number);
  return number;
}
function validateConcurrency(options) {
  if (options != null && typeof options !== "object") throw invalidArgType("options", "of type object", options);
  const concurrency = options?.concurrency != null ? Math.floor(options.concurrency) : 1;
  if (typeof concurrency !== "number") throw invalidArgType("concurrency", "of type number", concurrency);
  if (!Number.isInteger(concurrency)) throw $node.outOfRange("concurrency", "an integer", concurrency);
  if (concurrency < 1 || concurrency > Number.MAX_SAFE_INTEGER) throw $node.outOfRange("concurrency", `>= 1 && <= ${Number.MAX_SAFE_INTEGER}`, concurrency);
}
Readable.prototype.map = function (fn, options) {
  checkOperatorFn(fn);
  validateConcurrency(options);
  return Readable.from(mapInOrder(this, fn, options), { objectMode: true });
};
/** What filter()'s mapping answers for a chunk it drops. */
const DROPPED = Symbol("dropped");
Readable.prototype.filter = function (fn, options) {
  checkOperatorFn(fn);
  validateConcurrency(options);
  const kept = async (chunk, opts) => ((await fn(chunk, opts)) ? chunk : DROPPED);
  const mapped = mapInOrder(this, kept, options);
  return Readable.from((async function* () { for await (const chunk of mapped) if (chunk !== DROPPED) yield chunk; })(), { objectMode: true });
};
/**
 * Node's map(): fn runs on up to `concurrency` chunks at once, and reads run ahead by
 * `highWaterMark` (concurrency - 1 unless given) results; results come out in the source's order,
 * and the first failure (of fn or of the source) ends the iteration.
 */
async function* mapInOrder(source, fn, options) {
  const concurrency = options?.concurrency != null ? Math.floor(options.concurrency) : 1;
  const highWaterMark = options?.highWaterMark != null ? Math.floor(options.highWaterMark) : concurrency - 1;
  const signal = options?.signal;
  if (concurrency === 1 && highWaterMark <= 0) {
    for await (const chunk of source) yield await fn(chunk, { signal });
    return;
  }
  const iterator = source[Symbol.asyncIterator]();
  const queue = [];
  let running = 0;
  let ended = false;
  let sourceError = null;
  let wake;
  let change = new Promise((resolve) => (wake = resolve));
  const changed = () => { wake(); change = new Promise((resolve) => (wake = resolve)); };
  const pump = async () => {
    try {
      while (!ended) {
        if (running >= concurrency || queue.length >= concurrency + highWaterMark) { await change; continue; }
        const { done, value } = await iterator.next();
        if (done || ended) break;
        let result;
        try { result = Promise.resolve(fn(value, { signal })); } catch (err) { result = Promise.reject(err); }
        running++;
        result.then(() => { running--; changed(); }, () => { running--; changed(); });
        queue.push(result);
        changed();
      }
    } catch (err) {
      sourceError = err;
    }
    ended = true;
    changed();
  };
  pump();
  try {
    for (;;) {
      if (queue.length > 0) {
        const next = queue.shift();
        changed();
        yield await next;
        continue;
      }
      if (sourceError) throw sourceError;
      if (ended) return;
      await change;
    }
  } finally {
    ended = true;
    for (const pending of queue) pending.catch(() => {});
    changed();
    await iterator.return?.();
  }
}
Readable.prototype.take = function (limit) {
  limit = toIntegerOrInfinity(limit);
  const source = this;
  return Readable.from((async function* () { if (limit <= 0) return; let n = 0; for await (const chunk of source) { yield chunk; if (++n >= limit) return; } })(), { objectMode: true });
};
Readable.prototype.flatMap = function (fn, options) {
  checkOperatorFn(fn);
  const source = this;
  return Readable.from((async function* () { for await (const chunk of source) yield* await fn(chunk, { signal: options?.signal }); })(), { objectMode: true });
};
/** The deprecated [index, chunk] pairs (still in workerd). */
Readable.prototype.asIndexedPairs = function (options) {
  const source = this;
  return Readable.from((async function* () { let index = 0; for await (const chunk of source) yield [index++, chunk]; })(), { objectMode: true });
};
Readable.prototype.drop = function (limit) {
  limit = toIntegerOrInfinity(limit);
  const source = this;
  return Readable.from((async function* () { let n = 0; for await (const chunk of source) if (n++ >= limit) yield chunk; })(), { objectMode: true });
};
Readable.prototype.reduce = async function (fn, initial) {
  checkOperatorFn(fn, "reducer");
  let acc = initial;
  let first = arguments.length < 2;
  for await (const chunk of this) {
    if (first) { acc = chunk; first = false; } else acc = await fn(acc, chunk);
  }
  if (first) throw nodeError(TypeError, "ERR_MISSING_ARGS", "Reduce of an empty stream requires an initial value");
  return acc;
};
Readable.prototype.some = async function (fn) { checkOperatorFn(fn); for await (const chunk of this) if (await fn(chunk)) return true; return false; };
Readable.prototype.every = async function (fn) { checkOperatorFn(fn); for await (const chunk of this) if (!(await fn(chunk))) return false; return true; };
Readable.prototype.find = async function (fn) { checkOperatorFn(fn); for await (const chunk of this) if (await fn(chunk)) return chunk; return undefined; };

const readableProps = {
  readable: {
    get() { const r = this._readableState; return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted; },
    set(v) { if (this._readableState) this._readableState.readable = !!v; },
  },
  readableDidRead: { get() { return this._readableState.dataEmitted; } },
  readableAborted: { get() { const r = this._readableState; return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted); } },
  readableHighWaterMark: { get() { return this._readableState.highWaterMark; } },
  readableBuffer: { get() { return this._readableState?.buffer; } },
  readableFlowing: { get() { return this._readableState.flowing; }, set(v) { if (this._readableState) this._readableState.flowing = v; } },
  readableLength: { get() { return this._readableState.length; } },
  readableObjectMode: { get() { return this._readableState ? this._readableState.objectMode : false; } },
  readableEncoding: { get() { return this._readableState ? this._readableState.encoding : null; } },
  errored: { get() { return this._readableState ? this._readableState.errored : null; } },
  closed: { get() { return this._readableState ? this._readableState.closed : false; } },
  destroyed: {
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(v) { if (this._readableState) this._readableState.destroyed = v; },
  },
  readableEnded: { get() { return this._readableState ? this._readableState.endEmitted : false; } },
};
Object.defineProperties(Readable.prototype, readableProps);

Readable.from = function (iterable, opts) { return fromIterable(Readable, iterable, opts); };
/** Node's from(Constructor, iterable, options): a stream of the given class reading the iterable. */
function fromIterable(Ctor, iterable, opts) {
  if (typeof iterable === "string" || iterable instanceof Uint8Array) {
    return new Ctor({ objectMode: true, ...opts, read() { this.push(iterable); this.push(null); } });
  }
  let iterator;
  // a synchronous iterator is read without awaiting its steps, as in Node (a null value fails before any data event)
  let isAsync = false;
  if (iterable && typeof iterable[Symbol.asyncIterator] === "function") { iterator = iterable[Symbol.asyncIterator](); isAsync = true; }
  else if (iterable && typeof iterable[Symbol.iterator] === "function") iterator = iterable[Symbol.iterator]();
  else throw invalidArgType("iterable", "an instance of Iterable", iterable);
  let reading = false;
  const readable = new Ctor({
    objectMode: true,
    highWaterMark: 1,
    ...opts,
    read() {
      if (reading) return;
      reading = true;
      next();
    },
    destroy(error, cb) {
      Promise.resolve(error ? iterator.throw?.(error) : iterator.return?.()).then(() => cb(error), (e) => cb(e ?? error));
    },
  });
  async function next() {
    for (;;) {
      try {
        const { value, done } = isAsync ? await iterator.next() : iterator.next();
        if (done) { readable.push(null); return; }
        const chunk = value && typeof value.then === "function" ? await value : value;
        if (chunk === null) { reading = false; throw nodeError(TypeError, "ERR_STREAM_NULL_VALUES", "May not write null values to stream"); }
        if (readable.push(chunk)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  return readable;
}

Readable.fromWeb = function (readableStream, options) {
  if (!(readableStream instanceof ReadableStream)) throw invalidArgType("readableStream", "an instance of ReadableStream", readableStream);
  const reader = readableStream.getReader();
  // as in Node, bytes mode by default: Uint8Array chunks come out as Buffers
  return new Readable({
    ...options,
    read() {
      reader.read().then(({ value, done }) => this.push(done ? null : value), (err) => this.destroy(err));
    },
    destroy(err, cb) { reader.cancel(err).then(() => cb(err), () => cb(err)); },
  });
};
Readable.toWeb = function (readable) {
  return new ReadableStream({
    start(controller) {
      // an object-mode stream's chunks go as they are; a byte stream's as (copied) Uint8Arrays
      const objectMode = readable.readableObjectMode;
      readable.on("data", (chunk) => { controller.enqueue(objectMode ? chunk : typeof chunk === "string" ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? new Uint8Array(chunk) : chunk); if (controller.desiredSize <= 0) readable.pause(); });
      readable.on("end", () => controller.close());
      readable.on("error", (err) => controller.error(err));
    },
    pull() { readable.resume(); },
    cancel(reason) { readable.destroy(reason); },
  });
};
Readable.isDisturbed = function (stream) { return !!(stream?._readableState?.dataEmitted || stream?.locked || stream?.bodyUsed); };
Readable.ReadableState = ReadableState;

// ---------------------------------------------------------------- Writable

function WritableState(options, stream, isDuplex) {
  this.objectMode = !!(options?.objectMode || (isDuplex && options?.writableObjectMode));
  this.highWaterMark = highWaterMark(options, isDuplex ? "writableHighWaterMark" : "", this.objectMode);
  this.finalCalled = false;
  this.needDrain = false;
  this.ending = false;
  this.ended = false;
  this.finished = false;
  this.destroyed = false;
  this.decodeStrings = options?.decodeStrings !== false;
  this.defaultEncoding = options?.defaultEncoding || "utf8";
  this.length = 0;
  this.writing = false;
  this.corked = 0;
  this.sync = true;
  this.bufferProcessing = false;
  this.writecb = null;
  this.writelen = 0;
  this.buffered = [];
  this.pendingcb = 0;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = options?.emitClose !== false;
  this.autoDestroy = options?.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.allNoop = true;
}

export function Writable(options) {
  const isDuplex = this instanceof Duplex;
  if (!isDuplex && !(this instanceof Writable)) return new Writable(options);
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === "function") this._write = options.write;
    if (typeof options.writev === "function") this._writev = options.writev;
    if (typeof options.destroy === "function") this._destroy = options.destroy;
    if (typeof options.final === "function") this._final = options.final;
    if (typeof options.construct === "function") this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (!isDuplex && typeof this._construct === "function") constructStream(this);
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);
Object.defineProperty(Writable, Symbol.hasInstance, {
  value(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!object?._writableState;
  },
});

Writable.prototype.pipe = function () { errorOrDestroy(this, streamError("ERR_STREAM_CANNOT_PIPE", "Cannot pipe, not readable")); };

function writeImpl(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  // an object-mode stream passes the encoding argument through as given (undefined, or null when
  // the callback took its place); a byte stream defaults it and checks it
  if (typeof encoding === "function") { cb = encoding; encoding = null; }
  if (typeof cb !== "function") cb = () => {};
  if (chunk === null) throw nodeError(TypeError, "ERR_STREAM_NULL_VALUES", "May not write null values to stream");
  if (!state.objectMode) {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== "buffer" && !Buffer.isEncoding(encoding)) throw nodeError(TypeError, "ERR_UNKNOWN_ENCODING", `Unknown encoding: ${encoding}`);
    if (typeof chunk === "string") {
      if (state.decodeStrings !== false) { chunk = Buffer.from(chunk, encoding); encoding = "buffer"; }
    } else if (chunk instanceof Buffer) encoding = "buffer";
    else if (chunk instanceof Uint8Array) { chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength); encoding = "buffer"; }
    else throw invalidArgType("chunk", "of type string or an instance of Buffer, TypedArray, or DataView", chunk);
  }
  let err;
  if (state.ending) err = streamError("ERR_STREAM_WRITE_AFTER_END", "write after end");
  else if (state.destroyed) err = streamError("ERR_STREAM_DESTROYED", "Cannot call write after a stream was destroyed");
  if (err) {
    nextTick(cb, err);
    errorOrDestroy(stream, err);
    return err;
  }
  state.pendingcb++;
  const len = state.objectMode ? 1 : chunk.length;
  state.length += len;
  // the backpressure answer is read before _write, or after it with enable_streams_nodejs_v24_compat
  const backpressure = () => {
    const fits = state.length < state.highWaterMark || state.length === 0;
    if (!fits) state.needDrain = true;
    return fits;
  };
  let ret = STREAMS_V24 ? true : backpressure();
  if (state.writing || state.corked || state.errored || state.constructed === false) {
    state.buffered.push({ chunk, encoding, callback: cb });
    if (state.allNoop && cb.name !== "nop") state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = cb;
    state.writing = true;
    state.sync = true;
    stream._write(chunk, encoding, state.onwrite ??= onwrite.bind(undefined, stream));
    state.sync = false;
  }
  if (STREAMS_V24) ret = backpressure();
  return ret && !state.errored && !state.destroyed;
}

Writable.prototype.write = function (chunk, encoding, cb) {
  const result = writeImpl(this, chunk, encoding, cb);
  return result instanceof Error ? false : result;
};
Writable.prototype.cork = function () { this._writableState.corked++; };
Writable.prototype.uncork = function () {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};
Writable.prototype.setDefaultEncoding = function (encoding) {
  if (typeof encoding === "string") encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw nodeError(TypeError, "ERR_UNKNOWN_ENCODING", `Unknown encoding: ${encoding}`);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function onwrite(stream, er) {
  const state = stream._writableState;
  const sync = state.sync;
  const cb = state.writecb;
  if (typeof cb !== "function") { errorOrDestroy(stream, streamError("ERR_MULTIPLE_CALLBACK", "Callback called multiple times")); return; }
  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;
  if (er) {
    if (!state.errored) state.errored = er;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if (state.buffered.length > 0) clearBuffer(stream, state);
    if (sync) {
      if (state.afterWriteTickInfo !== undefined && state.afterWriteTickInfo.cb === cb) state.afterWriteTickInfo.count++;
      else {
        state.afterWriteTickInfo = { count: 1, cb, stream, state };
        nextTick(afterWriteTick, state.afterWriteTickInfo);
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}
function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}
function afterWriteTick({ stream, state, count, cb }) {
  state.afterWriteTickInfo = undefined;
  afterWrite(stream, state, count, cb);
}
function afterWrite(stream, state, count, cb) {
  const needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
  if (needDrain) { state.needDrain = false; stream.emit("drain"); }
  // a write's callback gets no value (null with enable_streams_nodejs_v24_compat, workerd)
  while (count-- > 0) { state.pendingcb--; cb(STREAMS_V24 ? null : undefined); }
  if (state.destroyed) errorBuffer(state);
  finishMaybe(stream, state);
}
function errorBuffer(state) {
  if (state.writing) return;
  for (const { chunk, callback } of state.buffered.splice(0)) {
    state.length -= state.objectMode ? 1 : chunk.length;
    state.pendingcb--;
    callback(state.errored ?? streamError("ERR_STREAM_DESTROYED", "Cannot call write after a stream was destroyed"));
  }
  // end()'s callbacks learn the failure too, before the error event (as Node's errorBuffer)
  for (const cb of (state.finishCallbacks ?? []).splice(0)) cb(state.errored ?? streamError("ERR_STREAM_DESTROYED", "Cannot call end after a stream was destroyed"));
}

function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || state.constructed === false) return;
  const buffered = state.buffered;
  if (buffered.length === 0) return;
  state.bufferProcessing = true;
  if (buffered.length > 1 && stream._writev) {
    state.pendingcb -= buffered.length - 1;
    const chunks = buffered.splice(0);
    const callback = state.allNoop ? () => {} : (err) => { for (const c of chunks) c.callback(err); };
    const len = state.objectMode ? chunks.length : chunks.reduce((n, c) => n + c.chunk.length, 0);
    state.writelen = len;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    stream._writev(chunks, state.onwrite ??= onwrite.bind(undefined, stream));
    state.sync = false;
    state.allNoop = true;
  } else {
    while (buffered.length > 0 && !state.writing) {
      const { chunk, encoding, callback } = buffered.shift();
      const len = state.objectMode ? 1 : chunk.length;
      state.writelen = len;
      state.writecb = callback;
      state.writing = true;
      state.sync = true;
      stream._write(chunk, encoding, state.onwrite ??= onwrite.bind(undefined, stream));
      state.sync = false;
    }
    if (buffered.length === 0) state.allNoop = true;
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function (chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw nodeError(Error, "ERR_METHOD_NOT_IMPLEMENTED", "The _write() method is not implemented");
};
Writable.prototype._writev = null;
Writable.prototype._destroy = function (err, cb) { cb(err); };
Writable.prototype.destroy = function (err, cb) {
  const state = this._writableState;
  if (!state.destroyed && (state.buffered.length || state.pendingcb)) nextTick(errorBuffer, state);
  return destroyImpl(this, err, cb);
};

Writable.prototype.end = function (chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === "function") { cb = chunk; chunk = null; encoding = null; }
  else if (typeof encoding === "function") { cb = encoding; encoding = null; }
  let err;
  if (chunk !== null && chunk !== undefined) {
    const ret = writeImpl(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }
  if (state.corked) { state.corked = 1; this.uncork(); }
  if (err) {
    // already reported
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = streamError("ERR_STREAM_ALREADY_FINISHED", "Cannot call end after a stream was finished");
  } else if (state.destroyed) {
    err = streamError("ERR_STREAM_DESTROYED", "Cannot call end after a stream was destroyed");
  }
  if (typeof cb === "function") {
    if (err || state.finished) nextTick(cb, err);
    else (state.finishCallbacks ??= []).push(cb);
  }
  return this;
};

function needFinish(state) {
  return state.ending && !state.destroyed && state.constructed !== false && state.length === 0 && !state.errored && state.buffered.length === 0 && !state.finished && !state.writing && !state.errorEmitted && !state.closeEmitted;
}
function callFinal(stream, state) {
  let called = false;
  const onFinish = (err) => {
    if (called) { errorOrDestroy(stream, streamError("ERR_MULTIPLE_CALLBACK", "Callback called multiple times")); return; }
    called = true;
    state.pendingcb--;
    if (err) {
      for (const cb of (state.finishCallbacks ?? []).splice(0)) cb(err);
      errorOrDestroy(stream, err);
    } else if (needFinish(state)) {
      state.prefinished = true;
      stream.emit("prefinish");
      state.pendingcb++;
      nextTick(finish, stream, state);
    }
  };
  state.sync = true;
  state.pendingcb++;
  try { stream._final(onFinish); } catch (err) { onFinish(err); }
  state.sync = false;
}
function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === "function" && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
      stream.emit("prefinish");
    }
  }
}
function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        nextTick(() => { if (needFinish(state)) finish(stream, state); else state.pendingcb--; });
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}
function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  for (const cb of (state.finishCallbacks ?? []).splice(0)) cb(null);
  stream.emit("finish");
  if (state.autoDestroy) {
    const r = stream._readableState;
    const autoDestroy = !r || (r.autoDestroy && (r.endEmitted || r.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

Object.defineProperties(Writable.prototype, {
  closed: { get() { return this._writableState ? this._writableState.closed : false; } },
  destroyed: {
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(v) { if (this._writableState) this._writableState.destroyed = v; },
  },
  writable: {
    get() { const w = this._writableState; return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended; },
    set(v) { if (this._writableState) this._writableState.writable = !!v; },
  },
  writableFinished: { get() { return this._writableState ? this._writableState.finished : false; } },
  writableObjectMode: { get() { return this._writableState ? this._writableState.objectMode : false; } },
  writableBuffer: { get() { return this._writableState?.buffered.map((b) => b.chunk); } },
  writableEnded: { get() { return this._writableState ? this._writableState.ending : false; } },
  writableNeedDrain: { get() { const w = this._writableState; return w ? !w.destroyed && !w.ending && w.needDrain : false; } },
  writableHighWaterMark: { get() { return this._writableState?.highWaterMark; } },
  writableCorked: { get() { return this._writableState ? this._writableState.corked : 0; } },
  writableLength: { get() { return this._writableState?.length; } },
  errored: { get() { return this._writableState ? this._writableState.errored : null; } },
  writableAborted: { get() { const w = this._writableState; return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished); } },
});
Writable.WritableState = WritableState;
Writable.fromWeb = function (writableStream, options) {
  if (!(writableStream instanceof WritableStream)) throw invalidArgType("writableStream", "an instance of WritableStream", writableStream);
  const writer = writableStream.getWriter();
  // as in Node, strings reach the web stream as bytes unless decodeStrings is false
  return new Writable({
    objectMode: false,
    decodeStrings: true,
    ...options,
    write(chunk, encoding, cb) { writer.write(chunk).then(() => cb(), cb); },
    final(cb) { writer.close().then(() => cb(), cb); },
    destroy(err, cb) { writer.abort(err).then(() => cb(err), () => cb(err)); },
  });
};
Writable.toWeb = function (writable) {
  return new WritableStream({
    write(chunk) { return new Promise((resolve, reject) => writable.write(chunk, (err) => (err ? reject(err) : resolve()))); },
    close() { return new Promise((resolve) => writable.end(resolve)); },
    abort(reason) { writable.destroy(reason); },
  });
};

// ---------------------------------------------------------------- Duplex, Transform, PassThrough

export function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) { this._readableState.readable = false; this._readableState.ended = true; this._readableState.endEmitted = true; }
    if (options.writable === false) { this._writableState.writable = false; this._writableState.ending = true; this._writableState.ended = true; this._writableState.finished = true; }
  } else {
    this.allowHalfOpen = true;
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);
for (const method of Object.keys(Writable.prototype)) if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
for (const name of ["write", "cork", "uncork", "setDefaultEncoding", "end", "_write"]) Duplex.prototype[name] = Writable.prototype[name];
Duplex.prototype._writev = null;
{
  const w = Object.getOwnPropertyDescriptors(Writable.prototype);
  for (const name of ["writable", "writableHighWaterMark", "writableObjectMode", "writableBuffer", "writableLength", "writableFinished", "writableCorked", "writableEnded", "writableNeedDrain"]) {
    // no writableAborted: workerd's Duplex (as Node's) does not take it over (recorded)
    Object.defineProperty(Duplex.prototype, name, w[name]);
  }
  Object.defineProperty(Duplex.prototype, "destroyed", {
    get() { return this._readableState.destroyed && this._writableState.destroyed; },
    set(v) { this._readableState.destroyed = v; this._writableState.destroyed = v; },
  });
}
Duplex.prototype.destroy = function (err, cb) {
  const state = this._writableState;
  if (!state.destroyed && (state.buffered.length || state.pendingcb)) nextTick(errorBuffer, state);
  return destroyImpl(this, err, cb);
};
Duplex.from = function (body) {
  if (body instanceof Duplex) return body;
  if (body instanceof Readable) return body;
  if (typeof body === "function" || typeof body === "string" || typeof body?.[Symbol.asyncIterator] === "function" || typeof body?.[Symbol.iterator] === "function") {
    // workerd's Duplex.from hands a function (its Duplexify) to its iterable check, which refuses it:
    // so for a function and for every string or iterable body
    throw nodeError(TypeError, "ERR_INVALID_ARG_TYPE", 'The "iterable" argument must be an instance of Iterable. Received function Duplexify');
  }
  if (body && (typeof body[Symbol.asyncIterator] === "function" || typeof body[Symbol.iterator] === "function")) return Readable.from(body);
  if (typeof body?.then === "function") {
    return new Writable({ write(chunk, enc, cb) { cb(); }, final(cb) { body.then(() => cb(), cb); } });
  }
  if (body?.readable || body?.writable) {
    // a pair may hold web streams: they are read and written through Node streams
    const readable = body.readable instanceof ReadableStream ? Readable.fromWeb(body.readable, { objectMode: true }) : body.readable;
    const writable = body.writable instanceof WritableStream ? Writable.fromWeb(body.writable) : body.writable;
    return duplexPair(writable, readable);
  }
  throw invalidArgType("body", "of type function or an instance of Blob, ReadableStream, WritableStream, Stream, Iterable, AsyncIterable, or Promise or { readable, writable } pair", body);
};
/** A Duplex's two sides as web streams. */
Duplex.toWeb = function (duplex) {
  const writable = Writable.toWeb(duplex);
  return { writable, readable: Readable.toWeb(duplex) };
};
Duplex.fromWeb = function (pair, options) {
  return duplexPair(Writable.fromWeb(pair.writable, options), Readable.fromWeb(pair.readable, options));
};
function duplexPair(writable, readable) {
  const d = new Duplex({
    objectMode: true,
    write(chunk, enc, cb) { writable ? writable.write(chunk, enc, cb) : cb(); },
    final(cb) { writable ? writable.end(cb) : cb(); },
    read() { readable?.resume(); },
  });
  readable?.on("data", (chunk) => { if (!d.push(chunk)) readable.pause(); });
  readable?.on("end", () => d.push(null));
  readable?.on("error", (err) => d.destroy(err));
  return d;
}

export function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  Duplex.call(this, options);
  this._readableState.sync = false;
  this.kCallback = null;
  if (options) {
    if (typeof options.transform === "function") this._transform = options.transform;
    if (typeof options.flush === "function") this._flush = options.flush;
  }
  this.on("prefinish", transformPrefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function transformFinal(cb) {
  if (typeof this._flush === "function" && !this.destroyed) {
    this._flush((er, data) => {
      if (er) { if (cb) cb(er); else this.destroy(er); return; }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}
function transformPrefinish() { if (this._final !== transformFinal) transformFinal.call(this); }
Transform.prototype._final = transformFinal;
Transform.prototype._transform = function () {
  throw nodeError(Error, "ERR_METHOD_NOT_IMPLEMENTED", "The _transform() method is not implemented");
};
Transform.prototype._write = function (chunk, encoding, callback) {
  const rState = this._readableState;
  const wState = this._writableState;
  const length = rState.length;
  this._transform(chunk, encoding, (err, val) => {
    if (err) { callback(err); return; }
    if (val != null) this.push(val);
    if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) callback();
    else this.kCallback = callback;
  });
};
Transform.prototype._read = function () {
  if (this.kCallback) {
    const callback = this.kCallback;
    this.kCallback = null;
    callback();
  }
};

export function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);
PassThrough.prototype._transform = function (chunk, encoding, cb) { cb(null, chunk); };

// ---------------------------------------------------------------- finished, pipeline, helpers

function isReadableNodeStream(s) { return !!(s && typeof s.pipe === "function" && typeof s.on === "function" && (!s._writableState || s._readableState?.readable !== false) && (!s._writableState || s._readableState)); }
function isWritableNodeStream(s) { return !!(s && typeof s.write === "function" && typeof s.on === "function" && (!s._readableState || s._writableState?.writable !== false)); }
function isNodeStream(s) { return !!(s && (s._readableState || s._writableState || (typeof s.write === "function" && typeof s.on === "function") || (typeof s.pipe === "function" && typeof s.on === "function"))); }

export function finished(stream, options, callback) {
  if (arguments.length === 2) { callback = options; options = {}; }
  else if (options == null) options = {};
  if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback);
  if (!isNodeStream(stream) && !(stream instanceof ReadableStream) && !(stream instanceof WritableStream)) throw invalidArgType("stream", STREAM_KINDS, stream);
  let called = false;
  const once = (err) => { if (!called) { called = true; callback.call(stream, err); } };
  const r = stream._readableState;
  const w = stream._writableState;
  const readable = options.readable ?? isReadableNodeStream(stream);
  const writable = options.writable ?? isWritableNodeStream(stream);
  let writableFinished = w?.finished ?? false;
  let readableFinished = r?.endEmitted ?? false;
  // a stream that will emit 'close' (autoDestroy and emitClose) is finished at its 'close', as in
  // Node's eos; one destroyed by its user before 'end' or 'finish' cannot be trusted to
  const state = w || r;
  let willEmitClose = !!(state?.autoDestroy && state.emitClose && state.closed === false)
    && isReadableNodeStream(stream) === readable && isWritableNodeStream(stream) === writable;
  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) once();
  };
  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) once();
  };
  const onerror = (err) => once(err);
  const onclose = () => {
    const errored = w?.errored || r?.errored;
    if (errored && typeof errored !== "boolean") return once(errored);
    // workerd's premature-close error is a TypeError
    if (readable && !readableFinished && r && !r.endEmitted) return once(streamError("ERR_STREAM_PREMATURE_CLOSE", "Premature close", TypeError));
    if (writable && !writableFinished && w && !w.finished) return once(streamError("ERR_STREAM_PREMATURE_CLOSE", "Premature close", TypeError));
    once();
  };
  stream.on("end", onend);
  stream.on("finish", onfinish);
  if (options.error !== false) stream.on("error", onerror);
  stream.on("close", onclose);
  const closed = (w && w.closed) || (r && r.closed);
  if (closed) nextTick(onclose);
  else if (!willEmitClose && (!readable || readableFinished) && (!writable || writableFinished) && (r || w)) nextTick(once);
  const cleanup = () => {
    stream.removeListener("end", onend);
    stream.removeListener("finish", onfinish);
    stream.removeListener("error", onerror);
    stream.removeListener("close", onclose);
  };
  if (options.signal) {
    const abort = () => { cleanup(); once(new AbortError(undefined, { cause: options.signal.reason })); };
    if (options.signal.aborted) nextTick(abort);
    else options.signal.addEventListener("abort", abort, { once: true });
  }
  return cleanup;
}

export class AbortError extends Error {
  constructor(message = "The operation was aborted", options = undefined) {
    super(message, options);
    this.code = "ABORT_ERR";
    this.name = "AbortError";
  }
}

const STREAM_KINDS = "an instance of ReadableStream, WritableStream, or Stream";
export function addAbortSignal(signal, stream) {
  if (!(signal instanceof AbortSignal)) throw invalidArgType("signal", "an instance of AbortSignal", signal);
  if (!isNodeStream(stream) && !(stream instanceof ReadableStream) && !(stream instanceof WritableStream)) throw invalidArgType("stream", STREAM_KINDS, stream);
  const onAbort = () => stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) onAbort();
  else signal.addEventListener("abort", onAbort, { once: true });
  return stream;
}

function isIterable(obj) { return obj != null && (typeof obj[Symbol.asyncIterator] === "function" || typeof obj[Symbol.iterator] === "function"); }

export function pipeline(...streams) {
  const callback = streams[streams.length - 1];
  if (typeof callback !== "function") throw invalidArgType("streams[stream.length - 1]", "of type function", callback);
  streams.pop();
  return pipelineImpl(streams, callback, {});
}
/**
 * Node's pipeline: the first error destroys every stage, the callback runs once every stage has
 * finished (so a stage's own error replaces the premature closes it causes). With `end: false`
 * the last stream is neither ended, awaited nor destroyed.
 */
function pipelineImpl(streams, callback, { end = true }) {
  if (Array.isArray(streams[0]) && streams.length === 1) streams = streams[0];
  if (streams.length < 2) throw nodeError(TypeError, "ERR_MISSING_ARGS", 'The "streams" argument must be specified');
  let error;
  let finishedCount = 0;
  let done = false;
  let value; // what a last async-function stage resolved to: the callback's second argument
  const destroys = [];
  const finish = (err) => {
    const final = --finishedCount <= 0;
    if (err && (!error || error.code === "ERR_STREAM_PREMATURE_CLOSE")) error = err;
    if (!error && !final) return;
    if (error) for (const destroy of destroys.splice(0)) destroy(error);
    if (final && !done) { done = true; nextTick(callback, error, value); }
  };
  let previous;
  for (let i = 0; i < streams.length; i++) {
    let stage = streams[i];
    const last = i === streams.length - 1;
    let consumesPrevious = false; // a function stage reads the previous stage itself
    if (typeof stage === "function") {
      consumesPrevious = true;
      stage = stage(previous, { signal: undefined });
      if (!last && !isIterable(stage) && !isNodeStream(stage)) throw nodeError(TypeError, "ERR_INVALID_RETURN_VALUE", "Expected Iterable, AsyncIterable or Stream to be returned from the \"source\" function.");
      if (last && stage && typeof stage.then === "function") {
        finishedCount++;
        stage.then((v) => { value = v; finish(); }, (err) => finish(err));
        previous = stage;
        continue;
      }
      if (last && isIterable(stage) && !isNodeStream(stage)) {
        // as Node: a last stage returning an (async) iterable is drained into a PassThrough, which
        // the pipeline returns; it finishes once the iterable is exhausted
        finishedCount++;
        const out = new PassThrough({ objectMode: true });
        const source = stage;
        (async () => {
          for await (const chunk of source) out.write(chunk);
          out.end();
        })().then(() => finish(), (err) => { out.destroy(err); finish(err); });
        previous = out;
        continue;
      }
      if (!isNodeStream(stage)) stage = Readable.from(stage);
    } else if (!isNodeStream(stage) && isIterable(stage) && i === 0) {
      stage = Readable.from(stage);
    } else if (i === 0 && !isNodeStream(stage)) {
      // as workerd, a first stage that is neither a stream, an iterable nor a function
      throw invalidArgType("iterable", "an instance of Iterable", stage);
    }
    if (isNodeStream(stage)) {
      const s = stage;
      const pipeInto = !consumesPrevious && previous !== undefined && isNodeStream(previous);
      if (last && end === false && pipeInto) {
        previous.pipe(s, { end: false });
        previous = stage;
        continue;
      }
      destroys.push((err) => { if (!s.destroyed) s.destroy(err); });
      // a stream a function stage reads is not awaited: its errors reach that stage's iteration
      if (typeof streams[i + 1] !== "function") {
        finishedCount++;
        finished(s, { readable: !last && isReadableNodeStream(s), writable: i > 0 && isWritableNodeStream(s) }, (err) => finish(err));
      }
      if (pipeInto) previous.pipe(s);
    }
    previous = stage;
  }
  return previous;
}

export function isReadable(stream) { return !!stream && !stream.destroyed && isReadableNodeStream(stream) && !stream._readableState?.endEmitted; }
export function isWritable(stream) { return !!stream && !stream.destroyed && isWritableNodeStream(stream) && !stream._writableState?.ending; }
// Node's chains: the first defined answer wins, so an error not yet emitted does not count
export function isErrored(stream) {
  return !!(stream && (stream._readableState?.errorEmitted ?? stream._writableState?.errorEmitted ?? stream._readableState?.errored ?? stream._writableState?.errored));
}
export function isDisturbed(stream) {
  if (stream?._readableState) return !!(stream.readableDidRead || stream.readableAborted);
  return Readable.isDisturbed(stream);
}

// as workerd's: one argument, and a function first or last, go through from(Duplex, ...), which
// takes only iterables (a function is refused)
export function compose(...streams) {
  if (streams.length === 0) throw nodeError(TypeError, "ERR_MISSING_ARGS", 'The "streams" argument must be specified');
  if (streams.length === 1) return fromIterable(Duplex, streams[0]);
  if (typeof streams[0] === "function") streams[0] = fromIterable(Duplex, streams[0]);
  if (typeof streams[streams.length - 1] === "function") streams[streams.length - 1] = fromIterable(Duplex, streams[streams.length - 1]);
  const head = Duplex.from(streams[0]);
  let tail = head;
  for (const s of streams.slice(1)) tail = tail.pipe(Duplex.from(s));
  return duplexPair(head, tail);
}

export const promises = {
  pipeline(...streams) {
    return new Promise((resolve, reject) => {
      let signal;
      let end;
      const last = streams[streams.length - 1];
      if (last && typeof last === "object" && !isNodeStream(last) && !isIterable(last) && !(last instanceof ReadableStream) && !(last instanceof WritableStream)) ({ signal, end } = streams.pop());
      const out = pipelineImpl(streams, (err, value) => (err ? reject(err) : resolve(value)), { end });
      if (signal && isNodeStream(out)) addAbortSignal(signal, out);
    });
  },
  finished(stream, options = {}) {
    return new Promise((resolve, reject) => finished(stream, options, (err) => (err ? reject(err) : resolve())));
  },
};

Stream.Stream = Stream;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.pipeline = pipeline;
Stream.finished = finished;
Stream.addAbortSignal = addAbortSignal;
Stream.compose = compose;
Stream.isReadable = isReadable;
Stream.isWritable = isWritable;
Stream.isErrored = isErrored;
Stream.isDisturbed = isDisturbed;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.promises = promises;
// not an own enumerable member in workerd (Object.keys(stream) leaves it out)
Object.defineProperty(Stream, "AbortError", { value: AbortError, writable: true, configurable: true, enumerable: false });

/** Destroys a stream (a Node stream, or anything with destroy()) with an optional error. */
export function destroy(stream, err) {
  if (isNodeStream(stream)) stream.destroy(err);
  else if (typeof stream?.destroy === "function") stream.destroy(err);
}
export function isDestroyed(stream) {
  return !!(stream?.destroyed || stream?._readableState?.destroyed || stream?._writableState?.destroyed);
}
/** Two Duplexes joined back to back: what one writes, the other reads (named as workerd's class). */
class DuplexSide extends Duplex {}
export function publicDuplexPair(options) {
  const sides = [];
  const side = (i) => new DuplexSide({
    ...options,
    write(chunk, encoding, callback) { sides[1 - i].push(chunk); callback(); },
    final(callback) { sides[1 - i].push(null); callback(); },
    read() {},
  });
  sides.push(side(0), side(1));
  return sides;
}
export const _isArrayBufferView = (value) => ArrayBuffer.isView(value);
export const _isUint8Array = (value) => value instanceof Uint8Array;
export const _uint8ArrayToBuffer = (chunk) => $node.Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
Stream.destroy = destroy;
Stream.isDestroyed = isDestroyed;
Stream.duplexPair = publicDuplexPair;
Stream._isArrayBufferView = _isArrayBufferView;
Stream._isUint8Array = _isUint8Array;
Stream._uint8ArrayToBuffer = _uint8ArrayToBuffer;
Object.defineProperty(pipeline, Symbol.for("nodejs.util.promisify.custom"), { value: promises.pipeline, enumerable: false });
Object.defineProperty(finished, Symbol.for("nodejs.util.promisify.custom"), { value: promises.finished, enumerable: false });
