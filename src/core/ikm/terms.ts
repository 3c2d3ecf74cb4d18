// Registers the IKM terms (CSV sheet and report) in the one translation registry.
import { registerTranslation } from '../../i18n/registry.js';
import { ikmEn } from '../../i18n/translations/ikm.en.js';
import { ikmId } from '../../i18n/translations/ikm.id.js';

registerTranslation(ikmId, ikmEn);
