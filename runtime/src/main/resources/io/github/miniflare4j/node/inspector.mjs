// node:inspector (enable_nodejs_inspector_module): see node-internal:inspector.
export * from "node-internal:inspector";
export { default } from "node-internal:inspector";
