// The terms that explain a survey that cannot be shown, in Bahasa Indonesia and English. Importing this module
// registers them (`masukan` does); the script-tag build fetches them as `masukan-problems.min.js`.
import { registerTranslation } from '../registry.js';
import { idProblems } from './id.js';
import { enProblems } from './en.js';

export { idProblems, enProblems };

registerTranslation(idProblems, enProblems);
