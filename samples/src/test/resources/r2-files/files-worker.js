// A file store on R2. Files live in the FILES bucket under their path:
//   PUT    /files/<path>              store the request body (Content-Type kept, X-Meta-* as custom
//                                    metadata; If-Match / If-None-Match: * make the write conditional)
//   GET    /files/<path>              the file, with ETag; If-None-Match -> 304, Range -> 206
//   DELETE /files/<path>              remove it
//   GET    /files?prefix=<p>          one folder level: { files: [...], folders: [...] }
// Large files go up in parts (each but the last at least 5 MiB):
//   POST   /uploads/<path>            start -> { uploadId }
//   PUT    /uploads/<path>?uploadId=&part=N    one part -> { partNumber, etag }
//   POST   /uploads/<path>?uploadId=&complete  body [{ partNumber, etag }] -> the file
//   DELETE /uploads/<path>?uploadId=   abandon the upload
const json = (body, status = 200) => Response.json(body, { status });

function describe(object) {
  return { path: object.key, size: object.size, etag: object.etag, contentType: object.httpMetadata?.contentType ?? null };
}

async function putFile(request, env, path) {
  const customMetadata = {};
  for (const [name, value] of request.headers) {
    if (name.startsWith("x-meta-")) customMetadata[name.slice(7)] = value;
  }
  const object = await env.FILES.put(path, request.body, {
    httpMetadata: { contentType: request.headers.get("content-type") ?? "application/octet-stream" },
    customMetadata,
    onlyIf: request.headers,
  });
  if (object === null) return json({ error: `precondition failed for ${path}` }, 412);
  return json(describe(object), 201);
}

async function getFile(request, env, path) {
  const object = await env.FILES.get(path, { onlyIf: request.headers, range: request.headers });
  if (object === null) return json({ error: `no file ${path}` }, 404);
  const headers = new Headers({ etag: object.httpEtag, "accept-ranges": "bytes" });
  object.writeHttpMetadata(headers);
  if (!("body" in object)) return new Response(null, { status: 304, headers });
  const { offset, length } = object.range;
  if (length < object.size) {
    headers.set("content-range", `bytes ${offset}-${offset + length - 1}/${object.size}`);
    return new Response(object.body, { status: 206, headers });
  }
  return new Response(object.body, { headers });
}

async function listFolder(env, prefix) {
  const files = [];
  const folders = [];
  let cursor;
  do {
    const page = await env.FILES.list({ prefix, delimiter: "/", cursor, include: ["httpMetadata"] });
    files.push(...page.objects.map(describe));
    folders.push(...page.delimitedPrefixes);
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor !== undefined);
  return json({ files, folders });
}

async function upload(request, env, path, url) {
  const uploadId = url.searchParams.get("uploadId");
  if (request.method === "POST" && uploadId === null) {
    const upload = await env.FILES.createMultipartUpload(path, {
      httpMetadata: { contentType: request.headers.get("content-type") ?? "application/octet-stream" },
    });
    return json({ uploadId: upload.uploadId }, 201);
  }
  const upload = env.FILES.resumeMultipartUpload(path, uploadId);
  try {
    if (request.method === "PUT") return json(await upload.uploadPart(Number(url.searchParams.get("part")), request.body));
    if (request.method === "POST") return json(describe(await upload.complete(await request.json())), 201);
    if (request.method === "DELETE") {
      await upload.abort();
      return new Response(null, { status: 204 });
    }
  } catch (e) {
    // R2's errors read "<operation>: <message> (<code>)"
    return json({ error: e.message }, 400);
  }
  return json({ error: "method not allowed" }, 405);
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === "/files") return listFolder(env, url.searchParams.get("prefix") ?? "");
    const [, area, ...rest] = url.pathname.split("/");
    const path = decodeURIComponent(rest.join("/"));
    if (area === "uploads") return upload(request, env, path, url);
    if (area !== "files" || path === "") return json({ error: "not found" }, 404);
    switch (request.method) {
      case "PUT": return putFile(request, env, path);
      case "GET": return getFile(request, env, path);
      case "DELETE":
        await env.FILES.delete(path);
        return new Response(null, { status: 204 });
      default: return json({ error: "method not allowed" }, 405);
    }
  },
};
