// EventSource as workerd has it: the WHATWG EventSource over the worker's own fetch (or an
// `init.fetcher` service binding), plus workerd's EventSource.from(readableStream). Nothing of it
// is built at a Context's start: the global is an accessor whose first read loads
// eventsource-impl.js (the class, the connection, the SSE parser) and replaces itself with a plain
// data property holding the class, as defineGlobal installs every global.

// @imports defineGlobal, lazyModule from core.js

Object.defineProperty(globalThis, "EventSource", {
  get() {
    const EventSource = lazyModule("eventsource-impl.js").EventSource;
    defineGlobal("EventSource", EventSource);
    return EventSource;
  },
  set(value) { defineGlobal("EventSource", value); },
  configurable: true, enumerable: false,
});
