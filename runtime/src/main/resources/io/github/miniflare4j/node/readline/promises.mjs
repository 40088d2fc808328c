// node:readline/promises: interfaces whose questions resolve to "" (no terminal), and a Readline that writes nowhere.
import { promises } from "node-internal:readline";
export const { Interface, Readline, createInterface } = promises;
export default promises;
