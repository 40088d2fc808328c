// node:sys — the deprecated alias of node:util.
export * from "node:util";
export { default } from "node:util";
