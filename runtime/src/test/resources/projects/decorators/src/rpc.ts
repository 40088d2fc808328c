// An allow-list of methods callable from clients, as Cloudflare Agents' @callable() keeps one
const callableMethods = new WeakMap<Function, { description?: string }>();

export function callable(metadata: { description?: string } = {}) {
  return function <T extends Function>(target: T, context: ClassMethodDecoratorContext): T {
    callableMethods.set(target, metadata);
    return target;
  };
}

export function describe(method: Function): { description?: string } | undefined {
  return callableMethods.get(method);
}

/** Binds a method to its instance when the instance is made. */
export function bound(_method: Function, context: ClassMethodDecoratorContext) {
  context.addInitializer(function (this: any) {
    this[context.name] = this[context.name].bind(this);
  });
}

export const order: string[] = [];

export function traced<T>(label: string) {
  return function (value: T, context: DecoratorContext): T | void {
    order.push(`${label}:${context.kind}:${String(context.name)}${"static" in context && context.static ? ":static" : ""}`);
  };
}
