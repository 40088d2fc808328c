// The synchronous node:fs API over node-internal:vfs, with its file descriptors; node:fs builds
// the callback forms and node:fs/promises the promise forms from these.
import * as vfs from "node-internal:vfs";
const { Buffer, nodeError, invalidArgType } = $node;
const { toPath, err, fsError } = vfs;

export const constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1,
  UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1, S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384,
  S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0,
  O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672,
  O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56,
  S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
};

/** Node's fs.Stats: the fields workerd fills (sizes, modes and times; no owners, blocks or inodes). */
export class Stats {
  constructor(info) {
    const ms = info.mtime;
    const big = info.bigint;
    const num = (v) => (big ? BigInt(Math.floor(v)) : v);
    this.dev = num(0); this.ino = num(0); this.mode = num(info.mode); this.nlink = num(1); this.uid = num(0); this.gid = num(0);
    this.rdev = num(0); this.size = num(info.size); this.blksize = num(0); this.blocks = num(0);
    this.atimeMs = num(ms); this.mtimeMs = num(ms); this.ctimeMs = num(ms); this.birthtimeMs = num(ms);
    const ns = BigInt(Math.floor(ms)) * 1000000n;
    this.atimeNs = big ? ns : undefined; this.mtimeNs = big ? ns : undefined; this.ctimeNs = big ? ns : undefined; this.birthtimeNs = big ? ns : undefined;
    this.atime = new Date(ms); this.mtime = new Date(ms); this.ctime = new Date(ms); this.birthtime = new Date(ms);
  }
  #type() { return Number(this.mode) & constants.S_IFMT; }
  isFile() { return this.#type() === constants.S_IFREG; }
  isDirectory() { return this.#type() === constants.S_IFDIR; }
  isSymbolicLink() { return this.#type() === constants.S_IFLNK; }
  isCharacterDevice() { return this.#type() === constants.S_IFCHR; }
  isBlockDevice() { return false; }
  isFIFO() { return false; }
  isSocket() { return false; }
}

export class Dirent {
  #kind;
  constructor(name, kind, parentPath) { this.name = name; this.parentPath = parentPath; this.#kind = kind; }
  isFile() { return this.#kind === "file"; }
  isDirectory() { return this.#kind === "dir"; }
  isSymbolicLink() { return this.#kind === "link"; }
  isCharacterDevice() { return this.#kind === "dev"; }
  isBlockDevice() { return false; }
  isFIFO() { return false; }
  isSocket() { return false; }
}

function encodingOf(options) {
  const encoding = typeof options === "string" ? options : options?.encoding ?? null;
  if (encoding !== null && encoding !== "buffer" && !Buffer.isEncoding(encoding)) {
    throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The property 'options.encoding' is invalid. Received '${encoding}'`);
  }
  return encoding;
}
function bytesOf(data, encoding, name = "data") {
  if (typeof data === "string") return new Uint8Array(Buffer.from(data, encoding ?? "utf8"));
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw invalidArgType(name, "of type string or an instance of Buffer, TypedArray, or DataView", data);
}
function output(bytes, encoding) {
  const buffer = Buffer.from(bytes);
  return encoding && encoding !== "buffer" ? buffer.toString(encoding) : buffer;
}

// ---------------------------------------------------------------- file descriptors

const descriptors = new Map();
let nextFd = 3;
const FLAGS = { r: [true, false], rs: [true, false], sr: [true, false], "r+": [true, true], "rs+": [true, true], "sr+": [true, true],
  w: [false, true, "trunc"], wx: [false, true, "trunc", "excl"], xw: [false, true, "trunc", "excl"], "w+": [true, true, "trunc"],
  "wx+": [true, true, "trunc", "excl"], "xw+": [true, true, "trunc", "excl"], a: [false, true, "append"], ax: [false, true, "append", "excl"],
  xa: [false, true, "append", "excl"], as: [false, true, "append"], sa: [false, true, "append"], "a+": [true, true, "append"],
  "ax+": [true, true, "append", "excl"], "xa+": [true, true, "append", "excl"], "as+": [true, true, "append"], "sa+": [true, true, "append"] };
function parseFlags(flags = "r") {
  if (typeof flags === "number") {
    const access = flags & 3;
    return [access !== 1, access !== 0, flags & constants.O_TRUNC ? "trunc" : flags & constants.O_APPEND ? "append" : undefined, flags & constants.O_EXCL ? "excl" : undefined];
  }
  const parsed = FLAGS[flags];
  if (parsed === undefined) throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The argument 'flags' is invalid. Received ${typeof flags === "string" ? `'${flags}'` : String(flags)}`);
  return parsed;
}
function descriptor(fd, syscall) {
  const d = descriptors.get(fd);
  if (d === undefined) throw err("EBADF", syscall);
  return d;
}

export function openSync(path, flags, mode) {
  path = toPath(path);
  const [readable, writable, how, excl] = parseFlags(flags);
  let node = vfs.lookup(path);
  if (node !== undefined && excl) throw err("EEXIST", "open");
  if (node === undefined) {
    vfs.writeFile(path, new Uint8Array(0));
    node = vfs.lookup(path);
  } else if (how === "trunc" && node.kind === "file") {
    if (!node.writable) throw err("EPERM", "open");
    node.data = new Uint8Array(0);
  }
  const fd = nextFd++;
  descriptors.set(fd, { node, path, readable, writable, append: how === "append", position: 0 });
  return fd;
}
export function closeSync(fd) { descriptors.delete(fd); }
export function fstatSync(fd, options) { return new Stats(vfs.stat(descriptor(fd, "fstat").node, options?.bigint)); }
export function writeSync(fd, data, offsetOrPosition, lengthOrEncoding, position) {
  const d = descriptor(fd, "write");
  let bytes;
  if (typeof data === "string") { bytes = bytesOf(data, typeof lengthOrEncoding === "string" ? lengthOrEncoding : "utf8"); position = offsetOrPosition; }
  else {
    const view = bytesOf(data, undefined, "buffer");
    const offset = offsetOrPosition ?? 0;
    const length = typeof lengthOrEncoding === "number" ? lengthOrEncoding : view.length - offset;
    bytes = view.subarray(offset, offset + length);
  }
  const node = d.node;
  if (node.kind !== "file") return bytes.length;
  if (!node.writable) throw err("EPERM", "write");
  let at = d.append ? node.data.length : typeof position === "number" ? position : d.position;
  const size = Math.max(node.data.length, at + bytes.length);
  const data2 = new Uint8Array(size);
  data2.set(node.data);
  data2.set(bytes, at);
  node.data = data2;
  node.mtime = Date.now();
  if (typeof position !== "number") d.position = at + bytes.length;
  return bytes.length;
}
export function readSync(fd, buffer, offsetOrOptions, length, position) {
  const d = descriptor(fd, "read");
  let offset = offsetOrOptions;
  if (offsetOrOptions !== null && typeof offsetOrOptions === "object") ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  offset ??= 0;
  length ??= buffer.byteLength - offset;
  const source = d.node.kind === "file" ? d.node.data : d.node.kind === "dev" && d.node.name !== "null" ? new Uint8Array(length + (typeof position === "number" ? position : 0)) : new Uint8Array(0);
  if (d.node.kind === "dev" && d.node.name === "random") crypto.getRandomValues(source);
  const at = typeof position === "number" || typeof position === "bigint" ? Number(position) : d.node.kind === "file" ? d.position : 0;
  const chunk = source.subarray(at, at + length);
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(chunk, offset);
  if (!(typeof position === "number" || typeof position === "bigint")) d.position = at + chunk.length;
  return chunk.length;
}
export function readvSync(fd, buffers, position) {
  let total = 0;
  for (const b of buffers) { const n = readSync(fd, b, 0, b.byteLength, typeof position === "number" ? position + total : null); total += n; if (n < b.byteLength) break; }
  return total;
}
export function writevSync(fd, buffers, position) {
  let total = 0;
  for (const b of buffers) total += writeSync(fd, b, 0, b.byteLength, typeof position === "number" ? position + total : undefined);
  return total;
}
export function ftruncateSync(fd, len = 0) { vfs.truncate(descriptor(fd, "ftruncate").path, len); }
export function fsyncSync(fd) { descriptor(fd, "fsync"); }
export function fdatasyncSync(fd) { descriptor(fd, "fdatasync"); }
export function fchmodSync(fd) { descriptor(fd, "fchmod"); }
export function fchownSync(fd) { descriptor(fd, "fchown"); }
export function futimesSync(fd, atime, mtime) { vfs.touch(descriptor(fd, "futime").node, timeOf(mtime)); }

// ---------------------------------------------------------------- paths

function readFd(fd) {
  const d = descriptors.get(fd);
  if (d === undefined) throw err("EBADF", "fread");
  return d.node.kind === "file" ? d.node.data.subarray(d.position) : new Uint8Array(0);
}
export function readFileSync(path, options) {
  const bytes = typeof path === "number" ? readFd(path) : vfs.readFile(toPath(path));
  return output(bytes, encodingOf(options));
}
export function writeFileSync(path, data, options) {
  const bytes = bytesOf(data, encodingOf(options));
  const flag = typeof options === "object" && options !== null && options.flag !== undefined ? String(options.flag) : "w";
  if (typeof path === "number") return writeSync(path, bytes);
  return writeWithFlag(toPath(path, "file"), bytes, flag, false);
}
export function appendFileSync(path, data, options) {
  if (typeof path === "number") return writeSync(path, bytesOf(data, encodingOf(options)));
  const flag = typeof options === "object" && options !== null && options.flag !== undefined ? String(options.flag) : "a";
  return writeWithFlag(toPath(path), bytesOf(data, encodingOf(options)), flag, true);
}
/** Whole-file write honouring an exclusive flag ("wx", "ax"): an existing file fails with EEXIST. */
function writeWithFlag(path, bytes, flag, append) {
  if (flag.includes("x") && vfs.lookup(path) !== undefined) throw err("EEXIST", "writeAll");
  return vfs.writeFile(path, bytes, append || flag.startsWith("a"));
}
export function existsSync(path) {
  try { return vfs.exists(toPath(path)); } catch { return false; }
}
export function accessSync(path, mode = constants.F_OK) {
  const p = toPath(path);
  const node = vfs.lookup(p);
  const denied = node !== undefined && !node.notDir && (((mode & constants.W_OK) && !node.writable) || ((mode & constants.X_OK) && node.kind !== "dir"));
  if (node === undefined || node.notDir || denied) throw err("ENOENT", "access", p, { errno: -2 });
}
export function statSync(path, options) {
  const p = toPath(path);
  const node = vfs.lookup(p);
  if (node === undefined || node.notDir) {
    if (options?.throwIfNoEntry === false) return undefined;
    throw err("ENOENT", "stat", p, { errno: -2 });
  }
  return new Stats(vfs.stat(node, options?.bigint));
}
export function lstatSync(path, options) {
  const p = toPath(path);
  const node = vfs.lookup(p, false);
  if (node === undefined || node.notDir) {
    if (options?.throwIfNoEntry === false) return undefined;
    throw err("ENOENT", "lstat", p, { errno: -2 });
  }
  return new Stats(vfs.stat(node, options?.bigint));
}
export function mkdirSync(path, options) {
  const recursive = typeof options === "object" && options !== null && options.recursive === true;
  return vfs.mkdir(toPath(path), recursive);
}
// workerd names temporary directories with a counter of the isolate's mkdtemp calls ("/tmp/x-0")
let tempCount = 0;
export function mkdtempSync(prefix, options) {
  let path;
  do path = toPath(String(prefix) + tempCount++, "prefix"); while (vfs.lookup(path) !== undefined);
  vfs.mkdir(path, false);
  return path;
}
export function readdirSync(path, options) {
  const p = toPath(path);
  const withFileTypes = options?.withFileTypes === true;
  const encoding = encodingOf(options);
  const name = (n) => (encoding === "buffer" ? Buffer.from(n) : n);
  if (options?.recursive) {
    return vfs.walk(p).map(([relative, node, parent]) => (withFileTypes ? new Dirent(relative, node.kind, parent) : name(relative)));
  }
  return vfs.readdir(p).map(([n, node]) => (withFileTypes ? new Dirent(n, node.kind, p) : name(n)));
}
export function unlinkSync(path) { vfs.unlink(toPath(path)); }
export function rmSync(path, options) { vfs.rm(toPath(path), { recursive: options?.recursive === true, force: options?.force === true }); }
export function rmdirSync(path, options) { vfs.rm(toPath(path), { recursive: options?.recursive === true }); }
export function renameSync(oldPath, newPath) { vfs.rename(toPath(oldPath, "oldPath"), toPath(newPath, "newPath")); }
export function copyFileSync(src, dest, mode = 0) { vfs.copyFile(toPath(src, "src"), toPath(dest, "dest"), (mode & constants.COPYFILE_EXCL) !== 0); }
export function cpSync(src, dest, options) {
  const from = toPath(src, "src"), to = toPath(dest, "dest");
  const node = vfs.lookup(from);
  if (node?.kind === "dir") {
    if (!options?.recursive) throw nodeError(Error, "ERR_FS_EISDIR", "Expected a file but found a directory");
    vfs.mkdir(to, true);
    for (const [name] of vfs.readdir(from)) cpSync(`${from}/${name}`, `${to}/${name}`, options);
  } else {
    vfs.copyFile(from, to, options?.force === false || options?.errorOnExist === true);
  }
}
export function symlinkSync(target, path) { vfs.symlink(typeof target === "string" ? target : toPath(target, "target"), toPath(path)); }
export function linkSync(existingPath, newPath) { vfs.link(toPath(existingPath, "existingPath"), toPath(newPath, "newPath")); }
export function readlinkSync(path, options) { return output(Buffer.from(vfs.readlink(toPath(path))), encodingOf(options) ?? "utf8"); }
export function realpathSync(path, options) { return output(Buffer.from(vfs.realpath(toPath(path))), encodingOf(options) ?? "utf8"); }
realpathSync.native = realpathSync;
export function truncateSync(path, len = 0) {
  if (typeof path === "number") return ftruncateSync(path, len);
  vfs.truncate(toPath(path), len);
}
function timeOf(time) {
  if (time instanceof Date) return time.getTime();
  return Number(time);
}
export function utimesSync(path, atime, mtime) { vfs.touch(vfs.lookup(toPath(path)) ?? (() => { throw err("ENOENT", "utime", toPath(path)); })(), timeOf(mtime)); }
export function lutimesSync(path, atime, mtime) { utimesSync(path, atime, mtime); }
export function chmodSync(path) { if (!vfs.exists(toPath(path))) throw err("ENOENT", "chmod", toPath(path)); }
export function lchmodSync(path) { chmodSync(path); }
export function chownSync(path) { if (!vfs.exists(toPath(path))) throw err("ENOENT", "chown", toPath(path)); }
export function lchownSync(path) { chownSync(path); }
export function statfsSync() { return { type: 0, bsize: 0, blocks: 0, bfree: 0, bavail: 0, files: 0, ffree: 0 }; }
export function opendirSync(path) { return new Dir(toPath(path)); }

export class Dir {
  #entries;
  constructor(path) { this.path = path; this.#entries = readdirSync(path, { withFileTypes: true }); }
  readSync() { return this.#entries.shift() ?? null; }
  read(callback) {
    const entry = this.readSync();
    if (typeof callback === "function") { queueMicrotask(() => callback(null, entry)); return undefined; }
    return Promise.resolve(entry);
  }
  closeSync() {}
  close(callback) { if (typeof callback === "function") queueMicrotask(() => callback(null)); else return Promise.resolve(); }
  async *[Symbol.asyncIterator]() { let e; while ((e = this.readSync()) !== null) yield e; }
  *[Symbol.iterator]() { let e; while ((e = this.readSync()) !== null) yield e; }
}

export function unsupported() {
  return nodeError(Error, "ERR_UNSUPPORTED_OPERATION", "The requested operation is unsupported");
}
export { fsError };
