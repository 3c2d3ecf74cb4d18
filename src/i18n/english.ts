// Registers the survey's English terms. `localize.ts` imports this module, so every build has them built in except
// the script-tag file `masukan.min.js`, which leaves the import out and fetches this module as `masukan-en.min.js`
// when a page asks for English (see rollup.config.mjs and `setTranslationLoader`).
import { registerTranslation, registeredTerms } from './registry.js';
import { en } from './translations/en.js';

// Beneath any English terms the page registered before this file arrived: a term the page changed stays changed.
registerTranslation({ ...en, ...registeredTerms('en') });
