// Cloudflare Stream (env.VIDEOS), as Miniflare emulates it locally: a service binding to an
// entrypoint whose RPC methods keep videos, captions, downloads and watermarks in a store shared by
// the instance (StreamTables). Results are the plain objects Miniflare's binding returns; its errors
// cross RPC as plain Errors named in their message ("NotFoundError: Video not found: <id>"), with
// `remote` set. Top level: definitions only.
(function (internals) {
  const hosts = new WeakMap();
  const PLACEHOLDER = "https://customer-placeholder.cloudflarestream.com/";
  const ORIGIN = "http://localhost";

  /** An error of Miniflare's Stream service as the caller sees it across RPC. */
  function remoteError(name, message) {
    const error = new Error(name + ": " + message);
    error.remote = true;
    return error;
  }
  const notFound = (message) => remoteError("NotFoundError", message);
  const badRequest = (message) => remoteError("BadRequestError", message);
  const invalidUrl = (message) => remoteError("InvalidURLError", message);
  /** An engine error thrown inside the service (a TypeError keeps its class across RPC). */
  function remoteThrown(error) {
    if (error !== null && typeof error === "object" && !("remote" in error)) error.remote = true;
    return error;
  }

  const videoKey = (id) => "video/" + id;
  const captionPrefix = (videoId) => "caption/" + videoId + "/";
  const downloadPrefix = (videoId) => "download/" + videoId + "/";

  function row(host, key) {
    const json = host.row(key);
    return json === null ? undefined : JSON.parse(json);
  }
  function rows(host, prefix) {
    const keys = host.keys(prefix);
    const out = [];
    for (let i = 0; i < keys.length; i++) out.push(JSON.parse(host.row(keys[i])));
    return out;
  }
  function videoRow(host, id) {
    const found = row(host, videoKey(id));
    if (found === undefined) throw notFound("Video not found: " + id);
    return found;
  }
  async function bytesOf(body) {
    if (body === null || typeof body !== "object" || typeof body.pipeTo !== "function") {
      throw new TypeError("body.pipeTo is not a function");
    }
    return new Uint8Array(await new Response(body).arrayBuffer());
  }
  function languageLabel(language) {
    try {
      return new Intl.DisplayNames(["en"], { type: "language" }).of(language) ?? language;
    } catch {
      return language;
    }
  }

  function toVideo(r) {
    const placeholder = PLACEHOLDER + r.id;
    return {
      id: r.id,
      creator: r.creator,
      thumbnail: r.thumbnail || `${placeholder}/thumbnails/thumbnail.jpg`,
      thumbnailTimestampPct: r.thumbnail_timestamp_pct,
      readyToStream: r.ready_to_stream === 1,
      readyToStreamAt: r.ready_to_stream_at,
      status: {
        state: r.status_state,
        pctComplete: r.status_pct_complete ?? undefined,
        errorReasonCode: r.status_error_reason_code,
        errorReasonText: r.status_error_reason_text,
      },
      meta: JSON.parse(r.meta),
      created: r.created,
      modified: r.modified,
      scheduledDeletion: r.scheduled_deletion,
      size: r.size,
      preview: `${ORIGIN}/cdn-cgi/mf/stream/${r.id}/watch`,
      allowedOrigins: JSON.parse(r.allowed_origins),
      requireSignedURLs: r.require_signed_urls === null ? null : r.require_signed_urls === 1,
      uploaded: r.uploaded,
      uploadExpiry: r.upload_expiry,
      maxSizeBytes: r.max_size_bytes,
      maxDurationSeconds: r.max_duration_seconds,
      duration: r.duration,
      input: { width: r.input_width, height: r.input_height },
      hlsPlaybackUrl: `${placeholder}/manifest/video.m3u8`,
      dashPlaybackUrl: `${placeholder}/manifest/video.mpd`,
      watermark: null,
      liveInputId: r.live_input_id,
      clippedFromId: r.clipped_from_id,
      publicDetails: null,
    };
  }
  const toCaption = (r) => ({ language: r.language, label: r.label || r.language, generated: r.generated === 1, status: r.status });
  const toWatermark = (r) => ({
    id: r.id, name: r.name, size: r.size, height: r.height, width: r.width, created: r.created,
    downloadedFrom: r.downloaded_from, opacity: r.opacity, padding: r.padding, scale: r.scale, position: r.position,
  });
  function toDownloads(list) {
    const out = {};
    for (const r of list) out[r.download_type] = { percentComplete: r.percent_complete, status: r.status, url: r.url ?? undefined };
    return out;
  }

  /** The bytes at a URL, through the worker's fetch(); Miniflare's InvalidURLError when it fails. */
  async function fetchBytes(url, what) {
    const response = await fetch(url);
    if (!response.ok || response.body === null) {
      throw invalidUrl(`Failed to fetch ${what} from URL: ${response.status} ${response.statusText}`);
    }
    return new Uint8Array(await response.arrayBuffer());
  }

  /** Rows newest first, by their creation time. */
  const newestFirst = (list) => list.sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));

  /** Runs one RPC method: its errors are the service's, as the caller sees them. */
  async function rpc(work) {
    try {
      return await work();
    } catch (error) {
      throw remoteThrown(error);
    }
  }

  function createVideo(host, bytes, params) {
    const id = crypto.randomUUID();
    const now = host.created();
    const uploaded = bytes !== null;
    const r = {
      id, creator: params.creator ?? null, thumbnail: "", thumbnail_timestamp_pct: params.thumbnailTimestampPct ?? 0,
      ready_to_stream: uploaded ? 1 : 0, ready_to_stream_at: null, status_state: uploaded ? "ready" : "pendingupload",
      status_pct_complete: null, status_error_reason_code: "", status_error_reason_text: "",
      meta: JSON.stringify(params.meta ?? {}), created: now, modified: now,
      scheduled_deletion: params.scheduledDeletion ?? null, size: uploaded ? bytes.byteLength : 0,
      allowed_origins: JSON.stringify(params.allowedOrigins ?? []), require_signed_urls: params.requireSignedURLs ? 1 : 0,
      uploaded: uploaded ? now : null, upload_expiry: null, max_size_bytes: null, max_duration_seconds: null,
      duration: -1, input_width: 0, input_height: 0, live_input_id: null, clipped_from_id: null,
    };
    host.put(videoKey(id), JSON.stringify(r), bytes);
    return r;
  }

  class Captions {
    #host; #videoId;
    constructor(host, videoId) { this.#host = host; this.#videoId = videoId; }
    async upload(language, input) {
      return rpc(async () => {
        videoRow(this.#host, this.#videoId);
        const bytes = new Uint8Array(await new Response(input).arrayBuffer());
        return this.#put(language, 0, bytes);
      });
    }
    async generate(language) {
      return rpc(async () => {
        videoRow(this.#host, this.#videoId);
        return this.#put(language, 1, null);
      });
    }
    #put(language, generated, bytes) {
      const r = { video_id: this.#videoId, language, generated, label: languageLabel(language), status: "ready" };
      this.#host.put(captionPrefix(this.#videoId) + language, JSON.stringify(r), bytes);
      return toCaption(r);
    }
    async list(language) {
      return rpc(async () => {
        videoRow(this.#host, this.#videoId);
        if (language !== undefined) {
          const found = row(this.#host, captionPrefix(this.#videoId) + language);
          return found === undefined ? [] : [toCaption(found)];
        }
        return rows(this.#host, captionPrefix(this.#videoId)).map(toCaption);
      });
    }
    async delete(language) {
      return rpc(async () => {
        if (!this.#host.remove(captionPrefix(this.#videoId) + language)) {
          throw notFound(`Caption not found: ${this.#videoId}/${language}`);
        }
      });
    }
  }

  class Downloads {
    #host; #videoId;
    constructor(host, videoId) { this.#host = host; this.#videoId = videoId; }
    async generate(downloadType = "default") {
      return rpc(async () => {
        videoRow(this.#host, this.#videoId);
        const r = { video_id: this.#videoId, download_type: downloadType, status: "ready", percent_complete: 100, url: null };
        this.#host.put(downloadPrefix(this.#videoId) + downloadType, JSON.stringify(r), null);
        return toDownloads(rows(this.#host, downloadPrefix(this.#videoId)));
      });
    }
    async get() {
      return rpc(async () => {
        videoRow(this.#host, this.#videoId);
        return toDownloads(rows(this.#host, downloadPrefix(this.#videoId)));
      });
    }
    async delete(downloadType = "default") {
      return rpc(async () => {
        if (!this.#host.remove(downloadPrefix(this.#videoId) + downloadType)) {
          throw notFound(`Download not found: ${this.#videoId}/${downloadType}`);
        }
      });
    }
  }

  class VideoHandle {
    #host;
    constructor(host, id) { this.#host = host; this.id = id; }
    async details() {
      return rpc(async () => toVideo(videoRow(this.#host, this.id)));
    }
    async update(params) {
      return rpc(async () => {
        const current = videoRow(this.#host, this.id);
        const next = { ...current, modified: this.#host.created() };
        if ("creator" in params) next.creator = params.creator ?? null;
        if (params.meta !== undefined) next.meta = JSON.stringify(params.meta);
        if (params.allowedOrigins !== undefined) next.allowed_origins = JSON.stringify(params.allowedOrigins);
        if (params.requireSignedURLs !== undefined) next.require_signed_urls = params.requireSignedURLs ? 1 : 0;
        if ("scheduledDeletion" in params) next.scheduled_deletion = params.scheduledDeletion ?? null;
        next.thumbnail_timestamp_pct = params.thumbnailTimestampPct ?? current.thumbnail_timestamp_pct;
        next.max_duration_seconds = params.maxDurationSeconds ?? current.max_duration_seconds;
        const blob = this.#host.blob(videoKey(this.id));
        this.#host.put(videoKey(this.id), JSON.stringify(next), new Uint8Array(new Uint8Array(blob)));
        return toVideo(next);
      });
    }
    async delete() {
      return rpc(async () => {
        const host = this.#host;
        for (const key of host.keys(captionPrefix(this.id))) host.remove(key);
        for (const key of host.keys(downloadPrefix(this.id))) host.remove(key);
        if (!host.remove(videoKey(this.id))) throw notFound("Video not found: " + this.id);
      });
    }
    async generateToken() {
      return rpc(async () => {
        videoRow(this.#host, this.id);
        return btoa(JSON.stringify({ sub: this.id, kid: "local-mode-key", exp: Math.floor(this.#host.now() / 1000) + 360 * 60 }));
      });
    }
    get downloads() { return new Downloads(this.#host, this.id); }
    get captions() { return new Captions(this.#host, this.id); }
  }

  const COMPARISONS = { eq: (a, b) => a === b, gt: (a, b) => a > b, gte: (a, b) => a >= b, lt: (a, b) => a < b, lte: (a, b) => a <= b };
  function comparison(name, fallback) {
    const compare = COMPARISONS[name ?? fallback];
    if (compare === undefined || !Object.prototype.hasOwnProperty.call(COMPARISONS, name ?? fallback)) {
      throw badRequest("Invalid comparison operator: " + String(name));
    }
    return compare;
  }

  class Videos {
    #host;
    constructor(host) { this.#host = host; }
    async list(params) {
      return rpc(async () => {
        const all = newestFirst(rows(this.#host, "video/"));
        let chosen = all;
        if (params?.before !== undefined || params?.after !== undefined) {
          const checks = [];
          if (params.before !== undefined) {
            const compare = comparison(params.beforeComp, "lt");
            checks.push((r) => compare(r.created, String(params.before)));
          }
          if (params.after !== undefined) {
            const compare = comparison(params.afterComp, "gte");
            checks.push((r) => compare(r.created, String(params.after)));
          }
          chosen = all.filter((r) => checks.every((check) => check(r))).slice(0, params.limit ?? 1000);
        } else if (params?.limit !== undefined) {
          chosen = all.slice(0, Math.max(0, Number(params.limit)));
        }
        return chosen.map(toVideo);
      });
    }
  }

  class Watermarks {
    #host;
    constructor(host) { this.#host = host; }
    async generate(streamOrUrl, params) {
      return rpc(async () => {
        for (const name of ["opacity", "padding", "scale"]) {
          if (params[name] !== undefined && (params[name] < 0 || params[name] > 1)) throw badRequest(`${name} must be between 0.0 and 1.0`);
        }
        let bytes;
        let downloadedFrom = null;
        if (typeof streamOrUrl === "string") {
          bytes = await fetchBytes(streamOrUrl, "watermark");
          downloadedFrom = streamOrUrl;
        } else {
          bytes = new Uint8Array(await new Response(streamOrUrl).arrayBuffer());
        }
        const r = {
          id: crypto.randomUUID(), name: params.name ?? "", size: bytes.byteLength, height: 0, width: 0,
          created: this.#host.created(), downloaded_from: downloadedFrom, opacity: params.opacity ?? 1,
          padding: params.padding ?? 0.05, scale: params.scale ?? 0.15, position: params.position ?? "upperRight",
        };
        this.#host.put("watermark/" + r.id, JSON.stringify(r), bytes);
        return toWatermark(r);
      });
    }
    async list() {
      return rpc(async () => newestFirst(rows(this.#host, "watermark/")).map(toWatermark));
    }
    async get(id) {
      return rpc(async () => {
        const found = row(this.#host, "watermark/" + id);
        if (found === undefined) throw notFound("Watermark not found: " + id);
        return toWatermark(found);
      });
    }
    async delete(id) {
      return rpc(async () => {
        if (!this.#host.remove("watermark/" + id)) throw notFound("Watermark not found: " + id);
      });
    }
  }

  class StreamBindingImpl {}
  Object.defineProperty(StreamBindingImpl.prototype, Symbol.toStringTag, { value: "Fetcher", configurable: true });

  const members = {
    async fetch(input, init) {
      const request = new Request(input, init);
      const path = new URL(request.url).pathname;
      const prefix = "/cdn-cgi/mf/stream/";
      if (!path.startsWith(prefix) || !path.endsWith("/watch") || path.length <= prefix.length + 6
          || path.slice(prefix.length, -6).includes("/")) {
        return new Response("Not found", { status: 404 });
      }
      const host = hosts.get(this);
      const found = row(host, videoKey(path.slice(prefix.length, -6)));
      if (found === undefined || found.uploaded === null) return new Response("Video not found", { status: 404 });
      const bytes = new Uint8Array(new Uint8Array(host.blob(videoKey(found.id))));
      return new Response(bytes, { headers: { "Content-Type": "video/mp4", "Content-Length": String(bytes.byteLength) } });
    },
    async upload(urlOrBody, params) {
      const host = hosts.get(this);
      return rpc(async () => {
        let bytes = null;
        if (typeof urlOrBody === "string") {
          bytes = await fetchBytes(urlOrBody, "video");
        } else if (urlOrBody !== null) {
          bytes = await bytesOf(urlOrBody);
        }
        return toVideo(createVideo(host, bytes, params ?? {}));
      });
    },
    async createDirectUpload() {
      throw badRequest("createDirectUpload is not supported in local mode");
    },
    video(id) {
      return new VideoHandle(hosts.get(this), id);
    },
  };
  const getters = {
    videos() { return new Videos(hosts.get(this)); },
    watermarks() { return new Watermarks(hosts.get(this)); },
  };
  const missing = (name) => async function () {
    throw new TypeError(`The RPC receiver does not implement the method "${name}".`);
  };

  return (host) => {
    const binding = new Proxy(Object.create(StreamBindingImpl.prototype), {
      get(target, property, receiver) {
        if (typeof property === "symbol" || property === "then") return Reflect.get(target, property, receiver);
        if (Object.prototype.hasOwnProperty.call(getters, property)) return getters[property].call(receiver);
        return Object.prototype.hasOwnProperty.call(members, property) ? members[property] : missing(property);
      },
    });
    hosts.set(binding, host);
    return binding;
  };
})
