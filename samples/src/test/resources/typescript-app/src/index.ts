import { MiniRouter } from "mini-router";
import slugify from "slugify-lite";
import pkg from "../package.json";
import { Note, NoteStore, Visibility } from "./notes";

export interface Env {
  NOTES: KVNamespace;
  SITE: string;
}

declare const __API_VERSION__: string;

type Ctx = { req: Request; env: Env; params: Record<string, string> };

const router = new MiniRouter();

router.get("/version", ({ env }: Ctx) =>
  Response.json({ app: pkg.name, version: pkg.version, api: __API_VERSION__, site: env.SITE }),
);

router.post("/notes", async ({ req, env }: Ctx) => {
  const input = (await req.json()) as Partial<Note>;
  if (!input.title) {
    return Response.json({ error: "title is required" }, { status: 400 });
  }
  const note: Note = {
    slug: slugify(input.title),
    title: input.title,
    visibility: input.visibility ?? Visibility.Private,
  };
  await new NoteStore(env.NOTES).save(note);
  return Response.json(note, { status: 201 });
});

router.get("/notes/:slug", async ({ env, params }: Ctx) => {
  const note = await new NoteStore(env.NOTES).load(params.slug!);
  return note ? Response.json(note) : Response.json({ error: `no note ${params.slug}` }, { status: 404 });
});

export default {
  fetch: (request, env, ctx) => router.fetch(request, env, ctx),
} satisfies ExportedHandler<Env>;
