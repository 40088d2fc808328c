// node:stream/promises.
import { promises } from "node-internal:streams";
export const { pipeline, finished } = promises;
export { promises };
export default promises;
