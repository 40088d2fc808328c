// node:fs (enable_nodejs_fs_module) over workerd's in-memory file system (node-internal:vfs):
// /bundle holds the worker's modules (read-only), /tmp is writable, /dev has null, zero, full
// and random. Sync, callback and (as fs.promises) promise forms.
import * as sync from "node-internal:fs_sync";
import promises from "node:fs/promises";
import { Readable, Writable } from "node-internal:streams";
const { invalidArgType, Buffer } = $node;

export const { constants, Stats, Dirent, Dir } = sync;
export { promises };
export const F_OK = 0, R_OK = 4, W_OK = 2, X_OK = 1;

/** The callback form of a sync function: the callback (last argument) gets (error) or (null, result) on a later microtask; `resultless` ones get (null, undefined). */
function callbackForm(name, fn, { resultless = false } = {}) {
  return { [name](...args) {
    const callback = typeof args[args.length - 1] === "function" ? args.pop() : undefined;
    if (callback === undefined) throw invalidArgType("callback", "of type function", callback);
    let result, error = null;
    try { result = fn(...args); } catch (e) { error = e; }
    queueMicrotask(() => (error ? callback(error) : callback(null, resultless ? undefined : result)));
  } }[name];
}

export const {
  accessSync, appendFileSync, chmodSync, chownSync, closeSync, copyFileSync, cpSync, existsSync, fchmodSync, fchownSync, fdatasyncSync,
  fstatSync, fsyncSync, ftruncateSync, futimesSync, lchmodSync, lchownSync, linkSync, lstatSync, lutimesSync, mkdirSync, mkdtempSync,
  openSync, opendirSync, readFileSync, readSync, readdirSync, readlinkSync, readvSync, realpathSync, renameSync, rmSync, rmdirSync,
  statSync, statfsSync, symlinkSync, truncateSync, unlinkSync, utimesSync, writeSync, writevSync, writeFileSync,
} = sync;

export const access = callbackForm("access", sync.accessSync, { resultless: true }),
  appendFile = callbackForm("appendFile", sync.appendFileSync, { resultless: true }), chmod = callbackForm("chmod", sync.chmodSync),
  chown = callbackForm("chown", sync.chownSync), close = callbackForm("close", sync.closeSync, { resultless: true }),
  copyFile = callbackForm("copyFile", sync.copyFileSync, { resultless: true }), cp = callbackForm("cp", sync.cpSync, { resultless: true }),
  fchmod = callbackForm("fchmod", sync.fchmodSync), fchown = callbackForm("fchown", sync.fchownSync),
  fdatasync = callbackForm("fdatasync", sync.fdatasyncSync), fstat = callbackForm("fstat", sync.fstatSync),
  fsync = callbackForm("fsync", sync.fsyncSync), ftruncate = callbackForm("ftruncate", sync.ftruncateSync),
  futimes = callbackForm("futimes", sync.futimesSync), lchmod = callbackForm("lchmod", sync.lchmodSync),
  lchown = callbackForm("lchown", sync.lchownSync), link = callbackForm("link", sync.linkSync, { resultless: true }),
  lstat = callbackForm("lstat", sync.lstatSync), lutimes = callbackForm("lutimes", sync.lutimesSync),
  mkdir = callbackForm("mkdir", sync.mkdirSync), mkdtemp = callbackForm("mkdtemp", sync.mkdtempSync),
  open = callbackForm("open", sync.openSync), opendir = callbackForm("opendir", sync.opendirSync),
  readFile = callbackForm("readFile", sync.readFileSync), readdir = callbackForm("readdir", sync.readdirSync),
  readlink = callbackForm("readlink", sync.readlinkSync), readv = callbackForm("readv", sync.readvSync),
  realpath = callbackForm("realpath", sync.realpathSync), rename = callbackForm("rename", sync.renameSync, { resultless: true }),
  rm = callbackForm("rm", sync.rmSync, { resultless: true }), rmdir = callbackForm("rmdir", sync.rmdirSync, { resultless: true }),
  stat = callbackForm("stat", sync.statSync), statfs = callbackForm("statfs", sync.statfsSync),
  symlink = callbackForm("symlink", sync.symlinkSync, { resultless: true }), truncate = callbackForm("truncate", sync.truncateSync),
  unlink = callbackForm("unlink", sync.unlinkSync, { resultless: true }), utimes = callbackForm("utimes", sync.utimesSync),
  writeFile = callbackForm("writeFile", sync.writeFileSync, { resultless: true }), writev = callbackForm("writev", sync.writevSync);
export function read(fd, buffer, offset, length, position, callback) {
  if (typeof buffer === "function") { callback = buffer; buffer = Buffer.alloc(16384); offset = 0; length = buffer.length; position = null; }
  else if (typeof offset === "function") { callback = offset; offset = 0; length = buffer.byteLength; position = null; }
  let n, error = null;
  try { n = sync.readSync(fd, buffer, offset, length, position); } catch (e) { error = e; }
  queueMicrotask(() => (error ? callback(error) : callback(null, n, buffer)));
}
export function write(fd, data, ...rest) {
  const callback = rest.pop();
  let n, error = null;
  try { n = sync.writeSync(fd, data, ...rest); } catch (e) { error = e; }
  queueMicrotask(() => (error ? callback(error) : callback(null, n, data)));
}
/** Deprecated: the callback receives only whether the path exists. */
export function exists(path, callback) {
  const result = sync.existsSync(path);
  queueMicrotask(() => callback(result));
}
export function watch() { throw sync.unsupported(); }
export function watchFile() { throw sync.unsupported(); }
export function unwatchFile() { throw sync.unsupported(); }
export function glob() { throw sync.unsupported(); }
export function globSync() { throw sync.unsupported(); }
export async function openAsBlob(path, options) { return new Blob([sync.readFileSync(path)], { type: options?.type ?? "" }); }

/** A Readable of a file's bytes (from `start` to `end`, inclusive). */
export class ReadStream extends Readable {
  constructor(path, options) {
    options = typeof options === "string" ? { encoding: options } : options ?? {};
    super({ highWaterMark: options.highWaterMark ?? 65536, encoding: options.encoding });
    this.path = options.fd === undefined ? path : undefined;
    this.fd = options.fd ?? null;
    this.flags = options.flags ?? "r";
    this.start = options.start;
    this.end = options.end ?? Infinity;
    this.pos = options.start;
    this.bytesRead = 0;
    this.pending = true;
  }
  _read(size) {
    try {
      if (this.fd === null) { this.fd = sync.openSync(this.path, this.flags); this.pending = false; this.emit("open", this.fd); this.emit("ready"); }
      const want = Math.min(size, this.end === Infinity ? size : this.end - (this.pos ?? this.bytesRead) + 1);
      if (want <= 0) { this.push(null); return; }
      const buffer = Buffer.alloc(want);
      const n = sync.readSync(this.fd, buffer, 0, want, this.pos ?? null);
      if (this.pos !== undefined) this.pos += n;
      this.bytesRead += n;
      this.push(n > 0 ? buffer.subarray(0, n) : null);
    } catch (e) { this.destroy(e); }
  }
  _destroy(error, callback) { if (typeof this.fd === "number") sync.closeSync(this.fd); callback(error); }
  close(callback) { this.destroy(); if (callback) this.once("close", callback); }
}
/** A Writable into a file. */
export class WriteStream extends Writable {
  constructor(path, options) {
    options = typeof options === "string" ? { encoding: options } : options ?? {};
    super({ highWaterMark: options.highWaterMark, decodeStrings: true });
    this.path = options.fd === undefined ? path : undefined;
    this.fd = options.fd ?? null;
    this.flags = options.flags ?? "w";
    this.start = options.start;
    this.pos = options.start;
    this.bytesWritten = 0;
    this.pending = true;
  }
  _write(chunk, encoding, callback) {
    try {
      if (this.fd === null) { this.fd = sync.openSync(this.path, this.flags); this.pending = false; this.emit("open", this.fd); this.emit("ready"); }
      const n = sync.writeSync(this.fd, chunk, 0, chunk.length, this.pos);
      if (this.pos !== undefined) this.pos += n;
      this.bytesWritten += n;
      callback();
    } catch (e) { callback(e); }
  }
  _final(callback) {
    if (this.fd === null) { try { this.fd = sync.openSync(this.path, this.flags); } catch (e) { return callback(e); } }
    callback();
  }
  _destroy(error, callback) { if (typeof this.fd === "number") sync.closeSync(this.fd); callback(error); }
  close(callback) { this.end(); if (callback) this.once("close", callback); }
}
export const FileReadStream = ReadStream, FileWriteStream = WriteStream;
export function createReadStream(path, options) { return new ReadStream(path, options); }
export function createWriteStream(path, options) { return new WriteStream(path, options); }

export default {
  Dir, Dirent, F_OK, FileReadStream, FileWriteStream, R_OK, ReadStream, Stats, W_OK, WriteStream, X_OK, access, accessSync, appendFile,
  appendFileSync, chmod, chmodSync, chown, chownSync, close, closeSync, constants, copyFile, copyFileSync, cp, cpSync, createReadStream,
  createWriteStream, exists, existsSync, fchmod, fchmodSync, fchown, fchownSync, fdatasync, fdatasyncSync, fstat, fstatSync, fsync,
  fsyncSync, ftruncate, ftruncateSync, futimes, futimesSync, glob, globSync, lchmod, lchmodSync, lchown, lchownSync, link, linkSync,
  lstat, lstatSync, lutimes, lutimesSync, mkdir, mkdirSync, mkdtemp, mkdtempSync, open, openAsBlob, openSync, opendir, opendirSync,
  promises, read, readFile, readFileSync, readSync, readdir, readdirSync, readlink, readlinkSync, readv, readvSync, realpath,
  realpathSync, rename, renameSync, rm, rmSync, rmdir, rmdirSync, stat, statSync, statfs, statfsSync, symlink, symlinkSync, truncate,
  truncateSync, unlink, unlinkSync, unwatchFile, utimes, utimesSync, watch, watchFile, write, writeFile, writeFileSync, writeSync,
  writev, writevSync,
};
