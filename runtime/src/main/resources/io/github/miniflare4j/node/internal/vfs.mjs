// The in-memory file system workerd gives node:fs: a read-only root holding /bundle (the
// worker's modules, read-only), /tmp (writable) and /dev (null, zero, full, random). One per
// worker Context. Paths are resolved against process.cwd() ("/bundle"). Errors are workerd's:
// its codes, syscalls and messages (recorded with the oracle), which differ from Node's in places.
const { Buffer, nodeError } = $node;

const S_IFREG = 0o100000, S_IFDIR = 0o040000, S_IFCHR = 0o020000, S_IFLNK = 0o120000;
let nextIno = 1;
const now = () => Date.now();

function dir(writable) { return { kind: "dir", entries: new Map(), writable, mtime: now(), ino: 0 }; }
function file(data, writable) { return { kind: "file", data, writable, mtime: now(), ino: 0 }; }

const root = dir(false);
const bundle = dir(false);
const tmp = dir(true);
const dev = dir(false);
root.entries.set("bundle", bundle);
root.entries.set("tmp", tmp);
root.entries.set("dev", dev);
for (const name of ["null", "zero", "full", "random"]) dev.entries.set(name, { kind: "dev", name, writable: true, mtime: 0, ino: 0 });
let bundleFilled = false;
function fillBundle() {
  if (bundleFilled) return;
  bundleFilled = true;
  for (const [name, bytes] of $node.bundleFiles()) {
    const parts = name.split("/");
    let at = bundle;
    for (const part of parts.slice(0, -1)) {
      if (!at.entries.has(part)) at.entries.set(part, dir(false));
      at = at.entries.get(part);
    }
    const node = file(bytes, false);
    node.mtime = 0;
    at.entries.set(parts[parts.length - 1], node);
  }
}

/** A file-system error as workerd raises it; `path` is named in the message when `showPath`. */
export function fsError(code, syscall, message, path, { showPath = path !== undefined, errno = null } = {}) {
  const error = new Error(showPath ? `${message}, ${syscall} '${path}'` : message);
  error.code = code;
  error.syscall = syscall;
  if (path !== undefined) error.path = path;
  if (errno !== null) error.errno = errno;
  return error;
}
const MESSAGES = { ENOENT: "no such file or directory", EISDIR: "illegal operation on a directory", ENOTDIR: "not a directory",
  EPERM: "operation not permitted", EEXIST: "file already exists", ENOTEMPTY: "directory not empty", EBADF: "bad file descriptor" };
export function err(code, syscall, path, options) { return fsError(code, syscall, MESSAGES[code], path, options); }

/** The absolute, normalized form of `path` (a string, Buffer or file: URL). */
export function toPath(path, name = "path") {
  if (path instanceof URL) {
    if (path.protocol !== "file:") throw new TypeError("File path must be a file: URL");
    path = decodeURIComponent(path.pathname);
  } else if (ArrayBuffer.isView(path)) {
    path = Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
  } else if (typeof path !== "string") {
    throw $node.invalidArgType(name, "of type string or an instance of Buffer or URL", path);
  }
  if (path.includes("\u0000")) {
    throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The argument '${name}' must not contain null bytes. Received '${path.replaceAll("\u0000", "\\x00")}'`);
  }
  const base = path.startsWith("/") ? [] : cwd().split("/").filter(Boolean);
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") base.pop();
    else base.push(part);
  }
  return "/" + base.join("/");
}
function cwd() {
  const process = $node.process;
  return typeof process?.cwd === "function" ? process.cwd() : "/bundle";
}
const basename = (path) => path.slice(path.lastIndexOf("/") + 1);
const parentOf = (path) => path.slice(0, path.lastIndexOf("/")) || "/";

// each fetch event starts with an empty /tmp, as in workerd
let tmpSerial = -1;
function freshTmp() {
  const serial = $node.requestSerial;
  if (serial !== tmpSerial) {
    tmpSerial = serial;
    tmp.entries.clear();
  }
}

/** The node at an absolute path, following symbolic links (the last one only when `follow`); undefined when missing. */
export function lookup(path, follow = true, depth = 0) {
  freshTmp();
  if (depth > 32) return undefined;
  let node = root;
  const parts = path.split("/").filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    if (node === bundle) fillBundle();
    if (node.kind === "link") {
      node = lookup(node.target, true, depth + 1);
      if (node === undefined) return undefined;
    }
    if (node.kind !== "dir") return { notDir: true };
    const next = node.entries.get(parts[i]);
    if (next === undefined) return undefined;
    node = next;
  }
  if (node === bundle) fillBundle();
  if (follow && node.kind === "link") return lookup(node.target, true, depth + 1);
  return node;
}
export function exists(path) { const n = lookup(path); return n !== undefined && !n.notDir; }
export function isDirectory(path) { return lookup(path)?.kind === "dir"; }

/** The directory that holds `path` (for creating or removing it), or a thrown error of `syscall`. */
function parentDir(path, syscall, missing = () => err("ENOENT", syscall, path)) {
  const parent = lookup(parentOf(path));
  if (parent === undefined) throw missing();
  if (parent.notDir || parent.kind !== "dir") throw err("ENOTDIR", syscall);
  return parent;
}
function requireNode(path, syscall, options) {
  const node = lookup(path);
  if (node === undefined) throw err("ENOENT", syscall, path, options);
  if (node.notDir) throw err("ENOTDIR", syscall);
  return node;
}

function readBytes(node, syscall) {
  if (node.kind === "dir") throw err("EISDIR", syscall);
  if (node.kind === "dev") return new Uint8Array(node.name === "zero" || node.name === "full" ? 0 : 0);
  return node.data;
}
export function readFile(path) { return readBytes(requireNode(path, "readAll"), "readAll"); }

/** Writes (or appends) `bytes` at `path`, creating the file; the number of bytes written. */
export function writeFile(path, bytes, append = false) {
  const existing = lookup(path);
  if (existing?.notDir) throw err("ENOTDIR", "writeAll");
  if (existing?.kind === "dir") throw err("EISDIR", "writeAll");
  if (existing?.kind === "dev") {
    if (existing.name === "full") throw err("EPERM", "writeAll");
    return bytes.length;
  }
  if (existing) {
    if (!existing.writable) throw err("EPERM", "writeAll");
    existing.data = append ? concat(existing.data, bytes) : bytes.slice();
    existing.mtime = now();
    return bytes.length;
  }
  const parent = parentDir(path, "writeAll");
  if (!parent.writable) throw err("EPERM", "writeAll");
  parent.entries.set(basename(path), file(bytes.slice(), true));
  return bytes.length;
}
function concat(a, b) { const out = new Uint8Array(a.length + b.length); out.set(a); out.set(b, a.length); return out; }

export function mkdir(path, recursive) {
  if (recursive) {
    const parts = path.split("/").filter(Boolean);
    let at = "", first;
    for (const part of parts) {
      at += "/" + part;
      const node = lookup(at);
      if (node === undefined) { mkdir(at, false); first ??= at; } else if (node.notDir || node.kind !== "dir") throw err("ENOTDIR", "mkdir");
    }
    return first === path ? undefined : first;
  }
  const parent = parentDir(path, "mkdir", () => err("ENOENT", "mkdir", basename(path)));
  if (!parent.writable) throw err("EPERM", "mkdir");
  if (!parent.entries.has(basename(path))) parent.entries.set(basename(path), dir(true));
  return undefined;
}

export function readdir(path) {
  const node = requireNode(path, "readdir");
  if (node.kind !== "dir") throw err("ENOTDIR", "readdir", path);
  return [...node.entries.entries()];
}
/** Every entry below `path`, depth first, as [name relative to the root, node, parent path]. */
export function walk(path) {
  const out = [];
  const visit = (at) => {
    for (const [name, node] of readdir(at)) {
      const full = at === "/" ? "/" + name : at + "/" + name;
      out.push([full.slice(1), node, at, name]);
      if (node.kind === "dir") visit(full);
    }
  };
  visit(path);
  return out;
}

export function unlink(path) {
  const node = lookup(path, false);
  if (node === undefined || node.notDir) throw fsError("ENOENT", "unlink", "File not found", basename(path), { showPath: false });
  if (node.kind === "dir") throw fsError("EISDIR", "unlink", "Cannot unlink a directory");
  const parent = lookup(parentOf(path));
  if (!parent.writable) throw err("EPERM", "unlink");
  parent.entries.delete(basename(path));
}
export function rm(path, { recursive = false, force = false, dirOnly = false } = {}) {
  const parent = lookup(parentOf(path));
  if (parent !== undefined && parent.kind === "dir" && !parent.writable) throw err("EPERM", "rm");
  const node = lookup(path, false);
  if (node === undefined || node.notDir) {
    if (dirOnly) throw err("ENOENT", "rmdir", path);
    return;
  }
  if (dirOnly && node.kind !== "dir") throw err("ENOTDIR", "rmdir", path);
  if (node.kind === "dir" && node.entries.size > 0 && !recursive) throw err("ENOTEMPTY", "rm", basename(path));
  parent.entries.delete(basename(path));
}
export function rename(from, to) {
  const node = lookup(from, false);
  if (node === undefined || node.notDir) throw err("ENOENT", "rename", from);
  const source = lookup(parentOf(from));
  const target = parentDir(to, "rename");
  if (!source.writable || !target.writable) throw err("EPERM", "rename");
  source.entries.delete(basename(from));
  target.entries.set(basename(to), node);
}
export function copyFile(from, to, exclusive) {
  const bytes = readBytes(requireNode(from, "copy"), "copyFile");
  if (exclusive && lookup(to) !== undefined) throw err("EEXIST", "copyFile", to, { errno: -17 });
  writeFile(to, bytes);
}
export function symlink(target, path) {
  const parent = parentDir(path, "symlink");
  if (!parent.writable) throw err("EPERM", "symlink");
  if (parent.entries.has(basename(path))) throw err("EEXIST", "symlink", path);
  parent.entries.set(basename(path), { kind: "link", target: toPath(target), writable: true, mtime: now(), ino: 0 });
}
export function link(existing, path) {
  const node = requireNode(existing, "link");
  const parent = parentDir(path, "link");
  if (!parent.writable) throw err("EPERM", "link");
  parent.entries.set(basename(path), node);
}
export function readlink(path) {
  const node = lookup(path, false);
  if (node === undefined) throw err("ENOENT", "readlink", path);
  if (node.kind !== "link") throw fsError("EINVAL", "readlink", "invalid argument", path);
  return node.target;
}
export function realpath(path, depth = 0) {
  const parts = path.split("/").filter(Boolean);
  let at = "/";
  for (const part of parts) {
    const next = at === "/" ? "/" + part : at + "/" + part;
    const node = lookup(next, false);
    if (node === undefined) throw err("ENOENT", "realpath", path);
    at = node.kind === "link" && depth < 32 ? realpath(node.target, depth + 1) : next;
  }
  return at;
}

/** Node's Stats of a node (workerd's values: no owners, blocks or inode numbers). */
export function stat(node, bigint) {
  const mode = node.kind === "dir" ? S_IFDIR | (node.writable ? 0o666 : 0o444)
    : node.kind === "dev" ? S_IFCHR | 0o666 : node.kind === "link" ? S_IFLNK | 0o777 : S_IFREG | (node.writable ? 0o666 : 0o444);
  const size = node.kind === "file" ? node.data.length : 0;
  return { mode, size, mtime: node.mtime, bigint };
}
export function touch(node, mtime) { node.mtime = mtime; }
export function truncate(path, length) {
  const node = requireNode(path, "truncate");
  if (node.kind === "dir") throw err("EISDIR", "truncate");
  if (node.kind !== "file") return;
  if (!node.writable) throw err("EPERM", "truncate");
  const out = new Uint8Array(length);
  out.set(node.data.subarray(0, Math.min(length, node.data.length)));
  node.data = out;
}
export { basename, parentOf, root };
