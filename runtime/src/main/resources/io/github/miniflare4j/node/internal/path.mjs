// The two flavours of node:path. Workers have no working directory: resolve() starts from "/".
const { invalidArgType } = $node;

function checkString(value, name = "path") {
  if (typeof value !== "string") throw invalidArgType(name, "of type string", value);
}

/** Resolves "." and ".." segments; `allowAboveRoot` keeps leading ".." of relative paths. */
function normalizeSegments(path, allowAboveRoot, separator, isSep) {
  const out = [];
  for (const segment of path.split(isSep)) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (allowAboveRoot) out.push("..");
    } else {
      out.push(segment);
    }
  }
  return out.join(separator);
}

function makeFlavour(sep, delimiter, isSep, rootOf, absolute) {
  const flavour = {
    sep,
    delimiter,
    normalize(path) {
      checkString(path);
      if (path.length === 0) return ".";
      let root = rootOf(path);
      const rest = path.slice(root.length);
      // a UNC root (\\server\share) always ends with a separator once normalized
      if (sep === "\\" && root.length > 2 && isSep.test(root[0]) && isSep.test(root[1]) && !isSep.test(root[root.length - 1])) root += sep;
      const trailing = rest.length > 0 && isSep.test(rest[rest.length - 1]);
      let body = normalizeSegments(rest, root === "" || /^[a-zA-Z]:$/.test(root), sep, isSep);
      if (body.length === 0) return root.length ? root.replace(/\//g, sep) : trailing ? `.${sep}` : ".";
      if (trailing) body += sep;
      return root.replace(/\//g, sep) + body;
    },
    isAbsolute(path) {
      checkString(path);
      return absolute.test(path);
    },
    join(...paths) {
      for (const p of paths) checkString(p);
      const joined = paths.filter((p) => p.length > 0).join(sep);
      return joined.length === 0 ? "." : flavour.normalize(joined);
    },
    resolve(...paths) {
      let resolved = "";
      for (let i = paths.length - 1; i >= -1 && !flavour.isAbsolute(resolved || "x"); i--) {
        const p = i >= 0 ? paths[i] : sep;
        checkString(p, `paths[${i}]`);
        if (p.length === 0) continue;
        resolved = resolved ? p + sep + resolved : p;
        if (flavour.isAbsolute(p)) break;
      }
      if (!flavour.isAbsolute(resolved)) resolved = sep + resolved;
      const root = rootOf(resolved);
      const body = normalizeSegments(resolved.slice(root.length), false, sep, isSep);
      return root.replace(/\//g, sep) + body || sep;
    },
    relative(from, to) {
      checkString(from, "from");
      checkString(to, "to");
      if (from === to) return "";
      from = flavour.resolve(from);
      to = flavour.resolve(to);
      if (from === to) return "";
      // paths on different drives (win32) have no relative path between them
      if (rootOf(from).toLowerCase() !== rootOf(to).toLowerCase() && sep === "\\" && /^[a-zA-Z]:/.test(from) && /^[a-zA-Z]:/.test(to)) return to;
      const a = from.slice(rootOf(from).length).split(isSep).filter(Boolean);
      const b = to.slice(rootOf(to).length).split(isSep).filter(Boolean);
      let i = 0;
      while (i < a.length && i < b.length && (sep === "\\" ? a[i].toLowerCase() === b[i].toLowerCase() : a[i] === b[i])) i++;
      return [...a.slice(i).map(() => ".."), ...b.slice(i)].join(sep);
    },
    dirname(path) {
      checkString(path);
      if (path.length === 0) return ".";
      const root = rootOf(path);
      let end = path.length;
      while (end > root.length && isSep.test(path[end - 1])) end--;
      while (end > root.length && !isSep.test(path[end - 1])) end--;
      while (end > root.length && isSep.test(path[end - 1])) end--;
      if (end <= root.length) return root.length ? root : ".";
      return path.slice(0, end);
    },
    basename(path, suffix) {
      checkString(path);
      if (suffix !== undefined) checkString(suffix, "ext");
      const root = rootOf(path);
      let end = path.length;
      while (end > root.length && isSep.test(path[end - 1])) end--;
      let start = end;
      while (start > root.length && !isSep.test(path[start - 1])) start--;
      let base = path.slice(start, end);
      // a suffix that is the whole name is kept, unless it is the whole path
      if (suffix !== undefined && base.endsWith(suffix)) {
        if (base !== suffix) base = base.slice(0, base.length - suffix.length);
        else if (path === suffix) base = "";
      }
      return base;
    },
    extname(path) {
      checkString(path);
      const base = flavour.basename(path);
      const dot = base.lastIndexOf(".");
      if (dot <= 0 || base === "..") return "";
      return base.slice(dot);
    },
    parse(path) {
      checkString(path);
      const root = rootOf(path);
      const base = flavour.basename(path);
      const ext = flavour.extname(path);
      let dir = flavour.dirname(path);
      if (dir === "." && !path.startsWith(".") && !isSep.test(path.slice(0, path.length - base.length))) dir = root ? root : "";
      if (path.length === 0) dir = "";
      return { root, dir, base, ext, name: ext ? base.slice(0, base.length - ext.length) : base };
    },
    format(pathObject) {
      if (pathObject === null || typeof pathObject !== "object") throw invalidArgType("pathObject", "of type object", pathObject);
      const dir = pathObject.dir || pathObject.root;
      const base = pathObject.base || `${pathObject.name || ""}${pathObject.ext ? (pathObject.ext.startsWith(".") ? "" : ".") + pathObject.ext : ""}`;
      if (!dir) return base;
      return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
    },
    toNamespacedPath(path) {
      if (sep !== "\\" || typeof path !== "string" || path.length === 0) return path;
      const resolved = flavour.resolve(path);
      if (resolved.length <= 2) return path;
      if (resolved.startsWith("\\\\") && resolved[2] !== "?" && resolved[2] !== ".") return `\\\\?\\UNC\\${resolved.slice(2)}`;
      if (/^[a-zA-Z]:\\/.test(resolved)) return `\\\\?\\${resolved}`;
      return path;
    },
    /** workerd declares matchesGlob but does not implement it. */
    matchesGlob() {
      throw new Error(`path.${sep === "\\" ? "win32" : "posix"}.matchesGlob() is not implemented.`);
    },
  };
  return flavour;
}

export const posix = makeFlavour("/", ":", /\//, (path) => (path.startsWith("/") ? "/" : ""), /^\//);
export const win32 = makeFlavour("\\", ";", /[\\/]/, (path) => {
  const m = /^(?:[a-zA-Z]:[\\/]?|[\\/]{2}[^\\/]+[\\/]+[^\\/]+[\\/]?|[\\/])/.exec(path);
  return m ? m[0] : "";
}, /^(?:[\\/]|[a-zA-Z]:[\\/])/);
/**
 * win32.resolve: right to left until a drive (or UNC share) and an absolute path are known;
 * paths on another drive than the one found are skipped, and the working directory is "\\".
 */
win32.resolve = function resolve(...paths) {
  const rootOf = (p) => /^(?:[a-zA-Z]:[\\/]?|[\\/]{2}[^\\/]+[\\/]+[^\\/]+[\\/]?|[\\/])/.exec(p)?.[0] ?? "";
  let device = "";
  let tail = "";
  let absolute = false;
  for (let i = paths.length - 1; i >= -1; i--) {
    let p = "\\";
    if (i >= 0) {
      p = paths[i];
      checkString(p, `paths[${i}]`);
      if (p.length === 0) continue;
    }
    const root = rootOf(p);
    const rootDevice = /^[a-zA-Z]:/.test(root) ? root.slice(0, 2) : root.length > 2 ? root.replace(/[\\/]+$/, "").replace(/\//g, "\\") : "";
    if (rootDevice && device && rootDevice.toLowerCase() !== device.toLowerCase()) continue;
    if (!device && rootDevice) device = rootDevice;
    if (!absolute) {
      tail = `${p.slice(root.length)}\\${tail}`;
      absolute = root !== "" && /[\\/]$/.test(root);
    }
    if (device && absolute) break;
  }
  tail = normalizeSegments(tail, !absolute, "\\", /[\\/]/);
  return (absolute ? `${device}\\${tail}` : `${device}${tail}`) || ".";
};
/** Node's posix dirname: the root is one "/", yet a path whose parent is its first two slashes keeps both. */
posix.dirname = function dirname(path) {
  checkString(path);
  if (path.length === 0) return ".";
  const hasRoot = path[0] === "/";
  let end = -1;
  let matchedSlash = true;
  for (let i = path.length - 1; i >= 1; --i) {
    if (path[i] === "/") {
      if (!matchedSlash) { end = i; break; }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) return hasRoot ? "/" : ".";
  if (hasRoot && end === 1) return "//";
  return path.slice(0, end);
};
posix.posix = win32.posix = posix;
posix.win32 = win32.win32 = win32;
