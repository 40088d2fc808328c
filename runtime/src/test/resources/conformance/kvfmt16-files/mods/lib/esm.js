export const named = "esm-js";
