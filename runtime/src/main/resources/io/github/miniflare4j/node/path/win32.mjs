// node:path/win32.
import { win32 } from "node-internal:path";
export default win32;
export const { sep, delimiter, normalize, isAbsolute, join, resolve, relative, dirname, basename, extname, parse, format, toNamespacedPath, matchesGlob, posix } = win32;
export { win32 };
