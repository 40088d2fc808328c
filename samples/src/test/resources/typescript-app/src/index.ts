import { MiniRouter } from "mini-router";
import slugify from "slugify-lite";
import { escapeHtml, flavour } from "html-escape-lite/html";
import pkg from "../package.json";
import { Note, NoteStore, Visibility } from "@/notes";
import welcome from "./welcome.txt";

export interface Env {
  NOTES: KVNamespace;
  SITE: string;
}

declare const __API_VERSION__: string;

type Ctx = { req: Request; env: Env; params: Record<string, string> };

const router = new MiniRouter();

router.get("/", ({ env }: Ctx) => new Response(welcome.replace("{site}", env.SITE)));

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

router.get("/notes/:slug/html", async ({ env, params }: Ctx) => {
  const note = await new NoteStore(env.NOTES).load(params.slug!);
  if (!note) {
    return new Response("not found", { status: 404 });
  }
  return new Response(`<h1>${escapeHtml(note.title)}</h1>`, {
    headers: { "content-type": "text/html;charset=UTF-8", "x-escaper": flavour },
  });
});

export default {
  fetch: (request, env, ctx) => router.fetch(request, env, ctx),
} satisfies ExportedHandler<Env>;
