// node:tty (enable_nodejs_tty_module): no descriptor is a terminal.
export function isatty() { return false; }
export class ReadStream {
  isRaw = false;
  isTTY = false;
  constructor(fd) { this.fd = fd; }
  setRawMode() { return this; }
}
export class WriteStream {
  constructor(fd) { this.fd = fd; this.columns = 0; this.rows = 0; }
  get isTTY() { return false; }
  getColorDepth() { return 1; }
  hasColors() { return false; }
  getWindowSize() { return [0, 0]; }
  clearLine() { return false; }
  clearScreenDown() { return false; }
  cursorTo() { return false; }
  moveCursor() { return false; }
}
export default { ReadStream, WriteStream, isatty };
