import { Router, runtime } from "tiny-router";
import { timing } from "tiny-router/middleware/timing";
import type { Env, Handler } from "./types";
import { escapeHtml, version as escapeVersion } from "cjs-escape";
import config from "./data/config.json";
import { userRoutes, Role } from "./routes";
import { makeId } from "legacy-ids";
import { failDeep } from "./lib/errors.js";

declare const __BUILD_ID__: string;

const app = new Router();
app.use(timing(config.appName));

const hello: Handler = (c) => c.text(`${c.env.GREETING}, ${escapeHtml(c.param("name"))}!`);
app.get("/hello/:name", hello);

app.get("/info", (c) =>
  c.json({
    runtime,
    build: __BUILD_ID__,
    mode: process.env.NODE_ENV,
    escapeVersion,
    features: config.features as string[],
    admin: Role.Admin,
    roleName: Role[Role.Admin],
    id: makeId(),
  }),
);

app.get("/boom", () => failDeep(3));

userRoutes(app);

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    return app.fetch(request, env, ctx) as Promise<Response>;
  },
} satisfies ExportedHandler<Env>;
