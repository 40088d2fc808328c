// node:events — the EventEmitter of node-internal:events, which other node: modules import (so
// that importing them without nodejs_compat fails naming the module the worker imported).
export * from "node-internal:events";
export { default } from "node-internal:events";
// the values EventEmitter starts with, as workerd's named exports give them
export const captureRejections = false, defaultMaxListeners = 10;
