export type Child = unknown;
