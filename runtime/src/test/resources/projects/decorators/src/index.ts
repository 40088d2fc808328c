import { bound, callable, describe, order, traced } from "./rpc";

function withVersion(version: number) {
  return function <C extends new (...args: any[]) => object>(cls: C, context: ClassDecoratorContext<C>) {
    return class extends cls {
      version = version;
    };
  };
}

function doubled(_target: ClassAccessorDecoratorTarget<Counter, number>, _context: ClassAccessorDecoratorContext) {
  return {
    set(this: Counter, value: number) {
      _target.set.call(this, value * 2);
    },
  } as ClassAccessorDecoratorResult<Counter, number>;
}

@traced("class")
@withVersion(3)
export class Counter {
  @traced("field") private count: number = 0;
  @doubled accessor step: number = 1;

  @callable({ description: "adds the step" })
  @traced("method")
  increment(): number {
    this.count += this.step;
    return this.count;
  }

  @bound
  current(): number {
    return this.count;
  }

  internal(): string {
    return "not callable";
  }

  @traced("static") static make(): Counter {
    return new Counter();
  }
}

export default {
  async fetch(request: Request): Promise<Response> {
    const counter = Counter.make() as Counter & { version: number };
    const method = new URL(request.url).searchParams.get("call") ?? "increment";
    const fn = (counter as any)[method];
    const meta = typeof fn === "function" ? describe(fn) : undefined;
    if (!meta) {
      return Response.json({ error: `${method} is not callable` }, { status: 403 });
    }
    const first = fn.call(counter);
    counter.step = 5;
    const second = counter.increment();
    const { current } = counter;
    return Response.json({ first, second, current: current(), step: counter.step, version: counter.version, meta, order });
  },
};
