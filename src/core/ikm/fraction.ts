/** Exact non-negative fractions of BigInts, and half-up rounding to a number of decimals. */

export type Fraction = [num: bigint, den: bigint];

const gcd = (a: bigint, b: bigint): bigint => {
  while (b) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
};

export const reduce = ([num, den]: Fraction): Fraction => {
  const g = gcd(num, den) || 1n;
  return [num / g, den / g];
};

export const add = ([a, b]: Fraction, [c, d]: Fraction): Fraction => reduce([a * d + c * b, b * d]);
export const times = ([a, b]: Fraction, [c, d]: Fraction): Fraction => reduce([a * c, b * d]);
export const fractionText = ([num, den]: Fraction) => (den === 1n ? `${num}` : `${num}/${den}`);

/** A non-negative fraction rounded half-up to `dp` decimals, as an integer count of 10^-dp units. */
export function roundUnits([num, den]: Fraction, dp: number): bigint {
  return (num * 10n ** BigInt(dp) * 2n + den) / (2n * den);
}

/** Integer units of 10^-dp as a decimal string with a dot: (8403n, 2) → "84.03". */
export function unitsText(units: bigint, dp: number): string {
  const s = units.toString().padStart(dp + 1, '0');
  return dp ? `${s.slice(0, -dp)}.${s.slice(-dp)}` : s;
}

export const rounded = (f: Fraction, dp: number) => Number(unitsText(roundUnits(f, dp), dp));
