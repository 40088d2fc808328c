// node:inspector/promises — the same stand-in as node:inspector.
export * from "node-internal:inspector";
export { default } from "node-internal:inspector";
