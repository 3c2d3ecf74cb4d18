/** Sample size (Krejcie & Morgan) and whether the respondents obtained reach it. */
import { roundUnits } from './fraction.js';
import { IkmInputError, show } from './read.js';

/**
 * Krejcie & Morgan (1970) sample size for a population of `population` service users: S = χ²NP(1−P) / (d²(N−1) +
 * χ²P(1−P)) with χ² = 3.841, P = 0.5, d = 0.05, computed exactly and rounded to the nearest integer. This gives 383
 * at N = 100 000 where the printed table says 384 (the table is reached at N ≈ 1 000 000).
 */
export function krejcieMorgan(population: number): number {
  if (!Number.isInteger(population) || population < 1)
    throw new IkmInputError(`population: expected a positive integer, got ${show(population)}`);
  // ×100000: χ²P(1−P) = 0.96025 → 96025, d² = 0.0025 → 250.
  const n = BigInt(population);
  return Number(roundUnits([96025n * n, 250n * (n - 1n) + 96025n], 0));
}

/** Target versus achieved sample. */
export interface SampleAdequacy {
  population: number;
  /** Krejcie–Morgan target. */
  target: number;
  /** Respondents obtained. */
  achieved: number;
  /** achieved ≥ target. */
  adequate: boolean;
  /** Respondents still missing (0 when adequate). */
  shortfall: number;
}

/** Compares the respondents obtained with the Krejcie–Morgan target for the population. */
export function sampleAdequacy(population: number, achieved: number): SampleAdequacy {
  const target = krejcieMorgan(population);
  return { population, target, achieved, adequate: achieved >= target, shortfall: Math.max(0, target - achieved) };
}
