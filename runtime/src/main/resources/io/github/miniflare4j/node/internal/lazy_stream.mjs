// The base of node:crypto's stream objects (Hash, Hmac, Cipheriv, Decipheriv are Transforms;
// Sign, Verify are Writables, as in Node and workerd) whose stream machinery is loaded only when
// first needed, so that plain update()/digest() never load node:stream. Until then the prototype
// holds stubs for the stream members; the first stub used (or link()) links the prototype to the
// stream class's, and each instance runs the stream constructor the first time its stream state
// is read, with the options stored under kStreamOptions.

export const kStreamOptions = Symbol("kStreamOptions");
const kStreamStarted = Symbol("kStreamStarted");
const STREAM_MEMBERS = ["on", "once", "off", "addListener", "removeListener", "removeAllListeners", "emit", "listeners", "rawListeners",
  "listenerCount", "prependListener", "prependOnceListener", "eventNames", "setMaxListeners", "getMaxListeners", "pipe", "unpipe",
  "write", "end", "read", "setEncoding", "resume", "pause", "isPaused", "destroy", "cork", "uncork", "setDefaultEncoding", "push",
  "unshift", "wrap", "readable", "writable", "destroyed", "closed", "errored", "readableEnded", "writableEnded", "writableFinished",
  "readableLength", "writableLength", "readableFlowing", "readableObjectMode", "writableObjectMode", "readableHighWaterMark",
  "writableHighWaterMark", "allowHalfOpen", "toArray", "forEach", "map", "filter", "reduce", Symbol.asyncIterator];
const STREAM_STATE = ["_readableState", "_writableState", "_events", "_eventsCount", "_maxListeners"];

/**
 * A constructor whose prototype becomes `className`'s (a node:stream class) on first use.
 *
 * @param className "Transform" or "Writable"
 * @param isInstance tells an instance (which gets stream state) from a prototype (which does not)
 * @returns the base constructor; its static link() links at once (for instanceof checks)
 */
export function lazyStreamBase(className, isInstance) {
  function LazyStream() {}
  let linked = false;
  LazyStream.link = function link() {
    if (linked) return;
    linked = true;
    const StreamClass = $node.requireFrom("/")("node:stream")[className];
    for (const name of STREAM_MEMBERS) delete LazyStream.prototype[name];
    Object.setPrototypeOf(LazyStream.prototype, StreamClass.prototype);
    for (const name of STREAM_STATE) {
      Object.defineProperty(LazyStream.prototype, name, {
        configurable: true,
        get() {
          // undefined while the stream constructor runs, and for the prototypes themselves
          // (EventEmitter's init reads its prototype's _events)
          if (this[kStreamStarted] || !isInstance(this)) return undefined;
          this[kStreamStarted] = true;
          StreamClass.call(this, this[kStreamOptions]);
          return this[name];
        },
        set(value) { Object.defineProperty(this, name, { value, writable: true, configurable: true, enumerable: true }); },
      });
    }
  };
  for (const name of STREAM_MEMBERS) {
    Object.defineProperty(LazyStream.prototype, name, {
      configurable: true,
      get() { LazyStream.link(); return Reflect.get(Object.getPrototypeOf(LazyStream.prototype), name, this); },
      set(value) { LazyStream.link(); Reflect.set(Object.getPrototypeOf(LazyStream.prototype), name, value, this); },
    });
  }
  return LazyStream;
}
