// node:trace_events (enable_nodejs_trace_events_module): tracings that record nothing.
const { invalidArgType, nodeError } = $node;
class Tracing {
  #categories;
  constructor(categories) { this.#categories = categories; }
  get categories() { return this.#categories.join(","); }
  get enabled() { return false; }
  enable() {}
  disable() {}
}
export function createTracing(options) {
  if (options === null || typeof options !== "object") throw invalidArgType("options", "of type object", options);
  if (!Array.isArray(options.categories)) throw invalidArgType("options.categories", "an instance of Array", options.categories);
  return new Tracing(options.categories);
}
export function getEnabledCategories() { return undefined; }
export default { createTracing, getEnabledCategories };
