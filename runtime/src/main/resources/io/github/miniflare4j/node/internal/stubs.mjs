// Helpers for the node: modules workerd provides as stand-ins (child_process, cluster, v8, ...):
// what they declare exists, and calling what workerd does not implement throws its error.
const { nodeError } = $node;

/** A function named `name` that throws workerd's ERR_METHOD_NOT_IMPLEMENTED "The <label> method is not implemented". */
export function notImplemented(name, label = name) {
  return { [name]() { throw nodeError(Error, "ERR_METHOD_NOT_IMPLEMENTED", `The ${label} method is not implemented`); } }[name];
}

/** A function named `name` that does nothing and returns `value`. */
export function noop(name, value) {
  return { [name]() { return value; } }[name];
}
