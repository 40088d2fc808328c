export class RouteError extends Error {
  constructor(message: string, public readonly status: number = 500) {
    super(message);
    this.name = "RouteError";
  }
}

export function failDeep(depth: number): never {
  if (depth > 0) {
    return failDeep(depth - 1);
  }
  const detail: { reason: string } = { reason: "deliberate" };
  throw new RouteError(`boom: ${detail.reason}`);
}
