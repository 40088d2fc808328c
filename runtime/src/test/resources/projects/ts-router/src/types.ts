export interface Env {
  GREETING: string;
}

export interface RouteContext<P extends Record<string, string> = Record<string, string>> {
  env: Env;
  param<K extends keyof P & string>(name: K): P[K];
  text(body: string, status?: number): Response;
  json<T>(value: T, status?: number): Response;
}

export type Handler = (c: RouteContext) => Response | Promise<Response>;
