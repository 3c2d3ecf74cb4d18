// `masukan/launcher`: defines <masukan-launcher>. The survey element (and the presets, for `preset="…"`) are
// imported the first time a launcher opens, so a bundler puts them in a chunk of their own.
import { MasukanLauncher, setSurveyLoader } from './launcher.component.js';

export * from './launcher.component.js';

setSurveyLoader(launcher =>
  Promise.all([import('../survey/survey.js'), launcher.preset ? import('../../presets/index.js') : undefined]),
);
MasukanLauncher.define('masukan-launcher');
