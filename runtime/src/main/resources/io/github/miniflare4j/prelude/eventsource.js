// EventSource as workerd has it: the WHATWG EventSource over the worker's own fetch (or an
// `init.fetcher` service binding), plus workerd's EventSource.from(readableStream). Nothing of it
// is built at a Context's start: the global is an accessor whose first read loads
// eventsource-impl.js (the class, the connection, the SSE parser) and replaces itself with a plain
// data property holding the class, as defineGlobal installs every global.

// @imports defineGlobal, lazyModule, globalPrototype from core.js

// (on the global's prototype, as workerd has it; an assignment makes an own global, as there)
Object.defineProperty(globalPrototype, "EventSource", {
  get() {
    const EventSource = lazyModule("eventsource-impl.js").EventSource;
    defineGlobal("EventSource", EventSource);
    return EventSource;
  },
  set(value) { Object.defineProperty(this, "EventSource", { value, writable: true, enumerable: true, configurable: true }); },
  configurable: true, enumerable: true,
});
