// node:fs/promises — the promise forms of node:fs over workerd's in-memory file system
// (node-internal:vfs); present from nodejs_compat on, as in workerd.
import * as sync from "node-internal:fs_sync";
const { Buffer } = $node;

const wrap = (fn) => async (...args) => fn(...args);
export const access = wrap(sync.accessSync), appendFile = wrap(sync.appendFileSync), chmod = wrap(sync.chmodSync),
  chown = wrap(sync.chownSync), copyFile = wrap(sync.copyFileSync), cp = wrap(sync.cpSync), lchmod = wrap(sync.lchmodSync),
  lchown = wrap(sync.lchownSync), link = wrap(sync.linkSync), lstat = wrap(sync.lstatSync), lutimes = wrap(sync.lutimesSync),
  mkdir = wrap(sync.mkdirSync), mkdtemp = wrap(sync.mkdtempSync), opendir = wrap(sync.opendirSync), readFile = wrap(sync.readFileSync),
  readdir = wrap(sync.readdirSync), readlink = wrap(sync.readlinkSync), realpath = wrap(sync.realpathSync), rename = wrap(sync.renameSync),
  rm = wrap(sync.rmSync), rmdir = wrap(sync.rmdirSync), stat = wrap(sync.statSync), statfs = wrap(sync.statfsSync),
  symlink = wrap(sync.symlinkSync), truncate = wrap(sync.truncateSync), unlink = wrap(sync.unlinkSync), utimes = wrap(sync.utimesSync);
export async function writeFile(path, data, options) { sync.writeFileSync(path, data, options); }
export const constants = sync.constants;
export function watch() { throw sync.unsupported(); }
export async function* glob() { throw sync.unsupported(); }

/** A file opened with open(): the promise forms of the descriptor functions. */
export class FileHandle {
  #fd;
  constructor(fd) { this.#fd = fd; }
  get fd() { return this.#fd; }
  async close() { sync.closeSync(this.#fd); this.#fd = undefined; }
  async stat(options) { return sync.fstatSync(this.#fd, options); }
  async read(buffer, offset, length, position) {
    if (buffer === undefined || (buffer !== null && !ArrayBuffer.isView(buffer) && typeof buffer === "object")) {
      const options = buffer ?? {};
      buffer = options.buffer ?? Buffer.alloc(16384);
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = options);
    }
    const bytesRead = sync.readSync(this.#fd, buffer, offset, length, position);
    return { bytesRead, buffer };
  }
  async readFile(options) { return sync.readFileSync(this.#fd, options); }
  async write(data, ...rest) { const bytesWritten = sync.writeSync(this.#fd, data, ...rest); return { bytesWritten, buffer: data }; }
  async writeFile(data, options) { sync.writeFileSync(this.#fd, data, options); }
  async appendFile(data, options) { sync.appendFileSync(this.#fd, data, options); }
  async truncate(len) { sync.ftruncateSync(this.#fd, len); }
  async sync() {}
  async datasync() {}
  async chmod() {}
  async chown() {}
  async utimes(atime, mtime) { sync.futimesSync(this.#fd, atime, mtime); }
  async readv(buffers, position) { return { bytesRead: sync.readvSync(this.#fd, buffers, position), buffers }; }
  async writev(buffers, position) { return { bytesWritten: sync.writevSync(this.#fd, buffers, position), buffers }; }
  async [Symbol.asyncDispose]() { if (this.#fd !== undefined) await this.close(); }
}
export async function open(path, flags, mode) { return new FileHandle(sync.openSync(path, flags, mode)); }

export default { FileHandle, access, appendFile, chmod, chown, constants, copyFile, cp, glob, lchmod, lchown, link, lstat, lutimes, mkdir,
  mkdtemp, open, opendir, readFile, readdir, readlink, realpath, rename, rm, rmdir, stat, statfs, symlink, truncate, unlink, utimes,
  watch, writeFile };
