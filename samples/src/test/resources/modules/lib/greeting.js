import { capitalize } from "./strings.js";

export function greet(name) {
  return `Hello, ${capitalize(name)}!`;
}
