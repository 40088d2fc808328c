/**
 * An order service worker in the style real projects are written: types, a validation layer,
 * a repository over KV, a router with middleware and error handling.
 */
import type { KVNamespace, ExecutionContext } from "./runtime-types";

export interface Env {
  ORDERS: KVNamespace;
  API_TOKEN: string;
  ENVIRONMENT: "production" | "staging" | "development";
}

export enum OrderStatus {
  Pending = "pending",
  Paid = "paid",
  Shipped = "shipped",
  Cancelled = "cancelled",
}

export const enum Priority {
  Low,
  Normal,
  High,
}

export interface Money {
  readonly amount: number;
  readonly currency: "EUR" | "USD" | "GBP";
}

export interface LineItem {
  sku: string;
  quantity: number;
  unitPrice: Money;
}

export interface Order {
  id: string;
  customerId: string;
  items: LineItem[];
  status: OrderStatus;
  priority?: Priority;
  createdAt: string;
  notes?: string | null;
}

type Result<T, E = ValidationError> = { ok: true; value: T } | { ok: false; error: E };

type Handler<P extends Record<string, string> = {}> = (
  request: Request,
  env: Env,
  params: P,
  ctx: ExecutionContext,
) => Promise<Response> | Response;

type Middleware = (request: Request, env: Env, next: () => Promise<Response>) => Promise<Response>;

export class ValidationError extends Error {
  constructor(
    public readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = "ValidationError";
  }
}

export class NotFoundError extends Error {
  override name = "NotFoundError";
}

abstract class Validator<T> {
  abstract parse(input: unknown, path: string): Result<T>;

  optional(): Validator<T | undefined> {
    const inner = this;
    return new (class extends Validator<T | undefined> {
      parse(input: unknown, path: string): Result<T | undefined> {
        return input === undefined ? { ok: true, value: undefined } : inner.parse(input, path);
      }
    })();
  }
}

class StringValidator extends Validator<string> {
  constructor(private readonly minLength = 0, private readonly maxLength = Infinity) {
    super();
  }

  parse(input: unknown, path: string): Result<string> {
    if (typeof input !== "string") {
      return { ok: false, error: new ValidationError(path, "expected a string") };
    }
    if (input.length < this.minLength || input.length > this.maxLength) {
      return { ok: false, error: new ValidationError(path, `length must be ${this.minLength}..${this.maxLength}`) };
    }
    return { ok: true, value: input };
  }
}

class NumberValidator extends Validator<number> {
  constructor(private readonly options: { min?: number; max?: number; integer?: boolean } = {}) {
    super();
  }

  parse(input: unknown, path: string): Result<number> {
    if (typeof input !== "number" || Number.isNaN(input)) {
      return { ok: false, error: new ValidationError(path, "expected a number") };
    }
    const { min = -Infinity, max = Infinity, integer = false } = this.options;
    if (integer && !Number.isInteger(input)) {
      return { ok: false, error: new ValidationError(path, "expected an integer") };
    }
    if (input < min || input > max) {
      return { ok: false, error: new ValidationError(path, `must be within ${min}..${max}`) };
    }
    return { ok: true, value: input };
  }
}

class ArrayValidator<T> extends Validator<T[]> {
  constructor(private readonly element: Validator<T>) {
    super();
  }

  parse(input: unknown, path: string): Result<T[]> {
    if (!Array.isArray(input)) {
      return { ok: false, error: new ValidationError(path, "expected an array") };
    }
    const values: T[] = [];
    for (let i = 0; i < input.length; i++) {
      const r = this.element.parse(input[i], `${path}[${i}]`);
      if (!r.ok) return r;
      values.push(r.value);
    }
    return { ok: true, value: values };
  }
}

type Shape = Record<string, Validator<unknown>>;
type Infer<S extends Shape> = { [K in keyof S]: S[K] extends Validator<infer T> ? T : never };

class ObjectValidator<S extends Shape> extends Validator<Infer<S>> {
  constructor(private readonly shape: S) {
    super();
  }

  parse(input: unknown, path: string): Result<Infer<S>> {
    if (typeof input !== "object" || input === null) {
      return { ok: false, error: new ValidationError(path, "expected an object") };
    }
    const out = {} as Infer<S>;
    for (const key of Object.keys(this.shape) as (keyof S & string)[]) {
      const r = this.shape[key]!.parse((input as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (!r.ok) return r;
      (out as Record<string, unknown>)[key] = r.value;
    }
    return { ok: true, value: out };
  }
}

const v = {
  string: (min?: number, max?: number) => new StringValidator(min, max),
  number: (options?: { min?: number; max?: number; integer?: boolean }) => new NumberValidator(options),
  array: <T,>(element: Validator<T>) => new ArrayValidator<T>(element),
  object: <S extends Shape>(shape: S) => new ObjectValidator(shape),
};

const newOrderSchema = v.object({
  customerId: v.string(3, 64),
  items: v.array(
    v.object({
      sku: v.string(1, 32),
      quantity: v.number({ min: 1, max: 1000, integer: true }),
      price: v.number({ min: 0 }),
    }),
  ),
  notes: v.string(0, 500).optional(),
});

export class OrderRepository {
  private static readonly PREFIX = "order:";

  constructor(private readonly kv: KVNamespace) {}

  async get(id: string): Promise<Order> {
    const order = await this.kv.get<Order>(OrderRepository.PREFIX + id, "json");
    if (!order) {
      throw new NotFoundError(`order ${id} does not exist`);
    }
    return order;
  }

  async put(order: Order): Promise<void> {
    await this.kv.put(OrderRepository.PREFIX + order.id, JSON.stringify(order), {
      metadata: { status: order.status },
    });
  }

  async list(limit = 20, cursor?: string): Promise<{ orders: Order[]; cursor?: string }> {
    const page = await this.kv.list({ prefix: OrderRepository.PREFIX, limit, cursor });
    const orders = await Promise.all(page.keys.map((k) => this.get(k.name.slice(OrderRepository.PREFIX.length))));
    return { orders, cursor: page.list_complete ? undefined : (page as { cursor: string }).cursor };
  }
}

function total(items: readonly LineItem[]): Money {
  const currency = items[0]?.unitPrice.currency ?? "EUR";
  const amount = items.reduce((sum, item) => sum + item.quantity * item.unitPrice.amount, 0);
  return { amount: Math.round(amount * 100) / 100, currency } satisfies Money;
}

function json<T>(body: T, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { "content-type": "application/json", ...(init.headers as Record<string, string> | undefined) },
  });
}

const requireToken: Middleware = async (request, env, next) => {
  const header = request.headers.get("authorization");
  if (header !== `Bearer ${env.API_TOKEN}`) {
    return json({ error: "unauthorized" }, { status: 401 });
  }
  return next();
};

class Router {
  private readonly routes: { method: string; pattern: RegExp; keys: string[]; handler: Handler<any> }[] = [];
  private readonly middleware: Middleware[] = [];

  use(m: Middleware): this {
    this.middleware.push(m);
    return this;
  }

  on<P extends Record<string, string>>(method: string, path: string, handler: Handler<P>): this {
    const keys: string[] = [];
    const pattern = new RegExp("^" + path.replace(/:(\w+)/g, (_: string, k: string) => (keys.push(k), "([^/]+)")) + "$");
    this.routes.push({ method, pattern, keys, handler });
    return this;
  }

  async handle(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    const route = this.routes.find((r) => r.method === request.method && r.pattern.test(url.pathname));
    if (!route) {
      return json({ error: "not found" }, { status: 404 });
    }
    const match = route.pattern.exec(url.pathname)!;
    const params = Object.fromEntries(route.keys.map((k, i) => [k, decodeURIComponent(match[i + 1]!)]));
    const run = (i: number): Promise<Response> =>
      i < this.middleware.length
        ? this.middleware[i]!(request, env, () => run(i + 1))
        : Promise.resolve(route.handler(request, env, params, ctx));
    try {
      return await run(0);
    } catch (e: unknown) {
      if (e instanceof ValidationError) return json({ error: e.message, field: e.field }, { status: 400 });
      if (e instanceof NotFoundError) return json({ error: e.message }, { status: 404 });
      throw e;
    }
  }
}

const router = new Router()
  .use(requireToken)
  .on<{ id: string }>("GET", "/orders/:id", async (_req, env, { id }) => json(await new OrderRepository(env.ORDERS).get(id)))
  .on("GET", "/orders", async (req, env) => {
    const url = new URL(req.url);
    const limit = Number(url.searchParams.get("limit") ?? 20);
    return json(await new OrderRepository(env.ORDERS).list(limit, url.searchParams.get("cursor") ?? undefined));
  })
  .on("POST", "/orders", async (req, env) => {
    const parsed = newOrderSchema.parse(await req.json(), "");
    if (!parsed.ok) throw parsed.error;
    const order: Order = {
      id: crypto.randomUUID(),
      customerId: parsed.value.customerId,
      items: parsed.value.items.map((i) => ({ sku: i.sku, quantity: i.quantity, unitPrice: { amount: i.price, currency: "EUR" } })),
      status: OrderStatus.Pending,
      priority: Priority.Normal,
      createdAt: new Date().toISOString(),
      notes: parsed.value.notes ?? null,
    };
    await new OrderRepository(env.ORDERS).put(order);
    return json({ ...order, total: total(order.items) }, { status: 201 });
  });

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    return router.handle(request, env, ctx);
  },
};
