export type Size = "small" | "large";

export function classify(n: number): Size {
  if (n < 10) {
    return "small";
  }
  return "large";
}

export function neverCalled(label: string): string {
  const upper: string = label.toUpperCase();
  return upper + "!";
}
