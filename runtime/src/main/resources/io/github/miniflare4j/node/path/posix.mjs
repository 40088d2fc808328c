// node:path (POSIX, as on workerd).
import { posix } from "node-internal:path";
export default posix;
export const { sep, delimiter, normalize, isAbsolute, join, resolve, relative, dirname, basename, extname, parse, format, toNamespacedPath, matchesGlob, win32 } = posix;
export { posix };
