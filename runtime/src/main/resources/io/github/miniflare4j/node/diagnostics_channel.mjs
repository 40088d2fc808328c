// node:diagnostics_channel — named channels with subscribers, and tracing channels.
const { invalidArgType } = $node;
const channels = new Map();

// Channel.hasSubscribers is a method in workerd until diagnostics_channel_has_subscribers_getter
// (compatibility date 2026-05-19), then a getter as in Node.
const flags = $node.flags;
const hasSubscribersGetter = flags.has("diagnostics_channel_has_subscribers_getter")
  || ($node.date >= "2026-05-19" && !flags.has("no_diagnostics_channel_has_subscribers_getter"));

export class Channel {
  #subscribers = [];
  #stores = new Map();
  // workerd keeps the name private: subscribers receive it, the channel has no name property
  #name;
  constructor(name) { this.#name = name; }
  get #active() { return this.#subscribers.length > 0 || this.#stores.size > 0; }
  static active(channel) { return channel.#active; }
  // workerd's native Channel checks its argument as a Web IDL function and answers nothing
  subscribe(subscription) {
    if (typeof subscription !== "function") throw new TypeError("Failed to execute 'subscribe' on 'Channel': parameter 1 is not of type 'function'.");
    this.#subscribers.push(subscription);
  }
  unsubscribe(subscription) {
    if (typeof subscription !== "function") throw new TypeError("Failed to execute 'unsubscribe' on 'Channel': parameter 1 is not of type 'function'.");
    Channel.remove(this, subscription);
  }
  /** Removes a subscriber; whether it was there. */
  static remove(channel, subscription) {
    const i = channel.#subscribers.indexOf(subscription);
    if (i < 0) return false;
    channel.#subscribers.splice(i, 1);
    return true;
  }
  // workerd lets a subscriber's exception out of publish: the later subscribers are not called
  publish(message) {
    for (const subscriber of [...this.#subscribers]) subscriber(message, this.#name);
  }
  bindStore(store, transform) { this.#stores.set(store, transform); }
  unbindStore(store) { return this.#stores.delete(store); }
  runStores(data, fn, thisArg, ...args) {
    let run = () => { this.publish(data); return fn.apply(thisArg, args); };
    for (const [store, transform] of this.#stores) {
      const inner = run;
      run = () => store.run(transform ? transform(data) : data, inner);
    }
    return run();
  }
}

if (hasSubscribersGetter) {
  Object.defineProperty(Channel.prototype, "hasSubscribers", { get() { return Channel.active(this); }, configurable: true });
} else {
  Object.defineProperty(Channel.prototype, "hasSubscribers", { value: function hasSubscribers() { return Channel.active(this); }, writable: true, configurable: true });
}

export function channel(name) {
  let ch = channels.get(name);
  if (!ch) { ch = new Channel(name); channels.set(name, ch); }
  return ch;
}
export function hasSubscribers(name) { const ch = channels.get(name); return ch ? Channel.active(ch) : false; }
/** workerd's module-level subscribe/unsubscribe check their callback as DiagnosticsChannelModule's parameter 2. */
function checkModuleCallback(method, subscription) {
  if (typeof subscription !== "function") throw new TypeError(`Failed to execute '${method}' on 'DiagnosticsChannelModule': parameter 2 is not of type 'function'.`);
}
export function subscribe(name, subscription) { checkModuleCallback("subscribe", subscription); channel(name).subscribe(subscription); }
// workerd's module-level unsubscribe answers nothing (the Channel method answers whether it removed one)
export function unsubscribe(name, subscription) { checkModuleCallback("unsubscribe", subscription); channels.get(name)?.unsubscribe(subscription); }

const TRACING_EVENTS = ["start", "end", "asyncStart", "asyncEnd", "error"];
export class TracingChannel {
  // the five channels are read-only, non-enumerable own properties
  constructor(nameOrChannels) {
    const named = typeof nameOrChannels === "string";
    if (!named && (typeof nameOrChannels !== "object" || nameOrChannels === null)) throw invalidArgType("channels", "of type object", nameOrChannels);
    for (const event of TRACING_EVENTS) {
      Object.defineProperty(this, event, { value: named ? channel(`tracing:${nameOrChannels}:${event}`) : nameOrChannels[event] });
    }
  }
  subscribe(handlers) { for (const e of TRACING_EVENTS) if (handlers[e]) this[e].subscribe(handlers[e]); }
  unsubscribe(handlers) { let done = true; for (const e of TRACING_EVENTS) if (handlers[e]) done = Channel.remove(this[e], handlers[e]) && done; return done; }
  traceSync(fn, context = {}, thisArg, ...args) {
    return this.start.runStores(context, () => {
      try { context.result = fn.apply(thisArg, args); return context.result; }
      catch (err) { context.error = err; this.error.publish(context); throw err; }
      finally { this.end.publish(context); }
    });
  }
  tracePromise(fn, context = {}, thisArg, ...args) {
    return this.start.runStores(context, () => {
      try {
        const promise = Promise.resolve(fn.apply(thisArg, args));
        return promise.then(
          (result) => { context.result = result; this.asyncStart.publish(context); this.asyncEnd.publish(context); return result; },
          (err) => { context.error = err; this.error.publish(context); this.asyncStart.publish(context); this.asyncEnd.publish(context); throw err; },
        );
      } catch (err) { context.error = err; this.error.publish(context); throw err; }
      finally { this.end.publish(context); }
    });
  }
  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    const callback = args.at(position);
    if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback);
    const wrapped = (err, result) => {
      if (err) { context.error = err; this.error.publish(context); } else context.result = result;
      this.asyncStart.runStores(context, () => { try { return callback(err, result); } finally { this.asyncEnd.publish(context); } });
    };
    args.splice(position < 0 ? args.length + position : position, 1, wrapped);
    // as Node's: fn's return value is not the result (a callback called synchronously set it already)
    return this.start.runStores(context, () => {
      try { return fn.apply(thisArg, args); }
      catch (err) { context.error = err; this.error.publish(context); throw err; }
      finally { this.end.publish(context); }
    });
  }
}
// TracingChannel.hasSubscribers (any of its channels active) follows Channel's: a method, or a getter
function tracingActive(tracing) { return TRACING_EVENTS.some((e) => tracing[e] instanceof Channel && Channel.active(tracing[e])); }
if (hasSubscribersGetter) {
  Object.defineProperty(TracingChannel.prototype, "hasSubscribers", { get() { return tracingActive(this); }, configurable: true });
} else {
  Object.defineProperty(TracingChannel.prototype, "hasSubscribers", { value: function hasSubscribers() { return tracingActive(this); }, writable: true, configurable: true });
}
export function tracingChannel(nameOrChannels) { return new TracingChannel(nameOrChannels); }

export default { channel, hasSubscribers, subscribe, unsubscribe, tracingChannel, Channel };
