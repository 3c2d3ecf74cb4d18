// Entry of `dist/masukan-problems.min.js`, which `masukan.min.js` fetches the first time a survey cannot be shown:
// registers the problem terms with the `Masukan` that fetched it (so this file carries no registry of its own).
import type { ProblemTerms } from '../localize.js';
import { idProblems } from './id.js';
import { enProblems } from './en.js';

(
  globalThis as unknown as { Masukan: { registerTranslation(...terms: ProblemTerms[]): void } }
).Masukan.registerTranslation(idProblems, enProblems);
