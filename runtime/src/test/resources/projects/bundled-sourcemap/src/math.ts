/**
 * Arithmetic that refuses what the platform would quietly answer with Infinity.
 * (Types and comments are dropped by the bundler, so the bundle's lines differ from these.)
 */
export type Operand = number;

/** Divides, refusing a zero divisor. */
export function checkedDivide(dividend: Operand, divisor: Operand): number {
  if (divisor === 0) {
    throw new RangeError("division by zero");
  }
  return dividend / divisor;
}
