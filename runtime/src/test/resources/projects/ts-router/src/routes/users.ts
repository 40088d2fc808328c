import type { RouteContext } from "../types";
import { Role, flagsOf } from "./roles";
import { nextId } from "@fixture/ids";

interface User {
  readonly id: string;
  name: string;
  role: Role;
}

class UserStore<T extends { id: string }> {
  private readonly items = new Map<string, T>();

  constructor(private readonly label: string) {}

  add(item: T): T {
    this.items.set(item.id, item);
    return item;
  }

  all(): T[] {
    return [...this.items.values()];
  }

  describe(): string {
    return `${this.label}:${this.items.size}`;
  }
}

const store = new UserStore<User>("users");

export function userRoutes(app: { get: Function; post: Function }): void {
  app.get("/users", (c: RouteContext) => c.json({ store: store.describe(), users: store.all() }));
  app.post("/users", async (c: RouteContext & { req: Request }) => {
    const body = (await c.req.json()) as Partial<User>;
    const user = store.add({ id: nextId("u"), name: body.name!, role: body.role ?? Role.Member } satisfies User);
    return c.json({ ...user, flags: flagsOf(user.role) }, 201);
  });
}
